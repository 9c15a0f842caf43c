/**
 * Groups of budget lines named by their heading ("Sjukvårdsregionala medel", "national funds"):
 * the lines of the group and their sum. Shared by the amount and the lines answers.
 */
import { formatAmount } from '../corpus/amounts.ts';
import type { Fact } from '../corpus/schema.ts';
import { stem } from '../text/analyze.ts';
import type { Composed, Item } from './compose.ts';
import type { Ctx } from './context.ts';
import { amountOf, cite, listWords } from './format.ts';
import { covers } from './match.ts';
import { linesOf } from './query.ts';
import { closingNotes, t } from './words.ts';

/**
 * The budget lines of a group the question names by its heading ("Sjukvårdsregionala medel",
 * "national funds"), with their sum: the sources state no sum for a group, so the sum is said to
 * be of the lines listed (CONTRACT §2 allows the sum of one year's listed facts). Null when no
 * heading covers the topic, or when exactly one line's own name covers it (that line is meant).
 */
export function groupLines(ctx: Ctx): { answer: Composed; byHeading: boolean } | null {
  const need = ctx.topic.filter((c) => !c.soft);
  // A heading the question quotes ("medel respektive RCC fördelar till regionerna efter ansökan") names its group as written.
  const quotedHeading = (group: string) => ctx.q.quoted.some((p) => group.toLowerCase().replace(/\s+/g, ' ').includes(p));
  const all = ctx.years.flatMap((y) => linesOf(ctx.corpus, y)).filter((f) => f.group && !f.unit);
  const quoted = all.some((f) => quotedHeading(f.group!));
  if (!need.length && !quoted) return null;
  const lines = all.filter((f) => (quoted ? quotedHeading(f.group!) : !ctx.q.owner || f.owner === ctx.q.owner));
  const groups = new Map<string, Fact[]>();
  for (const f of lines) groups.set(`${f.year}|${f.group}`, [...(groups.get(`${f.year}|${f.group}`) ?? []), f]);
  const chosen = [...groups.values()].filter((list) => list.length > 1 && (quoted || need.every((c) => covers(ctx, list[0]!.group!, c))));
  if (!chosen.length) return null;
  // One group per year: a year's sum is only ever of one group's lines.
  const years = [...new Set(chosen.map((list) => list[0]!.year!))];
  if (years.length !== chosen.length) return null;
  if (!quoted) for (const list of chosen) if (linesOf(ctx.corpus, list[0]!.year!).filter((f) => ctx.topic.every((c) => covers(ctx, f.label, c))).length === 1) return null;
  // Without a year asked, the newest year that has such a group.
  const shown = ctx.q.years.length ? chosen : chosen.sort((a, b) => b[0]!.year! - a[0]!.year!).slice(0, 1);
  const sections = shown.map((list) => {
    const sum = list.reduce((n, f) => n + f.amountSEK!, 0);
    return {
      title: `${list[0]!.group} (${list[0]!.year}):`,
      items: [
        ...list.map((f): Item => ({ text: `${f.label}: ${amountOf(f, ctx.lang)} ${cite(f, ctx.lang)}`, facts: [f], depth: 1 })),
      ],
      sum,
    };
  });
  const others = ctx.q.years.length ? ctx.years.filter((y) => !shown.some((list) => list[0]!.year === y)) : [];
  // Named by the heading's own opening words ("nationella medel"), not just by words it shares.
  const opening = (group: string) => group.toLowerCase().split(/\s+/).slice(0, 2).map(stem);
  const asked = ctx.q.words.map(stem);
  const byHeading = shown.some((list) => opening(list[0]!.group!).every((w) => asked.some((a) => a === w || (w.length >= 4 && a.startsWith(w)))));
  return {
    byHeading,
    answer: {
      intent: 'amount',
      answered: true,
      facts: shown.flat(),
      // One group: its sum is the answer's first sentence; several: each group's sum after its lines.
      lead:
        sections.length === 1
          ? `${sections[0]!.title.replace(/:$/u, '')}: ${t(ctx, `sammanlagt ${formatAmount(sections[0]!.sum, 'sv')}, summan av raderna nedan (källan anger ingen summa för gruppen).`, `${formatAmount(sections[0]!.sum, 'en')} in all, the sum of the lines below (the source states no sum for the group).`)}`
          : t(ctx, 'Grupperna av budgetrader:', 'The groups of budget lines:'),
      sections: sections.map((s) => ({ title: sections.length === 1 ? undefined : s.title, items: s.items })),
      notes: [
        ...(sections.length === 1 ? [] : sections).map((s) =>
          t(ctx, `${s.title.replace(/:$/u, '')}: sammanlagt ${formatAmount(s.sum, 'sv')}; det är summan av de listade raderna, källan anger ingen summa för gruppen.`, `${s.title.replace(/:$/u, '')}: ${formatAmount(s.sum, 'en')} in all; that is the sum of the lines listed, the source states no sum for the group.`),
        ),
        others.length ? t(ctx, `Källorna har ingen sådan grupp av budgetrader för ${listWords(others, 'sv')}.`, `The sources have no such group of budget lines for ${listWords(others, 'en')}.`) : '',
        ...closingNotes(ctx),
      ].filter(Boolean),
    },
  };
}

