/**
 * A check of what the asker states ("var totalen 2021 450 mkr?", "rehab got 150 MSEK in 2024,
 * correct?"): the question is answered as if the amount were not stated, and the answer then says
 * yes or no before it. The stated amount is never repeated when no fact states it (every amount in
 * an answer is a fact's); when the sources state it for something else ("600 miljoner" is the
 * Government's whole effort), that fact is shown, so the asker sees where the figure came from.
 */
import type { Fact } from '../corpus/schema.ts';
import type { Composed } from './compose.ts';
import type { Ctx } from './context.ts';
import { inYears } from './query.ts';
import { amountLine, t } from './words.ts';

export function checked(ctx: Ctx, c: Composed): Composed {
  const claimed = ctx.q.claimed;
  if (!claimed.length || !c.answered) return c;
  const stated = new Set(c.facts.flatMap((f) => (f.amountSEK === null ? [] : [f.amountSEK])));
  if (!stated.size) return c;
  const yes = claimed.every((x) => stated.has(x));
  if (yes) return { ...c, lead: `${t(ctx, 'Ja, det stämmer.', 'Yes, that is right.')} ${c.lead}` };
  // Where the sources do state the amount the asker had in mind, in the years asked (or for a period).
  const elsewhere: Fact[] = [];
  for (const x of claimed.filter((x) => !stated.has(x))) {
    const f = ctx.corpus.facts.find((f) => f.amountSEK === x && f.kind !== 'passage' && (!ctx.q.years.length || inYears(f, ctx.years) || f.year === null));
    if (f && !elsewhere.includes(f)) elsewhere.push(f);
  }
  return {
    ...c,
    lead: `${t(ctx, 'Nej, det stämmer inte.', 'No, that is not right.')} ${c.lead}`,
    facts: [...c.facts, ...elsewhere],
    notes: [...elsewhere.map((f) => `${t(ctx, 'Det beloppet anger källorna för något annat:', 'The sources give that amount for something else:')} ${amountLine(ctx, f)}`), ...c.notes],
  };
}
