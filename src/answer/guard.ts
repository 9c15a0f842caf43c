/**
 * The last line of defence: a line that would state an amount no fact of the answer states is
 * dropped, never shown. Composers never write such an amount (the tests assert the guard removes
 * nothing); the guard is there so that a bug in one cannot show a wrong number.
 */
import type { Composed } from './compose.ts';
import { allowedAmounts, uncitedIn } from './format.ts';
import type { Language } from './types.ts';

export function guard(c: Composed, lang: Language = 'sv'): Composed & { guarded: number } {
  const allowed = allowedAmounts(c.facts);
  const ok = (text: string) => !uncitedIn(text, allowed).length;
  let guarded = 0;
  const keep = (text: string) => (ok(text) ? true : (guarded++, false));
  // A lead dropped leaves a plain one, never the first item standing in for it.
  const lead = keep(c.lead) ? c.lead : lang === 'en' ? 'This is what the sources say:' : 'Det här säger källorna:';
  const sections = c.sections.map((s) => ({ ...s, title: s.title && keep(s.title) ? s.title : s.title ? undefined : s.title, items: s.items.filter((i) => keep(i.text)) }));
  const notes = c.notes.filter(keep);
  return { ...c, lead, sections, notes, guarded };
}
