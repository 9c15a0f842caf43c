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
import type { Fact } from '../../src/corpus/schema.ts';

const corpus = loadCorpus();
const TODAY = '2026-11-23';

interface Match { kind?: string; year?: number; amountSEK?: number; owner?: string; labelIncludes?: string | string[]; quoteIncludes?: string; dateGte?: string }
interface Case { id: string; q: string; expect: Record<string, unknown> }

const lc = (s: unknown) => String(s ?? '').toLowerCase();
function matches(f: Fact | undefined, m: Match): boolean {
  if (!f) return false;
  if (m.kind !== undefined && f.kind !== m.kind) return false;
  if (m.year !== undefined && f.year !== m.year) return false;
  if (m.amountSEK !== undefined && f.amountSEK !== m.amountSEK) return false;
  if (m.owner !== undefined && f.owner !== m.owner) return false;
  const hay = `${lc(f.label)} ${lc(f.citation.quote)}`;
  if (m.labelIncludes !== undefined && ![m.labelIncludes].flat().some((s) => hay.includes(lc(s)))) return false;
  if (m.quoteIncludes !== undefined && !lc(f.citation.quote).includes(lc(m.quoteIncludes))) return false;
  if (m.dateGte !== undefined && !(f.date && f.date >= m.dateGte)) return false;
  return true;
}

const file = join(ROOT, 'test', 'fixtures', 'dev-questions.jsonl');
const cases: Case[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);

describe('the development questions', () => {
  it.each(cases.map((c) => [c.id, c.q, c] as const))('%s: %s', (_id, q, c) => {
    const a = answer(q, { corpus, today: TODAY });
    const e = c.expect as Record<string, any>;
    if (e.answered !== undefined) expect(a.answered).toBe(e.answered);
    if (e.language) expect(a.language).toBe(e.language);
    if (e.top) expect(matches(a.facts[0], e.top), JSON.stringify(a.facts[0]?.label)).toBe(true);
    for (const m of e.anyFact ?? []) expect(a.facts.some((f) => matches(f, m)), JSON.stringify(m)).toBe(true);
    if (e.count) expect(a.facts.filter((f) => matches(f, e.count.match)).length).toBeGreaterThanOrEqual(e.count.min ?? 0);
    if (e.allFacts) expect(a.facts.every((f) => matches(f, { ...e.allFacts, dateGte: TODAY }))).toBe(true);
    if (e.noAmountForYear) expect(a.facts.filter((f) => f.year === e.noAmountForYear && f.amountSEK !== null)).toEqual([]);
    for (const s of e.textAll ?? []) expect(lc(a.text)).toContain(lc(s));
    if (e.textAny) expect(e.textAny.some((s: string) => lc(a.text).includes(lc(s)))).toBe(true);
    for (const s of e.textNone ?? []) expect(lc(a.text)).not.toContain(lc(s));
    // The invariants: every citation holds, every amount written is one the facts state.
    for (const f of a.facts) expect(checkFact(f, corpus.texts)).toBeNull();
    expect(uncitedAmounts(a.text, a.facts)).toEqual([]);
  });
});
