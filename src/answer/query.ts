/**
 * Corpus queries every answer, command and view shares: a year's total, its budget lines, how
 * its money is paid out, the Government's money, the years the sources cover. One place, so the
 * totals command, the Home tab and the answers never disagree.
 */
import type { Corpus } from '../corpus/load.ts';
import type { Fact } from '../corpus/schema.ts';

/** The agreement years any source covers, ascending. */
export function sourceYears(corpus: Corpus): number[] {
  return [...new Set(corpus.sources.flatMap((s) => s.years))].sort((a, b) => a - b);
}

/** The years with a `total` fact, ascending. */
export function yearsWithTotal(corpus: Corpus): number[] {
  return [...new Set(corpus.facts.filter((f) => f.kind === 'total' && f.year !== null).map((f) => f.year!))].sort((a, b) => a - b);
}

/** A year's total, if a source states one. */
export function totalOf(corpus: Corpus, year: number): Fact | undefined {
  return corpus.facts.find((f) => f.kind === 'total' && f.year === year);
}

/** A year's budget lines in the order the source lists them. */
export function linesOf(corpus: Corpus, year: number): Fact[] {
  return corpus.facts.filter((f) => f.kind === 'budget' && f.year === year);
}

/** How a year's money is paid out: the same money as its budget lines, seen by payer. */
export function flowsOf(corpus: Corpus, year: number): Fact[] {
  return corpus.facts.filter((f) => f.kind === 'flow' && f.year === year);
}

/** The payment of a budget line: a flow of its year, amount and recipient (the same money, seen by payer). */
export function paymentOf(facts: Fact[], line: Fact): Fact | undefined {
  return facts.find((x) => x.kind === 'flow' && x.year === line.year && x.amountSEK === line.amountSEK && x.owner === line.owner);
}

const yearSets = new WeakMap<number[], Set<number>>();
/** The years as a set, made once per array: filters run once per fact of the index. */
function asSet(years: number[]): Set<number> {
  let set = yearSets.get(years);
  if (!set) yearSets.set(years, (set = new Set(years)));
  return set;
}

/** Whether a fact belongs to one of the years: its own year, or a period that spans one. */
export function inYears(f: Fact, years: number[]): boolean {
  if (f.year !== null) return asSet(years).has(f.year);
  if (!f.period) return false;
  for (let y = f.period.from; y <= f.period.to; y++) if (asSet(years).has(y)) return true;
  return false;
}

/** The last year a fact speaks of: its year, or the end of its period ("per år 2024–2026"). */
export const newestYear = (f: Fact): number => f.year ?? f.period?.to ?? 0;

/** The years between the first and last source that no source covers. */
export function gapYears(years: number[]): number[] {
  const gaps: number[] = [];
  for (let y = years[0] ?? 0; y <= (years.at(-1) ?? -1); y++) if (!years.includes(y)) gaps.push(y);
  return gaps;
}
