/**
 * The development questions (a copy of the team's shared set, test/fixtures/dev-questions.jsonl):
 * each must pass the same expectations the shared scorer applies, through the pure answering core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { uncitedAmounts } from '../../src/answer/format.ts';
import { ROOT, checkFact, loadCorpus } from '../../src/corpus/load.ts';
import { type Case, unmet } from '../helpers/expectations.ts';

const corpus = loadCorpus();
const TODAY = '2026-11-23';
const cases: Case[] = readFileSync(join(ROOT, 'test', 'fixtures', 'dev-questions.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);

describe('the development questions', () => {
  it.each(cases.map((c) => [c.id, c.q, c] as const))('%s: %s', (_id, q, c) => {
    const today = c.today ?? TODAY;
    const a = answer(q, { corpus, today });
    expect(unmet(a, c.expect ?? {}, today)).toEqual([]);
    // The invariants: every citation holds, every amount written is one the facts state.
    for (const f of a.facts) expect(checkFact(f, corpus.texts)).toBeNull();
    expect(uncitedAmounts(a.text, a.facts)).toEqual([]);
  });
});
