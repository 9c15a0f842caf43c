/**
 * The bot in Slack with its answers and charts computed in worker threads, as `npm start` runs
 * it: a conversation's answers come in the order of its questions, a full queue is told to the
 * asker (and acknowledged all the same), and /health shows the queue.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startWorkPool } from '../../src/work/pool.ts';
import { startBot, type RunningBot } from '../helpers/bot.ts';

let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

let seq = 0;
const dm = (b: RunningBot, channel: string, text: string) => {
  const ts = `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, '0')}`;
  return b.event({ type: 'message', channel, channel_type: 'im', user: 'U0ASKER', text, ts, event_ts: ts });
};
const postsTo = (b: RunningBot, channel: string) => b.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);
/** A message of Slack's 40 000 characters with its question last: slow to read. */
const LONG = `${'Hej, jag undrar lite över hur det här hänger ihop med allt annat vi gör. '.repeat(540)}Hur mycket gick till barncancer 2024?`.slice(-40_000);

describe('answers computed in worker threads', () => {
  it('answers a conversation in the order its questions came, though the later one is quicker to answer', async () => {
    bot = await startBot({ work: await startWorkPool({ threads: 2 }) });
    expect((await dm(bot, 'D0ORDER', LONG)).status).toBe(200);
    expect((await dm(bot, 'D0ORDER', 'Vad är totalen för 2024?')).status).toBe(200);
    await bot.slack.waitFor(() => postsTo(bot!, 'D0ORDER').length === 2, 20_000);
    const [first, second] = postsTo(bot, 'D0ORDER').map((c) => String(c.body.text));
    expect(first).toContain('80 miljoner kronor');
    expect(second).toContain('809 miljoner kronor');
  }, 60_000);

  it('acknowledges every event when the queue is full, tells the askers it could not take to try again, and answers the rest', async () => {
    const logged: string[] = [];
    bot = await startBot({ work: await startWorkPool({ threads: 1, queueLimit: 1, log: (line) => logged.push(line) }) });
    const channels = Array.from({ length: 6 }, (_, i) => `D0BUSY${i}`);
    const acks = await Promise.all(channels.map((c) => dm(bot!, c, LONG)));
    expect(acks.map((r) => r.status)).toEqual(channels.map(() => 200));
    await bot.slack.waitFor(() => channels.every((c) => postsTo(bot!, c).length === 1), 30_000);
    const texts = channels.map((c) => String(postsTo(bot!, c)[0]!.body.text));
    const busy = texts.filter((t) => t === 'Många frågor just nu: försök igen om en stund.');
    const answered = texts.filter((t) => t.includes('80 miljoner kronor'));
    expect(busy.length + answered.length).toBe(6);
    expect(busy.length).toBeGreaterThan(0);
    expect(answered.length).toBeGreaterThanOrEqual(2); // the one running and the one waiting
    // One line each time it fills, one when it is empty again with how many were refused: no line per refusal.
    const refusedIn = (lines: string[]) => lines.map((l) => Number(/; (\d+) question\(s\) and chart\(s\) were refused/.exec(l)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
    await bot.slack.waitFor(() => refusedIn(logged) === busy.length, 10_000);
    const fills = logged.filter((l) => /^work queue full/.test(l)).length;
    expect(fills).toBeGreaterThanOrEqual(1);
    expect(fills).toBeLessThanOrEqual(busy.length);
    // Nothing is left behind: the queue is empty again, and the next question is answered.
    await dm(bot, 'D0AFTER', 'Vad är totalen för 2024?');
    await bot.slack.waitFor(() => postsTo(bot!, 'D0AFTER').length === 1, 10_000);
    expect(String(postsTo(bot, 'D0AFTER')[0]!.body.text)).toContain('809 miljoner kronor');
  }, 60_000);

  it('answers a question asked while charts are drawn before the first chart is up: an event waiting for its chart gives its turn away', async () => {
    bot = await startBot({ work: await startWorkPool({ threads: 2, turns: 2 }) });
    const charts = ['D0CHART1', 'D0CHART2', 'D0CHART3'];
    for (const c of charts) expect((await dm(bot, c, 'visa ett diagram över totalerna')).status).toBe(200);
    expect((await dm(bot, 'D0PLAIN', 'Vad är totalen för 2024?')).status).toBe(200);
    await bot.slack.waitFor(() => bot!.slack.callsTo('files.completeUploadExternal').length === 3, 30_000);
    const calls = bot.slack.calls;
    const answered = calls.findIndex((c) => c.method === 'chat.postMessage' && c.body.channel === 'D0PLAIN');
    const firstChart = calls.findIndex((c) => c.method === 'files.completeUploadExternal');
    expect(String(calls[answered]!.body.text)).toContain('809 miljoner kronor');
    expect(answered).toBeLessThan(firstChart);
    // Each chart question got its answer and its chart, once.
    for (const c of charts) expect(postsTo(bot, c).filter((p) => !/diagram/i.test(String(p.body.text ?? ''))).length).toBeLessThanOrEqual(1);
    expect(bot.slack.callsTo('files.completeUploadExternal').map((c) => String(c.body.channel_id)).sort()).toEqual(charts);
  }, 60_000);

  it('answers the events still waiting for their turn before it stops taking requests', async () => {
    bot = await startBot({ work: await startWorkPool({ threads: 1, turns: 1 }) });
    const channels = Array.from({ length: 8 }, (_, i) => `D0TURN${i}`);
    const acks = await Promise.all(channels.map((c) => dm(bot!, c, LONG)));
    expect(acks.map((r) => r.status)).toEqual(channels.map(() => 200));
    expect(bot.slack.callsTo('chat.postMessage').length).toBeLessThan(channels.length);
    expect(await bot.stopTaking(20_000)).toBe(0);
    // Everything acknowledged was answered before the stop resolved: the database and the threads may close now.
    expect(channels.map((c) => postsTo(bot!, c).length)).toEqual(channels.map(() => 1));
    for (const c of channels) expect(String(postsTo(bot, c)[0]!.body.text)).toContain('80 miljoner kronor');
  }, 60_000);

  it('shows the queue on /health: in headers, and in the body when asked for the detail', async () => {
    bot = await startBot({ work: await startWorkPool({ threads: 1, queueLimit: 7 }) });
    const health = bot.url.replace('/slack/events', '/health');
    const plain = await fetch(health);
    expect(plain.status).toBe(200);
    expect(await plain.json()).toEqual({ ok: true });
    expect([plain.headers.get('x-queue-waiting'), plain.headers.get('x-queue-running'), plain.headers.get('x-queue-limit')]).toEqual(['0', '0', '7']);
    const detail = await fetch(`${health}?detail`);
    expect(await detail.json()).toEqual({ ok: true, queue: { waiting: 0, running: 0, limit: 7 } });
  }, 60_000);
});
