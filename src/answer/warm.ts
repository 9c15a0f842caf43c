/**
 * Build everything answering needs before the bot takes its first request: the vocabulary and its
 * index, the index of each year's facts, the lexicon's phrase tables, and the Unicode tables the
 * text analysis first needs for a character outside Latin-1. Without this the first questions pay
 * for it (a second or more on a busy machine) while Slack waits for their acks.
 */
import type { Corpus } from '../corpus/load.ts';
import { vocabularyOf, wordsOfYears } from '../understand/vocabulary.ts';
import { answer } from './answer.ts';
import type { Answer } from './types.ts';

/** Questions that go through every stage once: Swedish, English, a year, a comparison, emoji and other scripts. */
const WARM_QUESTIONS = [
  'Hur mycket gick till barncancer 2024?',
  'which tasks does RCC i samverkan own in 2024',
  'jämför totalen 2021 och 2024',
  'vad löper ut i år? 😀 Привет ΑΒΓ 中文 ﬁ',
];

/**
 * Returns how long the warming took, in milliseconds. `render`, when given, is run on each answer
 * too: a shell's own first-time work (Block Kit rendering) is done before the first request as well.
 */
export function warmUp(corpus: Corpus, today: string, render?: (a: Answer) => unknown): number {
  const started = performance.now();
  const v = vocabularyOf(corpus);
  for (const year of v.sourceYears) wordsOfYears(v, [year]);
  for (const q of WARM_QUESTIONS) render?.(answer(q, { corpus, today }));
  return performance.now() - started;
}
