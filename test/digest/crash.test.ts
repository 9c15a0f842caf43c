/**
 * A scheduler killed (kill -9) in the middle of sending a digest: its claim stays 'sending' until
 * the lease runs out, and the scheduler that takes it over looks in the channel for the digest
 * (by the message metadata the post carries) before posting it again. A real child process, a
 * real SQLite file in a temp folder, the real WebClient, and the Slack stand-in server.
 */
import { webApi } from '@slack/bolt';
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestCommand } from '../../src/commands/digest.ts';
import { createDigestRunner } from '../../src/digest/runner.ts';
import { slackPoster } from '../../src/digest/slackPost.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/types.ts';
import { ROOT, until } from '../helpers/process.ts';
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

/** Monday 2026-11-23 at 08:00 in Stockholm, the digest's time. */
const MONDAY_0800 = '2026-11-23T07:00:00Z';
const DAY = '2026-11-23';
const LEASE_MS = 10 * 60_000;

const subscribe = (channelId: string) => store.subscribe({ channelId, time: '08:00', subscribedBy: 'USUBSCRIBER', now: new Date('2026-11-22T11:00:00Z') });
const client = () => new webApi.WebClient('xoxb-test-token', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
/** The digest posts to a channel for a day, told apart by the metadata they carry. */
const digestsTo = (channel: string, date = DAY) =>
  slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel && c.body.metadata?.event_type === 'cancer_digest' && c.body.metadata?.event_payload?.date === date);
const status = async (channelId: string, now: string) => (await digestCommand('status', commandContext(store, { channelId, now }))).text;

/** A new scheduler's runner, posting through the real WebClient to the stand-in, with the controllable clock. */
function runner(now: () => Date) {
  const log: string[] = [];
  const r = createDigestRunner({ store, corpus: realCorpus(), post: slackPoster(client()), now, log: (m) => void log.push(m), sleep: async () => {}, leaseMs: LEASE_MS });
  return Object.assign(r, { log });
}

/** A scheduler that claimed the digest at 08:00 and died before posting it. */
const diedBeforePosting = (channelId: string) =>
  store.claimDigest({ channelId, date: DAY, claimant: 'dead', now: new Date(MONDAY_0800), leaseMs: LEASE_MS, failedRetryMs: 300_000 });

describe('a scheduler killed mid-send', () => {
  it('killed right after Slack accepted the digest: status says it is being sent, and the next scheduler finds the post instead of posting it again', async () => {
    await subscribe('C1');
    slack.setClock(() => new Date('2026-11-23T07:00:02Z')); // Slack stamps the post 08:00:02
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/digest/postThenDie.child.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: tmp.dir, SLACK_API_URL: slack.apiUrl, NOW: MONDAY_0800 },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      await until(() => out.includes('posted') || child.exitCode !== null, 15_000, `the child to post (it said: ${out})`);
    } finally {
      child.kill('SIGKILL');
    }
    await exited;
    expect(digestsTo('C1')).toHaveLength(1);
    expect(await store.digestLog('C1', DAY)).toMatchObject({ status: 'sending', sentAt: null });
    const meanwhile = await status('C1', '2026-11-23T07:05:00Z');
    expect(meanwhile).toContain('Dagens sammanfattning håller på att skickas (sedan måndag 23 november 2026 kl 08:00)');
    expect(meanwhile).not.toContain('Ingen sammanfattning har skickats');

    const clock = manualClock('2026-11-23T07:05:00Z');
    const r = runner(clock.now);
    expect(await r.runDue()).toEqual([]); // the dead scheduler's lease still holds
    clock.set('2026-11-23T07:10:00Z');
    expect(await r.runDue()).toMatchObject([{ channelId: 'C1', date: DAY, status: 'sent', attempts: 0 }]);
    clock.set('2026-11-23T07:30:00Z');
    expect(await r.runDue()).toEqual([]);

    expect(digestsTo('C1')).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    const [lookup] = slack.callsTo('conversations.history');
    expect(lookup?.body).toMatchObject({ channel: 'C1', include_all_metadata: 'true' });
    expect(Number(lookup?.body.oldest)).toBeLessThanOrEqual(Date.parse(MONDAY_0800) / 1000);
    expect(await store.digestLog('C1', DAY)).toMatchObject({ status: 'sent', sentAt: '2026-11-23T07:00:02.000Z' });
    expect(await status('C1', '2026-11-23T07:30:00Z')).toContain('Senast skickad: måndag 23 november 2026 kl 08:00.');
    expect(r.log).toEqual([expect.stringMatching(/C1 on 2026-11-23: .*had posted it.*not posting again/)]);
  }, 30_000);

  it('died before posting: the next scheduler finds no digest of that day by the bot in the channel and posts it once', async () => {
    await subscribe('C1');
    await diedBeforePosting('C1');
    slack.setClock(() => new Date('2026-11-23T07:00:30Z'));
    // In the channel since: an answer by the bot, and Friday's digest (carrying its own date).
    await client().chat.postMessage({ channel: 'C1', text: 'Svar på en fråga' });
    await client().chat.postMessage({ channel: 'C1', text: 'fredagens', metadata: { event_type: 'cancer_digest', event_payload: { channel: 'C1', date: '2026-11-20' } } });
    const r = runner(() => new Date('2026-11-23T07:10:00Z'));
    expect(await r.runDue()).toMatchObject([{ channelId: 'C1', status: 'sent', attempts: 1 }]);
    expect(slack.callsTo('conversations.history')).toHaveLength(1);
    expect(digestsTo('C1')).toHaveLength(1);
    expect(digestsTo('C1')[0]!.body.metadata).toEqual({ event_type: 'cancer_digest', event_payload: { channel: 'C1', date: DAY } });
    expect(await store.digestLog('C1', DAY)).toMatchObject({ status: 'sent', sentAt: '2026-11-23T07:10:00.000Z' });
    expect(r.log).toEqual([]);
  });

  it.each<[string, Failure, RegExp]>([
    ['the app lacks channels:history', { status: 200, body: { ok: false, error: 'missing_scope', needed: 'channels:history' } }, /missing_scope.*channels:history/],
    ['Slack is down', { status: 503 }, /http_503/],
  ])('when the channel cannot be searched (%s), the digest is posted anyway, once, and the log says why', async (_why, failure, logged) => {
    await subscribe('C1');
    await diedBeforePosting('C1');
    slack.failNext('conversations.history', failure);
    const r = runner(() => new Date('2026-11-23T07:10:00Z'));
    expect(await r.runDue()).toMatchObject([{ channelId: 'C1', status: 'sent', attempts: 1 }]);
    expect(slack.callsTo('conversations.history')).toHaveLength(1);
    expect(digestsTo('C1')).toHaveLength(1);
    expect((await store.subscription('C1'))?.pausedReason).toBeNull();
    expect(r.log).toHaveLength(1);
    expect(r.log[0]).toMatch(/C1 on 2026-11-23: could not check .* posting it/);
    expect(r.log[0]).toMatch(logged);
  });

  it('a digest posted normally carries metadata naming its channel and day, and no history is read', async () => {
    await subscribe('C1');
    await runner(() => new Date(MONDAY_0800)).runDue();
    expect(slack.callsTo('chat.postMessage').map((c) => c.body.metadata)).toEqual([{ event_type: 'cancer_digest', event_payload: { channel: 'C1', date: DAY } }]);
    expect(slack.callsTo('conversations.history')).toEqual([]);
  });
});
