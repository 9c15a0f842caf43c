/**
 * The database at start, as an operator meets it: `npm start`'s entry as a real process (the console,
 * no Slack settings) on a real DATA_DIR in a temp folder. A database that vanished or was emptied
 * while DATA_DIR's marker says the bot made one there is refused unless ALLOW_NEW_DATABASE=1; a
 * damaged one is refused naming its path; either way one message, no stack trace, exit code 1.
 * A first start in an empty DATA_DIR just works and leaves the marker.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/settings.ts';
import { openStore } from '../../src/store/open.ts';
import { freshDatabaseUrl, query } from '../helpers/postgres.ts';
import { freePort, startProcess, type BotProcess } from '../helpers/process.ts';

/** What the operator finds in DATA_DIR besides the database (docs/operations.md, "If the database is missing"). */
const MARKER = 'database-created.json';

let dirs: string[] = [];
let run: BotProcess | undefined;
afterEach(() => {
  if (run && run.child.exitCode === null) run.child.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
  run = undefined;
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'cancer-bot-startup-'));
  dirs.push(d);
  return d;
};

/** DATA_DIR after a bot ran there once and an admin added a deadline. */
async function usedDataDir(): Promise<string> {
  const dir = tempDir();
  const store = openStore(dir);
  await store.addDeadline({ date: '2026-12-01', text: 'Rapport till styrelsen', addedBy: 'U1', addedAt: new Date('2026-11-20T09:00:00Z') });
  await store.close();
  return dir;
}
const removeDatabase = (dir: string) => {
  for (const f of ['bot.sqlite3', 'bot.sqlite3-wal', 'bot.sqlite3-shm']) rmSync(join(dir, f), { force: true });
};

/** Start the console with this DATA_DIR (and settings), ask for the 2024 total, wait for the exit. */
async function start(dataDir: string, env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  run = startProcess({ DATA_DIR: dataDir, ALLOW_NEW_DATABASE: '', ...env }, '/cancer-totals 2024\n');
  const code = await run.exited;
  return { code, output: run.output() };
}

const expectRefused = ({ code, output }: { code: number | null; output: string }, ...mentions: string[]) => {
  expect(code).toBe(1);
  expect(output).toMatch(/^The bot cannot start: /);
  for (const m of mentions) expect(output).toContain(m);
  expect(output).not.toContain('    at ');
  expect(output).not.toContain('SqliteError');
  expect(output.trim().split('\n')).toHaveLength(1);
};

describe('the database at start', { timeout: 60_000 }, () => {
  it('a first start in an empty DATA_DIR starts, answers, and leaves a marker naming the database and when', async () => {
    const dir = join(tempDir(), 'var');
    const { code, output } = await start(dir);
    expect(output).toContain('809 miljoner kronor');
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'bot.sqlite3'))).toBe(true);
    const marker = JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as { database: string; createdAt: string };
    expect(marker.database).toBe('bot.sqlite3');
    expect(Date.now() - Date.parse(marker.createdAt)).toBeLessThan(60_000);
  });

  it('refuses to start when the database it made is gone: names the path and what to do, no stack, exit 1', async () => {
    const dir = await usedDataDir();
    removeDatabase(dir);
    const result = await start(dir);
    expectRefused(result, join(dir, 'bot.sqlite3'), 'is missing', 'Restore bot.sqlite3 from a backup', 'ALLOW_NEW_DATABASE=1');
    expect(existsSync(join(dir, 'bot.sqlite3'))).toBe(false); // nothing created in its place
  });

  it('with ALLOW_NEW_DATABASE=1 it starts on a new, empty database and says so', async () => {
    const dir = await usedDataDir();
    removeDatabase(dir);
    const { code, output } = await start(dir, { ALLOW_NEW_DATABASE: '1' });
    expect(output).toContain('809 miljoner kronor');
    expect(output).toContain(`began a new, empty database at ${join(dir, 'bot.sqlite3')}`);
    expect(code).toBe(0);
    const db = new Database(join(dir, 'bot.sqlite3'), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM user_deadlines').get()).toEqual({ n: 0 });
    db.close();
    // The next start, without the setting, is an ordinary start on that new database.
    expect((await start(dir)).code).toBe(0);
  });

  it('refuses an empty (0-byte) database file likewise', async () => {
    const dir = await usedDataDir();
    removeDatabase(dir);
    writeFileSync(join(dir, 'bot.sqlite3'), '');
    expectRefused(await start(dir), join(dir, 'bot.sqlite3'), 'is empty', 'ALLOW_NEW_DATABASE=1');
    expect(statSync(join(dir, 'bot.sqlite3')).size).toBe(0);
  });

  it('refuses a database file of random bytes, naming its path and saying to restore it or move it aside', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bot.sqlite3'), Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256)));
    expectRefused(await start(dir), join(dir, 'bot.sqlite3'), 'damaged', 'backup', 'move it aside');
  });

  it('refuses a DATA_DIR that cannot be created, naming it', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    expectRefused(await start(join(file, 'var')), join(file, 'var'), 'DATA_DIR');
  });
});

describe('opening the store in DATA_DIR', () => {
  it('refuses a truncated database, naming its path', async () => {
    const dir = tempDir();
    const store = openStore(dir);
    for (let i = 0; i < 500; i++) await store.addDeadline({ date: '2026-12-01', text: `Rapport ${'x'.repeat(300)} ${i}`, addedBy: 'U1', addedAt: new Date() });
    await store.close();
    const file = join(dir, 'bot.sqlite3');
    truncateSync(file, Math.floor(statSync(file).size / 2));
    expect(() => openStore(dir)).toThrow(`the database ${file} is damaged`);
  });

  it('keeps a database from before the marker and writes the marker for it', async () => {
    const dir = tempDir();
    const file = join(dir, 'bot.sqlite3');
    await openStore(dir).close();
    rmSync(join(dir, MARKER));
    await openStore(dir).close();
    expect(JSON.parse(readFileSync(join(dir, MARKER), 'utf8'))).toMatchObject({ database: 'bot.sqlite3' });
    removeDatabase(dir);
    expect(() => openStore(dir)).toThrow(`the database ${file} is missing`);
    await openStore(dir, { allowNewDatabase: true }).close();
    expect(existsSync(file)).toBe(true);
  });

  it('reads ALLOW_NEW_DATABASE as 1 or 0, empty as unset, anything else as an error naming it', () => {
    expect(readSettings({ ALLOW_NEW_DATABASE: '1' }).allowNewDatabase).toBe(true);
    expect(readSettings({ ALLOW_NEW_DATABASE: '0' }).allowNewDatabase).toBeUndefined();
    expect(readSettings({ ALLOW_NEW_DATABASE: '' }).allowNewDatabase).toBeUndefined();
    expect(() => readSettings({ ALLOW_NEW_DATABASE: 'maybe' })).toThrow(/ALLOW_NEW_DATABASE: needs 1/);
  });
});

describe('the database at DATABASE_URL', () => {
  it('keeps the console\'s state in PostgreSQL, and a server that cannot be reached stops the start with one line, the password hidden', async () => {
    const url = await freshDatabaseUrl();
    run = startProcess({ DATABASE_URL: url, DATA_DIR: tempDir() }, '/cancer-deadlines add 2026-12-24 Julrapport\n/cancer-deadlines 60\n');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('Julrapport');
    expect((await query<{ text: string }>(url, 'SELECT text FROM user_deadlines')).map((r) => r.text)).toEqual(['Julrapport']);

    const port = await freePort();
    run = startProcess({ DATABASE_URL: `postgres://bot:hemligt-losen@127.0.0.1:${port}/bot`, DATA_DIR: tempDir() }, 'total 2024\n');
    expect(await run.exited).toBe(1);
    const out = run.output();
    expect(out).toContain(`The bot cannot start: cannot reach the PostgreSQL database postgres://bot:***@127.0.0.1:${port}/bot`);
    expect(out).not.toContain('hemligt-losen');
    expect(out).not.toMatch(/\n\s+at /);
  });
});
