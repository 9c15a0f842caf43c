/**
 * Asking the real core as a test does: the answer for today 2026-11-23, checked on the way that
 * every amount its text writes is one its facts state (CONTRACT §2).
 */
import { expect } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import type { Answer } from '../../src/answer/types.ts';
import { uncitedAmounts } from '../../src/answer/format.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

const corpus = loadCorpus();

export function ask(q: string): Answer {
  const a = answer(q, { corpus, today: '2026-11-23' });
  expect(uncitedAmounts(a.text, a.facts)).toEqual([]);
  return a;
}

/** The answer's first line: its lead sentence. */
export const lead = (q: string): string => ask(q).text.split('\n')[0]!;
