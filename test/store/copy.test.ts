/**
 * `npm run --silent store -- copy --to URL`, as an operator runs it: a real SQLite DATA_DIR with
 * rows in every table, the CLI as a child process, and a real PostgreSQL database, which then
 * answers every read exactly as the SQLite store did. A second copy, an outdated or missing
 * SQLite database, an unreachable server and counts that differ are refused, nothing copied, and
 * the URL's password is printed nowhere.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/corpus/load.ts';
import { SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { databasePath } from '../../src/store/open.ts';
import { PG_TABLES } from '../../src/store/pgMigrations.ts';
import { redactUrl } from '../../src/store/pgUrl.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { tempDataDir } from '../digest/helpers.ts';
import { freshDatabaseUrl, query } from '../helpers/postgres.ts';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const run = (dataDir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/store.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', DEBUG: '' } });

const t0 = new Date(Date.now() - 3_600_000);
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

/** A DATA_DIR whose SQLite database has rows in every table, as a bot that ran a while leaves it. */
async function usedDataDir(): Promise<string> {
  const tmp = tempDataDir();
  cleanups.push(tmp.cleanup);
  const s = await openSqliteStore(databasePath(tmp.dir), { now: () => at(30) });
  await s.addDeadline({ date: '2026-12-05', text: 'Rapport till styrelsen', addedBy: 'U1', addedByName: 'anna.berg', addedAt: at(1) });
  await s.addDeadline({ date: '2026-12-01', text: 'Svar på remissen', addedBy: 'U2', addedAt: at(2) });
  const gone = await s.addDeadline({ date: '2026-12-09', text: 'Struken', addedBy: 'U2', addedAt: at(3) });
  await s.removeDeadline(gone.id); // id 3 was handed out: neither database may give it again
  await s.subscribe({ channelId: 'C1', time: '07:30', subscribedBy: 'U1', now: at(4) });
  await s.subscribe({ channelId: 'C2', time: '08:00', subscribedBy: 'U2', now: at(5) });
  await s.pauseSubscription('C2', 'not_in_channel', at(6));
  await s.claimDigest({ channelId: 'C1', date: '2026-11-23', claimant: 'h:1:a', now: at(7), leaseMs: 600_000, failedRetryMs: 300_000 });
  await s.markDigestSent('C1', '2026-11-23', 'h:1:a', at(8), 1);
  await s.claimDigest({ channelId: 'C2', date: '2026-11-23', claimant: 'h:1:a', now: at(7), leaseMs: 600_000, failedRetryMs: 300_000 });
  await s.markDigestFailed('C2', '2026-11-23', 'h:1:a', 'not_in_channel', 3, at(9));
  for (const [eventId, minute] of [['EvDone', 10], ['EvWorking', 11]] as const) {
    await s.claimEvent({ eventId, body: `{"event_id":"${eventId}"}`, claimant: 'h:1:a', now: at(minute), abandoned: () => false });
  }
  await s.finishEvent('EvDone');
  await s.recordVote({ answerKey: 'k1', userId: 'U1', vote: 'up', question: 'vad fick RCC 2024' });
  await s.recordVote({ answerKey: 'k1', userId: 'U2', vote: 'down', question: 'vad fick RCC 2024' });
  await s.recordVote({ answerKey: 'k2', userId: 'U1', vote: 'down', question: 'vem ansvarar' });
  await s.recordAnswer('C1', '1764000000.000100', '1764000001.000200');
  await s.noteForCurators({ kind: 'unanswered', question: 'hur mycket fick Gotland', language: 'sv', intent: 'amount', channelKind: 'channel', at: at(12) });
  await s.noteForCurators({ kind: 'downvote', question: 'what did RCC get', language: 'en', intent: 'amount', channelKind: 'dm', at: at(13), comment: 'wrong year' });
  await s.addTaughtPhrase({ phrase: 'cancerplanen', words: 'nationella cancerstrategin', addedBy: 'U1', addedAt: at(14) });
  await s.addTaughtPhrase({ phrase: 'barncancer', words: 'barn cancer', addedBy: 'U1', addedAt: at(15) });
  await s.saveConversation('D1', '', 'U1', '{"year":2024}', at(16).getTime());
  await s.saveConversation('C1', '1764000000.000100', 'U2', '{"year":2023}', at(17).getTime());
  await s.setAnswerChannel('C9', true, 'U1');
  // A second workspace, with a phrase and a channel of the same names as the first one's.
  const two = s.forTeam('T2');
  await two.addDeadline({ date: '2026-12-02', text: 'Workspace två', addedBy: 'U9', addedAt: at(18) });
  await two.subscribe({ channelId: 'C1', time: '09:00', subscribedBy: 'U9', now: at(18) });
  await two.addTaughtPhrase({ phrase: 'cancerplanen', words: 'planen', addedBy: 'U9', addedAt: at(18) });
  await two.recordVote({ answerKey: 'k1', userId: 'U1', vote: 'up', question: 'vad fick RCC 2024' });
  await two.addAdmin('U9', 'U9', at(19));
  await two.saveInstallation({ key: 'T2', teamId: 'T2', enterpriseId: null, installation: '{"bot":{"token":"xoxb-test"}}', installedBy: 'U9', at: at(19) });
  await s.close();
  return tmp.dir;
}

/** Everything a bot reads from its store, in both workspaces, for comparing two stores. */
async function everything(s: Store) {
  return { one: await workspace(s), two: await workspace(s.forTeam('T2')), every: await s.subscriptionsOfEveryTeam(), installation: await s.installation('T2') };
}

async function workspace(s: Store) {
  return {
    admins: await s.admins(),
    deadlines: await s.userDeadlines(),
    subscriptions: await s.subscriptions(),
    digests: [await s.digestLog('C1', '2026-11-23'), await s.digestLog('C2', '2026-11-23'), await s.lastDigestSent('C1')],
    unfinished: await s.unfinishedEvents(),
    votes: await s.voteCounts(),
    answer: await s.answerTo('C1', '1764000000.000100'),
    notes: await s.curationNotes(),
    taught: await s.taughtPhrases(),
    conversations: [await s.conversation('D1', ''), await s.conversation('C1', '1764000000.000100')],
    answerChannel: await s.answerChannel('C9'),
  };
}

const openBoth = async (dir: string, url: string) => {
  const sqlite = await openSqliteStore(databasePath(dir));
  const postgres = await openPostgresStore(url);
  cleanups.push(() => sqlite.close(), () => postgres.close());
  return { sqlite, postgres };
};

const rowsIn = async (url: string) => Object.fromEntries(await Promise.all(PG_TABLES.map(async (t) => [t.name, (await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${t.name}`))[0]!.n])));

describe('copying the SQLite database into PostgreSQL', () => {
  it('copies every table row for row, prints the counts, and the PostgreSQL store then reads what SQLite did', async () => {
    const dir = await usedDataDir();
    const url = await freshDatabaseUrl();
    const r = run(dir, 'copy', '--to', url);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(0, -1)).toEqual([
      'processed_events 2 → 2', 'votes 4 → 4', 'user_deadlines 3 → 3', 'digest_subscriptions 3 → 3', 'digest_log 2 → 2',
      'answered_messages 1 → 1', 'curation_notes 2 → 2', 'taught_phrases 3 → 3', 'conversations 2 → 2', 'answer_channels 1 → 1',
      'installations 1 → 1', 'admins 1 → 1',
    ]);
    expect(lines.at(-1)).toBe(`copied 25 rows in 12 tables from ${databasePath(dir)} into ${redactUrl(url)}; every count matches`);
    expect(r.stdout).not.toContain(new URL(url).password);

    const { sqlite, postgres } = await openBoth(dir, url);
    const copied = await everything(postgres);
    expect(copied).toEqual(await everything(sqlite));
    expect(copied.one.deadlines.map((d) => [d.id, d.text, d.addedByName])).toEqual([[2, 'Svar på remissen', null], [1, 'Rapport till styrelsen', 'anna.berg']]);
    expect(copied.two.deadlines.map((d) => [d.id, d.text])).toEqual([[4, 'Workspace två']]);
    expect(copied.one.unfinished.map((e) => e.eventId)).toEqual(['EvWorking']);
    expect([copied.one.votes, copied.two.votes]).toEqual([{ up: 1, down: 2 }, { up: 1, down: 0 }]);
    expect(copied.every.map((x) => [x.teamId, x.channelId, x.time])).toEqual([['', 'C1', '07:30'], ['', 'C2', '08:00'], ['T2', 'C1', '09:00']]);
    expect([copied.two.admins, copied.installation?.installedBy]).toEqual([['U9'], 'U9']);
    // Ids go on past the highest one SQLite ever gave, the removed deadline's included.
    const next = { date: '2026-12-10', text: 'Ny', addedBy: 'U1', addedAt: at(20) };
    expect((await postgres.addDeadline(next)).id).toBe((await sqlite.addDeadline(next)).id);
    expect((await postgres.addTaughtPhrase({ phrase: 'ny', words: 'ord', addedBy: 'U1', addedAt: at(21) })).id).toBe(4);
    const claim = { body: '{}', claimant: 'h:2:b', now: new Date(), abandoned: () => false };
    expect(await postgres.claimEvent({ eventId: 'EvDone', ...claim })).toEqual({ outcome: 'done' });
    expect(await postgres.claimEvent({ eventId: 'EvWorking', ...claim })).toEqual({ outcome: 'busy' });
  });

  it('refuses a second copy into the same database, naming the tables that hold rows, and changes nothing', async () => {
    const dir = await usedDataDir();
    const url = await freshDatabaseUrl();
    expect(run(dir, 'copy', '--to', url).status).toBe(0);
    const before = await rowsIn(url);
    const { postgres } = await openBoth(dir, url);
    const seen = await everything(postgres);
    const r = run(dir, 'copy', `--to=${url}`);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^store: the PostgreSQL database ${redactUrl(url).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} already holds rows: processed_events \\(2 rows\\), votes \\(4 rows\\), .*admins \\(1 row\\); copy only into an empty database\\n$`));
    expect(r.stderr).not.toContain(new URL(url).password);
    expect(await rowsIn(url)).toEqual(before);
    expect(await everything(postgres)).toEqual(seen);
  });

  it('rolls everything back when a table ends with other counts than SQLite has', async () => {
    const dir = await usedDataDir();
    const url = await freshDatabaseUrl();
    await (await openPostgresStore(url)).close();
    // A trigger that drops every vote silently: what a copy must notice rather than trust.
    await query(url, 'CREATE FUNCTION drop_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$');
    await query(url, 'CREATE TRIGGER drop_votes BEFORE INSERT ON votes FOR EACH ROW EXECUTE FUNCTION drop_row()');
    const r = run(dir, 'copy', '--to', url);
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', 'store: the row counts differ (votes 4 → 0); nothing was copied\n']);
    expect(Object.values(await rowsIn(url)).every((n) => n === 0)).toBe(true);
  });

  it('refuses a SQLite database that is missing or not up to date, telling what to do', async () => {
    const empty = tempDataDir();
    cleanups.push(empty.cleanup);
    const url = await freshDatabaseUrl();
    const missing = run(empty.dir, 'copy', '--to', url);
    expect([missing.status, missing.stderr]).toEqual([1, `store: no database at ${databasePath(empty.dir)}: set DATA_DIR to the folder the bot keeps its data in\n`]);
    const old = new Database(databasePath(empty.dir));
    old.pragma('user_version = 7');
    old.close();
    const outdated = run(empty.dir, 'copy', '--to', url);
    expect(outdated.status).toBe(1);
    expect(outdated.stderr).toBe(`store: the database ${databasePath(empty.dir)} is at schema version 7, not ${SCHEMA_VERSION}; start the bot once with this DATA_DIR (without DATABASE_URL) to bring it up to date, then copy it\n`);
    expect(await query(url, "SELECT to_regclass('votes') AS t")).toEqual([{ t: null }]); // nothing made in PostgreSQL either
  });

  it('an unreachable server is one line naming the URL without its password, exit 1', async () => {
    const dir = await usedDataDir();
    const r = run(dir, 'copy', '--to', 'postgres://bot:hunter2secret@127.0.0.1:1/bot');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('store: cannot reach the PostgreSQL database postgres://bot:***@127.0.0.1:1/bot (ECONNREFUSED); start it, or unset DATABASE_URL to keep state in SQLite under DATA_DIR\n');
  });
});

describe('the store CLI keeps the conventions of every CLI', () => {
  const dir = '/nonexistent-data-dir';
  it('--help prints its usage on stdout and exits 0', () => {
    const r = run(dir, '--help');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^usage: npm run --silent store -- copy --to DATABASE_URL\n/u);
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [[], 'a command is needed: copy'],
    [['copy'], 'copy needs --to DATABASE_URL'],
    [['copy', '--to'], '--to needs a value'],
    [['move', '--to', 'postgres://a:b@h/d'], 'unknown command; the one command is copy'],
    [['copy', '--to', 'mysql://a:secret@h/d'], '--to needs a PostgreSQL URL starting with postgres:// or postgresql://'],
  ])('%j: one line naming what is wrong, and the usage line, exit 2', (args, message) => {
    const r = run(dir, ...args);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`${message}\nusage: npm run --silent store -- copy --to DATABASE_URL\n`);
  });
});
