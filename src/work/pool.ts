/**
 * The work pool: answering and chart drawing in worker threads (piscina), so that the main
 * thread's event loop is free to acknowledge Slack at once whatever is being answered or drawn.
 * One thread per core by default, each with the corpus, index and lexicon loaded and warmed
 * before `startWorkPool` resolves. Charts (100–300 ms each) use at most all threads but one, so
 * that questions (a few ms) are answered while charts are drawn. In front of the threads a bounded queue: a job that finds it
 * full is refused at once with `WorkBusy` (the user is asked to try again in a moment) instead of
 * waiting minutes; its length is in `load()` (GET /health) and in the log when it runs high.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { roughLanguage } from '../text/roughLanguage.ts';
import type { Answered, Drawn } from './jobs.ts';
import type { PoolTask } from './worker.ts';
import { WorkBusy, type Work, type WorkLoad } from './work.ts';

export interface WorkPoolOptions {
  /** Worker threads (default: the machine's cores). */
  threads?: number;
  /** Jobs that may wait for a thread before new ones are refused (default 1 000: a few seconds of answers). */
  queueLimit?: number;
  /** One line for the operator when the queue runs high, is full, or drains again. */
  log?: (line: string, level: 'warn' | 'info') => void;
}

export const DEFAULT_QUEUE_LIMIT = 1_000;

export async function startWorkPool({ threads = availableParallelism(), queueLimit = DEFAULT_QUEUE_LIMIT, log = () => {} }: WorkPoolOptions = {}): Promise<Work> {
  const pool = new Piscina<PoolTask, unknown>({
    filename: new URL('./thread.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Infinity,
  });
  /** Jobs handed to the pool and not yet done: waiting or running. */
  let taken = 0;
  /** Charts may use all threads but one, so that a question is never stuck behind charts; the rest wait here, in order. */
  const drawThreads = Math.max(1, threads - 1);
  let drawing = 0;
  const drawQueue: (() => void)[] = [];
  const waiting = () => pool.queueSize + drawQueue.length;
  let high = false;
  /** Jobs refused since the queue last filled (0: it is not refusing). */
  let refused = 0;
  const load = (): WorkLoad => ({ waiting: waiting(), running: taken - waiting(), limit: queueLimit });
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
  /** A turn to draw: at once while fewer than drawThreads charts are being drawn, else after the ones before. */
  const drawTurn = (): Promise<void> | void => {
    if (drawing < drawThreads) {
      drawing++;
      return;
    }
    return new Promise<void>((resolve) => drawQueue.push(resolve));
  };
  const drawDone = () => {
    const next = drawQueue.shift();
    if (next) next();
    else drawing--;
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
      const turn = drawTurn();
      watch();
      await turn;
      try {
        return (await pool.run(task)) as R;
      } finally {
        drawDone();
      }
    } finally {
      taken--;
      watch();
    }
  };
  // Every thread has loaded and warmed before the bot listens: ping until each has answered.
  const ready = new Set<number>();
  for (let round = 0; ready.size < threads && round < 50; round++) {
    for (const id of await Promise.all(Array.from({ length: threads }, () => pool.run({ kind: 'ping' }) as Promise<number>))) ready.add(id);
  }
  return {
    answer: (job) => run<Answered>({ kind: 'answer', ...job }),
    draw: (job) => run<Drawn>({ kind: 'draw', ...job }),
    load,
    close: () => pool.close(),
  };
}
