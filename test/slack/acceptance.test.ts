/**
 * Acceptance, as an independent client sees the bot: `npm start`'s entry runs as its own process in
 * HTTP mode, with its settings in the environment as an operator sets them, and is driven only over
 * HTTP with requests signed as Slack signs them. What counts is what a user would notice: what
 * reaches Slack (the stand-in: response URLs, chat.postMessage, views.publish) and how fast each
 * request is acknowledged (Slack gives up after 3 s). The in-process tests (http.test.ts,
 * reliability.test.ts) cover every button, refusal and retry policy in detail.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from '../helpers/bot.ts';
import { startHttpProcess, type HttpBotProcess } from '../helpers/process.ts';
import { slackClient, type SlackClient } from '../helpers/slackClient.ts';
import { BOT_USER_ID, startSlackStandIn, type RecordedCall, type SlackStandIn } from '../helpers/slackStandIn.ts';

/** Slack's limit for acknowledging a request. */
const ACK_LIMIT_MS = 3000;
/** A fresh process builds its search index on its first question: allow for it. */
const REPLY_WAIT_MS = 15_000;

/** One process, its stand-in for Slack and its DATA_DIR: what each describe block runs against. */
interface Setup {
  slack: SlackStandIn;
  dataDir: string;
  bot: HttpBotProcess;
  client: SlackClient;
}

async function setUp(): Promise<Setup> {
  const slack = await startSlackStandIn();
  const dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-acceptance-'));
  const bot = await startHttpProcess({ slack, dataDir });
  return { slack, dataDir, bot, client: slackClient(bot.url, slack) };
}

async function tearDown(setup: Setup | undefined): Promise<void> {
  if (!setup) return;
  await setup.bot.stop();
  await setup.slack.close();
  rmSync(setup.dataDir, { recursive: true, force: true });
}

const postsTo = (slack: SlackStandIn, channel: string): RecordedCall[] => slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);
const repliesAt = (slack: SlackStandIn, responseUrl: string): RecordedCall[] => slack.callsTo('respond').filter((c) => responseUrl.endsWith(c.path));

/** Send `send` and time it until the bot's HTTP response (Slack's acknowledgment). */
async function timed(send: () => Promise<Response>): Promise<{ res: Response; ms: number }> {
  const started = performance.now();
  const res = await send();
  return { res, ms: performance.now() - started };
}

/** A slash command, acknowledged within Slack's limit; resolves with the reply at its response_url. */
async function commandReply({ slack, client }: Setup, command: string, text: string): Promise<RecordedCall> {
  const { res, responseUrl, ms } = await client.command(command, text);
  expect(res.status).toBe(200);
  expect(ms).toBeLessThan(ACK_LIMIT_MS);
  await slack.waitFor(() => repliesAt(slack, responseUrl).length > 0, REPLY_WAIT_MS);
  return repliesAt(slack, responseUrl)[0]!;
}

const message = (channel: string, ts: string, extra: Record<string, unknown> = {}) => ({ type: 'message', channel, channel_type: 'im', user: 'U0ASKER', text: 'Hur mycket gick till barncancer 2024?', ts, event_ts: ts, ...extra });
const mention = (channel: string, ts: string, text: string) => ({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${text}`, ts, channel, event_ts: ts });

/** Send a DM that must be answered and wait for the answer: what was sent before it has been handled by then. */
async function answeredDm({ slack, client }: Setup, channel: string): Promise<void> {
  const res = await client.event(message(channel, `${(Date.now() / 1000).toFixed(6)}`));
  expect(res.status).toBe(200);
  await slack.waitFor(() => postsTo(slack, channel).length > 0, REPLY_WAIT_MS);
}

describe('npm start in HTTP mode, driven over HTTP as Slack drives it', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setUp();
  }, 60_000);
  afterAll(() => tearDown(s));

  it('answers the URL verification challenge', async () => {
    const body = JSON.stringify({ token: 't', challenge: 'acceptance-challenge', type: 'url_verification' });
    const res = await s.client.postSigned(body, 'application/json');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('acceptance-challenge');
  });

  it('refuses forged and 10-minute-old requests with 401, and answers neither', async () => {
    const forgedReply = s.slack.responseUrl('forged');
    const forged = new URLSearchParams({ command: '/cancer-totals', text: '2024', user_id: 'U0ASKER', channel_id: 'C0CHANNEL', team_id: 'T0TEST', response_url: forgedReply, trigger_id: 't' }).toString();
    expect((await s.client.postSigned(forged, 'application/x-www-form-urlencoded', { secret: 'not-the-signing-secret' })).status).toBe(401);

    const staleReply = s.slack.responseUrl('stale');
    const stale = new URLSearchParams({ command: '/cancer-totals', text: '2024', user_id: 'U0ASKER', channel_id: 'C0CHANNEL', team_id: 'T0TEST', response_url: staleReply, trigger_id: 't' }).toString();
    expect((await s.client.postSigned(stale, 'application/x-www-form-urlencoded', { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);

    const forgedDm = JSON.stringify({ type: 'event_callback', event_id: 'Ev0FORGED', team_id: 'T0TEST', event: message('D0FORGED', '1772440100.000100') });
    expect((await s.client.postSigned(forgedDm, 'application/json', { secret: 'not-the-signing-secret' })).status).toBe(401);

    await answeredDm(s, 'D0AFTERFORGED');
    expect(repliesAt(s.slack, forgedReply)).toEqual([]);
    expect(repliesAt(s.slack, staleReply)).toEqual([]);
    expect(postsTo(s.slack, 'D0FORGED')).toEqual([]);
  });

  it('/cancer-totals 2024: acknowledged within 3 s, then 809 MSEK, only to the asker', async () => {
    const reply = await commandReply(s, '/cancer-totals', '2024');
    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.body.text).toMatch(/2024\D+809 miljoner kronor/);
  });

  it('/cancer-ask barncancer 2024: acknowledged within 3 s, then 80 MSEK, only to the asker', async () => {
    const reply = await commandReply(s, '/cancer-ask', 'Hur mycket gick till barncancer 2024?');
    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.body.text).toMatch(/Barncancer/i);
    expect(reply.body.text).toMatch(/(^|\D)80 miljoner kronor/);
  });

  it('answers a mention once, in its thread, though Slack retries it', async () => {
    const ts = '1772440200.000100';
    const event = mention('C0MENTION', ts, 'vad är totalen för 2024?');
    for (const retryNum of [undefined, 1, 2]) {
      const { res, ms } = await timed(() => s.client.event(event, { eventId: 'Ev0ACCEPTMENTION', ...(retryNum ? { retryNum } : {}) }));
      expect(res.status).toBe(200);
      expect(ms).toBeLessThan(ACK_LIMIT_MS);
    }
    await s.slack.waitFor(() => postsTo(s.slack, 'C0MENTION').length > 0, REPLY_WAIT_MS);
    await answeredDm(s, 'D0AFTERMENTION');
    const posts = postsTo(s.slack, 'C0MENTION');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.thread_ts).toBe(ts);
    expect(posts[0]!.body.text).toContain('809 miljoner kronor');
  });

  it('answers a DM in the DM', async () => {
    await answeredDm(s, 'D0ACCEPTDM');
    const [post] = postsTo(s.slack, 'D0ACCEPTDM');
    expect(post!.body.thread_ts).toBeUndefined();
    expect(post!.body.text).toMatch(/(^|\D)80 miljoner kronor/);
  });

  it('answers a DM that asks two things, wrapped in who asks, with one reply that answers each', async () => {
    const text = 'Hej! Jag är ny på regionkontoret.\n- totalen 2021\n- vem är nationell cancersamordnare?';
    const res = await s.client.event(message('D0TWOASKS', `${(Date.now() / 1000).toFixed(6)}`, { text }));
    expect(res.status).toBe(200);
    await s.slack.waitFor(() => postsTo(s.slack, 'D0TWOASKS').length > 0, REPLY_WAIT_MS);
    const posts = postsTo(s.slack, 'D0TWOASKS');
    expect(posts).toHaveLength(1);
    const shown = textOf(posts[0]!.body.blocks as never);
    expect(shown).toContain('*500 miljoner kronor*');
    expect(shown).toContain('Kjell Ivarsson');
    expect(shown).not.toContain('regionkontoret');
  });

  it('ignores other bots (bot_id, subtype bot_message)', async () => {
    await s.client.event(message('D0OTHERBOT', '1772440300.000100', { user: 'U0OTHERBOT', bot_id: 'B0OTHER' }));
    await s.client.event(message('D0OTHERBOT', '1772440300.000200', { user: undefined, subtype: 'bot_message', bot_id: 'B0OTHER', username: 'annan bot' }));
    await s.client.event({ ...mention('C0OTHERBOT', '1772440300.000300', 'totalen 2024'), user: 'U0OTHERBOT', bot_id: 'B0OTHER' });
    await answeredDm(s, 'D0AFTERBOTS');
    expect(postsTo(s.slack, 'D0OTHERBOT')).toEqual([]);
    expect(postsTo(s.slack, 'C0OTHERBOT')).toEqual([]);
  });

  it('publishes the Home tab with the yearly totals when it is opened', async () => {
    const { res, ms } = await timed(() => s.client.event({ type: 'app_home_opened', user: 'U0HOME', channel: 'D0HOME', tab: 'home', event_ts: '1772440400.000100' }));
    expect(res.status).toBe(200);
    expect(ms).toBeLessThan(ACK_LIMIT_MS);
    await s.slack.waitFor((calls) => calls.some((c) => c.method === 'views.publish' && c.body.user_id === 'U0HOME'), REPLY_WAIT_MS);
    const publish = s.slack.callsTo('views.publish').find((c) => c.body.user_id === 'U0HOME')!;
    expect(publish.body.view.type).toBe('home');
    const text = textOf(publish.body.view.blocks);
    expect(text).toMatch(/2024\D+809 miljoner kronor/);
    expect(text).toMatch(/2026\D+1 005 miljoner kronor/);
  });

  it('keeps serving after garbage: a non-JSON body, an empty body, a wrong content type', async () => {
    const garbage: [string, string][] = [
      ['{"type": "event_callback", ', 'application/json'],
      ['', 'application/json'],
      ['<event>app_mention</event>', 'application/xml'],
    ];
    for (const [body, contentType] of garbage) {
      const { res, ms } = await timed(() => s.client.postSigned(body, contentType));
      expect(res.status, `${contentType} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(ms).toBeLessThan(ACK_LIMIT_MS);
    }
    expect(s.bot.child.exitCode).toBeNull();
    const reply = await commandReply(s, '/cancer-totals', '2024');
    expect(reply.body.text).toContain('809 miljoner kronor');
  });
});

describe('npm start across a restart', () => {
  let s: Setup | undefined;
  let restarted: HttpBotProcess | undefined;
  afterAll(async () => {
    await restarted?.stop();
    await tearDown(s);
  });

  it('answers a mention once when Slack retries it to the restarted bot (same DATA_DIR)', async () => {
    s = await setUp();
    const ts = '1772440500.000100';
    const event = mention('C0RESTART', ts, 'vad är totalen för 2024?');
    expect((await s.client.event(event, { eventId: 'Ev0ACROSSRESTART' })).status).toBe(200);
    await s.slack.waitFor(() => postsTo(s!.slack, 'C0RESTART').length > 0, REPLY_WAIT_MS);

    expect(await s.bot.stop()).toBe(0);
    // The new process listens where the old one did: Slack retries to the same Request URL, so s.client still reaches it.
    restarted = await startHttpProcess({ slack: s.slack, dataDir: s.dataDir, port: s.bot.port });
    const { res, ms } = await timed(() => s!.client.event(event, { eventId: 'Ev0ACROSSRESTART', retryNum: 1 }));
    expect(res.status).toBe(200);
    expect(ms).toBeLessThan(ACK_LIMIT_MS);
    await answeredDm(s, 'D0AFTERRESTART');

    expect(postsTo(s.slack, 'C0RESTART')).toHaveLength(1);
    expect(postsTo(s.slack, 'C0RESTART')[0]!.body.thread_ts).toBe(ts);
  }, 60_000);
});
