/**
 * The lead chosen by what the corpus holds, not by the top reading alone.
 * - `totalInstead`: a question whose words about a topic find no fact at all in the years it asks
 *   about, but which asks for the year's total ("board slide needs the headline figure for 2023, what
 *   was the total?") or states it ("556 MSEK for 2023 — can I put that in the report as is?"), is
 *   answered by the total: those words were its context, and "nothing about board" reads as nonsense.
 * - `notMentioned`: a yes/no question about a name the sources never hold with the rest of it says so first.
 * - `lookedUp`: an amount the question names, to be looked up, leads when the sources hold it.
 */
import type { Composed } from './compose.ts';
import type { Ctx } from './context.ts';
import { COMPOSERS, type Intent } from './intents/index.ts';
import { partial } from './match.ts';
import { inYears, totalOf } from './query.ts';
import { listWords } from './format.ts';
import { t } from './words.ts';
import { escapeRegExp as escapeRe } from '../text/regex.ts';

/**
 * Signals that the topic's own money is asked ("hur mycket fick patologi 2023 av totalen?", "hur stor
 * del av totalen"): the total is then no answer, and "no figure for X" is.
 */
const ITS_MONEY = ['how-much-of', 'share-of', 'part-of', 'money-get', 'money-verb', 'pay'];

export function totalInstead(ctx: Ctx, composed: Composed, ranked: readonly Intent[]): Composed | null {
  const q = ctx.q;
  if (composed.answered || composed.intent === 'total' || !q.years.length || !ctx.years.length || ctx.missing.length) return null;
  if (q.owner || q.people.length || ITS_MONEY.some((s) => q.signals.has(s))) return null;
  const statesTotal = q.claimed.length > 0 && q.claimed.every((x) => ctx.years.some((y) => totalOf(ctx.corpus, y)?.amountSEK === x));
  // The total asked in words of its own ("what was the total?"), not the topic's money ("how much …") nor its lines.
  const asksTotal = q.signals.has('total-word') && !q.signals.has('how-much') && !q.signals.has('lines-word') && ranked.includes('total');
  if (!statesTotal && !asksTotal) return null;
  if (partial(ctx, (f) => f.kind !== 'total' && inYears(f, ctx.years)).length) return null;
  // The words without a fact are set aside: the total is read as if they were not there.
  const total = COMPOSERS.total({ ...ctx, topic: [], q: { ...q, concepts: [] } });
  return total?.answered ? total : null;
}

/**
 * "Does the 2024 agreement fund proton therapy at Skandionkliniken?": a yes/no question about a
 * thing the sources never name with the rest of it is answered no-such-thing first — "the sources
 * do not mention …" — with what they say of the rest under it, never as if the rest were the question.
 * The things are names (capitalised inside the sentence) that nothing in the sources holds, or holds
 * only apart from the rest of the question.
 */
export function notMentioned(ctx: Ctx, composed: Composed): Composed {
  const q = ctx.q;
  if (!composed.answered || !(q.signals.has('yes-no') || q.whether)) return composed;
  // A name: capitalised inside a sentence ("… at Skandionkliniken?"), not as its first word ("Back in 2021 …").
  const isName = (w: string) => new RegExp(`(?<=[\\p{Ll}\\d,;]\\s+)\\p{Lu}${escapeRe(w.slice(1))}(?![\\p{L}])`, 'u').test(q.text);
  const absent = [...new Set([...ctx.dropped, ...q.unknown])].filter((w) => !CALENDAR.test(w) && isName(w));
  if (!absent.length) return composed;
  // Each word as the question writes it ("Skandionkliniken").
  const written = (w: string) => new RegExp(`(?<![\\p{L}])${escapeRe(w)}(?![\\p{L}])`, 'iu').exec(q.text)?.[0] ?? w;
  const words = listWords(absent.map((w) => `"${written(w)}"`), ctx.lang);
  const lead = t(ctx, `Källorna nämner inte ${words}.`, `The sources do not mention ${words}.`);
  const rest = composed.lead ? [{ title: composed.lead, items: [] }] : [];
  return { ...composed, answered: false, difference: undefined, lead, sections: [...rest, ...composed.sections], notes: composed.notes.filter((n) => !absent.some((w) => n.includes(`"${w}"`))) };
}


/** Names of months and days, capitalised in English: a date's words, not a thing the sources lack. */
const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;

/**
 * "600 mkr per år 2021–2023 – är det överenskommelsens storlek eller nåt annat?": an amount the
 * question names to be looked up leads when the sources hold it and the reading chosen does not
 * say it (here the years' totals); the look-up relates it to the total it is part of.
 */
export function lookedUp(ctx: Ctx, composed: Composed): Composed {
  const asked = ctx.q.figures.filter((x) => !ctx.q.claimed.includes(x));
  // (A source asked about by an amount it states — "the press release with the 250 + 250 chart" — is answered as a source.)
  if (!asked.length || composed.intent === 'amount' || (composed.intent === 'source' && composed.answered) || composed.facts.some((f) => f.amountSEK !== null && asked.includes(f.amountSEK))) return composed;
  const found = COMPOSERS.amount(ctx);
  return found?.answered && found.facts.some((f) => f.amountSEK !== null && asked.includes(f.amountSEK)) ? found : composed;
}
