/**
 * The work pool's threads run at a lower scheduling priority than the main thread (nice
 * WORK_NICE): when the cores are busy, the main thread, which acknowledges Slack, gets them
 * first, and answers and charts use what it leaves. On Linux a thread's priority is its own, so
 * the main thread keeps its priority; where the system refuses, a thread runs at the process's
 * priority and the pool says so in the log.
 */
import { getPriority, setPriority } from 'node:os';

/** How much lower than the main thread a work thread is scheduled (a nice value: 0 the same, 19 the least). */
export const WORK_NICE = 10;

/** What a work thread answers a ping with: its id, and its nice value. */
export interface Pong {
  thread: number;
  nice: number;
}

/** Lower the calling thread's priority by WORK_NICE; returns its nice value after (unchanged where the system refused). */
export function lowerPriority(): number {
  try {
    setPriority(Math.min(19, getPriority() + WORK_NICE));
  } catch {
    // refused (a restricted container, a system without thread priorities): the pool logs the nice value the thread has
  }
  try {
    return getPriority();
  } catch {
    return 0;
  }
}
