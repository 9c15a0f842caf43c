/**
 * No answer lost in a crash, none given twice: the bot as an operator runs it, killed with SIGKILL
 * while it is answering, then started again on the same database. And a store that fails at run
 * time is loud: questions are still answered, the log names the database, /health says 503.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpProcess, type HttpBotProcess } from '../helpers/process.ts';
import { slackClient } from '../helpers/slackClient.ts';
import { startSlackStandIn, type SlackStandIn } from '../helpers/slackStandIn.ts';
import { startBot, type RunningBot } from '../helpers/bot.ts';
import { databasePath, openStore } from '../../src/store/open.ts';
import { smallDisk } from '../helpers/smallDisk.ts';

let run: HttpBotProcess | undefined;
let slack: SlackStandIn | undefined;
let dataDir: string | undefined;
let bot: RunningBot | undefined;
afterEach(async () => {
  if (run && run.child.exitCode === null) run.child.kill('SIGKILL');
  await bot?.stop();
  await slack?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  run = slack = dataDir = bot = undefined;
});

const dm = (channel: string, text: string) => ({ type: 'message', channel, channel_type: 'im', user: 'U0ASKER', text, ts: `${Date.now() / 1000}`, event_ts: `${Date.now() / 1000}` });
const postsTo = (s: SlackStandIn, channel: string, since = 0) => s.callsTo('chat.postMessage').filter((c) => c.body.channel === channel && c.at >= since);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('an event the bot took and could not answer before it was killed', () => {
  it('is answered once after the restart, and a later retry of it is not answered again', async () => {
    slack = await startSlackStandIn();
    dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-once-'));
    run = await startHttpProcess({ slack, dataDir });
    const client = slackClient(run.url, slack);
    // Slack is failing: the bot acknowledges the question, then keeps retrying its answer.
    slack.failNext('chat.postMessage', { status: 500 }, 1_000);
    const event = dm('D0KILLED', 'Hur mycket gick till barncancer 2024?');
    const res = await client.event(event, { eventId: 'Ev0KILLED' });
    expect(res.status).toBe(200);
    await slack.waitFor(() => postsTo(slack!, 'D0KILLED').length >= 1, 10_000);
    run.child.kill('SIGKILL');
    await run.exited;
    slack.clearFailures();
    const back = Date.now();

    // Slack saw its event acknowledged: it sends no retry. The new process finds it unanswered.
    run = await startHttpProcess({ slack, dataDir });
    await slack.waitFor(() => postsTo(slack!, 'D0KILLED', back).length >= 1, 10_000);
    const answers = postsTo(slack, 'D0KILLED', back);
    expect(answers).toHaveLength(1);
    expect(answers[0]!.body.text).toContain('80 miljoner kronor');
    expect(run.output()).toContain('answering it again (try 2)');

    // A retry of the answered event (Slack's own, with a new signature) is acknowledged and left alone.
    const retry = await slackClient(run.url, slack).event(event, { eventId: 'Ev0KILLED', retryNum: 1 });
    expect(retry.status).toBe(200);
    await sleep(500);
    expect(postsTo(slack, 'D0KILLED', back)).toHaveLength(1);
  }, 60_000);

  it('is not answered again when Slack had taken the answer just before the kill: the answer is found by its metadata', async () => {
    slack = await startSlackStandIn();
    dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-once-'));
    run = await startHttpProcess({ slack, dataDir });
    // Slack posts the answer but is slow to say so: the bot dies before it learns it went through.
    slack.holdNext('chat.postMessage', 60_000);
    const event = dm('D0POSTED', 'Hur mycket gick till barncancer 2024?');
    await slackClient(run.url, slack).event(event, { eventId: 'Ev0POSTED' });
    await slack.waitFor(() => postsTo(slack!, 'D0POSTED').length === 1, 10_000);
    const first = postsTo(slack, 'D0POSTED')[0]!;
    expect(first.body.metadata).toEqual({ event_type: 'cancer_bot_answer', event_payload: { event_id: 'Ev0POSTED' } });
    run.child.kill('SIGKILL');
    await run.exited;

    run = await startHttpProcess({ slack, dataDir });
    await slack.waitFor((calls) => calls.some((c) => c.method === 'conversations.history' && c.body.channel === 'D0POSTED'), 10_000);
    await sleep(700);
    expect(postsTo(slack, 'D0POSTED')).toHaveLength(1);
    expect(run.output()).toContain('its answer was posted before the process that took it stopped; not posted again');
  }, 60_000);

  it('is answered by Slack\'s retry when the bot died before acknowledging, and never twice', async () => {
    slack = await startSlackStandIn();
    dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-once-'));
    run = await startHttpProcess({ slack, dataDir });
    const event = dm('D0RETRY', 'Vad är totalen 2024?');
    slack.failNext('chat.postMessage', { status: 500 }, 1_000);
    await slackClient(run.url, slack).event(event, { eventId: 'Ev0RETRY' });
    await slack.waitFor(() => postsTo(slack!, 'D0RETRY').length >= 1, 10_000);
    run.child.kill('SIGKILL');
    await run.exited;
    slack.clearFailures();
    const back = Date.now();
    run = await startHttpProcess({ slack, dataDir });
    // Slack's retries and the restart's sweep race; the event is answered once all the same.
    await Promise.all([1, 2, 3].map((n) => slackClient(run!.url, slack!).event(event, { eventId: 'Ev0RETRY', retryNum: n })));
    await slack.waitFor(() => postsTo(slack!, 'D0RETRY', back).length >= 1, 10_000);
    await sleep(700);
    expect(postsTo(slack, 'D0RETRY', back)).toHaveLength(1);
  }, 60_000);
});

const { mountPoint, mounted } = smallDisk('store-fault-', '1m');

/** Fill the disk under `dir` until the database there refuses a write. */
async function fillDisk(dir: string): Promise<void> {
  try {
    writeFileSync(join(mountPoint, 'filler'), Buffer.alloc(1_000_000));
  } catch {
    // ENOSPC: that is the point
  }
  const probe = openStore(dir);
  try {
    for (let i = 0; i < 200; i++) await probe.recordVote({ answerKey: `fill-${i}`, userId: 'U0FILL', vote: 'up', question: 'x'.repeat(2_000) });
    throw new Error('the disk never filled');
  } catch (error) {
    if ((error as Error).message === 'the disk never filled') throw error;
  } finally {
    await probe.close();
  }
}

describe.skipIf(!mounted)('a store that fails while the bot runs', () => {
  it('still answers a DM, logs one line naming the database, turns /health to 503, and recovers with the disk', async () => {
    const dir = join(mountPoint, 'data');
    mkdirSync(dir);
    bot = await startBot({ dataDir: dir });
    const health = async () => (await fetch(bot!.url.replace('/slack/events', '/health'))).status;
    expect(await health()).toBe(200);

    await fillDisk(dir);
    await bot.event(dm('D0FULL', 'Hur mycket gick till barncancer 2024? '.repeat(20)));
    await bot.slack.waitFor(() => postsTo(bot!.slack, 'D0FULL').length === 1, 10_000);
    expect(postsTo(bot.slack, 'D0FULL')[0]!.body.text).toContain('80 miljoner kronor');
    const line = bot.logs.find((l) => l.level === 'error' && l.text.includes(databasePath(dir)));
    expect(line?.text).toMatch(/claimEvent failed: .*(full|disk)/i);
    expect(line?.text).not.toContain('\n');
    expect(await health()).toBe(503);

    // A write that fails says so: never "Tillagd".
    const { responseUrl } = await bot.command('/cancer-deadlines', 'add 2026-12-01 Rapport till styrelsen', { user_id: 'U0ADMIN' });
    await bot.slack.waitFor((calls) => calls.some((c) => c.path.endsWith(new URL(responseUrl).pathname)), 5_000);
    const reply = bot.slack.calls.find((c) => c.path.endsWith(new URL(responseUrl).pathname))!;
    expect(reply.body.text).toContain('Kunde inte spara');

    // Space again: /health itself finds that writes work (no request need come first), and the bot answers.
    rmSync(join(mountPoint, 'filler'), { force: true });
    await bot.slack.waitFor(async () => (await health()) === 200, 5_000);
    expect(bot.logs.some((l) => l.level === 'info' && /writes work again/.test(l.text))).toBe(true);
    await bot.event(dm('D0BACK', 'Vad är totalen 2024?'));
    await bot.slack.waitFor(() => postsTo(bot!.slack, 'D0BACK').length === 1, 10_000);
    expect(await health()).toBe(200);
  }, 30_000);
});
