/**
 * trend: the largest or the smallest ("Which agreement year was the biggest?", "Vad fick mest
 * pengar 2024?", "minsta posten 2026"), or the development over the years ("utvecklingen av
 * barncancermedlen 2021 till 2024"): the facts come sorted as asked.
 */
import type { Fact } from '../../corpus/schema.ts';
import type { Composed } from '../compose.ts';
import { type Ctx, orUnknown } from '../context.ts';
import { amountOf } from '../format.ts';
import { required, superlative } from '../match.ts';
import { linesOf } from '../query.ts';
import { t } from '../words.ts';
import { perYear, withoutChange } from './compare.ts';
import { yearLines } from './lines.ts';

export function trend(asked: Ctx): Composed | null {
  const ctx = withoutChange(orUnknown(asked));
  const order = superlative(ctx);
  const bySize = (facts: Fact[]) => (order ? [...facts].sort((a, b) => order * ((b.amountSEK ?? 0) - (a.amountSEK ?? 0))) : facts);
  const years = ctx.q.years.length ? ctx.years : ctx.sourceYears;
  // "where waits are shortest": a superlative with no money, lines or years to rank is no ranking question.
  const money = ['how-much', 'how-big', 'money-figure', 'money-noun', 'money-verb', 'total-word', 'agreement-word', 'lines-word', 'increase-word'].some((s) => ctx.q.signals.has(s));
  if (!money && ctx.q.years.length < 2) return null;
  // "Vad fick mest pengar 2024?": within one year, its budget lines by size.
  if (!required(ctx) && order && ctx.q.years.length === 1 && linesOf(ctx.corpus, ctx.years[0]!).length) return yearLines(ctx, ctx.years, 'trend');
  const r = perYear(ctx, years, 'trend', bySize);
  if (!r.answered || required(ctx) || r.facts.length < 2) return r;
  const ranked = r.facts;
  const first = order ? ranked[0]! : [...ranked].sort((a, b) => b.amountSEK! - a.amountSEK!)[0]!;
  const sentence =
    order === -1
      ? t(ctx, `Minst är ${first.year} med ${amountOf(first, 'sv')}.`, `The smallest is ${first.year}, with ${amountOf(first, 'en')}.`)
      : t(ctx, `Störst är ${first.year} med ${amountOf(first, 'sv')}.`, `The largest is ${first.year}, with ${amountOf(first, 'en')}.`);
  return order ? { ...r, lead: sentence, sections: [{ title: r.lead, items: r.sections.flatMap((s) => s.items) }] } : { ...r, notes: [sentence, ...r.notes] };
}
