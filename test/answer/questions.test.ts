/**
 * 523 questions written as staff write them — sloppy, long, mixed Swedish and English — by people
 * who did not see the code (test/fixtures/questions.jsonl). Every one must be answered without a
 * fault: no throw, every citation holding, no amount written that its facts do not state, and
 * nothing removed by the guard (composers never write such an amount). Those with expectations
 * were answered right when they were pinned, and must stay so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { uncitedAmounts } from '../../src/answer/format.ts';
import { ROOT, checkFact, loadCorpus } from '../../src/corpus/load.ts';
import { type Case, unmet } from '../helpers/expectations.ts';

const corpus = loadCorpus();
const cases: Case[] = readFileSync(join(ROOT, 'test', 'fixtures', 'questions.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);

describe('questions as staff ask them', () => {
  it('are answered without a fault: citations hold, amounts are the facts\', the guard removes nothing', () => {
    for (const c of cases) {
      const a = answer(c.q, { corpus, today: c.today ?? '2026-11-23' });
      expect(a.understood.guarded, c.id).toBe(0);
      expect(uncitedAmounts(a.text, a.facts), c.id).toEqual([]);
      for (const f of a.facts) expect(checkFact(f, corpus.texts), c.id).toBeNull();
      expect(['sv', 'en']).toContain(a.language);
      expect(a.text.trim().length, c.id).toBeGreaterThan(0);
    }
  });

  it('never says "no figure" for a topic and year whose figure the same answer gives first', () => {
    for (const c of cases) {
      const a = answer(c.q, { corpus, today: c.today ?? '2026-11-23' });
      if (!a.answered || a.facts[0]?.amountSEK == null) continue;
      const year = a.facts[0].year;
      const note = a.text.match(/(?:anger inget belopp för|give no figure for) ([^.]*)/u)?.[1] ?? '';
      if (year !== null) expect(note.includes(String(year)), `${c.id}: ${a.text}`).toBe(false);
    }
  });

  const pinned = cases.filter((c) => c.expect);
  it.each(pinned.map((c) => [c.id, c.q.slice(0, 90), c] as const))('%s: %s', (_id, _q, c) => {
    const today = c.today ?? '2026-11-23';
    expect(unmet(answer(c.q, { corpus, today }), c.expect!, today)).toEqual([]);
  });
});
