/**
 * The expectations a question set states for an answer (the shape the team's scorer reads:
 * answered, language, top, anyFact, count, allFacts, noAmountForYear, textAll, textAny, textNone),
 * checked against an answer. Returns what does not hold, empty when all does.
 */
import type { Answer } from '../../src/answer/types.ts';
import type { Fact } from '../../src/corpus/schema.ts';

export interface Match {
  kind?: string | string[];
  year?: number;
  amountSEK?: number;
  owner?: string;
  labelIncludes?: string | string[];
  quoteIncludes?: string | string[];
  dateGte?: string;
}

export interface Expectations {
  answered?: boolean;
  language?: 'sv' | 'en';
  top?: Match;
  anyFact?: Match[];
  count?: { match: Match; min?: number; max?: number };
  allFacts?: Match;
  noAmountForYear?: number;
  textAll?: string[];
  textAny?: string[];
  textNone?: string[];
}

export interface Case {
  id: string;
  q: string;
  today?: string;
  expect?: Expectations;
}

const lc = (s: unknown) => String(s ?? '').toLowerCase();

export function matches(f: Fact | undefined, m: Match, today: string): boolean {
  if (!f) return false;
  if (m.kind !== undefined && ![m.kind].flat().includes(f.kind)) return false;
  if (m.year !== undefined && f.year !== m.year) return false;
  if (m.amountSEK !== undefined && f.amountSEK !== m.amountSEK) return false;
  if (m.owner !== undefined && f.owner !== m.owner) return false;
  const hay = `${lc(f.label)} ${lc(f.citation.quote)}`;
  if (m.labelIncludes !== undefined && ![m.labelIncludes].flat().some((s) => hay.includes(lc(s)))) return false;
  const quote = lc(f.citation.quote).replace(/\s+/g, ' ');
  if (m.quoteIncludes !== undefined && ![m.quoteIncludes].flat().some((s) => quote.includes(lc(s)))) return false;
  const gte = m.dateGte === 'today' ? today : m.dateGte;
  if (gte !== undefined && !(f.date && f.date >= gte)) return false;
  return true;
}

/** What of `e` the answer does not meet. */
export function unmet(a: Answer, e: Expectations, today: string): string[] {
  const why: string[] = [];
  if (e.answered !== undefined && a.answered !== e.answered) why.push(`answered=${a.answered}`);
  if (e.language && a.language !== e.language) why.push(`language=${a.language}`);
  if (e.top && !matches(a.facts[0], e.top, today)) why.push(`first fact is ${a.facts[0]?.id}`);
  for (const m of e.anyFact ?? []) if (!a.facts.some((f) => matches(f, m, today))) why.push(`no fact matches ${JSON.stringify(m)}`);
  if (e.count) {
    const n = a.facts.filter((f) => matches(f, e.count!.match, today)).length;
    if (n < (e.count.min ?? 0) || n > (e.count.max ?? Infinity)) why.push(`${n} facts match ${JSON.stringify(e.count.match)}`);
  }
  if (e.allFacts && !a.facts.every((f) => matches(f, e.allFacts!, today))) why.push(`not every fact matches ${JSON.stringify(e.allFacts)}`);
  if (e.noAmountForYear !== undefined && a.facts.some((f) => f.year === e.noAmountForYear && f.amountSEK !== null)) why.push(`states an amount for ${e.noAmountForYear}`);
  const text = lc(a.text);
  for (const s of e.textAll ?? []) if (!text.includes(lc(s))) why.push(`text lacks «${s}»`);
  if (e.textAny && !e.textAny.some((s) => text.includes(lc(s)))) why.push(`text has none of ${JSON.stringify(e.textAny)}`);
  for (const s of e.textNone ?? []) if (text.includes(lc(s))) why.push(`text contains «${s}»`);
  return why;
}
