/**
 * `/cancer-totals [år | år-år]`: the agreements' yearly totals, straight from the corpus.
 *
 * - no argument: every year from the first to the last source, with its total or "ingen källa";
 * - a year ("2024"): its total, every budget line under its group, and how the money is paid out;
 * - a range ("2021-2024", "2021–2024"): the table for those years.
 * Anything else gets the usage and the years the sources cover.
 */
import { formatAmount } from '../corpus/amounts.ts';
import type { Corpus } from '../corpus/load.ts';
import type { Fact } from '../corpus/schema.ts';
import { displayUserText, escapeMrkdwn } from '../text/mrkdwn.ts';
import type { CommandHandler, CommandReply } from './types.ts';

export const TOTALS_USAGE = 'Använd: /cancer-totals [år | år-år], till exempel /cancer-totals, /cancer-totals 2024 eller /cancer-totals 2021-2024.';

/** The years with a `total` fact, ascending. */
export function yearsWithTotal(corpus: Corpus): number[] {
  return [...new Set(corpus.facts.filter((f) => f.kind === 'total' && f.year !== null).map((f) => f.year!))].sort((a, b) => a - b);
}

/** "2021, 2023, 2024 och 2026". */
export function listYears(years: number[]): string {
  return years.length <= 1 ? years.join('') : `${years.slice(0, -1).join(', ')} och ${years.at(-1)}`;
}

const totalOf = (corpus: Corpus, year: number): Fact | undefined => corpus.facts.find((f) => f.kind === 'total' && f.year === year);

/** A source's title for a fact, for "Källa:" lines. */
function sourceLine(corpus: Corpus, fact: Fact): string {
  const source = corpus.sources.find((s) => s.id === fact.sourceId);
  return `${escapeMrkdwn(source?.title ?? fact.citation.path)}, rad ${fact.citation.line}`;
}

/** One line per year from `from` to `to`: its total or that no source covers it. */
function table(corpus: Corpus, from: number, to: number): CommandReply {
  const lines: string[] = [];
  const facts: Fact[] = [];
  for (let year = from; year <= to; year++) {
    const total = totalOf(corpus, year);
    if (total) {
      facts.push(total);
      lines.push(`${year}: ${formatAmount(total.amountSEK!, 'sv')}`);
    } else {
      lines.push(`${year}: ingen källa`);
    }
  }
  const header = from === to ? `Överenskommelsens total ${from}:` : `Överenskommelsernas totaler ${from}–${to}:`;
  const sources = ['Källor:', ...facts.map((f) => `${f.year}: ${sourceLine(corpus, f)}`)].join('\n');
  const text = [header, ...lines, '', 'Skriv /cancer-totals <år> för budgetrader och hur pengarna betalas ut.'].join('\n');
  return { ok: true, text, sources, facts };
}

/** A year's total, its budget lines by group and its flows. */
function yearDetail(corpus: Corpus, year: number): CommandReply {
  const total = totalOf(corpus, year);
  if (!total) {
    const covered = yearsWithTotal(corpus);
    return { ok: true, text: `Ingen källa för ${year}; källorna täcker ${listYears(covered)}.`, facts: [] };
  }
  const budget = corpus.facts.filter((f) => f.kind === 'budget' && f.year === year);
  const flows = corpus.facts.filter((f) => f.kind === 'flow' && f.year === year);
  const out = [`Överenskommelsen ${year}: ${formatAmount(total.amountSEK!, 'sv')}.`];
  if (budget.length) {
    out.push('', `Budgetrader ${year}:`);
    const groups = new Map<string, Fact[]>();
    for (const f of budget) {
      const key = f.group?.replace(/\s+/g, ' ').trim() || 'Övrigt';
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    for (const [group, lines] of groups) {
      out.push(`${escapeMrkdwn(group)}:`);
      for (const f of lines) out.push(`  • ${escapeMrkdwn(f.label)}: ${formatAmount(f.amountSEK!, 'sv')} (rad ${f.citation.line})`);
    }
  } else {
    out.push('', `Källan för ${year} har inga budgetrader, bara totalen.`);
  }
  if (flows.length) {
    out.push('', 'Så betalas pengarna ut:');
    for (const f of flows) out.push(`  • ${escapeMrkdwn(f.label)}: ${formatAmount(f.amountSEK!, 'sv')} (rad ${f.citation.line})`);
  }
  return { ok: true, text: out.join('\n'), sources: `Källa: ${sourceLine(corpus, total)}`, facts: [total, ...budget, ...flows] };
}

function usage(corpus: Corpus, problem: string): CommandReply {
  return { ok: false, text: `${problem}\n${TOTALS_USAGE}\nKällorna täcker ${listYears(yearsWithTotal(corpus))}.`, facts: [] };
}

export const totalsCommand: CommandHandler = async (text, { corpus }) => {
  const covered = yearsWithTotal(corpus);
  const first = covered[0];
  const last = covered.at(-1);
  if (first === undefined || last === undefined) return { ok: true, text: 'Inga totaler i källorna.', facts: [] };
  const arg = text.trim().replace(/^år\s+/i, '');
  if (arg === '') return table(corpus, first, last);
  const inRange = (y: number) => y >= first && y <= last;
  const range = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(arg);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (from > to) return usage(corpus, `${from}–${to}: det första året ska komma före det andra.`);
    if (!inRange(from) || !inRange(to)) return usage(corpus, `${from}–${to} ligger utanför åren ${first}–${last} som källorna täcker.`);
    return table(corpus, from, to);
  }
  if (/^\d{4}$/.test(arg)) {
    const year = Number(arg);
    if (!inRange(year)) return usage(corpus, `Ingen källa för ${year}.`);
    return yearDetail(corpus, year);
  }
  return usage(corpus, `"${displayUserText(arg.slice(0, 40))}" är inte ett år eller ett intervall av år.`);
};
