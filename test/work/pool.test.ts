/**
 * The work pool: answers and charts computed in worker threads give what the in-process core
 * gives, the main thread's event loop keeps turning while a thread is busy, and the queue in front
 * of the threads is bounded.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkPool } from '../../src/work/pool.ts';
import { WORK_NICE } from '../../src/work/priority.ts';
import { inlineWork, type Work, WorkBusy } from '../../src/work/work.ts';
import { realCorpus } from '../helpers/bot.ts';

const TODAY = '2026-03-02';
const job = (question: string) => ({ question, today: TODAY, taught: [], render: { as: 'message' as const } });
/** Small talk of Slack's 40 000 characters with the question last: the slowest kind of message to read. */
const LONG = `${'Hej, jag undrar lite över hur det här hänger ihop med allt annat vi gör. '.repeat(540)}Hur mycket gick till barncancer 2024?`.slice(-40_000);

let pool: Work;
const inline = inlineWork(realCorpus());
beforeAll(async () => {
  pool = await startWorkPool({ threads: 2 });
}, 60_000);
afterAll(() => pool.close());

/** How many turns the main thread's event loop made while `work` ran. */
async function turnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let done = false;
  const spin = () => {
    if (done) return;
    turns++;
    setImmediate(spin);
  };
  setImmediate(spin);
  await work();
  done = true;
  return turns;
}

describe('the work pool', () => {
  it('answers as the in-process core does, rendered, with the question as read', async () => {
    for (const q of ['Hur mycket gick till barncancer 2024?', 'which tasks does RCC i samverkan own in 2024', 'vad är nytt 2026?', 'visa ett diagram över totalerna']) {
      const [threaded, here] = await Promise.all([pool.answer({ ...job(q), render: { as: 'message', chartIfAsked: true } }), inline.answer({ ...job(q), render: { as: 'message', chartIfAsked: true } })]);
      expect(threaded.message).toEqual(here.message);
      expect(threaded.read).toBe(here.read);
      expect(threaded.chart).toEqual(here.chart);
      expect(threaded.answer.facts.map((f) => f.id)).toEqual(here.answer.facts.map((f) => f.id));
    }
    expect((await pool.answer(job('Hur mycket gick till barncancer 2024?'))).message!.text).toContain('80 miljoner kronor');
  });

  it('draws the chart the in-process renderer draws, and says why when the facts cannot draw it', async () => {
    const [threaded, here] = await Promise.all([pool.draw({ request: { kind: 'lines', year: 2024 }, language: 'sv' }), inline.draw({ request: { kind: 'lines', year: 2024 }, language: 'sv' })]);
    expect(threaded.ok && here.ok).toBe(true);
    if (threaded.ok && here.ok) {
      expect(Buffer.from(threaded.png).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(Buffer.from(threaded.png).equals(Buffer.from(here.png))).toBe(true);
      expect(threaded.alt).toBe(here.alt);
    }
    const none = await pool.draw({ request: { kind: 'lines', year: 1999 }, language: 'en' });
    expect(none.ok).toBe(false);
  });

  it('keeps the main thread free while a thread answers 40 000-character messages; in-process work blocks it', async () => {
    const many = () => Promise.all(Array.from({ length: 6 }, () => pool.answer(job(LONG))));
    const threadedTurns = await turnsDuring(many);
    const inlineTurns = await turnsDuring(() => inline.answer(job(LONG)).then(() => inline.answer(job(LONG))));
    // In-process, the answer is computed before the event loop can turn; off the main thread it turns on and on.
    expect(inlineTurns).toBeLessThanOrEqual(2);
    expect(threadedTurns).toBeGreaterThan(50);
    expect((await pool.answer(job(LONG))).message!.text).toContain('80 miljoner kronor');
  });
});

/** The nice value of each thread of this process (Linux: /proc/self/task/<tid>/stat, field 19). */
function niceOfThreads(): number[] {
  return readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

describe('the threads\' priority', () => {
  it.runIf(existsSync('/proc/self/task'))('runs its threads below the thread that started them, which keeps its own priority (Linux)', () => {
    const own = getPriority();
    const nice = niceOfThreads();
    expect(nice.filter((n) => n === Math.min(19, own + WORK_NICE)).length).toBeGreaterThanOrEqual(2);
    expect(nice).toContain(own);
    expect(getPriority()).toBe(own);
  });
});

describe('charts and questions together', () => {
  it('answers a question asked while charts are drawn before any of the charts is done: charts never hold every thread', async () => {
    const finished: string[] = [];
    const charts = Array.from({ length: 4 }, (_, i) => pool.draw({ request: { kind: 'lines', year: 2024 }, language: i % 2 ? 'en' : 'sv' }).then(() => finished.push(`chart ${i}`)));
    await new Promise((r) => setTimeout(r, 5));
    const question = pool.answer(job('Hur mycket gick till barncancer 2024?')).then(() => finished.push('question'));
    await Promise.all([...charts, question]);
    expect(finished[0]).toBe('question');
    expect(finished).toHaveLength(5);
  }, 60_000);
});

describe('the queue in front of the threads', () => {
  it('refuses work beyond its limit at once, counts what waits and runs, and is empty again after', async () => {
    const small = await startWorkPool({ threads: 1, queueLimit: 2 });
    try {
      const jobs = Array.from({ length: 6 }, () => small.answer(job(LONG)).then(() => 'answered', (e: unknown) => (e instanceof WorkBusy ? 'busy' : `failed: ${String(e)}`)));
      const during = small.load();
      expect(during).toEqual({ waiting: 2, running: 1, limit: 2 });
      const outcomes = await Promise.all(jobs);
      expect(outcomes).toEqual(['answered', 'answered', 'answered', 'busy', 'busy', 'busy']);
      expect(small.load()).toEqual({ waiting: 0, running: 0, limit: 2 });
    } finally {
      await small.close();
    }
  }, 60_000);
});
