/**
 * Where a figure comes from. The agreement's own text is the authority; a year whose figures the
 * sources state only on a news page or in a press release is said to be so, beside the figures.
 */
import type { Fact, SourceKind } from '../corpus/schema.ts';
import type { Composed } from './compose.ts';
import type { Ctx } from './context.ts';
import { listWords } from './format.ts';
import { t } from './words.ts';

/** Kinds of source that report an agreement rather than state it. */
const REPORTED: Partial<Record<SourceKind, { sv: string; en: string }>> = {
  news: { sv: 'på en nyhetssida', en: 'a news page' },
  'press-release': { sv: 'i ett pressmeddelande', en: 'a press release' },
};

const MONEY = new Set<Fact['kind']>(['total', 'budget', 'flow']);

/** The composed answer with a note on each year whose shown figures come only from a news page or press release. */
export function withProvenance(ctx: Ctx, composed: Composed): Composed {
  if (!composed.answered) return composed;
  // The facts the items show; an answer of one sentence shows its first fact.
  const listed = composed.sections.flatMap((s) => s.items.flatMap((i) => i.facts));
  const shown = (listed.length ? listed : composed.facts.slice(0, 1)).filter((f) => MONEY.has(f.kind) && f.year !== null);
  const byKind = new Map<SourceKind, Set<number>>();
  let count = 0;
  for (const f of shown) {
    const kind = ctx.corpus.sources.find((s) => s.id === f.sourceId)?.kind;
    if (!kind || !REPORTED[kind]) continue;
    (byKind.get(kind) ?? byKind.set(kind, new Set()).get(kind)!).add(f.year!);
    count++;
  }
  if (!byKind.size) return composed;
  const notes = [...byKind].map(([kind, years]) => {
    const y = [...years].sort((a, b) => a - b);
    const what = REPORTED[kind]!;
    return t(
      ctx,
      `${count === 1 ? 'Beloppet' : 'Beloppen'} för ${listWords(y, 'sv')} finns bara ${what.sv}, inte i överenskommelsens egen text.`,
      `${count === 1 ? 'The figure' : 'The figures'} for ${listWords(y, 'en')} ${count === 1 ? 'comes' : 'come'} only from ${what.en}, not from the agreement's own text.`,
    );
  });
  return { ...composed, notes: [...composed.notes, ...notes] };
}
