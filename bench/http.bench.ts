/**
 * The bot under load over HTTP, as an operator runs it (`npm run bench -- --http`): the real entry
 * point in a child process (HTTP mode, a fresh DATA_DIR), talking to a local stand-in of Slack's
 * Web API. Signed DM events are sent at concurrency 1, 10 and 50; for each the time to Slack's
 * acknowledgement (HTTP 200) and to its answer reaching Slack are measured (the first request after
 * start beside the rest), and every event's answers are counted when the load is over: none is
 * lost, two are doubled.
 *
 * Then the crash: at concurrency 50 the process is killed with SIGKILL part-way, and started again
 * on the same database. Requests the dead process never acknowledged are sent again as Slack does
 * (x-slack-retry-num, a fresh signature), as is every event whose acknowledgement took over 3 s.
 * Events it acknowledged and did not answer get no retry from Slack: the restarted bot must find
 * them itself. `-- --json` prints one JSON object; `-- --check` exits 1 when anything was lost or doubled.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startHttpProcess, type HttpBotProcess } from '../test/helpers/process.ts';
import { signedHeaders } from '../test/helpers/signing.ts';
import { startSlackStandIn, TEAM_ID, type SlackStandIn } from '../test/helpers/slackStandIn.ts';

const QUESTIONS = [
  'Hur mycket gick till barncancer 2024?',
  'Vad är totalen för överenskommelsen 2026?',
  'Vilka insatser ska RCC i samverkan göra 2024?',
  'How much went to childhood cancer in 2024?',
  'Hur betalas pengarna ut 2024?',
];
const PHASES = [
  { concurrency: 1, events: 40 },
  { concurrency: 10, events: 200 },
  { concurrency: 50, events: 400 },
];
const CRASH = { concurrency: 50, events: 400, killAfter: 150 };
/** Slack retries an event whose acknowledgement took longer than this. */
const SLACK_ACK_MS = 3_000;
/** How long to wait for the last answers after the load. */
const SETTLE_MS = 30_000;

const json = process.argv.includes('--json');
const check = process.argv.includes('--check');

interface Sent {
  id: string;
  channel: string;
  body: string;
  ackMs: number | null;
  /** When it was first sent (Date.now()), to time its answer. */
  sentAt: number;
}

let run = 0;
function newEvent(i: number): Sent {
  const id = `EvB${run}X${i}`;
  const channel = `D0B${run}X${i}`;
  const ts = (Date.now() / 1000).toFixed(6);
  const event = { type: 'message', channel, channel_type: 'im', user: 'U0LOAD', text: QUESTIONS[i % QUESTIONS.length], ts, event_ts: ts };
  const body = JSON.stringify({ token: 'x', team_id: TEAM_ID, api_app_id: 'A0APP', event, type: 'event_callback', event_id: id, event_time: Math.floor(Date.now() / 1000) });
  return { id, channel, body, ackMs: null, sentAt: 0 };
}

/** POST one event, signed now; resolves with the ack time, or null when the bot did not acknowledge. */
async function send(url: string, e: Sent, retryNum?: number): Promise<number | null> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...signedHeaders(e.body) };
  if (retryNum !== undefined) Object.assign(headers, { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' });
  const t = performance.now();
  try {
    const res = await fetch(url, { method: 'POST', body: e.body, headers, signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer();
    return res.status === 200 ? performance.now() - t : null;
  } catch {
    return null;
  }
}

/** Send every event with at most `concurrency` in flight; `onSent(i)` after each. */
async function load(url: () => string, events: Sent[], concurrency: number, onSent: (n: number) => Promise<void> | void = () => {}): Promise<void> {
  let next = 0;
  let sent = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < events.length) {
        const e = events[next++]!;
        e.sentAt = Date.now();
        e.ackMs = await send(url(), e);
        await onSent(++sent);
      }
    }),
  );
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

function count(slack: SlackStandIn, events: Sent[]): { answered: number; lost: string[]; doubled: string[] } {
  const per = new Map<string, number>();
  for (const c of slack.callsTo('chat.postMessage')) per.set(c.body.channel, (per.get(c.body.channel) ?? 0) + 1);
  const lost = events.filter((e) => !per.get(e.channel)).map((e) => e.id);
  const doubled = events.filter((e) => (per.get(e.channel) ?? 0) > 1).map((e) => e.id);
  return { answered: events.length - lost.length, lost, doubled };
}

async function settle(slack: SlackStandIn, events: Sent[]): Promise<void> {
  const end = Date.now() + SETTLE_MS;
  while (Date.now() < end && count(slack, events).lost.length) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 1_000)); // any late second answer
}

async function main(): Promise<void> {
  const slack = await startSlackStandIn();
  const dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-bench-'));
  let bot: HttpBotProcess | undefined;
  const results: Record<string, unknown>[] = [];
  try {
    bot = await startHttpProcess({ slack, dataDir });
    // This process's own first fetch (loading its HTTP client) is not the bot's first request.
    await fetch(bot.url.replace('/slack/events', '/health'));
    for (const phase of PHASES) {
      run++;
      const events = Array.from({ length: phase.events }, (_, i) => newEvent(i));
      const started = performance.now();
      await load(() => bot!.url, events, phase.concurrency);
      const seconds = (performance.now() - started) / 1000;
      await settle(slack, events);
      const acks = events.map((e) => e.ackMs).filter((x): x is number => x !== null);
      const c = count(slack, events);
      // From sending the event to Slack receiving the answer: the first request after start against the rest.
      const answered = new Map<string, number>();
      for (const call of slack.callsTo('chat.postMessage')) if (!answered.has(call.body.channel)) answered.set(call.body.channel, call.at);
      const answerMs = events.map((e) => (answered.get(e.channel) ?? NaN) - e.sentAt);
      results.push({ phase: `concurrency ${phase.concurrency}`, events: events.length, firstAnswerMs: answerMs[0], answerP50: quantile(answerMs.slice(1), 0.5), answerP99: quantile(answerMs.slice(1), 0.99), perSecond: Math.round(events.length / seconds), ackP50: quantile(acks, 0.5), ackP99: quantile(acks, 0.99), ackMax: Math.max(...acks), unacked: events.length - acks.length, lost: c.lost.length, doubled: c.doubled.length });
    }

    // The crash: SIGKILL part-way through, restart on the same database, Slack's retries.
    run++;
    const events = Array.from({ length: CRASH.events }, (_, i) => newEvent(i));
    let url = bot.url;
    const port = bot.port;
    let killedAt = 0;
    let restartMs = 0;
    let restarting: Promise<void> | undefined;
    await load(() => url, events, CRASH.concurrency, (n) => {
      if (n !== CRASH.killAfter) return;
      killedAt = n;
      bot!.child.kill('SIGKILL');
      const t = performance.now();
      restarting = (async () => {
        await bot!.exited;
        bot = await startHttpProcess({ slack, dataDir, port });
        url = bot.url;
        restartMs = performance.now() - t;
      })();
    });
    await restarting;
    // Slack's retries: what was never acknowledged, or acknowledged too late, is sent again.
    const retried = events.filter((e) => e.ackMs === null || e.ackMs > SLACK_ACK_MS);
    for (let n = 1; n <= 3; n++) {
      const still = retried.filter((e) => e.ackMs === null || n === 1);
      await Promise.all(still.map(async (e) => (e.ackMs = (await send(url, e, n)) ?? e.ackMs)));
    }
    await settle(slack, events);
    const c = count(slack, events);
    results.push({ phase: `SIGKILL at concurrency ${CRASH.concurrency}`, events: events.length, killedAfter: killedAt, restartMs: Math.round(restartMs), retriedBySlack: retried.length, lost: c.lost.length, doubled: c.doubled.length, lostIds: c.lost.slice(0, 10), doubledIds: c.doubled.slice(0, 10) });
  } finally {
    if (bot && bot.child.exitCode === null) await bot.stop();
    await slack.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const failed = results.some((r) => (r.lost as number) > 0 || (r.doubled as number) > 0);
  if (json) process.stdout.write(`${JSON.stringify({ results }, null, 2)}\n`);
  else {
    const ms = (x: unknown) => (typeof x === 'number' ? `${x.toFixed(1)} ms` : '');
    process.stdout.write('HTTP load (signed DM events, real bot process, stand-in Slack API)\n');
    for (const r of results) {
      const acks = 'ackP50' in r ? `ack p50 ${ms(r.ackP50)}, p99 ${ms(r.ackP99)}, max ${ms(r.ackMax)}; answer: first ${ms(r.firstAnswerMs)}, p50 ${ms(r.answerP50)}, p99 ${ms(r.answerP99)}; ${r.perSecond}/s, unacked ${r.unacked}` : `killed after ${r.killedAfter} acks, restart ${r.restartMs} ms, retried by Slack ${r.retriedBySlack}`;
      process.stdout.write(`  ${String(r.phase).padEnd(26)} ${String(r.events).padStart(4)} events  ${acks}  lost ${r.lost}, doubled ${r.doubled}\n`);
    }
  }
  if (check && failed) process.exitCode = 1;
}

await main();
