/**
 * A sum the question writes out with the sources' figures: "Vad blir 60 + 60 + 100 + 365 för
 * 2024?", "Har jag rätt att 3 + 8 + 15 mkr 2024 hör till screeningområdet?". Each term is read as
 * a budget line of the year that states it; the answer adds them up (said to be computed) and lists
 * the line each term is. A sum the sources state themselves ("250 + 250" is the regions' 500) is
 * left to the other answers, as is a term no line of one year states.
 */
import { formatAmount } from '../corpus/amounts.ts';
import type { Fact } from '../corpus/schema.ts';
import { type Composed, item } from './compose.ts';
import type { Ctx } from './context.ts';
import { matches } from './match.ts';
import { linesOf, totalOf } from './query.ts';
import { writtenTerms } from '../understand/figures.ts';
import { amountLine, t } from './words.ts';

export function writtenSum(ctx: Ctx): Composed | null {
  const [terms] = writtenTerms(ctx.q.text);
  if (!terms || terms.length < 2) return null;
  const sum = terms.reduce((n, x) => n + x, 0);
  // "250 + 250" that the sources state as one amount is answered as that amount (a year's total is said below).
  if (ctx.corpus.facts.some((f) => (f.kind === 'budget' || f.kind === 'flow') && f.amountSEK === sum && (!ctx.q.years.length || ctx.years.includes(f.year ?? -1)))) return null;
  const years = ctx.q.years.length ? ctx.years : [...ctx.years].reverse();
  for (const year of years) {
    const lines = linesFor(ctx, terms, year);
    if (lines) return composed(ctx, terms, lines, year);
  }
  return null;
}

/**
 * One budget line of the year for each term, each line used once: among lines of the same amount,
 * those the question's topic names come first. Null when a term has no line of its own.
 */
function linesFor(ctx: Ctx, terms: number[], year: number): Fact[] | null {
  const named = new Set(matches(ctx, (f) => f.kind === 'budget' && f.year === year).map((s) => s.fact.id));
  const all = linesOf(ctx.corpus, year).filter((f) => ctx.keep(f));
  const taken: Fact[] = [];
  for (const term of terms) {
    const same = all.filter((f) => f.amountSEK === term && !taken.includes(f)).sort((a, b) => Number(named.has(b.id)) - Number(named.has(a.id)));
    if (!same.length) return null;
    taken.push(same[0]!);
  }
  return taken;
}

function composed(ctx: Ctx, terms: number[], lines: Fact[], year: number): Composed {
  const sum = lines.reduce((n, f) => n + f.amountSEK!, 0);
  const millions = terms.map((x) => String(x / 1e6).replace('.', ctx.lang === 'sv' ? ',' : '.')).join(' + ');
  const total = totalOf(ctx.corpus, year);
  const isTotal = total?.amountSEK === sum;
  return {
    intent: 'amount',
    answered: true,
    facts: isTotal ? [...lines, total] : lines,
    lead: t(
      ctx,
      `${millions} blir ${formatAmount(sum, 'sv')} ${year} (uträknat), och varje belopp är en budgetrad det året:`,
      `${millions} comes to ${formatAmount(sum, 'en')} in ${year} (computed), and each amount is a budget line that year:`,
    ),
    sections: [{ items: lines.map((f) => item(amountLine(ctx, f), f)) }],
    notes: isTotal ? [t(ctx, `Det är hela överenskommelsen ${year}: ${amountLine(ctx, total)}.`, `That is the whole ${year} agreement: ${amountLine(ctx, total)}.`)] : [],
  };
}
