/**
 * When things go wrong: a failing handler, a failing or rate-limited Slack API. The user gets an
 * apology with an error id, the log the full error, and the bot keeps serving.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { answer as realAnswer } from '../../src/answer/answer.ts';
import { startBot, textOf, type RunningBot } from '../helpers/bot.ts';

let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const dm = (b: RunningBot, channel: string, text: string) =>
  b.event({ type: 'message', channel, channel_type: 'im', user: 'U0ASKER', text, ts: `${Date.now() / 1000}`, event_ts: `${Date.now() / 1000}` });
const postsTo = (b: RunningBot, channel: string) => b.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);

/** The answering core, except that questions containing "krascha" throw. */
const crashOnKrascha: typeof realAnswer = (question, opts) => {
  if (question.includes('krascha')) throw new Error('the core fell over on purpose');
  return realAnswer(question, opts);
};

describe('a handler that throws', () => {
  it('gives the user a short apology with an error id, logs the full error under that id, and keeps serving', async () => {
    bot = await startBot({ answer: crashOnKrascha });
    await dm(bot, 'D0CRASH', 'snälla krascha nu');
    await bot.slack.waitFor(() => postsTo(bot!, 'D0CRASH').length === 1);
    const apology = postsTo(bot, 'D0CRASH')[0]!.body;
    const id = /Fel-id: ([0-9a-f]{8})/.exec(apology.text)?.[1];
    expect(id, apology.text).toBeDefined();
    expect(apology.text).not.toContain('fell over');
    const logged = bot.logs.find((l) => l.level === 'error' && l.text.includes(id!));
    expect(logged?.text).toContain('the core fell over on purpose');
    expect(logged?.text).toMatch(/at .*reliability\.test\.ts/); // the stack, not just the message

    await dm(bot, 'D0AFTER', 'Vad är totalen 2024?');
    await bot.slack.waitFor(() => postsTo(bot!, 'D0AFTER').length === 1);
    expect(postsTo(bot, 'D0AFTER')[0]!.body.text).not.toContain('Fel-id');
  });

  it('apologises in English to a question asked in English', async () => {
    bot = await startBot({ answer: crashOnKrascha });
    await dm(bot, 'D0CRASHEN', 'how much money did krascha get in 2024?');
    await bot.slack.waitFor(() => postsTo(bot!, 'D0CRASHEN').length === 1);
    expect(postsTo(bot, 'D0CRASHEN')[0]!.body.text).toMatch(/^Sorry, something went wrong.*\(Error id: [0-9a-f]{8}\)$/);
  });

  it('apologises privately when sharing an answer fails, and keeps the private copy', async () => {
    bot = await startBot({ answer: crashOnKrascha });
    const share = await bot.click({ action_id: 'share_answer', value: JSON.stringify({ q: 'krascha' }) }, { ephemeral: true });
    await bot.slack.waitFor(() => bot!.slack.callsTo('respond').some((c) => share.responseUrl.endsWith(c.path)));
    // A question answered after the apology: a removal of the private copy would have come by then.
    await dm(bot, 'D0AFTERSHARE', 'Vad är totalen 2024?');
    await bot.slack.waitFor(() => postsTo(bot!, 'D0AFTERSHARE').length === 1);
    const [reply, ...rest] = bot.slack.callsTo('respond').filter((c) => share.responseUrl.endsWith(c.path));
    expect(reply!.body.text).toMatch(/Förlåt.*Fel-id: [0-9a-f]{8}/);
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(rest).toEqual([]); // the private copy stays when sharing failed
  });
});

describe('a failing Slack API', () => {
  it('retries chat.postMessage after server errors and delivers the answer once', async () => {
    bot = await startBot();
    bot.slack.failNext('chat.postMessage', { status: 500, body: { ok: false, error: 'internal_error' } }, 2);
    await dm(bot, 'D0FLAKY', 'Vad är totalen 2024?');
    await bot.slack.waitFor(() => postsTo(bot!, 'D0FLAKY').length === 3);
    await new Promise((r) => setTimeout(r, 300));
    expect(postsTo(bot, 'D0FLAKY')).toHaveLength(3); // two failures, one success, no more
  });

  it('waits out a rate limit (429 with Retry-After) and then posts', async () => {
    bot = await startBot();
    bot.slack.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const started = Date.now();
    await dm(bot, 'D0LIMITED', 'Vad är totalen 2024?');
    await bot.slack.waitFor(() => postsTo(bot!, 'D0LIMITED').length === 2);
    const [first, second] = postsTo(bot, 'D0LIMITED');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('gives up cleanly when Slack keeps failing, logs it, and keeps serving', async () => {
    bot = await startBot();
    bot.slack.failNext('chat.postMessage', { status: 503 }, 100);
    await dm(bot, 'D0DOWN', 'Vad är totalen 2024?');
    await bot.slack.waitFor(() => bot!.logs.some((l) => l.level === 'error' && l.text.includes('giving up')), 5000);
    expect(postsTo(bot, 'D0DOWN')).toHaveLength(4); // 1 try + 3 retries (the test's retry policy)
    const tries = postsTo(bot, 'D0DOWN').length;
    await new Promise((r) => setTimeout(r, 300));
    expect(postsTo(bot, 'D0DOWN')).toHaveLength(tries); // it stopped trying
    bot.slack.clearFailures();
    await dm(bot, 'D0BACK', 'Vad är totalen 2024?');
    await bot.slack.waitFor(() => postsTo(bot!, 'D0BACK').length === 1);
  });
});

describe('the answer message', () => {
  it('carries a plain text fallback as well as blocks', async () => {
    bot = await startBot();
    await dm(bot, 'D0FALLBACK', 'Vad är totalen 2024?');
    await bot.slack.waitFor(() => postsTo(bot!, 'D0FALLBACK').length === 1);
    const { body } = postsTo(bot, 'D0FALLBACK')[0]!;
    expect(body.text.length).toBeGreaterThan(0);
    expect(textOf(body.blocks).length).toBeGreaterThan(0);
  });
});
