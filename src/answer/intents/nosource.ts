/**
 * A year asked about that no source covers (2022, 2025): say so, and show the nearest years that
 * do — their line for the topic, or their total — never carried over to the year asked.
 */
import type { Fact } from '../../corpus/schema.ts';
import { type Composed, item, section } from '../compose.ts';
import type { Ctx } from '../context.ts';
import { amountWeight, matches, required } from '../match.ts';
import { totalOf } from '../query.ts';
import { hasTrait } from './traits.ts';
import { amountLine, ignoredNote, missingNote, t } from '../words.ts';

export function noSource(ctx: Ctx, intent: Composed['intent']): Composed {
  const context: Fact[] = [];
  for (const y of ctx.missing) {
    const before = ctx.sourceYears.filter((x) => x < y).pop();
    const after = ctx.sourceYears.find((x) => x > y);
    for (const near of [before, after].filter((x) => x !== undefined)) {
      const best = required(ctx) && hasTrait(intent, 'nearYearFigure') ? matches(ctx, (f) => f.amountSEK !== null && f.year === near, amountWeight(ctx))[0]?.fact : undefined;
      const fact = best ?? totalOf(ctx.corpus, near);
      if (fact && !context.includes(fact)) context.push(fact);
    }
  }
  return {
    intent,
    answered: false,
    noSource: true,
    facts: context,
    lead: missingNote(ctx),
    sections: section(context.map((f) => item(amountLine(ctx, f), f)), context.length ? t(ctx, 'Närmaste år med källa (inte överfört till det efterfrågade året):', 'Nearest years with a source (not carried over to the year asked about):') : undefined),
    notes: [ignoredNote(ctx)].filter(Boolean),
  };
}
