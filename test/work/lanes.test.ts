/** Turns at answering on the main thread: at most a few at once, the rest in the order they came. */
import { describe, expect, it } from 'vitest';
import { lanes } from '../../src/work/lanes.ts';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('turns at answering', () => {
  it('gives at most `size` turns at once and the rest in the order they were asked for', async () => {
    const turns = lanes(2);
    const order: number[] = [];
    const leaves: (() => void)[] = [];
    const asked = [1, 2, 3, 4, 5].map((n) => turns.enter().then((leave) => (order.push(n), leaves.push(leave))));
    await tick();
    expect(order).toEqual([1, 2]);
    expect(turns.waiting()).toBe(3);
    leaves[1]!();
    await tick();
    expect(order).toEqual([1, 2, 3]);
    leaves[0]!();
    leaves[0]!(); // given back twice: the second time changes nothing
    await tick();
    expect(order).toEqual([1, 2, 3, 4]);
    expect(turns.waiting()).toBe(1);
    leaves[2]!();
    await Promise.all(asked);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(turns.waiting()).toBe(0);
    // Every turn given back: the next two are given at once again, and a third waits.
    leaves[3]!();
    leaves[4]!();
    const again = [turns.enter(), turns.enter()];
    await Promise.all(again);
    let third = false;
    void turns.enter().then(() => (third = true));
    await tick();
    expect(third).toBe(false);
  });

  it('lets an event through at once when the work is full, so that it is refused rather than kept waiting', async () => {
    let full = false;
    const turns = lanes(1, () => full);
    await turns.enter();
    let second = false;
    void turns.enter().then(() => (second = true));
    full = true;
    let third = false;
    void turns.enter().then(() => (third = true));
    await tick();
    expect([second, third]).toEqual([false, true]);
    expect(turns.waiting()).toBe(1);
  });
});
