/**
 * trend: the largest or the smallest ("Which agreement year was the biggest?", "Vad fick mest
 * pengar 2024?", "minsta posten 2026"), or the development over the years ("utvecklingen av
 * barncancermedlen 2021 till 2024"): the facts come sorted as asked.
 */
import type { Fact } from '../../corpus/schema.ts';
import type { Composed } from '../compose.ts';
import { type Ctx, orUnknown } from '../context.ts';
import { amountOf } from '../format.ts';
import { groupLines } from '../groups.ts';
import { asksMoney, matches, required, superlative } from '../match.ts';
import { inYears, linesOf } from '../query.ts';
import { t } from '../words.ts';
import { eachTopic } from './amount.ts';
import { perYear, withoutChange } from './compare.ts';
import { leadingLine, yearLines } from './lines.ts';

export function trend(asked: Ctx): Composed | null {
  const ctx = withoutChange(orUnknown(asked));
  const order = superlative(ctx);
  const bySize = (facts: Fact[]) => (order ? [...facts].sort((a, b) => order * ((b.amountSEK ?? 0) - (a.amountSEK ?? 0))) : facts);
  const years = ctx.q.years.length ? ctx.years : ctx.sourceYears;
  // "Vad fick mest pengar 2024?", "minsta delen 2026?": within one year, its budget lines by size;
  // "rank the 2024 sjukvårdsregionala lines": the lines of the topic by size.
  if (order && ctx.q.years.length === 1 && linesOf(ctx.corpus, ctx.years[0]!).length) {
    if (!required(ctx)) return leadingLine(ctx, yearLines(ctx, ctx.years, 'trend'), order);
    const group = groupLines(ctx);
    if (group) return { ...group.answer, intent: 'trend', facts: bySize(group.answer.facts), sections: group.answer.sections.map((s) => ({ ...s, items: [...s.items].sort((a, b) => order * ((b.facts[0]?.amountSEK ?? 0) - (a.facts[0]?.amountSEK ?? 0))) })) };
    // "Vilken var störst 2024: rehab eller barncancer?": a line for each topic named, the larger first.
    const each = eachTopic(ctx, (f) => f.kind === 'budget' && inYears(f, ctx.years), false, 'trend');
    if (each && each.facts.length >= 2) return { ...each, facts: bySize(each.facts) };
    const about = matches(ctx, (f) => f.kind === 'budget' && inYears(f, ctx.years)).map((s) => s.fact);
    if (about.length >= 2) return yearLines(ctx, ctx.years, 'trend', new Set(about));
  }
  // "where waits are shortest": a superlative with no money, lines or years to rank is no ranking question.
  if (!asksMoney(ctx, 'lines-word', 'increase-word') && ctx.q.years.length < 2) return null;
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

