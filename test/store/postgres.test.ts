/**
 * What only the PostgreSQL store has (what every store does is in store.test.ts): its migrations,
 * taken once by replicas that start together; its schema, the same as SQLite's; a URL shown
 * without its password; clear refusals when the server is not there or says no; and a dropped
 * idle connection that is told, not fatal. On the test run's PostgreSQL server.
 */
import Database from 'better-sqlite3';
import { createServer } from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { PG_MIGRATIONS, PG_TABLES } from '../../src/store/pgMigrations.ts';
import { redactUrl } from '../../src/store/pgUrl.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import type { Store } from '../../src/store/types.ts';
import { freshDatabaseUrl, postgresAdminUrl, query, withDatabase } from '../helpers/postgres.ts';

const opened: Store[] = [];
const open = async (url: string, options?: Parameters<typeof openPostgresStore>[1]) => {
  const s = await openPostgresStore(url, options);
  opened.push(s);
  return s;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

/** A port on 127.0.0.1 where nothing listens. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('migrating a PostgreSQL database', () => {
  it('ends at the same schema version as SQLite', () => {
    expect(PG_MIGRATIONS.at(-1)!.version).toBe(SCHEMA_VERSION);
    expect(PG_MIGRATIONS[0]!.version).toBe(8);
  });

  it('has every table, column, key and unique constraint of the SQLite schema, and store copy names every table', async () => {
    const url = await freshDatabaseUrl();
    await open(url);
    const sqlite = new Database(':memory:');
    for (const m of MIGRATIONS) sqlite.exec(m.sql);
    const all = <R>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params) as R[];
    const tables = all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").map((t) => t.name);
    const inSqlite = Object.fromEntries(tables.map((t) => {
      const columns = all<{ name: string; pk: number }>(`SELECT name, pk FROM pragma_table_info('${t}')`);
      const uniques = all<{ name: string }>(`SELECT name FROM pragma_index_list('${t}') WHERE origin = 'u'`).map((i) => all<{ name: string }>(`SELECT name FROM pragma_index_info('${i.name}') ORDER BY seqno`).map((c) => c.name).join(','));
      return [t, { columns: columns.map((c) => c.name).sort(), key: columns.filter((c) => c.pk).sort((a, b) => a.pk - b.pk).map((c) => c.name).join(','), uniques }];
    }));
    sqlite.close();
    const inPostgres: Record<string, { columns: string[]; key: string; uniques: string[] }> = {};
    for (const r of await query<{ table_name: string; column_name: string }>(url, "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_version' ORDER BY table_name, column_name")) {
      (inPostgres[r.table_name] ??= { columns: [], key: '', uniques: [] }).columns.push(r.column_name);
    }
    const constraints = await query<{ table_name: string; type: string; columns: string }>(url, `
      SELECT c.conrelid::regclass::text AS table_name, c.contype AS type, string_agg(a.attname, ',' ORDER BY k.i) AS columns
      FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n
      WHERE c.contype IN ('p', 'u') AND c.connamespace = 'public'::regnamespace GROUP BY c.oid, c.conrelid, c.contype`);
    for (const c of constraints) {
      if (c.table_name === 'schema_version') continue;
      if (c.type === 'p') inPostgres[c.table_name]!.key = c.columns;
      else inPostgres[c.table_name]!.uniques.push(c.columns);
    }
    expect(inPostgres).toEqual(inSqlite);
    expect(PG_TABLES.map((t) => t.name).sort()).toEqual(tables);
  });

  it('brings a database of version 8 up to date, its rows kept as the one workspace of a bot token', async () => {
    const url = await freshDatabaseUrl();
    await query(url, PG_MIGRATIONS[0]!.sql);
    await query(url, 'CREATE TABLE schema_version (version integer NOT NULL); INSERT INTO schema_version VALUES (8)');
    await query(url, "INSERT INTO digest_subscriptions (channel_id, time, subscribed_by, subscribed_at, updated_at) VALUES ('C1', '07:30', 'U1', 1763629200000, 1763629200000)");
    await query(url, "INSERT INTO taught_phrases (phrase, words, added_by, added_at) VALUES ('cancerplanen', 'strategin', 'U1', 1763629200000)");
    const s = await open(url);
    expect(await s.subscriptions()).toEqual([{ teamId: '', channelId: 'C1', time: '07:30', subscribedBy: 'U1', subscribedAt: '2025-11-20T09:00:00.000Z', pausedReason: null, pausedAt: null }]);
    expect((await s.taughtPhrases()).map((t) => [t.id, t.phrase])).toEqual([[1, 'cancerplanen']]);
    expect((await s.forTeam('T2').addTaughtPhrase({ phrase: 'cancerplanen', words: 'annat', addedBy: 'U2', addedAt: new Date() })).id).toBe(2);
    expect(await query(url, 'SELECT version FROM schema_version')).toEqual([{ version: SCHEMA_VERSION }]);
  });

  it('migrates once when several stores open one new database at the same moment', async () => {
    const url = await freshDatabaseUrl();
    const stores = await Promise.all(Array.from({ length: 4 }, () => open(url)));
    for (const s of stores) await expect(s.ping()).resolves.toBeUndefined();
    expect(await query(url, 'SELECT version FROM schema_version')).toEqual([{ version: SCHEMA_VERSION }]);
    const d = await stores[0]!.addDeadline({ date: '2026-12-01', text: 'Rapport', addedBy: 'U1', addedAt: new Date('2026-11-20T09:00:00Z') });
    expect(await stores[3]!.userDeadlines()).toEqual([d]);
  });

  it('keeps what it holds when opened again, migrating nothing', async () => {
    const url = await freshDatabaseUrl();
    const a = await open(url);
    await a.subscribe({ channelId: 'C1', time: '07:30', subscribedBy: 'U1', now: new Date('2026-11-20T09:00:00Z') });
    await a.close();
    const b = await open(url);
    expect((await b.subscriptions()).map((s) => s.channelId)).toEqual(['C1']);
    expect(await query(url, 'SELECT version FROM schema_version')).toEqual([{ version: SCHEMA_VERSION }]);
  });

  it('refuses a database written by a newer version of the program, and changes nothing in it', async () => {
    const url = await freshDatabaseUrl();
    await (await open(url)).close();
    await query(url, 'UPDATE schema_version SET version = $1', [SCHEMA_VERSION + 1]);
    await expect(openPostgresStore(url)).rejects.toThrow(`the database ${redactUrl(url)} is at schema version ${SCHEMA_VERSION + 1}, newer than this program's ${SCHEMA_VERSION}; upgrade the program`);
    expect(await query(url, 'SELECT version FROM schema_version')).toEqual([{ version: SCHEMA_VERSION + 1 }]);
  });
});

describe('the PostgreSQL URL, its password and its failures', () => {
  it('names its database by the URL with the password replaced by ***', async () => {
    const url = await freshDatabaseUrl();
    const s = await open(url);
    expect(s.location).toBe(url.replace(/:[^:@/]+@/, ':***@'));
    expect(s.location).not.toContain(new URL(url).password);
    expect(redactUrl('postgres://bot:s3cr%40t@db.internal:5432/bot?sslmode=require')).toBe('postgres://bot:***@db.internal:5432/bot?sslmode=require');
    expect(redactUrl('postgresql://db.internal/bot?user=bot&password=hunter22')).toBe('postgresql://db.internal/bot?user=bot&password=***');
    expect(redactUrl('postgres://bot@db.internal/bot')).toBe('postgres://bot@db.internal/bot');
  });

  it('a server that is not there is one clear error naming the URL without its password', async () => {
    const port = await closedPort();
    const url = `postgres://bot:hunter2secret@127.0.0.1:${port}/bot`;
    const error = await openPostgresStore(url).then(() => null, (e: Error) => e);
    expect(error?.message).toBe(`cannot reach the PostgreSQL database postgres://bot:***@127.0.0.1:${port}/bot (ECONNREFUSED); start it, or unset DATABASE_URL to keep state in SQLite under DATA_DIR`);
    expect(String(error?.stack)).not.toContain('hunter2secret');
  });

  it('a wrong password or a missing database is one clear error too, the password never in it', async () => {
    const wrong = withDatabase(postgresAdminUrl(), 'postgres', 'not-the-password');
    const login = await openPostgresStore(wrong).then(() => null, (e: Error) => e);
    expect(login?.message).toMatch(/^cannot open the PostgreSQL database postgres:\/\/bot_test:\*\*\*@127\.0\.0\.1:\d+\/postgres \(password authentication failed for user "bot_test"\); check DATABASE_URL/);
    expect(login?.message).not.toContain('not-the-password');
    const missing = await openPostgresStore(withDatabase(postgresAdminUrl(), 'no_such_db')).then(() => null, (e: Error) => e);
    expect(missing?.message).toMatch(/\(database "no_such_db" does not exist\); check DATABASE_URL, or unset DATABASE_URL/);
  });

  it("an idle connection that drops is told to onError without the password, and the next query works", async () => {
    const url = await freshDatabaseUrl();
    const told: string[] = [];
    const s = await open(url, { onError: (m) => told.push(m) });
    await Promise.all([s.ping(), s.ping(), s.ping()]); // three connections, idle after
    const database = new URL(url).pathname.slice(1);
    await query(postgresAdminUrl(), 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
    await expect.poll(() => told.length).toBe(3);
    expect(told[0]).toMatch(/^PostgreSQL postgres:\/\/bot_test:\*\*\*@.+: an idle connection failed/);
    expect(told.join('\n')).not.toContain(new URL(url).password);
    await expect(s.ping()).resolves.toBeUndefined();
  });

  it('reads BIGINT as a number in its own pool only, leaving pg as every other user finds it', async () => {
    const url = await freshDatabaseUrl();
    const s = await open(url);
    const d = await s.addDeadline({ date: '2026-12-01', text: 'x', addedBy: 'U1', addedAt: new Date('2026-11-20T09:00:00Z') });
    expect(typeof d.id).toBe('number');
    expect(pg.types.getTypeParser(20, 'text')('5')).toBe('5');
    expect(await query(url, 'SELECT added_at FROM user_deadlines')).toEqual([{ added_at: String(Date.parse('2026-11-20T09:00:00Z')) }]);
  });

  it('closing twice is harmless', async () => {
    const s = await openPostgresStore(await freshDatabaseUrl());
    await s.close();
    await expect(s.close()).resolves.toBeUndefined();
  });
});
