/**
 * "Hur mycket fördelar SKR 2024?", "How much of the 809 was paid out by SKR in total?": what one
 * payer pays out, when the question names the payer and no recipient. A payer with several
 * payments that year is answered with their sum, said to be computed, and each payment under it;
 * with one, that payment. (Where the question names a recipient, the payment to it answers.)
 */
import type { Fact } from '../corpus/schema.ts';
import { formatAmount } from '../corpus/amounts.ts';
import { type Composed, item } from './compose.ts';
import type { Ctx } from './context.ts';
import { amountOf, cite, listWords } from './format.ts';
import { asksWhether } from './form.ts';
import { inYears } from './query.ts';
import { flowLine, t } from './words.ts';

/** Verbs of paying out or handing money on. */
const PAYS = /^(?:betala\p{L}*|fördela\p{L}*|utbetal\p{L}*|delar|pay|pays|paid|paying|payment\p{L}*|distribut\p{L}*|disburs\p{L}*|hands?|handed)$/u;

/** Verbs of receiving: "fick", "får", "received", "got". */
const RECEIVES = /^(?:fick|får|erhöll|erhåller|tilldelades|receive|receives|received|get|gets|got)$/u;

export function payerTotal(ctx: Ctx, c: Composed): Composed {
  const q = ctx.q;
  // "Hur mycket fick SKR 2024?" asks what SKR received: only a verb of paying out asks what a payer pays.
  // "Betalar Kammarkollegiet ut 405 miljoner 2024?": a yes/no question of one amount checks it.
  const stated = q.claimed.length === 1 ? q.claimed : q.figures.filter((x) => x !== totalAmount(ctx, x));
  const checking = stated.length === 1 && (q.form === 'check' || asksWhether(q));
  const receives = !q.words.some((w) => PAYS.test(w)) && q.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => RECEIVES.test(w));
  if ((q.form !== 'amount' && !checking) || q.excluded || !(receives || q.words.some((w) => PAYS.test(w))) || (!checking && stated.length)) return c;
  const flows = ctx.corpus.facts.filter((f) => f.kind === 'flow' && f.payer && (!q.years.length || inYears(f, ctx.years)));
  const payers = [...new Set(flows.map((f) => f.payer!))].filter((p) => q.words.includes(p.toLowerCase()));
  if (payers.length !== 1) return c;
  const payer = payers[0]!;
  // A recipient named ("vad betalar SKR till RCC i samverkan?") is asked its own payment.
  if (q.owner && q.owner !== payer) return c;
  const years = [...new Set(flows.filter((f) => f.payer === payer).map((f) => f.year!))];
  if (years.length !== 1) return c;
  const own = flows.filter((f) => f.payer === payer && f.year === years[0]);
  const year = years[0]!;
  // "Hur mycket fick SKR 2024?": a payer that year receives nothing the sources state (no line or
  // payment of its own); the answer says so before what it pays out, never leading with a payment from it.
  const gets = ctx.corpus.facts.some((f) => f.owner === payer && f.year === year && f.amountSEK !== null && f.kind !== 'passage');
  if (receives && (gets || checking)) return c;
  const none = receives ? t(ctx, `Källorna anger inget belopp som ${payer} får ${year}. `, `The sources state no amount that ${payer} receives in ${year}. `) : '';
  // "till regionerna", "to the regions"; a body's name as it is written ("RCC i samverkan").
  const who = (f: Fact, lang: 'sv' | 'en') => (f.owner === 'Regionerna' ? (lang === 'sv' ? 'regionerna' : 'the regions') : f.owner);
  const to = (f: Fact) => t(ctx, `${amountOf(f, 'sv')} till ${who(f, 'sv')} ${cite(f, 'sv')}`, `${amountOf(f, 'en')} to ${who(f, 'en')} ${cite(f, 'en')}`);
  // A sentence the answer led with ("Hälften är prestationsbaserat …") answers another part of the question: it stays, under the payer's sum.
  const first = c.facts[0];
  const kept = first && first.kind === 'passage' && c.lead ? [{ items: [item(c.lead, first)] }] : [];
  const sum = own.reduce((n, f) => n + f.amountSEK!, 0);
  // "Betalar Kammarkollegiet ut 405 miljoner 2024?": yes or no first, then what the payer pays, and who pays the amount claimed.
  const claim = checking ? stated[0]! : null;
  const right = claim !== null && (claim === sum || own.some((f) => f.amountSEK === claim));
  const other = claim !== null && !right ? flows.find((f) => f.year === year && f.payer !== payer && f.amountSEK === claim) : undefined;
  const verdict = claim === null ? '' : right ? t(ctx, 'Ja, det stämmer. ', 'Yes, that is right. ') : t(ctx, 'Nej, det stämmer inte. ', 'No, that is not right. ');
  const whoPays = other ? t(ctx, ` ${formatAmount(claim!, 'sv')} betalas ut av ${other.payer} till ${who(other, 'sv')} ${cite(other, 'sv')}.`, ` ${formatAmount(claim!, 'en')} is paid out by ${other.payer} to ${who(other, 'en')} ${cite(other, 'en')}.`) : '';
  if (own.length === 1) {
    const [f] = own;
    return {
      ...c,
      answered: !receives,
      facts: [f!, ...(other ? [other] : []), ...c.facts.filter((x) => x !== f && x !== other)],
      lead: none + verdict + t(ctx, `${payer} betalar ut ${to(f!)} ${year}.`, `${payer} pays out ${to(f!)} in ${year}.`) + whoPays,
      sections: [...kept, ...c.sections],
    };
  }
  return {
    ...c,
    answered: !receives,
    // Only this payer's payments carry amounts here: the sum is of them (and checked against them).
    facts: [...own, ...(other ? [other] : []), ...c.facts.filter((f) => f.amountSEK === null)],
    lead:
      none +
      verdict +
      t(
        ctx,
        `${payer} betalar ut ${formatAmount(sum, 'sv')} ${year} (uträknat: summan av ${own.length} utbetalningar): ${listWords(own.map(to), 'sv')}.`,
        `${payer} pays out ${formatAmount(sum, 'en')} in ${year} (computed: the sum of ${own.length} payments): ${listWords(own.map(to), 'en')}.`,
      ) +
      whoPays,
    sections: [{ items: own.map((f) => item(flowLine(ctx, f), f)) }, ...kept.map((k) => ({ items: k.items.filter((i) => i.facts.every((x) => x.amountSEK === null)) }))],
    notes: c.notes,
  };
}

/** A figure in the question that is a year's total ("hur mycket av de 809 …") is what the payer's part is of, not an amount asked. */
function totalAmount(ctx: Ctx, x: number): number | null {
  return ctx.corpus.facts.some((f) => f.kind === 'total' && f.amountSEK === x) ? x : null;
}
