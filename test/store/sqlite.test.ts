/**
 * What only the SQLite store has (what every store does is in store.test.ts): a WAL-mode file in
 * DATA_DIR that a restart opens again, the upgrade of databases made by older versions in place,
 * the read-only reader of user deadlines for the digest CLI, and the in-memory store of listener tests.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { databasePath, openStore } from '../../src/store/open.ts';
import { readUserDeadlines } from '../../src/store/sqliteRead.ts';
import type { Store } from '../../src/store/types.ts';
import { tempDataDir } from '../digest/helpers.ts';

let tmp: ReturnType<typeof tempDataDir>;
const open: Store[] = [];
const openIn = async (dir: string) => {
  const s = await openStore(dir);
  open.push(s);
  return s;
};
beforeEach(() => {
  tmp = tempDataDir();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  tmp.cleanup();
});

describe('the SQLite store in DATA_DIR', () => {
  it('creates DATA_DIR and a WAL-mode database at the latest schema version', async () => {
    const dir = `${tmp.dir}/nested/var`;
    await openIn(dir);
    const db = new Database(databasePath(dir), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('opens the same database again from DATA_DIR after a restart', async () => {
    const a = await openIn(tmp.dir);
    const d = await a.addDeadline({ date: '2026-12-01', text: 'Rapport till styrelsen', addedBy: 'U1', addedAt: new Date('2026-11-20T09:00:00Z') });
    await a.recordVote({ answerKey: 'k', userId: 'U1', vote: 'up', question: 'q' });
    await a.recordVote({ answerKey: 'k', userId: 'U1', vote: 'down', question: 'q' });
    await a.close();
    const b = await openIn(tmp.dir);
    expect(b.location).toBe(databasePath(tmp.dir));
    expect(await b.userDeadlines()).toEqual([d]);
    await b.close();
    const db = new Database(databasePath(tmp.dir), { readonly: true });
    expect(db.prepare('SELECT vote FROM votes').all()).toEqual([{ vote: 'down' }]);
    db.close();
  });

  it('upgrades a database of the first version in place, keeping its deadlines', async () => {
    const file = databasePath(tmp.dir);
    const v1 = new Database(file);
    v1.exec(MIGRATIONS[0]!.sql);
    v1.pragma('user_version = 1');
    v1.prepare('INSERT INTO user_deadlines (date, text, added_by, added_at) VALUES (?, ?, ?, ?)').run('2026-12-01', 'Rapport', 'U1', Date.parse('2026-11-20T09:00:00Z'));
    v1.close();
    const s = await openIn(tmp.dir);
    expect(await s.userDeadlines()).toEqual([{ id: 1, date: '2026-12-01', text: 'Rapport', addedBy: 'U1', addedByName: null, addedAt: '2026-11-20T09:00:00.000Z' }]);
    expect((await s.addDeadline({ date: '2026-12-02', text: 'Svar', addedBy: 'U2', addedByName: 'anna.berg', addedAt: new Date('2026-11-21T09:00:00Z') })).addedByName).toBe('anna.berg');
  });

  it('upgrades a database of version 2 in place: its subscriptions stay, active', async () => {
    const file = databasePath(tmp.dir);
    const v2 = new Database(file);
    v2.exec(MIGRATIONS[0]!.sql);
    v2.exec(MIGRATIONS[1]!.sql);
    v2.pragma('user_version = 2');
    v2.prepare('INSERT INTO digest_subscriptions (channel_id, time, subscribed_by, subscribed_at, updated_at) VALUES (?, ?, ?, ?, ?)').run('C1', '07:30', 'U1', Date.parse('2026-11-20T09:00:00Z'), Date.parse('2026-11-20T09:00:00Z'));
    v2.close();
    const s = await openIn(tmp.dir);
    expect(await s.subscriptions()).toEqual([{ teamId: '', channelId: 'C1', time: '07:30', subscribedBy: 'U1', subscribedAt: '2026-11-20T09:00:00.000Z', pausedReason: null, pausedAt: null }]);
  });

  it('refuses a database written by a newer version of the program', async () => {
    await (await openIn(tmp.dir)).close();
    const db = new Database(databasePath(tmp.dir));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    await expect((async () => openIn(tmp.dir))()).rejects.toThrow(/newer than this program/);
  });
});

describe('reading user deadlines for the CLI', () => {
  it('finds none, and creates nothing, when DATA_DIR has no database', () => {
    const file = databasePath(`${tmp.dir}/absent`);
    expect(readUserDeadlines(file)).toEqual([]);
    expect(existsSync(`${tmp.dir}/absent`)).toBe(false);
  });

  it('reads the deadlines an admin added', async () => {
    const s = await openIn(tmp.dir);
    await s.addDeadline({ date: '2026-12-01', text: 'Rapport', addedBy: 'U1', addedAt: new Date('2026-11-20T09:00:00Z') });
    expect(readUserDeadlines(databasePath(tmp.dir)).map((d) => d.text)).toEqual(['Rapport']);
  });
});

describe('the in-memory store for listener tests', () => {
  it('answers an event once and lists the votes it kept', async () => {
    const s = createMemoryStore();
    const claim = async () => (await s.claimEvent({ eventId: 'E1', body: '{}', claimant: 'h:1:a', now: new Date(), abandoned: () => true })).outcome;
    expect(await claim()).toBe('claimed');
    await s.finishEvent('E1');
    expect(await claim()).toBe('done');
    await s.recordVote({ answerKey: 'k', userId: 'U1', vote: 'up', question: 'q' });
    await s.recordVote({ answerKey: 'k', userId: 'U1', vote: 'down', question: 'q' });
    expect(s.votes).toEqual([{ answerKey: 'k', userId: 'U1', vote: 'down', question: 'q' }]);
    await s.close();
  });
});
