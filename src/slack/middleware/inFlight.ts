/**
 * Work still under way when the bot is asked to stop. Slack was told at once that a request
 * arrived, and its event id is already recorded, so an answer cut off by a restart would never be
 * sent: stopping waits for the work in flight (up to a limit) before the database closes.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

export interface InFlight {
  /** Global middleware that counts each request's work until its listeners are done. */
  middleware: Middleware<AnyMiddlewareArgs>;
  /** Counts `work` (an event's answering, begun outside Bolt's middleware) as in flight until it settles. */
  track(work: Promise<void>): Promise<void>;
  /** How many requests are being worked on. */
  size(): number;
  /** Resolves when nothing is in flight, or after `ms`; true when everything finished. */
  settled(ms: number): Promise<boolean>;
}

export function trackInFlight(): InFlight {
  const running = new Set<Promise<void>>();
  const track = async (work: Promise<void>): Promise<void> => {
    running.add(work);
    try {
      await work;
    } finally {
      running.delete(work);
    }
  };
  return {
    middleware: ({ next }) => track(next()),
    track,
    size: () => running.size,
    async settled(ms) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
      const done = Promise.allSettled([...running]).then(() => true);
      try {
        return await Promise.race([done, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
