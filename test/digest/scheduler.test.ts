import { webApi } from '@slack/bolt';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/digest.ts';
import { createDigestRunner, type DigestRunnerOptions, nextDigestAt } from '../../src/digest/runner.ts';
import { startDigestScheduler } from '../../src/digest/scheduler.ts';
import { slackPoster } from '../../src/digest/slackPost.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/types.ts';
import { manualClock, realCorpus, recordingPost, slackStandIn, tempDataDir } from './helpers.ts';

const run = promisify(execFile);
let tmp: ReturnType<typeof tempDataDir>;
const stores: Store[] = [];
const stops: (() => Promise<void>)[] = [];
const openIn = () => {
  const s = openStore(tmp.dir);
  stores.push(s);
  return s;
};
beforeEach(() => {
  tmp = tempDataDir();
});
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
  await Promise.all(stores.splice(0).map((s) => s.close()));
  tmp.cleanup();
});

/** Sunday 22 November 2026, noon in Stockholm: a channel subscribes to the 08:00 digest. */
const SUBSCRIBED = new Date('2026-11-22T11:00:00Z');
const subscribe = (store: Store, channelId = 'C1', time = '08:00', now = SUBSCRIBED) => store.subscribe({ channelId, time, subscribedBy: 'U1', now });
const noLog = () => {};
const runner = (store: Store, now: () => Date, post: DigestRunnerOptions['post'], extra: Partial<DigestRunnerOptions> = {}) =>
  createDigestRunner({ store, corpus: realCorpus(), post, now, log: noLog, sleep: async () => {}, ...extra });

describe('the daily digest', () => {
  it('reaches a subscribed channel at 08:00 Stockholm on Monday, not a minute before and only once', async () => {
    const store = openIn();
    await subscribe(store);
    const clock = manualClock('2026-11-23T06:59:00Z'); // 07:59 in Stockholm
    const { posts, post } = recordingPost();
    const r = runner(store, clock.now, post);
    expect(await r.runDue()).toEqual([]);
    clock.set('2026-11-23T07:00:00Z');
    expect(await r.runDue()).toEqual([{ channelId: 'C1', date: '2026-11-23', status: 'sent', attempts: 1 }]);
    clock.set('2026-11-23T07:01:00Z');
    await r.runDue();
    clock.set('2026-11-23T15:00:00Z');
    await r.runDue();
    expect(posts).toEqual([{ channelId: 'C1', text: buildDigest({ corpus: realCorpus(), userDeadlines: [], today: '2026-11-23' }).text }]);
    expect(await store.lastDigestSent('C1')).toMatchObject({ date: '2026-11-23', status: 'sent', sentAt: '2026-11-23T07:00:00.000Z' });
  });

  it('sends nothing on a Saturday or on julafton, and goes out again the next weekday', async () => {
    const store = openIn();
    await subscribe(store);
    const clock = manualClock('2026-11-28T09:00:00Z'); // Saturday
    const { posts, post } = recordingPost();
    const r = runner(store, clock.now, post);
    await r.runDue();
    clock.set('2026-12-24T09:00:00Z'); // julafton, a Thursday
    await r.runDue();
    expect(posts).toEqual([]);
    clock.set('2026-12-28T07:00:00Z'); // Monday
    await r.runDue();
    expect(posts.map((p) => p.channelId)).toEqual(['C1']);
  });

  it('sends at each channel its own time', async () => {
    const store = openIn();
    await subscribe(store, 'CEARLY', '07:15');
    await subscribe(store, 'CLATE', '13:45');
    const clock = manualClock('2026-11-23T06:15:00Z');
    const { posts, post } = recordingPost();
    const r = runner(store, clock.now, post);
    await r.runDue();
    expect(posts.map((p) => p.channelId)).toEqual(['CEARLY']);
    clock.set('2026-11-23T12:44:00Z');
    await r.runDue();
    expect(posts.map((p) => p.channelId)).toEqual(['CEARLY']);
    clock.set('2026-11-23T12:45:00Z');
    await r.runDue();
    expect(posts.map((p) => p.channelId)).toEqual(['CEARLY', 'CLATE']);
  });

  it('turned on at 10:00 with time 08:00, starts with the next weekday rather than posting at once', async () => {
    const store = openIn();
    const sub = await subscribe(store, 'C1', '08:00', new Date('2026-11-23T09:00:00Z'));
    const clock = manualClock('2026-11-23T09:01:00Z');
    const { posts, post } = recordingPost();
    await runner(store, clock.now, post).runDue();
    expect(posts).toEqual([]);
    expect(nextDigestAt(sub, clock.now(), { sentToday: false })?.toISOString()).toBe('2026-11-24T07:00:00.000Z');
    clock.set('2026-11-24T07:00:00Z');
    await runner(store, clock.now, post).runDue();
    expect(posts).toHaveLength(1);
  });

  it('after off, the channel gets nothing', async () => {
    const store = openIn();
    await subscribe(store);
    await store.unsubscribe('C1');
    const { posts, post } = recordingPost();
    await runner(store, () => new Date('2026-11-23T07:00:00Z'), post).runDue();
    expect(posts).toEqual([]);
  });
});

describe('restarts', () => {
  it('a restart before the send time: the new process sends at 08:00, once', async () => {
    const first = openIn();
    await subscribe(first);
    const clock = manualClock('2026-11-23T06:30:00Z');
    const { posts, post } = recordingPost();
    await runner(first, clock.now, post).runDue();
    await first.close();
    clock.set('2026-11-23T06:45:00Z');
    const second = openIn();
    const r = runner(second, clock.now, post);
    await r.runDue();
    expect(posts).toEqual([]);
    clock.set('2026-11-23T07:00:00Z');
    await r.runDue();
    await r.runDue();
    expect(posts).toHaveLength(1);
  });

  it('down over 08:00: the digest goes out as soon as the bot starts again that day', async () => {
    const store = openIn();
    await subscribe(store);
    await store.close();
    const { posts, post } = recordingPost();
    const again = openIn();
    const scheduler = startDigestScheduler({ store: again, corpus: realCorpus(), post, now: () => new Date('2026-11-23T09:15:00Z'), log: noLog });
    stops.push(scheduler.stop);
    expect(await scheduler.started).toMatchObject([{ channelId: 'C1', date: '2026-11-23', status: 'sent' }]);
    expect(posts).toHaveLength(1);
  });

  it('a restart after the digest was sent does not send it twice', async () => {
    const store = openIn();
    await subscribe(store);
    const { posts, post } = recordingPost();
    await runner(store, () => new Date('2026-11-23T07:00:00Z'), post).runDue();
    await store.close();
    const again = openIn();
    const scheduler = startDigestScheduler({ store: again, corpus: realCorpus(), post, now: () => new Date('2026-11-23T07:05:00Z'), log: noLog });
    stops.push(scheduler.stop);
    expect(await scheduler.started).toEqual([]);
    expect(posts).toHaveLength(1);
  });

  it("down all Monday: Monday's digest is not sent on Tuesday morning; Tuesday's is, at 08:00", async () => {
    const store = openIn();
    await subscribe(store);
    const clock = manualClock('2026-11-24T06:00:00Z'); // Tuesday 07:00
    const { posts, post } = recordingPost();
    const r = runner(store, clock.now, post);
    await r.runDue();
    expect(posts).toEqual([]);
    clock.set('2026-11-24T07:00:00Z');
    await r.runDue();
    expect(await store.digestLog('C1', '2026-11-23')).toBeNull();
    expect((await store.digestLog('C1', '2026-11-24'))?.status).toBe('sent');
  });

  it('a process that died between claiming and posting: another sends the digest once the claim has lapsed', async () => {
    const store = openIn();
    await subscribe(store);
    await store.claimDigest({ channelId: 'C1', date: '2026-11-23', claimant: 'dead', now: new Date('2026-11-23T07:00:00Z'), leaseMs: 600_000, failedRetryMs: 300_000 });
    const clock = manualClock('2026-11-23T07:05:00Z');
    const { posts, post } = recordingPost();
    const r = runner(store, clock.now, post);
    await r.runDue();
    expect(posts).toEqual([]);
    clock.set('2026-11-23T07:10:00Z');
    await r.runDue();
    expect(posts).toHaveLength(1);
  });
});

describe('two schedulers on one database', () => {
  it('every channel gets exactly one digest when both check at the same moments', async () => {
    const a = openIn();
    const b = openIn();
    const channels = Array.from({ length: 12 }, (_, i) => `C${i}`);
    for (const [i, c] of channels.entries()) await subscribe(a, c, i % 2 ? '08:00' : '08:01');
    const clock = manualClock('2026-11-23T07:00:00Z');
    const { posts, post } = recordingPost();
    // Slow posts, so both schedulers are mid-send at once.
    const slow: DigestRunnerOptions['post'] = async (c, t) => {
      await new Promise((r) => setTimeout(r, 5));
      await post(c, t);
    };
    const ra = runner(a, clock.now, slow, { claimant: 'A' });
    const rb = runner(b, clock.now, slow, { claimant: 'B' });
    for (const at of ['07:00:00', '07:00:30', '07:01:00', '07:02:00']) {
      clock.set(`2026-11-23T${at}Z`);
      await Promise.all([ra.runDue(), rb.runDue(), rb.runDue(), ra.runDue()]);
    }
    expect(posts.map((p) => p.channelId).sort()).toEqual([...channels].sort());
  });

  it('two separate processes sharing the database file post each channel once to Slack', async () => {
    const slack = await slackStandIn();
    stops.push(slack.close);
    const store = openIn();
    const channels = Array.from({ length: 300 }, (_, i) => `CP${i}`);
    for (const c of channels) await subscribe(store, c);
    const startAt = Date.now() + 4000;
    const child = () =>
      run('npx', ['tsx', 'test/digest/sendDue.child.ts'], { env: { ...process.env, DATA_DIR: tmp.dir, SLACK_API_URL: slack.url, NOW: '2026-11-23T07:00:00Z', START_AT: String(startAt) } });
    const [one, two] = await Promise.all([child(), child()]);
    const sentBy = [JSON.parse(one.stdout) as string[], JSON.parse(two.stdout) as string[]];
    expect(slack.posts().map((p) => p.body.channel).sort()).toEqual([...channels].sort());
    expect([...sentBy[0]!, ...sentBy[1]!].sort()).toEqual([...channels].sort());
    expect((await Promise.all(channels.map((c) => store.digestLog(c, '2026-11-23')))).every((l) => l?.status === 'sent')).toBe(true);
  });
});

describe('daylight-saving mornings', () => {
  it('on Monday 2026-03-30, the first morning of summer time, 08:00 is 06:00 UTC', async () => {
    const store = openIn();
    await subscribe(store, 'C1', '08:00', new Date('2026-03-20T12:00:00Z'));
    const clock = manualClock('2026-03-30T05:59:00Z');
    const { posts, post } = recordingPost();
    const r = runner(store, clock.now, post);
    await r.runDue();
    expect(posts).toEqual([]);
    clock.set('2026-03-30T06:00:00Z');
    await r.runDue();
    expect(posts).toHaveLength(1);
  });

  it('on Monday 2026-10-26, the first morning of winter time, 08:00 is 07:00 UTC, not an hour early', async () => {
    const store = openIn();
    await subscribe(store, 'C1', '08:00', new Date('2026-10-20T12:00:00Z'));
    const clock = manualClock('2026-10-26T06:00:00Z'); // 07:00 in Stockholm, 08:00 in summer time
    const { posts, post } = recordingPost();
    const r = runner(store, clock.now, post);
    await r.runDue();
    clock.set('2026-10-26T06:59:00Z');
    await r.runDue();
    expect(posts).toEqual([]);
    clock.set('2026-10-26T07:00:00Z');
    await r.runDue();
    expect(posts).toHaveLength(1);
  });
});

describe('posting through the Slack Web API (stand-in server)', () => {
  const client = (url: string) => new webApi.WebClient('xoxb-test-token', { slackApiUrl: url, retryConfig: { retries: 0 } });

  it('posts the digest text to the channel with chat.postMessage and the bot token', async () => {
    const slack = await slackStandIn();
    stops.push(slack.close);
    const store = openIn();
    await subscribe(store);
    await runner(store, () => new Date('2026-11-23T07:00:00Z'), slackPoster(client(slack.url))).runDue();
    expect(slack.posts()).toHaveLength(1);
    expect(slack.posts()[0]).toMatchObject({ authorization: 'Bearer xoxb-test-token', body: { channel: 'C1' } });
    expect(slack.posts()[0]!.body.text).toBe(buildDigest({ corpus: realCorpus(), userDeadlines: [], today: '2026-11-23' }).text);
  });

  it('retries a failing chat.postMessage with growing waits, and logs the digest as sent only once Slack accepted it', async () => {
    const answers = [{ ok: false as const, error: 'internal_error' }, { status: 503 }, { ok: true as const }];
    const slack = await slackStandIn((n) => answers[n - 1] ?? { ok: true });
    stops.push(slack.close);
    const store = openIn();
    await subscribe(store);
    const waits: number[] = [];
    const statusDuringWaits: (string | undefined)[] = [];
    const r = runner(store, () => new Date('2026-11-23T07:00:00Z'), slackPoster(client(slack.url)), {
      sleep: async (ms) => {
        waits.push(ms);
        statusDuringWaits.push((await store.digestLog('C1', '2026-11-23'))?.status);
      },
    });
    expect(await r.runDue()).toEqual([{ channelId: 'C1', date: '2026-11-23', status: 'sent', attempts: 3 }]);
    expect(slack.posts()).toHaveLength(3);
    expect(waits).toEqual([2000, 4000]);
    expect(statusDuringWaits).toEqual(['sending', 'sending']);
    expect(await store.digestLog('C1', '2026-11-23')).toMatchObject({ status: 'sent', attempts: 3, error: null });
  });

  it('after every retry failed, logs the failure, then sends it at a later check once Slack recovers', async () => {
    let down = true;
    const slack = await slackStandIn(() => (down ? { ok: false, error: 'service_unavailable' } : { ok: true }));
    stops.push(slack.close);
    const store = openIn();
    await subscribe(store);
    const clock = manualClock('2026-11-23T07:00:00Z');
    const r = runner(store, clock.now, slackPoster(client(slack.url)), { retry: { attempts: 3 } });
    expect(await r.runDue()).toMatchObject([{ status: 'failed', attempts: 3, error: expect.stringMatching(/service_unavailable/) }]);
    expect(await store.digestLog('C1', '2026-11-23')).toMatchObject({ status: 'failed', sentAt: null });
    expect(await store.lastDigestSent('C1')).toBeNull();
    down = false;
    clock.set('2026-11-23T07:01:00Z');
    expect(await r.runDue()).toEqual([]); // too soon to try again
    clock.set('2026-11-23T07:05:00Z');
    expect(await r.runDue()).toMatchObject([{ status: 'sent', attempts: 1 }]);
    expect(slack.posts()).toHaveLength(4);
    expect(await store.digestLog('C1', '2026-11-23')).toMatchObject({ status: 'sent', attempts: 4 });
  });
});

describe('the scheduler', () => {
  it('croner runs the check on its own: a digest goes out when its minute comes, without anyone calling it', async () => {
    const store = openIn();
    await subscribe(store);
    const clock = manualClock('2026-11-23T06:59:59Z');
    const { posts, post } = recordingPost();
    const sent = new Promise<void>((resolve) => {
      const scheduler = startDigestScheduler({ store, corpus: realCorpus(), post, now: clock.now, log: noLog, checkPattern: '* * * * * *', onRun: () => resolve() });
      stops.push(scheduler.stop);
      expect(scheduler.nextCheck()).toBeInstanceOf(Date);
    });
    await new Promise((r) => setTimeout(r, 1100));
    expect(posts).toEqual([]);
    clock.set('2026-11-23T07:00:00Z');
    await sent;
    expect(posts).toHaveLength(1);
  });

  it('stop() ends retries in progress and leaves the digest logged as not sent', async () => {
    const store = openIn();
    await subscribe(store);
    const scheduler = startDigestScheduler({
      store, corpus: realCorpus(), log: noLog,
      now: () => new Date('2026-11-23T07:00:00Z'),
      post: async () => { throw new Error('internal_error'); },
      retry: { baseDelayMs: 60_000 },
    });
    await new Promise((r) => setTimeout(r, 50));
    await scheduler.stop();
    expect(await scheduler.started).toMatchObject([{ status: 'failed', attempts: 1 }]);
    expect(await store.digestLog('C1', '2026-11-23')).toMatchObject({ status: 'failed', error: expect.stringMatching(/stopped/) });
  });
});
