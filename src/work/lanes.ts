/**
 * Turns: at most `size` at once, the rest in the order they asked. The pool uses them for chart
 * drawing (all threads but one) and for answering on the main thread, where they matter most.
 *
 * Turns at answering on the main thread: Slack is acknowledged as soon as an event is recorded;
 * what follows (Bolt's listeners, handing the question to a thread, posting the answer, recording
 * it) is main-thread work too, and a burst of it between two acknowledgements makes the second
 * wait. So at most `size` events are answered at once, and the rest wait their turn,
 * acknowledged and recorded already (a crash loses none: exactlyOnce.ts answers them
 * after the restart).
 *
 * When `full()` says the work's queue is at its limit, a new event does not wait: it gets a turn
 * at once, and the work refuses its question as busy (the asker is told to try again).
 */
export interface Lanes {
  /** A turn: resolves with the function that gives it back (the first call does; later ones do nothing). */
  enter(): Promise<() => void>;
  /** Events waiting for a turn. */
  waiting(): number;
}

export function lanes(size: number, full: () => boolean = () => false): Lanes {
  let taken = 0;
  const queue: (() => void)[] = [];
  const turn = (): (() => void) => {
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = queue.shift();
      if (next) next();
      else taken--;
    };
  };
  return {
    enter() {
      if (taken < size) {
        taken++;
        return Promise.resolve(turn());
      }
      if (full()) return Promise.resolve(() => {});
      return new Promise((resolve) => queue.push(() => resolve(turn())));
    },
    waiting: () => queue.length,
  };
}
