/**
 * What one event costs the bot in CPU, thread by thread (`npm run bench:cpu`; Linux only, from
 * /proc/<pid>/task). The bot runs as an operator runs it (src/main.ts, HTTP mode, a fresh
 * DATA_DIR) with the HTTP benchmark's Slack stand-in and sender (bench/http/); after 300 events to
 * warm it, 2 000 DM events are sent at concurrency 50, and each thread's CPU time over them is
 * divided by the events. The main thread is the process's first; the work threads are among the
 * others, beside V8's own (garbage collection, compilation) and libuv's.
 * `-- --events N`, `-- --concurrency C`; `-- --bot-root DIR` measures another checkout;
 * BENCH_BOT_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof" profiles the bot's threads.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { startHttpProcess } from '../test/helpers/process.ts';
import { benchBotOptions } from './http/botOptions.ts';
import { cpuMsOf, threadsCpuOf } from './http/cpu.ts';
import { newEvents } from './http/events.ts';
import type { SendJob, Sent } from './http/sender.ts';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const EVENTS = option('--events', 2000);
const CONCURRENCY = option('--concurrency', 50);
const WARM = 300;
const botRoot = argv.includes('--bot-root') ? resolve(argv[argv.indexOf('--bot-root') + 1] ?? '.') : undefined;

if (!existsSync('/proc/self/task')) {
  process.stdout.write('bench:cpu reads /proc/<pid>/task: Linux only.\n');
  process.exit(0);
}
const standIn = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'http/standIn.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
const { apiUrl, statsUrl } = JSON.parse(await new Promise<string>((ok) => createInterface({ input: standIn.stdout! }).once('line', ok))) as { apiUrl: string; statsUrl: string };
const dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-cpu-'));
const { nodeArgs, env } = benchBotOptions();
// Every event answered, none told "busy": the queue may hold them all.
const bot = await startHttpProcess({ slack: { apiUrl }, dataDir, nodeArgs, env: { ...env, WORK_QUEUE_LIMIT: '100000' }, ...(botRoot ? { root: botRoot } : {}) });
const sender = new Worker(new URL('./http/sender.mjs', import.meta.url));
const send = (bodies: string[]) =>
  new Promise<Sent>((done) => {
    const listen = (m: { result?: Sent }) => m.result && (sender.off('message', listen), done(m.result));
    sender.on('message', listen);
    sender.postMessage({ url: bot.url, bodies, concurrency: CONCURRENCY } satisfies SendJob);
  });
/** Wait until `n` channels have their reply; how many of the replies said "busy". */
const answered = async (n: number): Promise<number> => {
  for (;;) {
    const stats = (await (await fetch(statsUrl)).json()) as { posts: Record<string, { busy: boolean }> };
    const replies = Object.values(stats.posts);
    if (replies.length >= n) return replies.filter((p) => p.busy).length;
    await new Promise((r) => setTimeout(r, 100));
  }
};
try {
  await send(newEvents(WARM, 'CW').map((e) => e.body));
  await answered(WARM);
  await fetch(`${statsUrl}reset`);
  const pid = bot.child.pid!;
  const before = threadsCpuOf(pid);
  const othersBefore = [cpuMsOf(standIn.pid), cpuMsOf(process.pid)];
  const started = Date.now();
  await send(newEvents(EVENTS, 'C').map((e) => e.body));
  const busy = await answered(EVENTS);
  const seconds = (Date.now() - started) / 1000;
  const spent = [...threadsCpuOf(pid)].map(([tid, ms]) => [tid, ms - (before.get(tid) ?? 0)] as const).filter(([, ms]) => ms > 0);
  const total = spent.reduce((a, [, ms]) => a + ms, 0);
  process.stdout.write(`${EVENTS} events at concurrency ${CONCURRENCY}: ${Math.round(EVENTS / seconds)} answers/s, CPU ${(total / EVENTS).toFixed(2)} ms an event${busy ? `; ${busy} told "busy" (WORK_QUEUE_LIMIT): not comparable` : ''}\n`);
  const [standInMs = 0, selfMs = 0] = [cpuMsOf(standIn.pid), cpuMsOf(process.pid)].map((ms, i) => (ms ?? 0) - (othersBefore[i] ?? 0));
  process.stdout.write(`  beside it: the Slack stand-in ${(standInMs / EVENTS).toFixed(2)} ms an event, the sender and this process ${(selfMs / EVENTS).toFixed(2)} ms\n`);
  for (const [tid, ms] of spent.sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${tid === String(pid) ? 'main thread' : `thread ${tid}`}`.padEnd(16) + `${(ms / EVENTS).toFixed(2)} ms an event\n`);
} finally {
  await bot.stop();
  await sender.terminate();
  standIn.stdin!.end();
  rmSync(dataDir, { recursive: true, force: true });
}
