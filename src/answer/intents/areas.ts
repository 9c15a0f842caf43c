/**
 * areas: the strategy areas the tasks are grouped in ("Vilka är områdena i överenskommelsen
 * 2024?"), for the year asked or the newest. Declines for tasks within a named area ("Which
 * tasks fall under the area of early detection?") and for money ("the childhood cancer area").
 */
import { areaKey } from '../../ingest/area.ts';
import type { Composed } from '../compose.ts';
import type { Ctx } from '../context.ts';
import { cite, short } from '../format.ts';
import { knownTopic } from '../match.ts';
import { closingNotes, t } from '../words.ts';

export function areas(ctx: Ctx): Composed | null {
  // Tasks or money within a named area, or what the sources say of one area: not the list of areas.
  if (knownTopic(ctx)) return null;
  const all = ctx.corpus.facts.filter((f) => f.kind === 'passage' && f.tags?.includes('area'));
  const years = [...new Set(all.map((f) => f.year!))].sort((a, b) => b - a);
  // Each year asked that lists its areas ("How many areas were there in 2021 compared with 2024?"), or the newest.
  const asked = ctx.q.years.length ? ctx.years.filter((y) => years.includes(y)) : years.slice(0, 1);
  // "alla områden och belopp för 2026": a year whose sources list no strategy areas asks for something else.
  if (!asked.length) return null;
  const facts: Composed['facts'] = [];
  const sections: Composed['sections'] = [];
  const notes: string[] = [];
  let lead = '';
  for (const year of asked) {
    // Two sources of one year may word an area with or without "med mera": the same area.
    const seen = new Set<string>();
    const key = (label: string) => areaKey(label).replace(/ med mera\b/gu, '');
    const list = all.filter((f) => f.year === year && !seen.has(key(f.label)) && seen.add(key(f.label)));
    // The sentence that says how many there are ("Insatserna … delas in i fyra områden …").
    const counted = ctx.corpus.facts.filter((f) => f.kind === 'passage' && f.year === year && /\bdelas in i\b|\bfokuserar på\b/u.test(f.citation.quote) && /områden/u.test(f.citation.quote)).slice(0, 1);
    const heading = t(ctx, `Insatserna i överenskommelsen ${year} delas in i ${list.length} områden:`, `The ${year} agreement's tasks are grouped in ${list.length} areas:`);
    if (!lead) lead = heading;
    sections.push({ ...(sections.length ? { title: heading } : {}), items: list.map((f, i) => ({ text: `${i + 1}. ${f.label} ${cite(f, ctx.lang)}`, facts: [f] })) });
    facts.push(...list, ...counted);
    notes.push(...counted.map((f) => `${t(ctx, 'Källan', 'The source')}${asked.length > 1 ? ` (${year})` : ''}: ${short(f.label, 200)} ${cite(f, ctx.lang)}`));
  }
  return { intent: 'areas', answered: true, facts, lead, sections, notes: [...notes, ...closingNotes(ctx)] };
}
