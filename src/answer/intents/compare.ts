/**
 * compare: an amount across years ("compare total 2021 and 2024", "Vad fick barncancer 2021
 * jämfört med 2024?"), an owner's money across years, or topics side by side ("jämför radiologi
 * och rehabilitering 2024"). Says which is higher and by how much, the difference said to be
 * computed from the two listed amounts.
 */
import type { Fact } from '../../corpus/schema.ts';
import type { Scored } from '../../search/index.ts';
import { formatAmount } from '../../corpus/amounts.ts';
import { type Composed, item, section } from '../compose.ts';
import { type Ctx, orUnknown, withTopic } from '../context.ts';
import { listWords } from '../format.ts';
import { amountWeight, asksMoney, knownTopic, matches, required, topicText } from '../match.ts';
import { noFigure } from '../nofigure.ts';
import { inYears, totalOf } from '../query.ts';
import { amountLine, closingNotes, t } from '../words.ts';
import { byOwner, eachTopic } from './amount.ts';
import { hasTrait } from './traits.ts';
import { vocabularyOf, wordsOfYears } from '../../understand/vocabulary.ts';

/** Answers that list things of each year: a comparison of them without money is theirs to give. */
export function compare(asked: Ctx): Composed | null {
  const ctx = withoutChange(orUnknown(asked));
  // "Hur stor var ökningen?": the increase itself is the topic, with nothing to compare it across.
  if (!required(ctx) && ctx.topic.length && ctx.q.years.length < 2 && !ctx.q.owner && !ctx.q.signals.has('agreement-word') && !ctx.q.signals.has('total-word')) return null;
  // "vad är skillnaden mellan RCC och RCC i samverkan?": no money and no years to compare it across.
  const money = asksMoney(ctx, 'increase-word', 'more-than');
  if (!money && ctx.q.years.length < 2 && !required(ctx)) return null;
  // "How many areas were there in 2021 compared with 2024?": without money, what another answer lists
  // (areas, tasks, dates, people, what is new) is compared by listing it for each year, not by the years' totals.
  // ("what was new in the 2021 agreement compared with 2020": naming the agreement asks for no money.)
  const moneyBesideTheAgreement = money && asksMoney({ ...ctx, q: { ...ctx.q, signals: new Set([...ctx.q.signals].filter((s) => s !== 'agreement-word')) } }, 'increase-word', 'more-than');
  // (A word nobody knows is no topic to compare: "which care areas were newly included …".)
  if (!moneyBesideTheAgreement && !knownTopic(ctx) && ctx.q.intents.some((r) => r.cued && hasTrait(r.intent, 'listsPerYear'))) return null;
  // "How big is the increase in the cancer appropriations for 2024–2026?": the Government's increase, stated as such;
  // "skillnaden mellan miljarden, 809 och 133,5": named amounts, which the amount answer relates.
  const explicit = ctx.q.signals.has('compare-word') || ctx.q.signals.has('more-than');
  if (ctx.q.signals.has('funding-named') && !explicit) return null;
  // "vaccination against HPV – is that funded?": a weak comparison word with one year or none and one topic compares nothing.
  const groups = new Set(ctx.topic.map((c) => c.group)).size;
  if (!explicit && ctx.q.years.length < 2 && groups < 2 && !ctx.q.signals.has('increase-word')) return null;
  if (ctx.q.figures.length && ctx.q.years.length < 2) return null;
  return perYear(ctx, ctx.q.years.length ? ctx.years : ctx.sourceYears, 'compare');
}

/** In a comparison the words for "increase" say what is asked, not what about: they only add to a score. */
export function withoutChange(ctx: Ctx): Ctx {
  return withTopic(ctx, ctx.topic.map((c) => (c.cues?.includes('increase-word') ? { ...c, soft: true } : c)));
}

/**
 * Each year's amount for the topic (or the owner, or the agreement): one row per year, with a
 * sentence on how the last compares to the first.
 */
export function perYear(ctx: Ctx, years: number[], intent: Composed['intent'], sort?: (facts: Fact[]) => Fact[]): Composed {
  let rows: Fact[] = [];
  let without: number[] = [];
  const unsaid: string[] = [];
  if (!required(ctx)) {
    // "Fick regionerna mer 2026 jämfört med 2024?": the owner's own line of each year.
    const owned = ctx.q.owner ? years.map((y) => byOwner(ctx, (f) => f.amountSEK !== null && f.year === y).sort((a, b) => b.score - a.score)[0]?.fact).filter((f) => !!f) : [];
    if (owned.length >= 2) rows = owned;
    else {
      rows = years.map((y) => totalOf(ctx.corpus, y)).filter((f) => !!f);
      without = years.filter((y) => !totalOf(ctx.corpus, y) && ctx.sourceYears.includes(y));
    }
  } else {
    // One search for every year asked about; each year's best line is its first in the ranking.
    const ranked = matches(ctx, (f) => f.amountSEK !== null && f.year !== null && inYears(f, years), amountWeight(ctx));
    for (const y of years) {
      const found = ranked.find((s) => s.fact.year === y);
      const own = found ? undefined : inOwnWords(ctx, y);
      const best = found ?? own?.best;
      if (own) unsaid.push(t(ctx, `Källan för ${y} använder inte ordet ”${own.words}”; raden för ${y} är den som stämmer med resten av frågan.`, `The ${y} source does not use the words "${own.words}"; the ${y} line is the one that fits the rest of the question.`));
      if (best) rows.push(lineOf(ctx, best.fact));
      else without.push(y);
    }
    if (!rows.length) return eachTopic(ctx, (f) => f.amountSEK !== null && f.year !== null && inYears(f, years), false, intent) ?? noFigure(ctx, intent);
  }
  if (!rows.length) return noFigure(ctx, intent);
  const shown = sort ? sort(rows) : rows;
  const change = difference(ctx, rows);
  const what = required(ctx) ? topicText(ctx) : ctx.q.owner && rows.some((f) => f.kind !== 'total') ? ctx.q.owner : knownTopic(ctx) ? topicText(ctx) : t(ctx, 'överenskommelsen', 'the agreement');
  return {
    intent,
    // A comparison of years asked needs a figure for two of them: one alone is what the sources say, not the answer.
    answered: intent !== 'compare' || ctx.q.years.length < 2 || rows.length >= 2,
    facts: shown,
    lead: t(ctx, `${capital(asTyped(ctx, what))} per år:`, `${capital(asTyped(ctx, what))} by year:`),
    sections: section(shown.map((f) => item(amountLine(ctx, f), f))),
    notes: [
      without.length ? t(ctx, `Inget belopp för ${what} anges för ${listWords(without, 'sv')}.`, `No figure for ${what} is given for ${listWords(without, 'en')}.`) : '',
      ...unsaid,
      change,
      ...closingNotes(ctx),
    ].filter(Boolean),
    ...(change ? { difference: change } : {}),
  };
}

/**
 * A year's line named without the words its own source never uses: "the SVF stimulus money for the
 * regions in 2021 and 2024" — the 2024 agreement calls it "Arbete med standardiseradevårdförlopp",
 * never "stimulansmedel". Only a concept no fact of that year's sources says is let go, never one
 * the year uses elsewhere (which would pick another line); the answer says so.
 */
function inOwnWords(ctx: Ctx, year: number): { best: Scored; words: string } | undefined {
  // Only of years named ("2021 och 2024", "from 2021 to 2024"), not those inside a range or after an open one.
  const named = !ctx.q.openEnded && (!ctx.q.range || year === ctx.q.years[0] || year === ctx.q.years[ctx.q.years.length - 1]);
  const known = named ? wordsOfYears(vocabularyOf(ctx.corpus), [year]) : undefined;
  if (!known) return undefined;
  const unused = ctx.topic.filter((c) => !c.soft && c.wordings.every((w) => !known.count(w.words)));
  if (!unused.length || unused.length === required(ctx)) return undefined;
  const own = withTopic(ctx, ctx.topic.map((c) => (unused.includes(c) ? { ...c, soft: true } : c)));
  const best = matches(own, (f) => f.amountSEK !== null && f.year === year && (f.kind === 'budget' || f.kind === 'flow'), amountWeight(own))[0];
  return best ? { best, words: unused.map((c) => c.text).join(' ') } : undefined;
}

/**
 * A sentence that states the amount of one budget line of its source and year ("500 miljoner kronor
 * går till regionernas arbete med … vårdförlopp" is "Till regionerna: 500") is compared as that line,
 * so that two years' lines of the same kind give a difference.
 */
function lineOf(ctx: Ctx, f: Fact): Fact {
  if (f.kind !== 'passage') return f;
  const lines = ctx.corpus.facts.filter((g) => g.kind === 'budget' && g.sourceId === f.sourceId && g.year === f.year && g.amountSEK === f.amountSEK);
  return lines.length === 1 ? lines[0]! : f;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Words as the question wrote them: "SVF stimulus money", not "svf stimulus money". */
const asTyped = (ctx: Ctx, s: string): string =>
  s.replace(/[\p{L}\d-]+/gu, (w) => new RegExp(`(?<![\\p{L}])${w.replace(/[-]/g, '\\-')}(?![\\p{L}])`, 'iu').exec(ctx.q.text)?.[0] ?? w);

/** Higher, lower or the same, and by how much: the difference is computed from the two amounts listed, and said so. */
export function difference(ctx: Ctx, rows: Fact[]): string {
  const r = rows.filter((f) => f.amountSEK !== null && f.year !== null).sort((a, b) => a.year! - b.year!);
  if (r.length < 2) return '';
  const first = r[0]!;
  const last = r[r.length - 1]!;
  if (first.year === last.year) return '';
  const delta = last.amountSEK! - first.amountSEK!;
  if (delta === 0) return t(ctx, `${last.year} är beloppet lika stort som ${first.year}: ${formatAmount(last.amountSEK!, 'sv')}.`, `In ${last.year} the amount is the same as in ${first.year}: ${formatAmount(last.amountSEK!, 'en')}.`);
  const words = delta > 0 ? t(ctx, 'högre', 'higher') : t(ctx, 'lägre', 'lower');
  // The contract allows the difference of two listed facts of the same kind, said to be computed.
  // The change in percent of the earlier amount, one decimal, computed from the same two amounts.
  const pct = (Math.abs(delta) / first.amountSEK!) * 100;
  const percent = first.amountSEK! > 0 ? (ctx.lang === 'sv' ? `, ${pct.toFixed(1).replace('.', ',')} procent` : `, ${pct.toFixed(1)} percent`) : '';
  const by =
    first.kind === last.kind
      ? t(
          ctx,
          `: ${formatAmount(Math.abs(delta), 'sv')} ${delta > 0 ? 'mer' : 'mindre'}${percent} (uträknat ur de två beloppen)`,
          `: ${formatAmount(Math.abs(delta), 'en')} ${delta > 0 ? 'more' : 'less'}${percent} (computed from the two amounts)`,
        )
      : '';
  return t(ctx, `${last.year} är beloppet ${words} än ${first.year}${by}.`, `In ${last.year} the amount is ${words} than in ${first.year}${by}.`);
}
