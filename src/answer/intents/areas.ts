/**
 * areas: the strategy areas the tasks are grouped in ("Vilka är områdena i överenskommelsen
 * 2024?"), for the year asked or the newest. Declines for tasks within a named area ("Which
 * tasks fall under the area of early detection?") and for money ("the childhood cancer area").
 */
import { areaKey } from '../../ingest/area.ts';
import type { Composed } from '../compose.ts';
import type { Ctx } from '../context.ts';
import { cite } from '../format.ts';
import { knownTopic } from '../match.ts';
import { closingNotes, t } from '../words.ts';

export function areas(ctx: Ctx): Composed | null {
  if (knownTopic(ctx) && (ctx.q.signals.has('task-noun') || ctx.q.signals.has('how-much') || ctx.q.signals.has('money-verb'))) return null;
  const all = ctx.corpus.facts.filter((f) => f.kind === 'passage' && f.tags?.includes('area'));
  const years = [...new Set(all.map((f) => f.year!))].sort((a, b) => b - a);
  const year = ctx.q.years.length ? ctx.years.find((y) => years.includes(y)) : years[0];
  // "alla områden och belopp för 2026": a year whose sources list no strategy areas asks for something else.
  if (year === undefined) return null;
  // Two sources of one year may word an area with or without "med mera": the same area.
  const seen = new Set<string>();
  const key = (label: string) => areaKey(label).replace(/ med mera\b/gu, '');
  const list = all.filter((f) => f.year === year && !seen.has(key(f.label)) && seen.add(key(f.label)));
  return {
    intent: 'areas',
    answered: true,
    facts: list,
    lead: t(ctx, `Insatserna i överenskommelsen ${year} delas in i ${list.length} områden:`, `The ${year} agreement's tasks are grouped in ${list.length} areas:`),
    sections: [{ items: list.map((f, i) => ({ text: `${i + 1}. ${f.label} ${cite(f, ctx.lang)}`, facts: [f] })) }],
    notes: closingNotes(ctx),
  };
}
