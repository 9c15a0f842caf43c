/**
 * Questions in one conversation are answered in the order they came. Answers are computed in
 * parallel threads now, and a short question can finish before a long one asked just before it;
 * and a follow-up must be read after the question before it was kept. Each conversation (a
 * channel, or a thread in it) has a queue of its own; conversations do not wait for each other.
 */
const tails = new Map<string, Promise<void>>();

/** Run `work` after every earlier work of `key` has finished (whether it succeeded or not). */
export async function inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = tails.get(key);
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  const tail = before ? before.then(() => mine) : mine;
  tails.set(key, tail);
  try {
    await before;
    return await work();
  } finally {
    done();
    if (tails.get(key) === tail) tails.delete(key);
  }
}
