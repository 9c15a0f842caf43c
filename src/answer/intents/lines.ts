/**
 * lines: all of a year's budget lines under their group headings, with the year's total
 * ("Visa budgetposterna för 2026", "break it all down", "hela budgeten"); an owner's lines when
 * one is named; with a topic, the year's lines about it when there are several. The newest year
 * with lines when none is named.
 */
import type { Fact } from '../../corpus/schema.ts';
import type { Composed, Item, Section } from '../compose.ts';
import type { Ctx } from '../context.ts';
import { formatAmount } from '../../corpus/amounts.ts';
import { amountOf, cite, listWords } from '../format.ts';
import { amountWeight, knownTopic, matches, superlative, topicParts } from '../match.ts';
import { item, section } from '../compose.ts';
import { groupLines } from '../groups.ts';
import { sumOf } from './amount.ts';
import { flowsOf, inYears, linesOf, totalOf } from '../query.ts';
import { noFigure } from '../nofigure.ts';
import { amountLine, closingNotes, ownerInSentence, t } from '../words.ts';

export function lines(ctx: Ctx): Composed | null {
  if (knownTopic(ctx)) {
    // "What do the national funds of 2024 consist of?": a group of lines named by its heading.
    const group = groupLines(ctx);
    if (group) return { ...group.answer, intent: 'lines' };
    // "the 2024 line for 'Övrigt samverkansregionalt arbete'": a line named as written is one amount, not a list.
    // "the 'other regional work' line (övrigt samverkansregionalt arbete) in 2024": one line asked, the best.
    const said = ctx.q.text.toLowerCase().split(/[^\p{L}]+/u);
    const named = ctx.years.flatMap((y) => linesOf(ctx.corpus, y)).filter((f) => ctx.q.quoted.some((p) => p.length >= 6 && f.label.toLowerCase().includes(p)));
    const oneAsked = said.some((w) => ONE_LINE.has(w)) && !said.some((w) => LINES.has(w)) && ctx.years.length === 1;
    const one = named.length && new Set(named.map((f) => f.year)).size === named.length
      ? named
      : oneAsked
        ? matches(ctx, (f) => f.kind === 'budget' && inYears(f, ctx.years), amountWeight(ctx)).slice(0, 1).map((s) => s.fact)
        : [];
    if (one.length) return { intent: 'lines', answered: true, facts: one, lead: amountLine(ctx, one[0]!), sections: section(one.slice(1).map((f) => item(amountLine(ctx, f), f))), notes: closingNotes(ctx) };
    // "vilka budgetposter 2024 handlar om SVF": the lines about the topic, when more than one is.
    const about = matches(ctx, (f) => f.kind === 'budget' && inYears(f, ctx.years)).map((s) => s.fact);
    // "the combined total of all 2024 SVF lines": the lines about the topic, added up.
    const sum = ctx.q.signals.has('together') ? sumOf(ctx, about) : null;
    if (sum) return { ...sum, intent: 'lines' };
    // "What's the budget line for Min vårdplan in 2024?": a line asked for that no line is; the sources' sentences are shown under that.
    // (One topic: topics listed apart — "call-up system, mammography follow-up, …" — are each found by the amount answer.)
    const oneTopic = topicParts(ctx).length === 1;
    if (!about.length && oneTopic && (oneAsked || said.some((w) => LINES.has(w) && w !== 'which' && w !== 'vilka')) && !ctx.q.excluded) return noFigure(ctx, 'lines');
    // One line left once the question has left others out is still the list asked for ("rehabilitation lines, excluding the pelvic one").
    if (about.length < (about.some((f) => leftOut(ctx, f.year!)) ? 1 : 2)) return null;
    return yearLines(ctx, [...new Set(about.map((f) => f.year!))].sort(), 'lines', new Set(about));
  }
  // "which 2024 budget lines were under 10 msek?": the lines within the limit.
  const limit = ctx.q.limit;
  // Every year asked for: a year with only a total says so ("alla belopp alla år"), rather than being left out.
  const years = ctx.q.years.length ? ctx.years : limit ? withLines(ctx) : ctx.q.everyYear ? withLinesOrTotal(ctx) : withLines(ctx).slice(-1);
  if (limit) {
    const within = new Set(years.flatMap((y) => linesOf(ctx.corpus, y)).filter((f) => (limit.below ? f.amountSEK! < limit.amount : f.amountSEK! > limit.amount)));
    return yearLines(ctx, years, 'lines', within);
  }
  const order = superlative(ctx);
  return order && years.length === 1 ? leadingLine(ctx, yearLines(ctx, years, 'lines'), order) : yearLines(ctx, years, 'lines');
}

/** Words for one budget line, and for several: "the … line" asks one amount, "the lines" a list. */
const ONE_LINE = new Set(['line', 'item', 'post', 'posten', 'rad', 'raden', 'budgetpost', 'budgetposten', 'budgetrad', 'budgetraden']);
const LINES = new Set(['lines', 'items', 'poster', 'posterna', 'rader', 'raderna', 'budgetposter', 'budgetposterna', 'budgetrader', 'budgetraderna', 'vilka', 'which', 'all', 'alla', 'every', 'each', 'varje', 'samtliga', 'list', 'lista']);

/** Whether the question leaves out some of the year's budget lines ("utom barncancer", "except the 500"). */
export const leftOut = (ctx: Ctx, year: number): boolean => !!ctx.q.excluded && ctx.index.facts.some((f) => f.kind === 'budget' && f.year === year && !ctx.keep(f));

/** The years that have budget lines. */
const withLines = (ctx: Ctx) => ctx.sourceYears.filter((y) => linesOf(ctx.corpus, y).length);
/** The years that have budget lines or at least a total. */
const withLinesOrTotal = (ctx: Ctx) => ctx.sourceYears.filter((y) => linesOf(ctx.corpus, y).length || totalOf(ctx.corpus, y));

/** Each year's budget lines (only `only`, when given), grouped, largest first when asked for. */
export function yearLines(ctx: Ctx, years: number[], intent: Composed['intent'], only?: Set<Fact>): Composed {
  const order = superlative(ctx);
  const owner = ctx.q.owner;
  const shown: Fact[] = [];
  const totals: Fact[] = [];
  const sections: Section[] = [];
  const notes: string[] = [];
  let lead = '';
  for (const y of years) {
    const total = totalOf(ctx.corpus, y);
    let list = linesOf(ctx.corpus, y).filter((f) => (!owner || f.owner === owner) && (!only || only.has(f)));
    if (total) totals.push(total);
    if (!list.length) {
      notes.push(
        owner
          ? t(ctx, `Källan för ${y} anger inga budgetrader till ${ownerInSentence(owner)}.`, `The ${y} source gives no budget lines for ${owner}.`)
          : total
            ? t(ctx, `Källan för ${y} anger inga budgetrader, bara totalen: ${amountOf(total, 'sv')} ${cite(total, 'sv')}.`, `The ${y} source gives no budget lines, only the total: ${amountOf(total, 'en')} ${cite(total, 'en')}.`)
            : t(ctx, `Källan för ${y} anger inga budgetrader.`, `The ${y} source gives no budget lines.`),
      );
      continue;
    }
    if (order) list = [...list].sort((a, b) => order * (b.amountSEK! - a.amountSEK!));
    shown.push(...list);
    // "2026 budget except the 500 to the regions": what remains, and its sum.
    if (leftOut(ctx, y) && !owner && !only) {
      const sum = formatAmount(list.reduce((n, f) => n + f.amountSEK!, 0), ctx.lang);
      // The lines left out are named as the source names them, never by the question's words.
      const out = ctx.index.facts.filter((f) => f.kind === 'budget' && f.year === y && !ctx.keep(f));
      const what =
        out.length <= 2
          ? t(ctx, `${out.length > 1 ? 'raderna' : 'raden'} ${listWords(out.map((f) => `"${f.label}"`), 'sv')}`, `the line${out.length > 1 ? 's' : ''} ${listWords(out.map((f) => `"${f.label}"`), 'en')}`)
          : t(ctx, `de ${out.length} rader du undantog`, `the ${out.length} lines you left out`);
      notes.push(t(ctx, `Utan ${what} är det ${y} sammanlagt ${sum} (summan av de listade budgetraderna).`, `Without ${what}, ${y} comes to ${sum} (the sum of the budget lines listed).`));
    }
    const whose = owner ? t(ctx, ` till ${ownerInSentence(owner)}`, ` for ${owner}`) : '';
    const heading = total
      ? t(ctx, `Budgetraderna${whose} ${y} (överenskommelsen omfattar totalt ${amountOf(total, 'sv')} ${cite(total, 'sv')}):`, `The ${y} budget lines${whose} (the agreement totals ${amountOf(total, 'en')} ${cite(total, 'en')}):`)
      : t(ctx, `Budgetraderna${whose} ${y}:`, `The ${y} budget lines${whose}:`);
    const groups = new Map<string, Fact[]>();
    for (const f of list) {
      const key = order || f.unit ? '' : (f.group ?? '');
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const yearSections: Section[] = [...groups].map(([group, items]) => ({
      title: group && groups.size > 1 ? group : undefined,
      items: items.map((f): Item => ({ text: `${f.label}: ${amountOf(f, ctx.lang)} ${cite(f, ctx.lang)}`, facts: [f], depth: group && groups.size > 1 ? 1 : 0 })),
    }));
    if (!lead) lead = heading;
    else yearSections.unshift({ title: heading, items: [] });
    sections.push(...yearSections);
    if (!owner && !only && flowsOf(ctx.corpus, y).length) {
      notes.push(t(ctx, `Samma pengar ${y} syns också per utbetalare (Kammarkollegiet, SKR); fråga "hur betalas pengarna ut?".`, `The same ${y} money is also shown by who pays it out (Kammarkollegiet, SKR); ask "how is the money paid out?".`));
    }
  }
  const others = ctx.q.years.length || only || ctx.q.everyYear ? [] : withLines(ctx).filter((y) => !years.includes(y));
  if (others.length) notes.push(t(ctx, `Budgetrader finns också för ${listWords(others, 'sv')}; fråga med årtal.`, `There are budget lines for ${listWords(others, 'en')} too; ask with the year.`));
  return {
    intent,
    answered: shown.length > 0,
    facts: [...shown, ...totals],
    lead: lead || notes.shift() || '',
    sections,
    notes: [...notes, ...closingNotes(ctx)],
  };
}

/**
 * "Vilken post var minst 2026?": the year's lines by size under a lead that names the smallest (or
 * the largest) — unless two share that amount, when the list says it.
 */
export function leadingLine(ctx: Ctx, lines: Composed, order: number): Composed {
  const [first, second] = lines.facts.filter((f) => f.kind === 'budget' && f.amountSEK !== null);
  if (!lines.answered || !first || (second && second.amountSEK === first.amountSEK)) return lines;
  const lead =
    order < 0
      ? t(ctx, `Minst ${first.year} är ${first.label}: ${amountOf(first, 'sv')}.`, `The smallest ${first.year} line is ${first.label}: ${amountOf(first, 'en')}.`)
      : t(ctx, `Störst ${first.year} är ${first.label}: ${amountOf(first, 'sv')}.`, `The largest ${first.year} line is ${first.label}: ${amountOf(first, 'en')}.`);
  return { ...lines, lead, sections: [{ title: lines.lead, items: [] }, ...lines.sections] };
}
