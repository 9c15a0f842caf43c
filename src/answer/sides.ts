/**
 * Two things compared, each with its own year: "Compare the 2024 state grant to the regional RCCs
 * with the 2026 RCC support", "Is the 2026 RCC support more than what SKR paid the six RCCs in
 * 2024?". Each side is asked as a question of its own; when each finds an amount, the answer lists
 * both, and for two of one kind says which is larger and by how much, computed from the two.
 */
import { formatAmount } from '../corpus/amounts.ts';
import type { Fact } from '../corpus/schema.ts';
import { type Composed, item } from './compose.ts';
import type { Ctx } from './context.ts';
import { amountOf } from './format.ts';
import { amountLine, closingNotes, t } from './words.ts';

/** Where a comparison's second side begins. */
const VERSUS = /\s(?:compared (?:with|to)|jämfört med|i jämförelse med|than|än|versus|vs\.?|kontra|gentemot)\s/iu;
/** "Compare A with B", "jämför A med B": "with"/"med" part the sides only after such an opening. */
const COMPARE_WITH = /^\s*(?:compare|jämför)\s.*?\s(with|to|med|mot)\s/iu;
const YEAR = /(?<!\d)20\d{2}(?!\d)/gu;

/** Where the second side begins, and how long the word between the sides is. */
function splitAt(text: string): { index: number; length: number } | null {
  const opened = COMPARE_WITH.exec(text);
  if (opened) return { index: opened[0].length - opened[1]!.length - 2, length: opened[1]!.length + 2 };
  const versus = VERSUS.exec(text);
  return versus ? { index: versus.index, length: versus[0].length } : null;
}

/** The two sides of a comparison whose sides each name one year of their own, different ones; null otherwise. */
export function sidesOf(text: string): [string, string] | null {
  const at = splitAt(text);
  if (!at) return null;
  const first = text.slice(0, at.index).replace(/^\s*(?:compare|jämför|is|are|was|were|är|var|blev|fick)\s+/iu, '');
  const second = text.slice(at.index + at.length);
  const y1 = [...new Set(first.match(YEAR) ?? [])];
  const y2 = [...new Set(second.match(YEAR) ?? [])];
  if (y1.length !== 1 || y2.length !== 1 || y1[0] === y2[0]) return null;
  // Each side must name something besides its year ("2021 än 2024" compares years, which the years' answer does).
  const words = (s: string) => s.replace(YEAR, ' ').split(/[^\p{L}]+/u).filter((w) => w.length >= 3);
  if (words(first).length < 1 || words(second).length < 1) return null;
  return [first.trim(), second.trim().replace(/[?.!]+$/u, '')];
}

/**
 * The comparison of two amounts found for the two sides.
 * @param found each side's first amount fact, as the bot answers that side asked alone
 */
export function sidesCompared(ctx: Ctx, found: [Fact, Fact]): Composed {
  const [a, b] = found;
  const [hi, lo] = a.amountSEK! >= b.amountSEK! ? [a, b] : [b, a];
  const name = (f: Fact) => {
    const label = f.label.replace(/\s+/gu, ' ').trim();
    return label.includes(String(f.year)) ? label : `${label} ${f.year}`;
  };
  const both = `${amountOf(hi, ctx.lang)} ${t(ctx, 'mot', 'against')} ${amountOf(lo, ctx.lang)}`;
  const delta = hi.amountSEK! - lo.amountSEK!;
  const lead =
    a.kind !== b.kind && delta > 0
      ? // A payment and a budget line are not of one kind: which is larger is said, no difference computed.
        t(ctx, `${name(hi)} (${amountOf(hi, 'sv')}) är större än ${name(lo)} (${amountOf(lo, 'sv')}).`, `${name(hi)} (${amountOf(hi, 'en')}) is more than ${name(lo)} (${amountOf(lo, 'en')}).`)
      : delta === 0
        ? t(ctx, `${name(a)} och ${name(b)} är lika stora: ${amountOf(a, 'sv')} var.`, `${name(a)} and ${name(b)} are the same: ${amountOf(a, 'en')} each.`)
        : t(
            ctx,
            `${name(hi)} är ${formatAmount(delta, 'sv')} större än ${name(lo)} (${both}, uträknat ur de två beloppen).`,
            `${name(hi)} is ${formatAmount(delta, 'en')} more than ${name(lo)} (${both}, computed from the two amounts).`,
          );
  return {
    intent: 'compare',
    answered: true,
    facts: [a, b],
    lead,
    sections: [{ items: [item(amountLine(ctx, a), a), item(amountLine(ctx, b), b)] }],
    notes: closingNotes(ctx),
    ...(a.kind === b.kind && delta > 0 ? { difference: lead } : {}),
  };
}
