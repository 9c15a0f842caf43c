/**
 * Slack refusing a digest for good: the runner does not retry, pauses the subscription with
 * Slack's reason, tells the subscriber once by DM, and posts again only after `/cancer-digest on`.
 * A real SQLite file in a temp folder, the real WebClient, and the Slack stand-in server.
 */
import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestCommand, digestCommandFor } from '../../src/commands/digest.ts';
import { createDigestRunner, type DigestRunnerOptions } from '../../src/digest/runner.ts';
import { startDigestScheduler } from '../../src/digest/scheduler.ts';
import { slackPoster } from '../../src/digest/slackPost.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/types.ts';
import { startSlackStandIn, type Failure, type SlackStandIn } from '../helpers/slackStandIn.ts';
import { commandContext, manualClock, realCorpus, tempDataDir } from './helpers.ts';

let tmp: ReturnType<typeof tempDataDir>;
let store: Store;
let slack: SlackStandIn;
beforeEach(async () => {
  tmp = tempDataDir();
  store = openStore(tmp.dir);
  slack = await startSlackStandIn();
});
afterEach(async () => {
  await slack.close();
  await store.close();
  tmp.cleanup();
});

const SUBSCRIBER = 'USUBSCRIBER';
/** Monday 2026-11-23 at 08:00 in Stockholm, the digest's time. */
const MONDAY_0800 = '2026-11-23T07:00:00Z';
const refusal = (error: string): Failure => ({ status: 200, body: { ok: false, error } });

/** A channel subscribed on Sunday to the 08:00 digest. */
const subscribe = (channelId: string) => store.subscribe({ channelId, time: '08:00', subscribedBy: SUBSCRIBER, now: new Date('2026-11-22T11:00:00Z') });
const postsTo = (channel: string) => slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);

/** The runner posting through a real WebClient to the stand-in, with the waits between retries recorded instead of slept. */
function runner(now: () => Date, extra: Partial<DigestRunnerOptions> = {}) {
  const waits: number[] = [];
  const log: string[] = [];
  const client = new webApi.WebClient('xoxb-test-token', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
  const r = createDigestRunner({
    store, corpus: realCorpus(), post: slackPoster(client), now,
    log: (m) => void log.push(m),
    sleep: async (ms) => void waits.push(ms),
    ...extra,
  });
  return { r, waits, log };
}

describe('a channel the bot cannot post in (not_in_channel)', () => {
  it('is tried once, not retried, logged as failed with the error, and its subscription paused with the reason', async () => {
    await subscribe('C0GONE');
    slack.failFor('chat.postMessage', 'C0GONE', refusal('not_in_channel'));
    const { r, waits } = runner(() => new Date(MONDAY_0800));
    expect(await r.runDue()).toMatchObject([{ channelId: 'C0GONE', status: 'failed', attempts: 1, pausedReason: 'not_in_channel' }]);
    expect(postsTo('C0GONE')).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(await store.digestLog('C0GONE', '2026-11-23')).toMatchObject({ status: 'failed', attempts: 1, error: expect.stringContaining('not_in_channel'), sentAt: null });
    expect(await store.subscription('C0GONE')).toMatchObject({ pausedReason: 'not_in_channel', pausedAt: '2026-11-23T07:00:00.000Z' });
  });

  it('is never posted to again that day or the next, and the subscriber gets exactly one DM saying why and what to do', async () => {
    await subscribe('C0GONE');
    slack.failFor('chat.postMessage', 'C0GONE', refusal('not_in_channel'));
    const clock = manualClock(MONDAY_0800);
    const { r } = runner(clock.now);
    await r.runDue();
    for (const at of ['2026-11-23T07:06:00Z', '2026-11-23T12:00:00Z', '2026-11-24T07:00:00Z', '2026-11-25T07:00:00Z']) {
      clock.set(at);
      expect(await r.runDue(), at).toEqual([]);
    }
    expect(postsTo('C0GONE')).toHaveLength(1);
    const dms = postsTo(SUBSCRIBER);
    expect(dms).toHaveLength(1);
    expect(dms[0]!.body.text).toContain('<#C0GONE>');
    expect(dms[0]!.body.text).toContain('jag är inte med i kanalen (Slack svarade `not_in_channel`)');
    expect(dms[0]!.body.text).toContain('Bjud in mig med `/invite @cancervardsboten` och slå på igen med `/cancer-digest on`.');
  });

  it('/cancer-digest status shows that it is paused, since when, why, and what to do', async () => {
    await subscribe('C0GONE');
    slack.failFor('chat.postMessage', 'C0GONE', refusal('not_in_channel'));
    await runner(() => new Date(MONDAY_0800)).r.runDue();
    const text = (await digestCommand('status', commandContext(store, { channelId: 'C0GONE', now: '2026-11-23T10:00:00Z' }))).text;
    expect(text).toContain('är *pausad* sedan måndag 23 november 2026 kl 08:00: jag är inte med i kanalen (Slack svarade `not_in_channel`)');
    expect(text).toContain('Bjud in mig med `/invite @cancervardsboten` och slå på igen med `/cancer-digest on`.');
    expect(text).not.toContain('Nästa:');
    expect(text).not.toContain('försöks igen');
  });

  it('/cancer-digest on resumes it, and the next digest is posted', async () => {
    await subscribe('C0GONE');
    slack.failFor('chat.postMessage', 'C0GONE', refusal('not_in_channel'));
    const clock = manualClock(MONDAY_0800);
    const { r } = runner(clock.now);
    await r.runDue();
    // Someone invites the bot, then turns the digest on again (Slack now says the bot is a member).
    slack.clearFailures();
    const reply = await digestCommandFor({ ok: true })('on', commandContext(store, { userId: 'UOTHER', channelId: 'C0GONE', now: '2026-11-23T10:00:00Z' }));
    expect(reply).toMatchObject({ ok: true, text: expect.stringContaining('Sammanfattningen är påslagen igen') });
    expect(await store.subscription('C0GONE')).toMatchObject({ pausedReason: null, pausedAt: null, subscribedBy: 'UOTHER' });
    clock.set('2026-11-24T07:00:00Z');
    expect(await r.runDue()).toMatchObject([{ channelId: 'C0GONE', status: 'sent', attempts: 1 }]);
    expect(postsTo('C0GONE')).toHaveLength(2);
    expect((await store.digestLog('C0GONE', '2026-11-24'))?.status).toBe('sent');
  });

  it('the DM failing too is one log line; the run goes on and the other channels get their digest', async () => {
    await subscribe('C0GONE');
    await subscribe('C0FINE');
    slack.failFor('chat.postMessage', 'C0GONE', refusal('channel_not_found'));
    slack.failFor('chat.postMessage', SUBSCRIBER, refusal('user_not_found'));
    const { r, log } = runner(() => new Date(MONDAY_0800));
    const outcomes = await r.runDue();
    expect(outcomes.map((o) => [o.channelId, o.status, o.pausedReason])).toEqual([
      ['C0FINE', 'sent', undefined],
      ['C0GONE', 'failed', 'channel_not_found'],
    ]);
    expect(postsTo(SUBSCRIBER)).toHaveLength(1);
    expect(log.filter((l) => l.includes('could not tell'))).toEqual([`digest for C0GONE: could not tell ${SUBSCRIBER} about the pause either: user_not_found`]);
  });

  it('already paused while its post was in flight (the app was uninstalled meanwhile): no DM, and the first reason stays', async () => {
    await subscribe('C0GONE');
    slack.failFor('chat.postMessage', 'C0GONE', refusal('not_in_channel'));
    const client = new webApi.WebClient('xoxb-test-token', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
    const post = slackPoster(client);
    const { r } = runner(() => new Date(MONDAY_0800), {
      post: async (channel, text) => {
        if (channel === 'C0GONE') await store.pauseAllSubscriptions('app_uninstalled', new Date(MONDAY_0800));
        await post(channel, text);
      },
    });
    expect(await r.runDue()).toMatchObject([{ status: 'failed', attempts: 1 }]);
    expect(postsTo(SUBSCRIBER)).toEqual([]);
    expect((await store.subscription('C0GONE'))?.pausedReason).toBe('app_uninstalled');
  });

  it('a paused subscription is skipped by the scheduler at start too', async () => {
    await subscribe('C0GONE');
    await store.pauseSubscription('C0GONE', 'is_archived', new Date('2026-11-20T07:00:00Z'));
    const scheduler = startDigestScheduler({ store, corpus: realCorpus(), post: slackPoster(new webApi.WebClient('xoxb-test-token', { slackApiUrl: slack.apiUrl })), now: () => new Date(MONDAY_0800), log: () => {} });
    try {
      expect(await scheduler.started).toEqual([]);
    } finally {
      await scheduler.stop();
    }
    expect(slack.callsTo('chat.postMessage')).toEqual([]);
    expect(await store.digestLog('C0GONE', '2026-11-23')).toBeNull();
  });
});

describe('other refusals for good', () => {
  it.each(['is_archived', 'channel_is_archived', 'restricted_action'])('%s pauses the channel after one try and DMs the subscriber', async (error) => {
    await subscribe('C0X');
    slack.failFor('chat.postMessage', 'C0X', refusal(error));
    const { r, waits } = runner(() => new Date(MONDAY_0800));
    expect(await r.runDue()).toMatchObject([{ status: 'failed', attempts: 1, pausedReason: error }]);
    expect(waits).toEqual([]);
    expect(postsTo('C0X')).toHaveLength(1);
    expect(postsTo(SUBSCRIBER)).toHaveLength(1);
    expect((await store.subscription('C0X'))?.pausedReason).toBe(error);
  });

  it('a revoked token pauses the channel without a DM, which would be refused too, and logs it', async () => {
    await subscribe('C0X');
    slack.failNext('chat.postMessage', refusal('token_revoked'));
    const { r, log } = runner(() => new Date(MONDAY_0800));
    expect(await r.runDue()).toMatchObject([{ status: 'failed', attempts: 1, pausedReason: 'token_revoked' }]);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect((await store.subscription('C0X'))?.pausedReason).toBe('token_revoked');
    expect(log).toEqual([expect.stringMatching(/C0X paused: .*token_revoked.*no DM/)]);
    const status = (await digestCommand('status', commandContext(store, { channelId: 'C0X' }))).text;
    expect(status).toContain('Slack godtar inte längre botens token');
    expect(status).toContain('installera appen igen');
  });

  it('a message Slack refuses as written (msg_too_long) is not retried now, and the channel is not paused', async () => {
    await subscribe('C0X');
    slack.failNext('chat.postMessage', refusal('msg_too_long'));
    const { r, waits } = runner(() => new Date(MONDAY_0800));
    expect(await r.runDue()).toMatchObject([{ status: 'failed', attempts: 1, error: expect.stringContaining('msg_too_long') }]);
    expect(waits).toEqual([]);
    expect((await store.subscription('C0X'))?.pausedReason).toBeNull();
    expect(postsTo(SUBSCRIBER)).toEqual([]);
  });
});

describe('temporary failures keep the backoff', () => {
  it('an HTTP 500 is retried with growing waits until Slack accepts the digest', async () => {
    await subscribe('C0X');
    slack.failNext('chat.postMessage', { status: 500 }, 2);
    const { r, waits } = runner(() => new Date(MONDAY_0800));
    expect(await r.runDue()).toEqual([{ channelId: 'C0X', date: '2026-11-23', status: 'sent', attempts: 3 }]);
    expect(postsTo('C0X')).toHaveLength(3);
    expect(waits).toEqual([2000, 4000]);
    expect((await store.subscription('C0X'))?.pausedReason).toBeNull();
  });

  it("a 429 is retried, waiting no less than Slack's Retry-After", async () => {
    await subscribe('C0X');
    slack.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '0' }, body: { ok: false, error: 'ratelimited' } });
    const { r, waits } = runner(() => new Date(MONDAY_0800), { retry: { baseDelayMs: 10 } });
    expect(await r.runDue()).toMatchObject([{ status: 'sent', attempts: 2 }]);
    expect(waits).toEqual([10]);
    // With the client rejecting rate-limited calls at once, the runner honours the seconds Slack asked for.
    slack.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '7' }, body: { ok: false, error: 'ratelimited' } });
    await subscribe('C0Y');
    const client = new webApi.WebClient('xoxb-test-token', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
    const again = runner(() => new Date(MONDAY_0800), { post: slackPoster(client), retry: { baseDelayMs: 10 } });
    expect(await again.r.runDue()).toMatchObject([{ channelId: 'C0Y', status: 'sent', attempts: 2 }]);
    expect(again.waits).toEqual([7000]);
  });

  it('ratelimited and service_unavailable answers are retried, and never pause the subscription', async () => {
    await subscribe('C0X');
    slack.failNext('chat.postMessage', refusal('ratelimited'));
    slack.failNext('chat.postMessage', refusal('service_unavailable'));
    const { r } = runner(() => new Date(MONDAY_0800));
    expect(await r.runDue()).toMatchObject([{ status: 'sent', attempts: 3 }]);
    expect((await store.subscription('C0X'))?.pausedReason).toBeNull();
    expect(postsTo(SUBSCRIBER)).toEqual([]);
  });
});
