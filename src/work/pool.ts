/**
 * The work pool: answering and chart drawing in worker threads (piscina), so that the main
 * thread's event loop is free to acknowledge Slack at once whatever is being answered or drawn.
 * One thread per core by default, each with the corpus, index and lexicon loaded and warmed
 * before `startWorkPool` resolves, and each at a lower priority than the main thread (worker.ts),
 * so that a busy machine still runs the main thread's acknowledgements first.
 * - Charts (100–300 ms each) use at most all threads but one, so that questions (a few ms) are
 *   answered while charts are drawn.
 * - A few events at a time are answered on the main thread; the rest wait their turn (lanes.ts),
 *   so that acknowledgements never wait behind a burst of answers being posted.
 * - In front of the threads a bounded queue (events waiting for a turn count in it): a job that
 *   finds it full is refused at once with `WorkBusy` (the user is asked to try again in a moment)
 *   instead of waiting minutes; its length is in `load()` (GET /health) and in the log when it
 *   runs high.
 */
import { availableParallelism, getPriority } from 'node:os';
import { Piscina } from 'piscina';
import { roughLanguage } from '../text/roughLanguage.ts';
import type { Answered, Drawn } from './jobs.ts';
import type { Pong } from './priority.ts';
import type { PoolTask } from './worker.ts';
import { lanes } from './lanes.ts';
import { WorkBusy, type Work, type WorkLoad } from './work.ts';

export interface WorkPoolOptions {
  /** Worker threads (default: the machine's cores). */
  threads?: number;
  /** Jobs that may wait for a thread before new ones are refused (default 1 000: a few seconds of answers). */
  queueLimit?: number;
  /** Events answered at once on the main thread (default: TURNS_PER_THREAD per thread). */
  turns?: number;
  /** One line for the operator when the queue runs high, is full, or drains again. */
  log?: (line: string, level: 'warn' | 'info') => void;
}

export const DEFAULT_QUEUE_LIMIT = 1_000;
/** Events answered at once on the main thread, per worker thread: enough to keep the threads busy, few enough that acknowledgements never wait long behind them (lanes.ts). */
export const TURNS_PER_THREAD = 6;

export async function startWorkPool({ threads = availableParallelism(), queueLimit = DEFAULT_QUEUE_LIMIT, turns: turnCount = threads * TURNS_PER_THREAD, log = () => {} }: WorkPoolOptions = {}): Promise<Work> {
  const pool = new Piscina<PoolTask, unknown>({
    filename: new URL('./thread.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Infinity,
  });
  /** Jobs handed to the pool and not yet done: waiting or running. */
  let taken = 0;
  /** Charts may use all threads but one, so that a question is never stuck behind charts; the rest wait here, in order. */
  const draws = lanes(Math.max(1, threads - 1));
  /** Events waiting for a turn on the main thread (lanes.ts) count as waiting work: the queue's limit holds for them too. */
  const turns = lanes(turnCount, () => waiting() >= queueLimit);
  const queued = () => pool.queueSize + draws.waiting();
  const waiting = () => queued() + turns.waiting();
  let high = false;
  /** Jobs refused since the queue last filled (0: it is not refusing). */
  let refused = 0;
  const load = (): WorkLoad => ({ waiting: waiting(), running: taken - queued(), limit: queueLimit });
  const watch = () => {
    const now = waiting();
    if (!high && now >= queueLimit / 2) {
      high = true;
      log(`work queue: ${now} waiting for ${threads} thread(s) (limit ${queueLimit})`, 'warn');
    } else if (high && now === 0) {
      high = false;
      log(`work queue: empty again${refused ? `; ${refused} question(s) and chart(s) were refused while it was full` : ''}`, 'info');
      refused = 0;
    }
  };
  const run = async <R>(task: PoolTask): Promise<R> => {
    if (waiting() >= queueLimit) {
      if (refused++ === 0) log(`work queue full (${waiting()} waiting): new questions are refused, their askers told to try again, until it drains`, 'warn');
      throw new WorkBusy(waiting(), task.kind === 'answer' ? roughLanguage(task.question) : task.kind === 'draw' ? task.language : 'sv');
    }
    taken++;
    try {
      if (task.kind !== 'draw') {
        const done = pool.run(task) as Promise<R>;
        watch();
        return await done;
      }
      const turn = draws.enter();
      watch();
      const done = await turn;
      try {
        return (await pool.run(task)) as R;
      } finally {
        done();
      }
    } finally {
      taken--;
      watch();
    }
  };
  // Every thread has loaded and warmed before the bot listens: ping until each has answered.
  const ready = new Map<number, number>();
  for (let round = 0; ready.size < threads && round < 50; round++) {
    for (const pong of await Promise.all(Array.from({ length: threads }, () => pool.run({ kind: 'ping' }) as Promise<Pong>))) ready.set(pong.thread, pong.nice);
  }
  const own = getPriority();
  if ([...ready.values()].some((nice) => nice <= own)) log(`work threads: the system did not lower their priority below the main thread's (nice ${own}); a busy machine may delay acknowledgements`, 'warn');
  return {
    turn: () => turns.enter(),
    answer: (job) => run<Answered>({ kind: 'answer', ...job }),
    draw: (job) => run<Drawn>({ kind: 'draw', ...job }),
    load,
    close: () => pool.close(),
  };
}
