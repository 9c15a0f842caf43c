/**
 * What every Store does, whichever database holds it: the same tests on the SQLite store (a file
 * in a temp folder) and on the PostgreSQL store (a database of its own on the test run's server).
 * "Reopening" opens the same file or database again, as a restart (or a second replica) does.
 * What only one of them has lives in sqlite.test.ts and postgres.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../../src/store/open.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import type { ClaimOptions, Store } from '../../src/store/types.ts';
import { tempDataDir } from '../digest/helpers.ts';
import { freshDatabaseUrl } from '../helpers/postgres.ts';

interface Backend {
  /** A new, empty place for a store: a DATA_DIR, or a database URL. */
  place(): Promise<string>;
  open(place: string, options?: { now?: () => Date }): Promise<Store>;
}

const cleanups: (() => void)[] = [];
const SQLITE: Backend = {
  async place() {
    const tmp = tempDataDir();
    cleanups.push(tmp.cleanup);
    return tmp.dir;
  },
  open: async (dir, options) => openSqliteStore(databasePath(dir), options),
};
const POSTGRES: Backend = {
  place: freshDatabaseUrl,
  open: (url, options) => openPostgresStore(url, options),
};

const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  cleanups.splice(0).forEach((c) => c());
});

const claim = (o: Partial<ClaimOptions> & { claimant: string; now: Date }): ClaimOptions => ({
  channelId: 'C1', date: '2026-11-23', leaseMs: 600_000, failedRetryMs: 300_000, ...o,
});
const DAY = 86_400_000;

describe.each([
  ['SQLite', SQLITE],
  ['PostgreSQL', POSTGRES],
] as const)('the %s store', (_name, backend) => {
  /** A store in a new place, and a way to open that place again. */
  async function fresh(options?: { now?: () => Date }) {
    const place = await backend.place();
    const reopen = async (o = options) => {
      const s = await backend.open(place, o);
      opened.push(s);
      return s;
    };
    return { store: await reopen(), reopen };
  }

  describe('events, deadlines, subscriptions and votes', () => {
    it('keeps deadlines, subscriptions, votes and seen events across a restart', async () => {
      const { store: a, reopen } = await fresh();
      const d = await a.addDeadline({ date: '2026-12-01', text: 'Rapport till styrelsen', addedBy: 'U1', addedAt: new Date('2026-11-20T09:00:00Z') });
      await a.subscribe({ channelId: 'C1', time: '07:30', subscribedBy: 'U2', now: new Date('2026-11-20T09:00:00Z') });
      await a.recordVote({ answerKey: 'k', userId: 'U1', vote: 'up', question: 'q' });
      const claimIt = async (store: Store, eventId: string) => (await store.claimEvent({ eventId, body: '{}', claimant: 'h:1:a', now: new Date(), abandoned: () => false })).outcome;
      expect(await claimIt(a, 'Ev1')).toBe('claimed');
      await a.finishEvent('Ev1');
      expect(await claimIt(a, 'Ev3')).toBe('claimed');
      await a.close();

      const b = await reopen();
      expect(await b.userDeadlines()).toEqual([{ id: d.id, date: '2026-12-01', text: 'Rapport till styrelsen', addedBy: 'U1', addedByName: null, addedAt: '2026-11-20T09:00:00.000Z' }]);
      expect(await b.subscription('C1')).toMatchObject({ channelId: 'C1', time: '07:30', subscribedBy: 'U2' });
      expect(await b.voteCounts()).toEqual({ up: 1, down: 0 });
      expect(await claimIt(b, 'Ev1')).toBe('done');
      expect(await claimIt(b, 'Ev2')).toBe('claimed');
      // Ev3 was claimed and never finished: it is what a restart answers again.
      expect(await claimIt(b, 'Ev3')).toBe('busy');
      expect((await b.unfinishedEvents()).map((e) => e.eventId).sort()).toEqual(['Ev2', 'Ev3']);
    });

    it('claims an event once; a claim whose holder is gone is taken again with one more attempt, and done drops the payload', async () => {
      const { store: s } = await fresh();
      const at = new Date('2026-12-02T08:00:00Z');
      const asked: unknown[] = [];
      const claimIt = (abandoned: boolean, claimant = 'h:2:b') =>
        s.claimEvent({ eventId: 'Ev9', body: '{"event_id":"Ev9"}', claimant, now: at, abandoned: (by, ms) => (asked.push([by, ms]), abandoned) });
      expect(await claimIt(false, 'h:1:a')).toEqual({ outcome: 'claimed', attempts: 1 });
      expect(await claimIt(false)).toEqual({ outcome: 'busy' });
      // Whoever decides whether the holder is gone is told who holds it and since when, in ms.
      expect(asked).toEqual([['h:1:a', at.getTime()]]);
      expect(await claimIt(true)).toEqual({ outcome: 'claimed', attempts: 2 });
      expect(await s.unfinishedEvents()).toEqual([{ eventId: 'Ev9', body: '{"event_id":"Ev9"}', claimedBy: 'h:2:b', claimedAt: at.getTime(), attempts: 2 }]);
      await s.finishEvent('Ev9');
      expect(await s.unfinishedEvents()).toEqual([]);
      expect(await claimIt(true)).toEqual({ outcome: 'done' });
    });

    it("replaces a user's earlier vote on the same answer, and counts votes since an instant", async () => {
      let clock = Date.parse('2026-11-20T09:00:00Z');
      const { store: s } = await fresh({ now: () => new Date(clock) });
      await s.recordVote({ answerKey: 'k', userId: 'U1', vote: 'up', question: 'q' });
      await s.recordVote({ answerKey: 'k', userId: 'U1', vote: 'down', question: 'q' });
      expect(await s.voteCounts()).toEqual({ up: 0, down: 1 });
      clock += DAY;
      await s.recordVote({ answerKey: 'k2', userId: 'U1', vote: 'up', question: 'q2' });
      await s.recordVote({ answerKey: 'k2', userId: 'U2', vote: 'up', question: 'q2' });
      expect(await s.voteCounts()).toEqual({ up: 2, down: 1 });
      expect(await s.voteCounts(new Date(clock))).toEqual({ up: 2, down: 0 });
      expect(await s.voteCounts(new Date(clock + 1))).toEqual({ up: 0, down: 0 });
    });

    it('lists deadlines by date then id, removes one once, and never gives a removed id to a new deadline', async () => {
      const { store: s } = await fresh();
      const at = new Date('2026-11-20T09:00:00Z');
      const a = await s.addDeadline({ date: '2026-12-05', text: 'Sent', addedBy: 'U1', addedAt: at });
      const b = await s.addDeadline({ date: '2026-12-01', text: 'Tidigt', addedBy: 'U1', addedByName: 'anna.berg', addedAt: at });
      const c = await s.addDeadline({ date: '2026-12-05', text: 'Sent igen', addedBy: 'U2', addedAt: at });
      expect([a.id, b.id, c.id]).toEqual([1, 2, 3]);
      expect(b).toEqual({ id: 2, date: '2026-12-01', text: 'Tidigt', addedBy: 'U1', addedByName: 'anna.berg', addedAt: '2026-11-20T09:00:00.000Z' });
      expect((await s.userDeadlines()).map((d) => d.text)).toEqual(['Tidigt', 'Sent', 'Sent igen']);
      expect(await s.removeDeadline(c.id)).toEqual(c);
      expect(await s.removeDeadline(c.id)).toBeNull();
      expect((await s.addDeadline({ date: '2026-12-09', text: 'Ny', addedBy: 'U1', addedAt: at })).id).toBe(4);
    });
  });

  describe('digest subscriptions', () => {
    it('changing a subscription keeps when the channel first subscribed', async () => {
      const { store: s } = await fresh();
      await s.subscribe({ channelId: 'C1', time: '08:00', subscribedBy: 'U1', now: new Date('2026-11-20T09:00:00Z') });
      const changed = await s.subscribe({ channelId: 'C1', time: '09:15', subscribedBy: 'U2', now: new Date('2026-11-21T09:00:00Z') });
      expect(changed).toEqual({ teamId: '', channelId: 'C1', time: '09:15', subscribedBy: 'U2', subscribedAt: '2026-11-20T09:00:00.000Z', pausedReason: null, pausedAt: null });
      expect(await s.unsubscribe('C1')).toBe(true);
      expect(await s.unsubscribe('C1')).toBe(false);
      expect(await s.subscription('C1')).toBeNull();
      expect(await s.subscriptions()).toEqual([]);
    });

    it('pauses a subscription once, with its reason and time, keeps it across a restart, and subscribing again resumes it', async () => {
      const { store: a, reopen } = await fresh();
      await a.subscribe({ channelId: 'C1', time: '08:00', subscribedBy: 'U1', now: new Date('2026-11-20T09:00:00Z') });
      expect(await a.pauseSubscription('C1', 'not_in_channel', new Date('2026-11-23T07:00:00Z'))).toBe(true);
      expect(await a.pauseSubscription('C1', 'is_archived', new Date('2026-11-23T07:05:00Z'))).toBe(false); // already paused: the first reason stays
      expect(await a.pauseSubscription('CNONE', 'not_in_channel', new Date())).toBe(false);
      await a.close();
      const b = await reopen();
      expect(await b.subscription('C1')).toMatchObject({ pausedReason: 'not_in_channel', pausedAt: '2026-11-23T07:00:00.000Z' });
      const resumed = await b.subscribe({ channelId: 'C1', time: '08:00', subscribedBy: 'U2', now: new Date('2026-11-23T10:00:00Z') });
      expect(resumed).toMatchObject({ pausedReason: null, pausedAt: null, subscribedBy: 'U2', subscribedAt: '2026-11-20T09:00:00.000Z' });
    });

    it('pausing all subscriptions pauses only the active ones and counts them; the list is by channel id, byte by byte', async () => {
      const { store: s } = await fresh();
      for (const c of ['Ca', 'CB', 'C1', 'D0']) await s.subscribe({ channelId: c, time: '08:00', subscribedBy: 'U1', now: new Date('2026-11-20T09:00:00Z') });
      await s.pauseSubscription('CB', 'is_archived', new Date('2026-11-21T07:00:00Z'));
      expect(await s.pauseAllSubscriptions('app_uninstalled', new Date('2026-11-22T12:00:00Z'))).toBe(3);
      expect((await s.subscriptions()).map((x) => [x.channelId, x.pausedReason])).toEqual([['C1', 'app_uninstalled'], ['CB', 'is_archived'], ['Ca', 'app_uninstalled'], ['D0', 'app_uninstalled']]);
      expect(await s.pauseAllSubscriptions('tokens_revoked', new Date())).toBe(0);
    });
  });

  describe("claiming a day's digest", () => {
    const t0 = new Date('2026-11-23T07:00:00Z');

    it('lets exactly one of two processes on one database claim it', async () => {
      const { store: a, reopen } = await fresh();
      const b = await reopen();
      expect(await a.claimDigest(claim({ claimant: 'A', now: t0 }))).toBe(true);
      expect(await b.claimDigest(claim({ claimant: 'B', now: t0 }))).toBe(false);
      expect(await b.claimDigest(claim({ claimant: 'B', now: t0, channelId: 'C2' }))).toBe(true);
    });

    it('never hands out a sent digest again, however late; the last one sent is the latest date', async () => {
      const { store: s } = await fresh();
      await s.claimDigest(claim({ claimant: 'A', now: t0 }));
      await s.markDigestSent('C1', '2026-11-23', 'A', t0, 1);
      expect(await s.claimDigest(claim({ claimant: 'B', now: new Date(t0.getTime() + DAY) }))).toBe(false);
      expect(await s.lastDigestSent('C1')).toMatchObject({ date: '2026-11-23', status: 'sent', attempts: 1, sentAt: t0.toISOString(), claimedAt: t0.toISOString() });
      await s.claimDigest(claim({ claimant: 'A', now: t0, date: '2026-11-24' }));
      await s.markDigestSent('C1', '2026-11-24', 'A', new Date(t0.getTime() + DAY), 2);
      expect(await s.lastDigestSent('C1')).toMatchObject({ date: '2026-11-24', attempts: 2 });
      expect(await s.lastDigestSent('C2')).toBeNull();
    });

    it('takes over a claim whose process died, once the lease has run out; a renewed claim lives on', async () => {
      const { store: s } = await fresh();
      await s.claimDigest(claim({ claimant: 'A', now: t0 }));
      expect(await s.claimDigest(claim({ claimant: 'B', now: new Date(t0.getTime() + 599_999) }))).toBe(false);
      await s.renewClaim('C1', '2026-11-23', 'A', new Date(t0.getTime() + 500_000));
      await s.renewClaim('C1', '2026-11-23', 'B', new Date(t0.getTime() + 900_000)); // not B's claim: nothing changes
      expect(await s.claimDigest(claim({ claimant: 'B', now: new Date(t0.getTime() + 600_000) }))).toBe(false);
      expect(await s.claimDigest(claim({ claimant: 'B', now: new Date(t0.getTime() + 1_100_000) }))).toBe(true);
      expect(await s.digestLog('C1', '2026-11-23')).toMatchObject({ status: 'sending', claimedBy: 'B', claimedAt: new Date(t0.getTime() + 1_100_000).toISOString() });
    });

    it('lets a failed digest be tried again only after the retry wait, keeping 500 characters of the error', async () => {
      const { store: s } = await fresh();
      await s.claimDigest(claim({ claimant: 'A', now: t0 }));
      await s.markDigestFailed('C1', '2026-11-23', 'A', 'internal_error', 5, t0);
      expect(await s.digestLog('C1', '2026-11-23')).toEqual({ channelId: 'C1', date: '2026-11-23', status: 'failed', attempts: 5, claimedBy: 'A', claimedAt: t0.toISOString(), sentAt: null, error: 'internal_error' });
      expect(await s.lastDigestSent('C1')).toBeNull();
      expect(await s.claimDigest(claim({ claimant: 'A', now: new Date(t0.getTime() + 299_999) }))).toBe(false);
      expect(await s.claimDigest(claim({ claimant: 'A', now: new Date(t0.getTime() + 300_000) }))).toBe(true);
      await s.markDigestFailed('C1', '2026-11-23', 'A', 'x'.repeat(600), 2, t0);
      expect(await s.digestLog('C1', '2026-11-23')).toMatchObject({ attempts: 7, error: 'x'.repeat(500) });
      expect(await s.digestLog('C1', '2026-11-24')).toBeNull();
    });
  });

  describe('two replicas on one database, racing', () => {
    it('hands each of 50 events to exactly one of them', async () => {
      const { store: a, reopen } = await fresh();
      const b = await reopen();
      const ids = Array.from({ length: 50 }, (_, i) => `Ev${i}`);
      const at = new Date('2026-12-02T08:00:00Z');
      const claimBy = (s: Store, claimant: string, eventId: string) => s.claimEvent({ eventId, body: '{}', claimant, now: at, abandoned: () => false });
      const results = await Promise.all(ids.flatMap((id) => [claimBy(a, 'A', id), claimBy(b, 'B', id)]));
      for (let i = 0; i < ids.length; i++) {
        expect([results[2 * i]!.outcome, results[2 * i + 1]!.outcome].sort()).toEqual(['busy', 'claimed']);
      }
      expect((await a.unfinishedEvents()).length).toBe(50);
    });

    it('hands each of 30 events whose holder died to exactly one of them, with one more attempt', async () => {
      const { store: a, reopen } = await fresh();
      const b = await reopen();
      const ids = Array.from({ length: 30 }, (_, i) => `Ev${i}`);
      const at = new Date('2026-12-02T08:00:00Z');
      const claimBy = (s: Store, claimant: string, eventId: string) => s.claimEvent({ eventId, body: '{}', claimant, now: at, abandoned: (by) => by === 'dead' });
      for (const id of ids) await claimBy(a, 'dead', id);
      const results = await Promise.all(ids.flatMap((id) => [claimBy(a, 'A', id), claimBy(b, 'B', id)]));
      for (let i = 0; i < ids.length; i++) {
        expect([results[2 * i]!, results[2 * i + 1]!].sort((x, y) => x.outcome.localeCompare(y.outcome))).toEqual([{ outcome: 'busy' }, { outcome: 'claimed', attempts: 2 }]);
      }
    });

    it("hands each of 25 channels' digest to exactly one of them", async () => {
      const { store: a, reopen } = await fresh();
      const b = await reopen();
      const channels = Array.from({ length: 25 }, (_, i) => `C${i}`);
      const t = new Date('2026-11-23T07:00:00Z');
      const results = await Promise.all(channels.flatMap((channelId) => [a.claimDigest(claim({ channelId, claimant: 'A', now: t })), b.claimDigest(claim({ channelId, claimant: 'B', now: t }))]));
      for (let i = 0; i < channels.length; i++) expect([results[2 * i], results[2 * i + 1]].sort()).toEqual([false, true]);
    });
  });

  describe('answers, conversations and answer channels', () => {
    it('remembers which message answered a question, the latest answer winning', async () => {
      const { store: s } = await fresh();
      await s.recordAnswer('C1', '1700000000.000100', '1700000001.000200');
      expect(await s.answerTo('C1', '1700000000.000100')).toBe('1700000001.000200');
      await s.recordAnswer('C1', '1700000000.000100', '1700000009.000900');
      expect(await s.answerTo('C1', '1700000000.000100')).toBe('1700000009.000900');
      expect(await s.answerTo('C2', '1700000000.000100')).toBeNull();
    });

    it("keeps a conversation's last question and its first asker", async () => {
      const { store: s } = await fresh();
      expect(await s.conversation('D1', '')).toBeNull();
      await s.saveConversation('D1', '', 'U1', '{"q":1}', 1_764_000_000_000);
      expect(await s.conversation('D1', '')).toEqual({ asker: 'U1', question: '{"q":1}', updatedAt: 1_764_000_000_000 });
      await s.saveConversation('D1', '', 'U2', '{"q":2}', 1_764_000_060_000);
      expect(await s.conversation('D1', '')).toEqual({ asker: 'U1', question: '{"q":2}', updatedAt: 1_764_000_060_000 });
      expect(await s.conversation('D1', '1700000000.000100')).toBeNull();
    });

    it('turns an answer channel on and off, saying whether it changed; the first to turn it on is kept', async () => {
      const at = new Date('2026-11-20T09:00:00Z');
      const { store: s } = await fresh({ now: () => at });
      expect(await s.setAnswerChannel('C1', true, 'U1')).toBe(true);
      expect(await s.setAnswerChannel('C1', true, 'U2')).toBe(false);
      expect(await s.answerChannel('C1')).toEqual({ enabledBy: 'U1', enabledAt: at.toISOString() });
      expect(await s.setAnswerChannel('C1', false, 'U2')).toBe(true);
      expect(await s.setAnswerChannel('C1', false, 'U2')).toBe(false);
      expect(await s.answerChannel('C1')).toBeNull();
    });

    it('drops seen events, answered messages and conversations older than a week when it opens', async () => {
      let clock = Date.parse('2026-11-01T09:00:00Z');
      const { store: a, reopen } = await fresh({ now: () => new Date(clock) });
      const claimAt = (eventId: string) => a.claimEvent({ eventId, body: '{}', claimant: 'h:1:a', now: new Date(clock), abandoned: () => false });
      await claimAt('Old');
      await a.recordAnswer('C1', 'old', 'answer-old');
      await a.saveConversation('C1', 'old', 'U1', '{}', clock);
      clock += 2 * DAY;
      await claimAt('New');
      await a.recordAnswer('C1', 'new', 'answer-new');
      await a.saveConversation('C1', 'new', 'U1', '{}', clock);
      await a.close();
      clock += 6 * DAY; // 'Old' is 8 days old now, 'New' 6
      const b = await reopen();
      expect((await b.unfinishedEvents()).map((e) => e.eventId)).toEqual(['New']);
      expect([await b.answerTo('C1', 'old'), await b.answerTo('C1', 'new')]).toEqual([null, 'answer-new']);
      expect([await b.conversation('C1', 'old'), (await b.conversation('C1', 'new'))?.asker]).toEqual([null, 'U1']);
    });
  });

  describe("the curators' loop", () => {
    it('keeps notes oldest first, 500 characters of a question and of a comment, a blank comment as none', async () => {
      const { store: s } = await fresh();
      const t = Date.parse('2026-11-20T09:00:00Z');
      await s.noteForCurators({ kind: 'downvote', question: 'vad fick RCC 2024', language: 'sv', intent: 'amount', channelKind: 'dm', at: new Date(t + 60_000), comment: '  fel år  ' });
      await s.noteForCurators({ kind: 'unanswered', question: 'å'.repeat(600), language: 'en', intent: 'unknown', channelKind: 'channel', at: new Date(t) });
      await s.noteForCurators({ kind: 'downvote', question: 'q3', language: 'sv', intent: 'amount', channelKind: 'dm', at: new Date(t + 120_000), comment: '   ' });
      await s.noteForCurators({ kind: 'downvote', question: 'q4', language: 'sv', intent: 'amount', channelKind: 'dm', at: new Date(t + 180_000), comment: 'ö'.repeat(600) });
      const notes = await s.curationNotes();
      expect(notes.map((n) => n.question.slice(0, 3))).toEqual(['ååå', 'vad', 'q3', 'q4']);
      expect(notes[0]).toEqual({ kind: 'unanswered', question: 'å'.repeat(500), language: 'en', intent: 'unknown', channelKind: 'channel', at: new Date(t).toISOString() });
      expect(notes[1]).toEqual({ kind: 'downvote', question: 'vad fick RCC 2024', language: 'sv', intent: 'amount', channelKind: 'dm', at: new Date(t + 60_000).toISOString(), comment: 'fel år' });
      expect(notes[2]).not.toHaveProperty('comment');
      expect(notes[3]!.comment).toBe('ö'.repeat(500));
      expect((await s.curationNotes(new Date(t + 120_000))).map((n) => n.question)).toEqual(['q3', 'q4']);
    });

    it('teaches phrases, lists them by id, forgets one once, and never reuses its id', async () => {
      const { store: s } = await fresh();
      const at = new Date('2026-11-20T09:00:00Z');
      const a = await s.addTaughtPhrase({ phrase: 'cancerplanen', words: 'nationella cancerstrategin', addedBy: 'U1', addedAt: at });
      const b = await s.addTaughtPhrase({ phrase: 'barncancer', words: 'barn', addedBy: 'U2', addedAt: at });
      expect(a).toEqual({ id: 1, phrase: 'cancerplanen', words: 'nationella cancerstrategin', addedBy: 'U1', addedAt: at.toISOString() });
      expect((await s.taughtPhrases()).map((t) => t.id)).toEqual([1, 2]);
      await expect(s.addTaughtPhrase({ phrase: 'barncancer', words: 'annat', addedBy: 'U1', addedAt: at })).rejects.toThrow();
      expect(await s.removeTaughtPhrase(b.id)).toEqual(b);
      expect(await s.removeTaughtPhrase(b.id)).toBeNull();
      expect((await s.addTaughtPhrase({ phrase: 'ny', words: 'ord', addedBy: 'U1', addedAt: at })).id).toBeGreaterThan(b.id);
      expect((await s.taughtPhrases()).map((t) => t.phrase)).toEqual(['cancerplanen', 'ny']);
    });
  });

  describe('workspaces', () => {
    it("keeps each workspace's deadlines, subscriptions, digests, votes, notes, phrases, conversations and channels its own", async () => {
      const { store: one } = await fresh();
      const two = one.forTeam('T2');
      expect([one.teamId, two.teamId, two.forTeam('').teamId]).toEqual(['', 'T2', '']);
      const at = new Date('2026-11-20T09:00:00Z');
      const d1 = await one.addDeadline({ date: '2026-12-01', text: 'Ett', addedBy: 'U1', addedAt: at });
      const d2 = await two.addDeadline({ date: '2026-12-01', text: 'Två', addedBy: 'U1', addedAt: at });
      expect([(await one.userDeadlines()).map((d) => d.text), (await two.userDeadlines()).map((d) => d.text)]).toEqual([['Ett'], ['Två']]);
      expect(await two.removeDeadline(d1.id)).toBeNull(); // another workspace's number removes nothing
      expect(d2.id).not.toBe(d1.id);

      await one.subscribe({ channelId: 'C1', time: '07:30', subscribedBy: 'U1', now: at });
      await two.subscribe({ channelId: 'C1', time: '09:00', subscribedBy: 'U9', now: at });
      await two.subscribe({ channelId: 'C0', time: '09:00', subscribedBy: 'U9', now: at });
      expect((await one.subscriptions()).map((s) => s.time)).toEqual(['07:30']);
      expect(await two.pauseAllSubscriptions('app_uninstalled', at)).toBe(2);
      expect((await one.subscriptionsOfEveryTeam()).map((s) => [s.teamId, s.channelId, s.pausedReason])).toEqual([['', 'C1', null], ['T2', 'C0', 'app_uninstalled'], ['T2', 'C1', 'app_uninstalled']]);
      expect(await two.unsubscribe('C1')).toBe(true);
      expect(await one.subscription('C1')).toMatchObject({ teamId: '', time: '07:30' });

      const digest = claim({ claimant: 'A', now: at });
      expect([await one.claimDigest(digest), await two.claimDigest(digest), await two.claimDigest(digest)]).toEqual([true, true, false]);
      await two.markDigestSent('C1', digest.date, 'A', at, 1);
      expect([await one.lastDigestSent('C1'), (await two.lastDigestSent('C1'))?.status]).toEqual([null, 'sent']);

      await one.recordVote({ answerKey: 'k', userId: 'U1', vote: 'up', question: 'q' });
      await two.recordVote({ answerKey: 'k', userId: 'U1', vote: 'down', question: 'q' });
      expect([await one.voteCounts(), await two.voteCounts()]).toEqual([{ up: 1, down: 0 }, { up: 0, down: 1 }]);
      await two.noteForCurators({ kind: 'unanswered', question: 'q', language: 'sv', intent: 'amount', channelKind: 'dm', at });
      expect([(await one.curationNotes()).length, (await two.curationNotes()).length]).toEqual([0, 1]);
      const taught = await one.addTaughtPhrase({ phrase: 'cancerplanen', words: 'strategin', addedBy: 'U1', addedAt: at });
      await two.addTaughtPhrase({ phrase: 'cancerplanen', words: 'planen', addedBy: 'U9', addedAt: at }); // the same phrase, taught apart
      expect(await two.removeTaughtPhrase(taught.id)).toBeNull();
      expect([(await one.taughtPhrases()).map((t) => t.words), (await two.taughtPhrases()).map((t) => t.words)]).toEqual([['strategin'], ['planen']]);

      await one.saveConversation('C1', '', 'U1', '{"one":1}', 1_764_000_000_000);
      expect(await two.conversation('C1', '')).toBeNull();
      await two.setAnswerChannel('C1', true, 'U9');
      expect([await one.answerChannel('C1'), (await two.answerChannel('C1'))?.enabledBy]).toEqual([null, 'U9']);
      await one.recordAnswer('C1', '1.1', '2.2');
      expect([await one.answerTo('C1', '1.1'), await two.answerTo('C1', '1.1')]).toEqual(['2.2', null]);
    });

    it("keeps events and installations the app's, whichever workspace asks", async () => {
      const { store } = await fresh();
      const event = { eventId: 'Ev1', body: '{}', claimant: 'h:1:a', now: new Date(), abandoned: () => false };
      expect(await store.forTeam('T2').claimEvent(event)).toEqual({ outcome: 'claimed', attempts: 1 });
      expect(await store.forTeam('T3').claimEvent(event)).toEqual({ outcome: 'busy' });
      expect((await store.unfinishedEvents()).map((e) => e.eventId)).toEqual(['Ev1']);
      const at = new Date('2026-11-20T09:00:00Z');
      await store.forTeam('T2').saveInstallation({ key: 'T2', teamId: 'T2', enterpriseId: null, installation: '{"v":1}', installedBy: 'U1', at });
      expect(await store.forTeam('T9').installation('T2')).toEqual({ key: 'T2', teamId: 'T2', enterpriseId: null, installation: '{"v":1}', installedBy: 'U1', updatedAt: at.toISOString() });
      // A token refreshed later does not say who installed: the installer stays.
      const later = new Date('2026-11-21T09:00:00Z');
      await store.saveInstallation({ key: 'T2', teamId: 'T2', enterpriseId: 'E1', installation: '{"v":2}', installedBy: null, at: later });
      expect(await store.installation('T2')).toEqual({ key: 'T2', teamId: 'T2', enterpriseId: 'E1', installation: '{"v":2}', installedBy: 'U1', updatedAt: later.toISOString() });
      expect([await store.deleteInstallation('T2'), await store.deleteInstallation('T2'), await store.installation('T2')]).toEqual([true, false, null]);
    });

    it("lists a workspace's admins in the order they were added, each once", async () => {
      const { store } = await fresh();
      const two = store.forTeam('T2');
      expect(await two.addAdmin('U3', 'U1', new Date('2026-11-21T09:00:00Z'))).toBe(true);
      expect(await two.addAdmin('U2', 'U1', new Date('2026-11-20T09:00:00Z'))).toBe(true);
      expect(await two.addAdmin('U3', 'U2', new Date('2026-11-22T09:00:00Z'))).toBe(false);
      expect(await two.admins()).toEqual(['U2', 'U3']);
      expect(await store.admins()).toEqual([]);
    });
  });

  it('answers a ping while open', async () => {
    const { store: s } = await fresh();
    await expect(s.ping()).resolves.toBeUndefined();
  });
});
