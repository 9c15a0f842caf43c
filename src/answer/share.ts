/**
 * "Hur stor del av totalen 2024 gick till barncancer?", "What share of the 2021 agreement was the
 * SVF stimulus money?": a line's share of its year's agreement. The answer states both amounts,
 * each cited, and the share in percent computed from them (said to be computed) — never an amount
 * the sources do not state.
 */
import { formatAmount } from '../corpus/amounts.ts';
import type { Fact } from '../corpus/schema.ts';
import type { Composed } from './compose.ts';
import type { Ctx } from './context.ts';
import { readFigures } from '../understand/figures.ts';
import { totalOf } from './query.ts';
import { amountLine, t } from './words.ts';

/** The composed answer with the share of the agreement its figure is, when the question asks for it. */
export function shareOfTotal(ctx: Ctx, c: Composed): Composed {
  const q = ctx.q;
  const asksShare = q.signals.has('share-of') || q.signals.has('how-much-of');
  // A year's money is its agreement, not the Government's: a share of it ("Hur stor andel av 2026 års pengar går
  // till regionerna?") whichever line answers; "how much of" it only for one line ("hur mycket av 2024 års pengar
  // fördelas lika mellan RCC?" asks a group's lines, not a share).
  const lines = c.facts.filter((x) => x.kind === 'budget' || x.kind === 'flow').length;
  const ofOneLine = q.signals.has('share-of') || lines === 1;
  const ofAgreement = q.signals.has('total-word') || q.signals.has('agreement-word') || (ofOneLine && q.signals.has('money-noun') && !q.signals.has('government') && !q.signals.has('funding-named'));
  const f = c.facts[0];
  // "Hur mycket av totalen gick till annat än stimulansmedlen?": what is left, which the lines left say, is no share of one line.
  if (!asksShare || q.excluded || !c.answered || !f || f.year === null || f.amountSEK === null || (f.kind !== 'budget' && f.kind !== 'flow')) return c;
  const total = totalOf(ctx.corpus, f.year);
  if (!total || total.amountSEK === null || total.amountSEK <= f.amountSEK) return c;
  // "Hur stor andel av 1,005 miljarder går till RCC stöd?": the year's total, named by its amount
  // (of one line: a sum of two lines "tillsammans" is no one line's share).
  if (!ofAgreement && !(lines === 1 && readFigures(q.text).includes(total.amountSEK))) return c;
  const pct = (f.amountSEK / total.amountSEK) * 100;
  // One decimal, none when it is whole: "16 procent", "7,4 procent".
  const shown = pct.toFixed(1).replace(/\.0$/u, '');
  const percent = ctx.lang === 'sv' ? `${shown.replace('.', ',')} procent` : `${shown} percent`;
  const label = f.label.replace(/\s+/gu, ' ').trim();
  const lead = t(
    ctx,
    `${label}: ${formatAmount(f.amountSEK, 'sv')} av överenskommelsens ${formatAmount(total.amountSEK, 'sv')} ${f.year}, ${percent} (uträknat ur de två beloppen).`,
    `${label}: ${formatAmount(f.amountSEK, 'en')} of the agreement's ${formatAmount(total.amountSEK, 'en')} in ${f.year}, ${percent} (computed from the two amounts).`,
  );
  const line = (x: Fact) => ({ text: amountLine(ctx, x), facts: [x] });
  const rest = c.sections.map((s) => ({ ...s, items: s.items.filter((i) => !i.facts.includes(total) && !(i.facts.length === 1 && i.facts[0] === f)) }));
  return { ...c, lead, facts: [f, total, ...c.facts.filter((x) => x !== f && x !== total)], sections: [{ items: [line(f), line(total)] }, ...rest.filter((s) => s.items.length || s.title)] };
}
