/**
 * Replies through a response_url when Slack has a bad moment: a 5xx or 429 is tried again after a
 * pause, another refusal is not, and a reply the response_url never took reaches the user by the
 * Web API instead, with one log line. The real Bolt app over HTTP, against the Slack stand-in.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RESPOND_RETRY } from '../../src/slack/respond.ts';
import { startBot, textOf, type RunningBot } from '../helpers/bot.ts';

let bot: RunningBot;
const delays = RESPOND_RETRY.delaysMs;
beforeAll(async () => {
  RESPOND_RETRY.delaysMs = [20, 40, 80]; // the production pauses, shortened
  bot = await startBot();
});
afterAll(async () => {
  RESPOND_RETRY.delaysMs = delays;
  await bot.stop();
});
afterEach(() => bot.slack.clearFailures());

/** The posts that reached one response_url, in order. */
const at = (url: string) => bot.slack.callsTo('respond').filter((c) => url.endsWith(c.path));
const ephemeralsTo = (user: string, channel: string) => bot.slack.callsTo('chat.postEphemeral').filter((c) => c.body.user === user && c.body.channel === channel);
/** Long enough for a further try, had one been coming (the pauses are at most 80 ms here). */
const settle = () => new Promise((r) => setTimeout(r, 250));
const logsAbout = (text: string) => bot.logs.filter((l) => l.text.includes(text));

describe('a slash command reply through its response_url', () => {
  it('reaches the user once when the response_url fails twice with 500 and then takes it', async () => {
    bot.slack.failNext('respond', { status: 500 }, 2);
    const { responseUrl } = await bot.command('/cancer-totals', '2024', { user_id: 'U0FLAKY' });
    await bot.slack.waitFor(() => at(responseUrl).length === 3);
    await settle();
    const posts = at(responseUrl);
    expect(posts).toHaveLength(3);
    expect(posts[2]!.body.text).toContain('809 miljoner kronor');
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(20); // after a pause
    expect(ephemeralsTo('U0FLAKY', 'C0CHANNEL')).toEqual([]);
  });

  it('is tried again after a pause when the response_url is rate limited (429)', async () => {
    bot.slack.failNext('respond', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const { responseUrl } = await bot.command('/cancer-totals', '2024', { user_id: 'U0LIMITED' });
    await bot.slack.waitFor(() => at(responseUrl).length === 2);
    await settle();
    const [first, second, ...more] = at(responseUrl);
    expect(more).toEqual([]);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(20);
    expect(second!.body.text).toContain('809 miljoner kronor');
  });

  it('comes privately from the bot in that channel when the response_url keeps failing, and the log says so in one line', async () => {
    bot.slack.failNext('respond', { status: 500 }, 100);
    const { responseUrl } = await bot.command('/cancer-totals', '2024', { user_id: 'U0DOWN' });
    await bot.slack.waitFor(() => ephemeralsTo('U0DOWN', 'C0CHANNEL').length === 1);
    await settle();
    const posts = at(responseUrl);
    expect(posts).toHaveLength(4); // 1 try + 3 retries
    const [ephemeral, ...more] = ephemeralsTo('U0DOWN', 'C0CHANNEL');
    expect(more).toEqual([]);
    expect(ephemeral!.body.text).toBe(posts[0]!.body.text);
    expect(ephemeral!.body.text).toContain('809 miljoner kronor');
    expect(ephemeral!.body.blocks).toEqual(posts[0]!.body.blocks);
    const lines = logsAbout(responseUrl.split('/').at(-1)!);
    expect(lines).toEqual([]); // the response_url is not in the log
    const line = bot.logs.find((l) => l.text.includes('/cancer-totals') && l.text.includes('chat.postEphemeral'));
    expect(line?.level).toBe('warn');
    expect(line?.text).toMatch(/HTTP 500, 4 tries/);
    expect(line?.text).not.toContain('\n');
  });

  it('is not tried again after a 404 but comes privately from the bot at once', async () => {
    bot.slack.failNext('respond', { status: 404 }, 1);
    const { responseUrl } = await bot.command('/cancer-totals', '2024', { user_id: 'U0GONE' });
    await bot.slack.waitFor(() => ephemeralsTo('U0GONE', 'C0CHANNEL').length === 1);
    await settle();
    expect(at(responseUrl)).toHaveLength(1);
    expect(ephemeralsTo('U0GONE', 'C0CHANNEL')[0]!.body.text).toContain('809 miljoner kronor');
    expect(bot.logs.some((l) => l.level === 'warn' && l.text.includes('HTTP 404, 1 try') && l.text.includes('chat.postEphemeral'))).toBe(true);
  });

  it('is logged as lost in one line when chat.postEphemeral fails too, and the bot keeps answering', async () => {
    bot.slack.failNext('respond', { status: 503 }, 4);
    bot.slack.failFor('chat.postEphemeral', 'C0LOST', { status: 200, body: { ok: false, error: 'channel_not_found' } });
    await bot.command('/cancer-totals', '2024', { channel_id: 'C0LOST', user_id: 'U0LOST' });
    const lost = () => bot.logs.filter((l) => l.level === 'error' && l.text.includes('channel_not_found'));
    await bot.slack.waitFor(() => lost().length > 0);
    await settle();
    const [line, ...more] = lost();
    expect(more).toEqual([]);
    expect(line!.text).toMatch(/^\/cancer-totals: could not post to the response_url \(HTTP 503, 4 tries\), and chat\.postEphemeral failed too: Slack said channel_not_found; the reply is lost$/);

    const { responseUrl } = await bot.command('/cancer-totals', '2024', { channel_id: 'C0LOST', user_id: 'U0AFTER' });
    await bot.slack.waitFor(() => at(responseUrl).length === 1);
    expect(at(responseUrl)[0]!.body.text).toContain('809 miljoner kronor');
  });
});

describe('a button reply through its response_url', () => {
  it('👍 still thanks the user once when the response_url fails once with 503', async () => {
    bot.slack.failNext('respond', { status: 503 }, 1);
    const { responseUrl } = await bot.click({ action_id: 'feedback_up', value: JSON.stringify({ k: 'retry1', q: 'barncancer 2024', l: 'sv' }) }, { user: 'U0VOTER' });
    await bot.slack.waitFor(() => at(responseUrl).length === 2);
    await settle();
    const posts = at(responseUrl);
    expect(posts).toHaveLength(2);
    expect(posts[1]!.body.text).toContain('Tack');
    expect(ephemeralsTo('U0VOTER', 'C0CHANNEL')).toEqual([]);
  });

  it('"share in channel" posts the answer in the channel with chat.postMessage when the response_url keeps failing', async () => {
    bot.slack.failNext('respond', { status: 500 }, 8); // the share and the removal of the private copy
    const { responseUrl } = await bot.click({ action_id: 'share_answer', value: JSON.stringify({ q: 'Vad är totalen för 2024?' }) }, { ephemeral: true, channel: 'C0SHARE', user: 'U0SHARER' });
    await bot.slack.waitFor(() => bot.slack.callsTo('chat.postMessage').some((c) => c.body.channel === 'C0SHARE'));
    const posted = bot.slack.callsTo('chat.postMessage').find((c) => c.body.channel === 'C0SHARE')!;
    expect(textOf(posted.body.blocks)).toContain('<@U0SHARER>');
    expect(at(responseUrl)[0]!.body.response_type).toBe('in_channel');
    // The private copy could not be removed either (the response_url is the only way): one line.
    await bot.slack.waitFor(() => at(responseUrl).length === 8);
    await bot.slack.waitFor(() => bot.logs.some((l) => l.text.includes('no other way to send it')));
    expect(ephemeralsTo('U0SHARER', 'C0SHARE')).toEqual([]);
  });
});
