/**
 * How two amounts a question names stand to each other: "is the 133,5 part of the 809 or on top of
 * it?", "Regeringen säger en miljard men RCC skriver 809. Vad stämmer?", "are the 365, 405 and 39
 * on top of the 809?". Each amount is found as the sources state it, in one year; the answer says
 * which is part of which (a year's budget lines and payments are its agreement, split; the
 * Government's billion holds the agreement), or that one is money outside the other. Null when
 * the question names fewer than two such amounts, or asks no relation.
 */
import type { Fact } from '../corpus/schema.ts';
import type { Composed } from './compose.ts';
import type { Ctx } from './context.ts';
import { amountOf, cite, listWords } from './format.ts';
import { inYears, totalOf } from './query.ts';
import { amountLine, closingNotes, t } from './words.ts';

/** Cues of a question about how amounts relate: "ingår", "on top of", "vad stämmer", "is it the agreement itself". */
const ASKS_RELATION = ['part-of', 'check'];
const MONEY: Fact['kind'][] = ['total', 'funding', 'budget', 'flow'];

export function related(ctx: Ctx): Composed | null {
  const q = ctx.q;
  const amounts = [...new Set([...q.claimed, ...q.figures])];
  // Two amounts named, or one beside the agreement asked whether it is part of it ("ingår miljarden i överenskommelsen?");
  // one amount claimed of the agreement ("was the 2024 agreement one billion?") is a check of its total instead.
  const named2 = amounts.length >= 2 || (amounts.length === 1 && q.signals.has('part-of') && q.signals.has('agreement-word'));
  if (!named2 || !(q.whether || ASKS_RELATION.some((s) => q.signals.has(s)))) return null;
  // (Nor "where does the rest go?", which the money that holds them answers with all its parts.)
  if (q.signals.has('how-much-of') || q.signals.has('share-of') || q.signals.has('compare-word') || q.signals.has('the-rest')) return null;
  // "var det 16 eller 9 miljoner?" asks which of two, not how they relate.
  if (/\d[^?.!]*\s(?:eller|or)\s+(?:\p{L}+\s+)?\d/iu.test(q.text)) return null;
  const statedAs = new Map(amounts.map((x) => [x, ctx.corpus.facts.filter((f) => f.amountSEK === x && MONEY.includes(f.kind))]));
  const stating = (x: number) => statedAs.get(x)!;
  // The one year all the amounts are stated for (the year asked, if any).
  const years = (q.years.length ? ctx.years : ctx.sourceYears).filter((y) => amounts.every((x) => stating(x).some((f) => inYears(f, [y]))));
  if (years.length !== 1) return null;
  const year = years[0]!;
  // A payment is meant where its payer is named ("Kammarkollegiets 365"), else the line, the total or the Government's money.
  const text = q.text.toLowerCase();
  // An amount stated both as a line and as a payment is read as the kind the other amounts are ("365/405/39" are payments).
  const sure = new Set(amounts.flatMap((x) => { const kinds = new Set(stating(x).filter((f) => inYears(f, [year])).map((f) => f.kind)); return kinds.size === 1 ? [...kinds] : []; }));
  const rank = (f: Fact) => (f.payer && text.includes(f.payer.toLowerCase()) ? -2 : sure.has(f.kind) && f.kind !== 'total' ? -1 : MONEY.indexOf(f.kind));
  const of = (x: number) => stating(x).filter((f) => inYears(f, [year])).sort((a, b) => rank(a) - rank(b))[0]!;
  const named = amounts.map(of);
  // "is the billion the agreement itself?": the agreement named in words is its total.
  const total = totalOf(ctx.corpus, year);
  if (total && q.signals.has('agreement-word') && !named.includes(total)) named.push(total);
  if (named.length < 2) return null;
  const whole = named.find((f) => f.contains?.length && named.some((o) => f.contains!.includes(o.id))) ?? named.find((f) => f.kind === 'total');
  const inside = whole ? named.filter((f) => f !== whole && partOf(ctx, f, whole)) : [];
  // Money outside: the Government's money of the same year that the whole does not hold (the 133,5 beside the 809).
  const outside = whole ? named.filter((f) => f !== whole && !inside.includes(f) && f.kind === 'funding' && f.year !== null && f.year === whole.year) : [];
  // Two lines or payments of one year, no whole named: both are parts of that year's agreement.
  const lines = named.filter((f) => f.kind === 'budget' || f.kind === 'flow');
  if (!whole && total && lines.length === named.length) return answerWith(ctx, total, named, [], [total, ...named]);
  if (!whole || (!inside.length && !outside.length)) return null;
  return answerWith(ctx, whole, inside, outside, named);
}

/** Whether `part` is part of `whole`: held by it, a line or payment of its agreement, or the agreement it holds. */
function partOf(ctx: Ctx, part: Fact, whole: Fact): boolean {
  if (whole.contains?.includes(part.id)) return true;
  const total = whole.kind === 'total' ? whole : ctx.corpus.facts.find((f) => f.kind === 'total' && whole.contains?.includes(f.id));
  return !!total && (part.kind === 'budget' || part.kind === 'flow') && part.year === total.year;
}

/** An amount as the answer names it: the agreement by its year, any other by its label. */
const name = (ctx: Ctx, f: Fact): string =>
  f.kind === 'total' ? t(ctx, `överenskommelsen ${f.year} (${amountOf(f, 'sv')})`, `the ${f.year} agreement (${amountOf(f, 'en')})`) : `${amountOf(f, ctx.lang)} ("${f.label}")`;

function answerWith(ctx: Ctx, whole: Fact, inside: Fact[], outside: Fact[], named: Fact[]): Composed {
  const sentences: string[] = [];
  if (inside.length) {
    const parts = listWords(inside.map((f) => name(ctx, f)), ctx.lang);
    sentences.push(t(ctx, `${parts} ingår i ${name(ctx, whole)} ${cite(whole, 'sv')}; ${inside.length > 1 ? 'de är' : 'det är'} inte pengar utöver ${whole.kind === 'total' ? 'den' : 'dem'}.`, `${parts} ${inside.length > 1 ? 'are' : 'is'} part of ${name(ctx, whole)} ${cite(whole, 'en')}, not money on top of it.`));
  }
  for (const f of outside) {
    // Money outside the agreement that other money holds beside it ("both are in the Government's billion").
    const holder = ctx.corpus.facts.find((h) => h.contains?.includes(f.id) && h !== whole);
    const both = holder ? t(ctx, ` Båda ingår i ${name(ctx, holder)} ${cite(holder, 'sv')}.`, ` Both are part of ${name(ctx, holder)} ${cite(holder, 'en')}.`) : '';
    sentences.push(t(ctx, `${name(ctx, f)} ingår inte i ${name(ctx, whole)}: det är regeringens pengar utanför den ${cite(f, 'sv')}.${both}`, `${name(ctx, f)} is not part of ${name(ctx, whole)}: it is Government money outside it ${cite(f, 'en')}.${both}`));
  }
  // The part asked about comes first ("which part of the billion is the agreement?"), then what holds it.
  const shown = [...new Set([...inside, whole, ...outside, ...named])];
  const holders = ctx.corpus.facts.filter((h) => outside.some((f) => h.contains?.includes(f.id)) && !shown.includes(h));
  const budget = shown.some((f) => f.kind === 'budget') && shown.some((f) => f.kind === 'flow');
  return {
    intent: 'amount',
    answered: true,
    facts: [...shown, ...holders],
    lead: capitalised(sentences.join(' ')),
    sections: [{ items: [...shown, ...holders].map((f) => ({ text: amountLine(ctx, f), facts: [f], depth: 0 })) }],
    notes: [
      budget ? t(ctx, 'Budgetraderna och utbetalningarna är samma pengar, sedda på två sätt.', 'The budget lines and the payments are the same money, seen two ways.') : '',
      ...closingNotes(ctx),
    ].filter(Boolean),
  };
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
