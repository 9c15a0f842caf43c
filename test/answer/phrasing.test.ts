/**
 * Rules that make the bot right on phrasings no fixture names: each test states a rule (word
 * boundaries over Swedish letters, question words, synonyms, intent order, ranking) and checks it
 * with wordings of its own.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { uncitedAmounts } from '../../src/answer/format.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { unicodeWords } from '../../src/text/analyze.ts';

const corpus = loadCorpus();
const ask = (q: string, today = '2026-11-23') => {
  const a = answer(q, { corpus, today });
  expect(uncitedAmounts(a.text, a.facts)).toEqual([]);
  return a;
};
const MSEK = 1_000_000;

describe('word rules read Swedish letters as letters', () => {
  it('matches whole words that start or end with å, ä or ö, and never inside another word', () => {
    expect(unicodeWords(/\bårets\b/u).test('vad gäller årets avtal')).toBe(true);
    expect(unicodeWords(/\bäger\b/u).test('vad säger källan')).toBe(false);
    expect(unicodeWords(/\bäger\b/u).test('vem äger frågan')).toBe(true);
  });

  it('reads "årets" as the year of today', () => {
    expect(ask('Hur mycket omfattar årets avtal?', '2023-09-10').facts[0]).toMatchObject({ kind: 'total', year: 2023, amountSEK: 556 * MSEK });
  });

  it('does not take "säger" for "äger" (who owns)', () => {
    expect(ask('Vad säger texten om kliniska studier?').intent).not.toBe('responsible');
  });

  it('reads a year written together with a word', () => {
    expect(ask('radiologin2024').facts[0]).toMatchObject({ year: 2024, amountSEK: 60 * MSEK });
  });
});
