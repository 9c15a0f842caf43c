/**
 * Where the Slack shell's heavy work is done: `Work` answers and draws, asynchronously. The bot in
 * Slack uses a pool of worker threads (pool.ts) so that its event loop only receives, verifies,
 * acknowledges, records and posts; tests and the console may do the same work in-process
 * (`inlineWork`). Both give the same results for the same job.
 */
import type { answerTurn } from '../answer/answer.ts';
import type { AnswerOptions, Language } from '../answer/types.ts';
import type { Corpus } from '../corpus/load.ts';
import { type AnswerJob, type Answered, answerJob, type DrawJob, type Drawn, drawJob } from './jobs.ts';

/** How busy the work is: jobs waiting for a thread, jobs being done, and how many may wait. */
export interface WorkLoad {
  waiting: number;
  running: number;
  limit: number;
}

export interface Work {
  /**
   * A turn at answering one event on the main thread (lanes.ts): resolves with the function that
   * gives it back. The pool keeps a few turns per thread; in-process work gives one at once.
   */
  turn(): Promise<() => void>;
  answer(job: Omit<AnswerJob, 'kind'>): Promise<Answered>;
  draw(job: Omit<DrawJob, 'kind'>): Promise<Drawn>;
  load(): WorkLoad;
  /** Finish what is under way, then stop taking work. */
  close(): Promise<void>;
}

/** The queue is full: the job was not taken. The user is told to try again in a moment, in `language` (a quick guess: the question was not read). */
export class WorkBusy extends Error {
  override name = 'WorkBusy';
  constructor(
    readonly waiting: number,
    readonly language: Language,
  ) {
    super(`${waiting} jobs are waiting for a thread, the most the queue holds`);
  }
}

/** The work done in-process, one job at a time as it comes (tests, the console); `answerWith` replaces the core (a test's failing one). */
export function inlineWork(corpus: Corpus, answerWith?: (q: string, opts: AnswerOptions) => ReturnType<typeof answerTurn>): Work {
  let running = 0;
  const counted = async <T>(f: () => T | Promise<T>): Promise<T> => {
    running++;
    try {
      return await f();
    } finally {
      running--;
    }
  };
  return {
    turn: async () => () => {},
    answer: (job) => counted(() => answerJob(corpus, { kind: 'answer', ...job }, answerWith)),
    draw: (job) => counted(() => drawJob(corpus, { kind: 'draw', ...job })),
    load: () => ({ waiting: 0, running, limit: Infinity }),
    close: async () => {},
  };
}
