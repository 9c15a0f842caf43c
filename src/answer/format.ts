/**
 * Writing facts into answer text: amounts (only ever from a fact's amountSEK), citations, years,
 * and the check that every amount in a text is one the answer's facts state (CONTRACT §2).
 */
import { basename } from 'node:path';
import { findAmounts, formatAmount } from '../corpus/amounts.ts';
import type { Fact } from '../corpus/schema.ts';
import type { Language } from './types.ts';

export const amountOf = (f: Fact, lang: Language): string => formatAmount(f.amountSEK!, lang);

/** "(2024-rcc-overenskommelsen.txt, rad 224)" */
export function cite(f: Fact, lang: Language): string {
  return `(${basename(f.citation.path)}, ${lang === 'sv' ? 'rad' : 'line'} ${f.citation.line})`;
}

/** "2021, 2023, 2024 och 2026" */
export function listWords(items: (string | number)[], lang: Language): string {
  const s = items.map(String);
  if (s.length <= 1) return s.join('');
  return `${s.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${s[s.length - 1]}`;
}

/** A label shortened for lists, cut at a word. */
export function short(text: string, max = 140): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/**
 * Amounts written in a text that no fact of the answer states (nor the sum of one year's listed
 * facts, nor the difference of two listed facts of one kind). Read the way the contract's checker reads them: "80 miljoner kronor", "SEK 80 million",
 * "500 000 000 kronor".
 */
export function uncitedAmounts(text: string, facts: Fact[]): number[] {
  return uncitedIn(text, allowedAmounts(facts));
}

/** The amounts an answer with these facts may write: each fact's, a year's sum, a difference of two of one kind. */
export function allowedAmounts(facts: Fact[]): Set<number> {
  const allowed = new Set(facts.map((f) => f.amountSEK).filter((x): x is number => x !== null));
  const sums = new Map<string, number>();
  for (const f of facts) {
    if (f.amountSEK === null) continue;
    // (And what one payer pays out that year: the sum of its payments.)
    for (const key of [`${f.year}`, `${f.year}|${f.kind}`, ...(f.kind === 'flow' && f.payer ? [`${f.year}|flow|${f.payer}`] : [])]) sums.set(key, (sums.get(key) ?? 0) + f.amountSEK);
  }
  for (const v of sums.values()) allowed.add(v);
  // A comparison may state the difference between two listed facts of the same kind, said to be computed (CONTRACT §2).
  const amounts = facts.filter((f) => f.amountSEK !== null).slice(0, 60);
  for (let i = 0; i < amounts.length; i++) for (let j = i + 1; j < amounts.length; j++) if (amounts[i]!.kind === amounts[j]!.kind) allowed.add(Math.abs(amounts[i]!.amountSEK! - amounts[j]!.amountSEK!));
  return allowed;
}

/** The amounts written in `text` that are not among `allowed`. */
export function uncitedIn(text: string, allowed: ReadonlySet<number>): number[] {
  // An amount has a unit word, or groups of three digits ("500 000 000 kronor"): most lines have neither.
  if (!/\d/.test(text) || !/milj|mkr|mnkr|mdkr|msek|kronor|sek|million|billion|\d{1,3}[ \u00a0\u202f]\d{3}/iu.test(text)) return [];
  const written = [
    ...findAmounts(text.replace(/\u00a0|\u202f/g, ' ')).filter((a) => /\d/.test(a.raw)).map((a) => a.value),
    ...[...text.matchAll(/SEK\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(million|billion)/giu)].map((m) =>
      Math.round((Number(m[1]!.replace(/,/g, '')) + (m[2] ? Number(`0.${m[2]}`) : 0)) * (/billion/i.test(m[3]!) ? 1e9 : 1e6)),
    ),
  ];
  return written.filter((x) => !allowed.has(x));
}
