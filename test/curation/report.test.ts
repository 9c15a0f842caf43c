/**
 * `npm run --silent report -- [--json] [--days N]` (CONTRACT §2) as an operator runs it, on a
 * real SQLite file in a temp DATA_DIR that the bot's store wrote: grouped by question, most
 * frequent first, no user ids, `--days`, the unanswered questions a taught phrase now answers, and
 * clear refusals of bad arguments.
 */
import { spawnSync } from 'node:child_process';
import { openPostgresStore } from '../../src/store/postgres.ts';
import type { Store, Vote } from '../../src/store/types.ts';
import { freshDatabaseUrl } from '../helpers/postgres.ts';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/report.ts';
import { databasePath } from '../../src/store/open.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import type { CurationNote } from '../../src/store/types.ts';
import { NO_SLACK, ROOT } from '../helpers/process.ts';

const DAY = 86_400_000;
const now = Date.now();
const ago = (days: number) => new Date(now - days * DAY);

let dataDir: string;
/** `report -- --json` and `report` on the data below, run once each. */
let json: ReturnType<typeof report>;
let text: ReturnType<typeof report>;

function report(args: string[], dir = dataDir, env: Record<string, string> = {}) {
  const run = spawnSync('npm', ['run', '--silent', 'report', '--', ...args], { cwd: ROOT, env: { ...process.env, ...NO_SLACK, DATA_DIR: dir, ...env }, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const note = (question: string, days: number, kind: CurationNote['kind'] = 'unanswered', language: CurationNote['language'] = 'en') =>
  ({ kind, question, language, intent: 'amount', channelKind: 'channel' as const, at: ago(days) });

/** The data below into a store whose clock `setClock` moves (votes take the store's clock); `spread` puts every other row in a second workspace. */
async function fill(open: (now: () => Date) => Promise<Store>, spread = false): Promise<void> {
  // Votes take the store's clock: one 👍 twenty days ago, then a 👍 and two 👎 yesterday.
  let clock = ago(20);
  const root = await open(() => clock);
  let i = 0;
  const next = () => (spread && i++ % 2 ? root.forTeam('T0OTHER') : root);
  const store = { recordVote: (v: Vote) => next().recordVote(v), noteForCurators: (n: Parameters<Store['noteForCurators']>[0]) => next().noteForCurators(n), addTaughtPhrase: (t: Parameters<Store['addTaughtPhrase']>[0]) => root.addTaughtPhrase(t), close: () => root.close() };
  await store.recordVote({ answerKey: 'a1', userId: 'U0SECRET1', vote: 'up', question: 'total 2024' });
  clock = ago(1);
  await store.recordVote({ answerKey: 'a2', userId: 'U0SECRET1', vote: 'up', question: 'total 2024' });
  await store.recordVote({ answerKey: 'a3', userId: 'U0SECRET2', vote: 'down', question: 'barncancer 2024' });
  await store.recordVote({ answerKey: 'a3', userId: 'U0SECRET3', vote: 'down', question: 'barncancer 2024' });
  for (const n of [
    note('how much for smear tests 2024', 1),
    note('  How much for SMEAR tests   2024 ', 2),
    note('how much for smear tests 2024', 15),
    note('Vad säger källorna om tandvård 2024?', 3, 'unanswered', 'sv'),
    note('Vad säger källorna om tandvård 2024?', 12, 'unanswered', 'sv'),
    note('vem betalar för lunchen?', 30, 'unanswered', 'sv'),
    note('Hur mycket gick till barncancer 2024?', 1, 'downvote', 'sv'),
    note('hur mycket gick till barncancer 2024?', 2, 'downvote', 'sv'),
    note('total 2024', 40, 'downvote'),
  ])
    await store.noteForCurators(n);
  await store.addTaughtPhrase({ phrase: 'smear tests', words: 'livmoderhalscancer', addedBy: 'U0ADMIN', addedAt: ago(1) });
  await store.close();
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'curation-report-'));
  await fill(async (now) => openSqliteStore(join(dataDir, 'bot.sqlite3'), { now }));
  json = report(['--json']);
  text = report([]);
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run report on PostgreSQL (DATABASE_URL)', () => {
  it('reads the same report from PostgreSQL, every workspace\'s questions together', async () => {
    const url = await freshDatabaseUrl();
    await fill((now) => openPostgresStore(url, { now }), true);
    const empty = mkdtempSync(join(tmpdir(), 'curation-report-pg-'));
    try {
      const fromPostgres = report(['--json'], empty, { DATABASE_URL: url });
      expect(fromPostgres.stderr).toBe('');
      expect(JSON.parse(fromPostgres.stdout)).toEqual(JSON.parse(json.stdout));
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('npm run report -- --json', () => {
  it('groups by question, most frequent first, and marks what a taught phrase now answers', () => {
    const { code, stdout, stderr } = json;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['unanswered', 'downvoted', 'votes']);
    expect(out.unanswered).toEqual([
      { question: 'how much for smear tests 2024', count: 3, last: ago(1).toISOString(), answeredNow: true },
      { question: 'vad säger källorna om tandvård 2024?', count: 2, last: ago(3).toISOString() },
      { question: 'vem betalar för lunchen?', count: 1, last: ago(30).toISOString() },
    ]);
    expect(out.downvoted).toEqual([
      { question: 'hur mycket gick till barncancer 2024?', count: 2, last: ago(1).toISOString() },
      { question: 'total 2024', count: 1, last: ago(40).toISOString() },
    ]);
    expect(out.votes).toEqual({ up: 2, down: 2 });
  });

  it('names no user', () => {
    expect(json.stdout).toContain('smear tests');
    for (const out of [json.stdout, text.stdout]) expect(out).not.toMatch(/U0[A-Z0-9]+/);
  });

  it('--days 7 keeps the last seven days, votes included', () => {
    const week = JSON.parse(report(['--json', '--days', '7']).stdout);
    expect(week.unanswered).toEqual([
      { question: 'how much for smear tests 2024', count: 2, last: ago(1).toISOString(), answeredNow: true },
      { question: 'vad säger källorna om tandvård 2024?', count: 1, last: ago(3).toISOString() },
    ]);
    expect(week.downvoted.map((e: { question: string }) => e.question)).toEqual(['hur mycket gick till barncancer 2024?']);
    expect(week.votes).toEqual({ up: 1, down: 2 });
    expect(JSON.parse(report(['--days=20', '--json']).stdout).unanswered.map((e: { count: number }) => e.count)).toEqual([3, 2]);
  });
});

describe('npm run report (text)', () => {
  it('prints a readable report: the period, the votes, both lists with counts and what is now answered', () => {
    const { code, stdout } = text;
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Rapport för kuratorer (allt som sparats; inga användar-id sparas)');
    expect(lines[1]).toBe('Röster: 2 👍, 2 👎');
    expect(lines).toContain('Obesvarade frågor (3)');
    expect(lines.find((l) => l.includes('smear tests'))).toMatch(/^ {2}3 × «how much for smear tests 2024» \(senast \d{4}-\d\d-\d\d \d\d:\d\d\) – besvaras nu tack vare en inlärd fras$/);
    expect(lines.find((l) => l.includes('tandvård'))).not.toContain('besvaras nu');
    expect(lines).toContain('Nedröstade svar (2)');
    expect(stdout.indexOf('smear tests')).toBeLessThan(stdout.indexOf('tandvård'));
    expect(report(['--days', '7']).stdout.split('\n')[0]).toBe('Rapport för kuratorer (de senaste 7 dagarna; inga användar-id sparas)');
  });

  it('says there is no database, and creates none, for a DATA_DIR the bot never ran in (exit 1)', () => {
    const empty = mkdtempSync(join(tmpdir(), 'curation-empty-'));
    try {
      const { code, stdout, stderr } = report(['--json'], empty);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(`report: no database at ${databasePath(empty)}: set DATA_DIR to the folder the bot keeps its data in (or DATABASE_URL to its PostgreSQL database)\n`);
      expect(existsSync(databasePath(empty))).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('bad arguments', () => {
  it.each([
    [['--days'], '--days needs a whole number of days'],
    [['--days', '0'], '--days needs a whole number of days'],
    [['--days', '-3'], '--days needs a whole number of days'],
    [['--days=1.5'], '--days needs a whole number of days'],
    [['--days', '3651'], '--days needs a whole number of days'],
    [['total'], 'unknown argument "total"'],
  ])('%j is refused with what is wrong and the usage', (args, message) => {
    const parsed = parseArgs(args);
    expect('error' in parsed && parsed.error).toContain(message);
    expect('error' in parsed && parsed.error).toContain('usage: npm run --silent report -- [--json] [--days N]');
  });

  it('accepts --json, --days N and --days=N in any order', () => {
    expect(parseArgs(['--days', '7', '--json'])).toEqual({ json: true, days: 7 });
    expect(parseArgs(['--days=30'])).toEqual({ json: false, days: 30 });
    expect(parseArgs([])).toEqual({ json: false });
  });

  it.each([
    [['--days', 'seven'], '--days needs a whole number of days from 1 to 3650, not "seven"'],
    [['--csv'], 'unknown option --csv'],
  ])('the CLI given %j prints a clear message and exits with 2', (args, message) => {
    const { code, stdout, stderr } = report(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('usage: npm run --silent report -- [--json] [--days N]');
  });
});
