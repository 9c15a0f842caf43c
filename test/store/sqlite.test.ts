import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { databasePath, openStore } from '../../src/store/open.ts';
import { readUserDeadlines } from '../../src/store/sqlite.ts';
import type { ClaimOptions, Store } from '../../src/store/types.ts';
import { tempDataDir } from '../digest/helpers.ts';

let tmp: ReturnType<typeof tempDataDir>;
const open: Store[] = [];
const openIn = (dir: string) => {
  const s = openStore(dir);
  open.push(s);
  return s;
};
beforeEach(() => {
  tmp = tempDataDir();
});
afterEach(() => {
  open.splice(0).forEach((s) => s.close());
  tmp.cleanup();
});

const claim = (o: Partial<ClaimOptions> & { claimant: string; now: Date }): ClaimOptions => ({
  channelId: 'C1', date: '2026-11-23', leaseMs: 600_000, failedRetryMs: 300_000, ...o,
});

describe('the SQLite store in DATA_DIR', () => {
  it('creates DATA_DIR and a WAL-mode database at the latest schema version', () => {
    const dir = `${tmp.dir}/nested/var`;
    openIn(dir);
    const db = new Database(databasePath(dir), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('keeps deadlines, subscriptions, votes and seen events across a restart', () => {
    const a = openIn(tmp.dir);
    const d = a.addDeadline({ date: '2026-12-01', text: 'Rapport till styrelsen', addedBy: 'U1', addedAt: new Date('2026-11-20T09:00:00Z') });
    a.subscribe({ channelId: 'C1', time: '07:30', subscribedBy: 'U2', now: new Date('2026-11-20T09:00:00Z') });
    a.recordVote({ answerKey: 'k', userId: 'U1', vote: 'up', question: 'q' });
    const claim = (store: typeof a, eventId: string) => store.claimEvent({ eventId, body: '{}', claimant: 'h:1:a', now: new Date(), abandoned: () => false }).outcome;
    expect(claim(a, 'Ev1')).toBe('claimed');
    a.finishEvent('Ev1');
    expect(claim(a, 'Ev3')).toBe('claimed');
    a.close();

    const b = openIn(tmp.dir);
    expect(b.userDeadlines()).toEqual([{ id: d.id, date: '2026-12-01', text: 'Rapport till styrelsen', addedBy: 'U1', addedByName: null, addedAt: '2026-11-20T09:00:00.000Z' }]);
    expect(b.subscription('C1')).toMatchObject({ channelId: 'C1', time: '07:30', subscribedBy: 'U2' });
    expect(claim(b, 'Ev1')).toBe('done');
    expect(claim(b, 'Ev2')).toBe('claimed');
    // Ev3 was claimed and never finished: it is what a restart answers again.
    expect(claim(b, 'Ev3')).toBe('busy');
    expect(b.unfinishedEvents().map((e) => e.eventId).sort()).toEqual(['Ev2', 'Ev3']);
  });

  it('claims an event once; a claim whose holder is gone is taken again with one more attempt, and done drops the payload', () => {
    const s = openIn(tmp.dir);
    const at = new Date('2026-12-02T08:00:00Z');
    const claim = (abandoned: boolean, claimant = 'h:2:b') => s.claimEvent({ eventId: 'Ev9', body: '{"event_id":"Ev9"}', claimant, now: at, abandoned: () => abandoned });
    expect(claim(false, 'h:1:a')).toEqual({ outcome: 'claimed', attempts: 1 });
    expect(claim(false)).toEqual({ outcome: 'busy' });
    expect(claim(true)).toEqual({ outcome: 'claimed', attempts: 2 });
    expect(s.unfinishedEvents()).toEqual([{ eventId: 'Ev9', body: '{"event_id":"Ev9"}', claimedBy: 'h:2:b', claimedAt: at.getTime(), attempts: 2 }]);
    s.finishEvent('Ev9');
    expect(s.unfinishedEvents()).toEqual([]);
    expect(claim(true)).toEqual({ outcome: 'done' });
    s.close();
  });

  it("replaces a user's earlier vote on the same answer", () => {
    const s = openIn(tmp.dir);
    s.recordVote({ answerKey: 'k', userId: 'U1', vote: 'up', question: 'q' });
    s.recordVote({ answerKey: 'k', userId: 'U1', vote: 'down', question: 'q' });
    s.close();
    const db = new Database(databasePath(tmp.dir), { readonly: true });
    expect(db.prepare('SELECT vote FROM votes').all()).toEqual([{ vote: 'down' }]);
    db.close();
  });

  it('upgrades a database of the first version in place, keeping its deadlines', () => {
    const file = databasePath(tmp.dir);
    const v1 = new Database(file);
    v1.exec(MIGRATIONS[0]!.sql);
    v1.pragma('user_version = 1');
    v1.prepare('INSERT INTO user_deadlines (date, text, added_by, added_at) VALUES (?, ?, ?, ?)').run('2026-12-01', 'Rapport', 'U1', Date.parse('2026-11-20T09:00:00Z'));
    v1.close();
    const s = openIn(tmp.dir);
    expect(s.userDeadlines()).toEqual([{ id: 1, date: '2026-12-01', text: 'Rapport', addedBy: 'U1', addedByName: null, addedAt: '2026-11-20T09:00:00.000Z' }]);
    expect(s.addDeadline({ date: '2026-12-02', text: 'Svar', addedBy: 'U2', addedByName: 'anna.berg', addedAt: new Date('2026-11-21T09:00:00Z') }).addedByName).toBe('anna.berg');
  });

  it('refuses a database written by a newer version of the program', () => {
    openIn(tmp.dir).close();
    const db = new Database(databasePath(tmp.dir));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openIn(tmp.dir)).toThrow(/newer than this program/);
  });

  it('changing a subscription keeps when the channel first subscribed', () => {
    const s = openIn(tmp.dir);
    s.subscribe({ channelId: 'C1', time: '08:00', subscribedBy: 'U1', now: new Date('2026-11-20T09:00:00Z') });
    const changed = s.subscribe({ channelId: 'C1', time: '09:15', subscribedBy: 'U2', now: new Date('2026-11-21T09:00:00Z') });
    expect(changed).toEqual({ channelId: 'C1', time: '09:15', subscribedBy: 'U2', subscribedAt: '2026-11-20T09:00:00.000Z', pausedReason: null, pausedAt: null });
    expect(s.unsubscribe('C1')).toBe(true);
    expect(s.unsubscribe('C1')).toBe(false);
    expect(s.subscriptions()).toEqual([]);
  });

  it('pauses a subscription once, with its reason and time, keeps it across a restart, and subscribing again resumes it', () => {
    const a = openIn(tmp.dir);
    a.subscribe({ channelId: 'C1', time: '08:00', subscribedBy: 'U1', now: new Date('2026-11-20T09:00:00Z') });
    expect(a.pauseSubscription('C1', 'not_in_channel', new Date('2026-11-23T07:00:00Z'))).toBe(true);
    expect(a.pauseSubscription('C1', 'is_archived', new Date('2026-11-23T07:05:00Z'))).toBe(false); // already paused: the first reason stays
    expect(a.pauseSubscription('CNONE', 'not_in_channel', new Date())).toBe(false);
    a.close();
    const b = openIn(tmp.dir);
    expect(b.subscription('C1')).toMatchObject({ pausedReason: 'not_in_channel', pausedAt: '2026-11-23T07:00:00.000Z' });
    const resumed = b.subscribe({ channelId: 'C1', time: '08:00', subscribedBy: 'U2', now: new Date('2026-11-23T10:00:00Z') });
    expect(resumed).toMatchObject({ pausedReason: null, pausedAt: null, subscribedBy: 'U2', subscribedAt: '2026-11-20T09:00:00.000Z' });
  });

  it('pausing all subscriptions pauses only the active ones and counts them', () => {
    const s = openIn(tmp.dir);
    for (const c of ['C1', 'C2', 'C3']) s.subscribe({ channelId: c, time: '08:00', subscribedBy: 'U1', now: new Date('2026-11-20T09:00:00Z') });
    s.pauseSubscription('C2', 'is_archived', new Date('2026-11-21T07:00:00Z'));
    expect(s.pauseAllSubscriptions('app_uninstalled', new Date('2026-11-22T12:00:00Z'))).toBe(2);
    expect(s.subscriptions().map((x) => [x.channelId, x.pausedReason])).toEqual([['C1', 'app_uninstalled'], ['C2', 'is_archived'], ['C3', 'app_uninstalled']]);
    expect(s.pauseAllSubscriptions('tokens_revoked', new Date())).toBe(0);
  });

  it('upgrades a database of version 2 in place: its subscriptions stay, active', () => {
    const file = databasePath(tmp.dir);
    const v2 = new Database(file);
    v2.exec(MIGRATIONS[0]!.sql);
    v2.exec(MIGRATIONS[1]!.sql);
    v2.pragma('user_version = 2');
    v2.prepare('INSERT INTO digest_subscriptions (channel_id, time, subscribed_by, subscribed_at, updated_at) VALUES (?, ?, ?, ?, ?)').run('C1', '07:30', 'U1', Date.parse('2026-11-20T09:00:00Z'), Date.parse('2026-11-20T09:00:00Z'));
    v2.close();
    const s = openIn(tmp.dir);
    expect(s.subscriptions()).toEqual([{ channelId: 'C1', time: '07:30', subscribedBy: 'U1', subscribedAt: '2026-11-20T09:00:00.000Z', pausedReason: null, pausedAt: null }]);
  });

  it('removing a deadline returns it once, then reports there is none', () => {
    const s = openIn(tmp.dir);
    const d = s.addDeadline({ date: '2026-12-01', text: 'x', addedBy: 'U1', addedAt: new Date() });
    expect(s.removeDeadline(d.id)?.text).toBe('x');
    expect(s.removeDeadline(d.id)).toBeNull();
  });
});

describe("claiming a day's digest", () => {
  const t0 = new Date('2026-11-23T07:00:00Z');

  it('lets exactly one of two processes on one database claim it', () => {
    const a = openIn(tmp.dir);
    const b = openIn(tmp.dir);
    expect(a.claimDigest(claim({ claimant: 'A', now: t0 }))).toBe(true);
    expect(b.claimDigest(claim({ claimant: 'B', now: t0 }))).toBe(false);
    expect(b.claimDigest(claim({ claimant: 'B', now: t0, channelId: 'C2' }))).toBe(true);
  });

  it('never hands out a sent digest again, however late', () => {
    const s = openIn(tmp.dir);
    s.claimDigest(claim({ claimant: 'A', now: t0 }));
    s.markDigestSent('C1', '2026-11-23', 'A', t0, 1);
    expect(s.claimDigest(claim({ claimant: 'B', now: new Date(t0.getTime() + 86_400_000) }))).toBe(false);
    expect(s.lastDigestSent('C1')).toMatchObject({ status: 'sent', attempts: 1, sentAt: t0.toISOString() });
  });

  it('takes over a claim whose process died, once the lease has run out', () => {
    const s = openIn(tmp.dir);
    s.claimDigest(claim({ claimant: 'A', now: t0 }));
    expect(s.claimDigest(claim({ claimant: 'B', now: new Date(t0.getTime() + 599_999) }))).toBe(false);
    expect(s.claimDigest(claim({ claimant: 'B', now: new Date(t0.getTime() + 600_000) }))).toBe(true);
    expect(s.digestLog('C1', '2026-11-23')).toMatchObject({ status: 'sending', claimedBy: 'B' });
  });

  it('lets a failed digest be tried again only after the retry wait', () => {
    const s = openIn(tmp.dir);
    s.claimDigest(claim({ claimant: 'A', now: t0 }));
    s.markDigestFailed('C1', '2026-11-23', 'A', 'internal_error', 5, t0);
    expect(s.digestLog('C1', '2026-11-23')).toMatchObject({ status: 'failed', attempts: 5, error: 'internal_error', sentAt: null });
    expect(s.lastDigestSent('C1')).toBeNull();
    expect(s.claimDigest(claim({ claimant: 'A', now: new Date(t0.getTime() + 299_999) }))).toBe(false);
    expect(s.claimDigest(claim({ claimant: 'A', now: new Date(t0.getTime() + 300_000) }))).toBe(true);
  });
});

describe('reading user deadlines for the CLI', () => {
  it('finds none, and creates nothing, when DATA_DIR has no database', () => {
    const file = databasePath(`${tmp.dir}/absent`);
    expect(readUserDeadlines(file)).toEqual([]);
    expect(existsSync(`${tmp.dir}/absent`)).toBe(false);
  });

  it('reads the deadlines an admin added', () => {
    const s = openIn(tmp.dir);
    s.addDeadline({ date: '2026-12-01', text: 'Rapport', addedBy: 'U1', addedAt: new Date('2026-11-20T09:00:00Z') });
    expect(readUserDeadlines(databasePath(tmp.dir)).map((d) => d.text)).toEqual(['Rapport']);
  });
});

describe('the in-memory store for listener tests', () => {
  it('answers an event once and lists the votes it kept', () => {
    const s = createMemoryStore();
    const claim = () => s.claimEvent({ eventId: 'E1', body: '{}', claimant: 'h:1:a', now: new Date(), abandoned: () => true }).outcome;
    expect(claim()).toBe('claimed');
    s.finishEvent('E1');
    expect(claim()).toBe('done');
    s.recordVote({ answerKey: 'k', userId: 'U1', vote: 'up', question: 'q' });
    s.recordVote({ answerKey: 'k', userId: 'U1', vote: 'down', question: 'q' });
    expect(s.votes).toEqual([{ answerKey: 'k', userId: 'U1', vote: 'down', question: 'q' }]);
    s.close();
  });
});
