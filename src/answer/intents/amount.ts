/**
 * amount: the money for a topic or an owner in the years asked ("Hur mycket gick till
 * barncancer 2024?", "Vad fick regionerna 2026?"): the best line per year, with other lines
 * that name the same thing, the payment that is the same money, and the years without a figure.
 * Also: a group of lines named by its heading ("sjukvårdsregionala medel"), topics joined by
 * "och" (a line each), and an amount the question itself states ("de 280 miljonerna").
 * Declines when there is neither a topic nor an owner (the total is asked), and for a "which"
 * question that no amount answers (the sentences that say which do).
 */
import { formatAmount } from '../../corpus/amounts.ts';
import type { Fact } from '../../corpus/schema.ts';
import type { Scored } from '../../search/index.ts';
import { type Composed, item, section } from '../compose.ts';
import { type Ctx, orUnknown, withTopic } from '../context.ts';
import { amountOf, cite, listWords } from '../format.ts';
import { amountWeight, isLoose, knownTopic, matches, namesOwner, partial, required, topicParts, topicText } from '../match.ts';
import { inYears, newestYear, paymentOf, totalOf } from '../query.ts';
import { groupLines } from '../groups.ts';
import { noFigure } from '../nofigure.ts';
import { amountLine, closingNotes, t } from '../words.ts';

const isAmount = (f: Fact) => f.amountSEK !== null;

/** The person or role a question of pay is about: the people it names, else its topic. */
const whom = (ctx: Ctx) => (ctx.q.people.length ? listWords(ctx.q.people, ctx.lang) : topicText(ctx));

/** A topic named in the plural, definite or asked which: "de särskilda satsningarna", "the special efforts", "vilka satsningar". */
const PLURAL = /(?<![\p{L}])(?:(?:de|the|alla|all)\s+(?:\p{L}+\s+){0,2}(?:\p{L}{3,}(?:arna|erna|orna)|efforts|lines|items|investments|initiatives|allocations)|(?:vilka|which)\s+(?:\p{L}+\s+)?(?:\p{L}{3,}(?:ar|er|or|arna|erna|orna)|efforts|lines|items|investments|initiatives|allocations))(?![\p{L}])/u;

/** A count the question gives of the lines it means ("de tre särskilda satsningarna", "the two lines"). */
const COUNT = /(?<![\p{L}])(?:de|the|alla|all|båda|both)\s+(två|tre|fyra|fem|sex|two|three|four|five|six|2|3|4|5|6)(?![\p{L}\d])/u;
const NUMBERS: Record<string, number> = { två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, two: 2, three: 3, four: 4, five: 5, six: 6, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6 };

export function amount(asked: Ctx): Composed | null {
  const ctx = orUnknown(asked);
  // "Vad tjänar cancersamordnaren?": no source states anyone's pay; what they say of the person is shown.
  const ofPerson = ctx.q.people.length > 0 || ctx.q.signals.has('person-word') || ctx.q.signals.has('role-word') || !ctx.q.owner;
  if (ctx.q.signals.has('pay') && ofPerson) return { ...noFigure(ctx, 'amount'), lead: t(ctx, `Källorna anger ingen lön eller ersättning för ${whom(ctx)}.`, `The sources state no pay for ${whom(ctx)}.`) };
  if (ctx.q.figures.length && !knownTopic(ctx)) return byFigure(ctx);
  // "what's the 49 in the 2026 chart?": a figure named with words its own line fits is that line,
  // where the words alone would lead to another line.
  const topFits = () => {
    const top = matches(ctx, (f) => f.amountSEK !== null && inYears(f, ctx.years), amountWeight(ctx))[0]?.fact;
    return !!top && ctx.q.figures.includes(top.amountSEK!);
  };
  if (ctx.q.figures.length && !ctx.q.claimed.length && !topFits()) {
    const fitting = new Set(partial(ctx, (f) => f.amountSEK !== null && ctx.q.figures.includes(f.amountSEK) && inYears(f, ctx.years)).map((s) => s.fact));
    if (fitting.size) {
      const found = byFigure(ctx);
      if (found.answered && fitting.has(found.facts[0]!)) return found;
    }
  }
  if (!required(ctx) && !ctx.q.owner) return null;
  const filter = (f: Fact) => isAmount(f) && inYears(f, ctx.years) && (required(ctx) > 0 || f.kind === 'budget' || f.kind === 'flow');
  // "Hur mycket går till regionerna respektive till RCC 2026?", "hur mycket fördelar SKR till RCC
  // respektive RCC i samverkan?": each owner's own money (about the topic, when one is named).
  if (ctx.q.owners.length >= 2) {
    const each = eachOwner(ctx, filter);
    if (each || !required(ctx)) return each;
  }
  // Topics joined by "och"/"and" ("rehab and pelvic rehab"): a line each, when each has its own.
  const each = eachTopic(ctx, filter, true, 'amount', ctx.q.signals.has('together'));
  if (each && each.facts.length >= 2) return each;
  let found = required(ctx) ? matches(ctx, filter, amountWeight(ctx)) : byOwner(ctx, filter);
  if (!found.length) {
    const each = eachTopic(ctx, filter);
    if (each) return each;
    // "Vilka regioner får extra medel 2026?" asks which, not how much; "do the regions get support for
    // X?" asks whether: when only a verb like "få"/"get" spoke of money and sentences cover the topic, they answer it.
    const weak = !['how-much', 'how-much-of', 'how-big', 'money-figure', 'share-of', ...(ctx.q.signals.has('which') || ctx.q.signals.has('yes-no') ? [] : ['money-verb'])].some((s) => ctx.q.signals.has(s));
    if (weak && matches(ctx, (f) => (f.kind === 'passage' || f.kind === 'insats') && inYears(f, ctx.years)).length) return null;
    return noFigure(ctx, 'amount');
  }
  // "Hur mycket fick regionerna …": the named recipient's own lines come first; so do the lines of
  // a recipient that is no owner of tasks ("Vad får SKR?").
  const recipient = new Set(ctx.q.owner ? [] : ctx.topic.map((c) => c.text.toLowerCase()));
  const owned = found.filter((s) => (ctx.q.owner ? s.fact.owner === ctx.q.owner : !!s.fact.owner && recipient.has(s.fact.owner.toLowerCase())));
  const named = found.filter((s) => ctx.q.owner && namesOwner(s.fact, ctx.q.owner));
  if (owned.length) found = owned;
  else if (named.length) found = named;
  // "Hur mycket får RCC i samverkan för nationella uppdrag?": a payment to the owner named that
  // states the topic is the owner's money for it; its budget lines are parts of it — unless the
  // question names a group of lines by its heading's own words ("nationella medel").
  const paid = found.filter((s) => s.fact.kind === 'flow' && ctx.q.owner && s.fact.owner === ctx.q.owner);
  const group = groupLines(ctx);
  if (group && (!paid.length || group.byHeading)) return group.answer;
  if (paid.length) found = [...paid, ...found.filter((s) => !paid.includes(s))];

  // "hur mycket fick de särskilda satsningarna 2024 tillsammans?": the lines named, added up.
  const sum = summed(ctx, found);
  if (sum) return sum;

  // The best line per year; for a question without a year, every year that has one, newest first.
  const bestPerYear = new Map<number | null, Scored>();
  for (const s of found) if (!bestPerYear.has(s.fact.year)) bestPerYear.set(s.fact.year, s);
  // A line of a period ("per år 2021–2023") stands for each year of it that has no line of its own.
  const forYear = (y: number) => {
    const own = bestPerYear.get(y);
    const period = found.find((s) => s.fact.year === null && inYears(s.fact, [y]));
    return own && period ? (period.score > own.score ? period : own) : (own ?? period);
  };
  const chosen = ctx.q.years.length ? [...new Set(ctx.years.map(forYear).filter((s) => !!s))] : [...bestPerYear.values()].sort((a, b) => newestYear(b.fact) - newestYear(a.fact));
  // "de särskilda satsningarna", "the special efforts": a plural names every line of one year that
  // covers the topic as well as the best does — each is an answer, not a line that also mentions it.
  // So does an owner's money with something left out ("what did the regions get apart from the SVF money?"): what is left is the answer.
  const whatIsLeft = !!ctx.q.excluded && !!ctx.q.owner && !required(ctx);
  const plural = (PLURAL.test(ctx.q.text.toLowerCase()) || whatIsLeft) && chosen.length === 1;
  const equals = plural ? found.filter((s) => s !== chosen[0] && s.fact.year === chosen[0]!.fact.year && s.fact.kind === 'budget' && s.covered >= chosen[0]!.covered).slice(0, 5) : [];
  const top = chosen.length ? [...chosen, ...equals] : found.slice(0, 1);
  const also = found.filter((s) => !top.includes(s) && top.some((x) => x.fact.year === s.fact.year) && s.score >= top[0]!.score * 0.5).slice(0, 3);
  const same = top.map((s) => sameMoney(ctx, s.fact)).filter((n) => !!n);
  // "… samlade satsning 2021–2023 – och hur mycket av den avsattes i överenskommelsen?": what it holds.
  const holds = ctx.q.signals.has('how-much-of') || ctx.q.signals.has('part-of') ? containedTotals(ctx, top.map((s) => s.fact)) : [];
  const yearsWithout = ctx.q.years.length ? ctx.years.filter((y) => !bestPerYear.has(y) && !top.some((s) => inYears(s.fact, [y]))) : [];
  const [first, ...rest] = top;
  return {
    intent: 'amount',
    answered: true,
    facts: [...top.map((s) => s.fact), ...also.map((s) => s.fact), ...same.map((n) => n.fact), ...holds.map((c) => c.total)],
    lead: amountLine(ctx, first!.fact),
    sections: [
      ...section(rest.map((s) => item(amountLine(ctx, s.fact), s.fact))),
      ...section(also.map((s) => item(amountLine(ctx, s.fact), s.fact)), t(ctx, 'Andra rader som nämner samma sak:', 'Other lines that mention it:')),
    ],
    notes: [
      ...same.map((n) => n.text),
      ...holds.map((c) => containsNote(ctx, c)),
      yearsWithout.length ? t(ctx, `Källorna anger inget belopp för ${topicText(ctx)} ${listWords(yearsWithout, 'sv')}.`, `The sources give no figure for ${topicText(ctx)} in ${listWords(yearsWithout, 'en')}.`) : '',
      ...closingNotes(ctx),
    ].filter(Boolean),
  };
}

/**
 * The budget lines of one year that the topic names equally well, added up, when the question asks
 * for them together ("sammanlagt", "combined"): the sources state no such sum, so it is said to be
 * the sum of the lines listed. Null unless two lines or more are so named.
 */
function summed(ctx: Ctx, found: Scored[]): Composed | null {
  if (!ctx.q.signals.has('together') || !required(ctx)) return null;
  // Topics joined ("X, Y och Z") are summed only when each names its own line for certain (see `eachTopic`).
  if (topicParts(ctx).length > 1) return null;
  const budget = found.filter((s) => s.fact.kind === 'budget' && s.fact.year !== null);
  const years = [...new Set(budget.map((s) => s.fact.year!))];
  if (years.length !== 1) return null;
  const most = Math.max(...budget.map((s) => s.covered));
  return sumOf(ctx, budget.filter((s) => s.covered === most).map((s) => s.fact));
}

/** Budget lines of one year added up, as the lead; null for fewer than two or lines of several years. */
export function sumOf(ctx: Ctx, lines: Fact[]): Composed | null {
  const years = [...new Set(lines.map((f) => f.year))];
  if (lines.length < 2 || years.length !== 1 || years[0] === null || lines.some((f) => f.kind !== 'budget')) return null;
  // "summan av de tre särskilda satsningarna": as many lines as the question counts, or no sum.
  const counted = COUNT.exec(ctx.q.text.toLowerCase());
  if (counted && NUMBERS[counted[1]!] !== lines.length) return null;
  const y = years[0]!;
  const total = lines.reduce((n, f) => n + f.amountSEK!, 0);
  return {
    intent: 'amount',
    answered: true,
    facts: lines,
    lead: t(
      ctx,
      `Sammanlagt ${formatAmount(total, 'sv')} ${y}: summan av de ${lines.length} budgetraderna nedan (källan anger ingen sådan summa).`,
      `In all ${formatAmount(total, 'en')} in ${y}: the sum of the ${lines.length} budget lines below (the source states no such sum).`,
    ),
    sections: section(lines.map((f) => item(amountLine(ctx, f), f))),
    notes: closingNotes(ctx),
  };
}

/**
 * Each owner named, its best amount in each year asked: a line each. With a topic, each owner's
 * best line about it, and only when every owner has one (else the topic's own answer is better).
 */
function eachOwner(ctx: Ctx, filter: (f: Fact) => boolean): Composed | null {
  const rows: Fact[] = [];
  for (const owner of ctx.q.owners) {
    const forOwner = { ...ctx, q: { ...ctx.q, owner } };
    const mine = required(ctx)
      ? matches(forOwner, (f) => filter(f) && f.owner === owner, amountWeight(forOwner))
      : byOwner(forOwner, (f) => f.amountSEK !== null && inYears(f, ctx.years)).sort((a, b) => b.score - a.score);
    if (required(ctx) && !mine.length) return null;
    const years = ctx.q.years.length ? ctx.years : [mine[0]?.fact.year];
    for (const y of years) {
      const best = mine.find((s) => s.fact.year === y);
      if (best && !rows.includes(best.fact)) rows.push(best.fact);
    }
  }
  if (!rows.length) return null;
  const [first, ...rest] = rows;
  return { intent: 'amount', answered: true, facts: rows, lead: amountLine(ctx, first!), sections: section(rest.map((f) => item(amountLine(ctx, f), f))), notes: closingNotes(ctx) };
}

/** The owner's own amounts, budget lines first. */
export function byOwner(ctx: Ctx, filter: (f: Fact) => boolean): Scored[] {
  // What is paid out to the owner is all its money that year; its budget lines are parts of it.
  const rank = (f: Fact) => (f.kind === 'flow' ? 2 : f.kind === 'budget' ? 1.5 : 1);
  return ctx.corpus.facts.filter((f) => filter(f) && f.owner === ctx.q.owner).map((fact) => ({ fact, score: rank(fact), covered: 0 }));
}

/** The agreements' totals that an amount shown holds ("600 miljoner per år" holds the 2021 agreement). */
function containedTotals(ctx: Ctx, shown: Fact[]): { f: Fact; total: Fact }[] {
  return shown.flatMap((f) => ctx.corpus.facts.filter((x) => f.contains?.includes(x.id) && x.kind === 'total' && !shown.includes(x)).map((total) => ({ f, total })));
}

const containsNote = (ctx: Ctx, { f, total }: { f: Fact; total: Fact }): string =>
  t(ctx, `Av de ${amountOf(f, 'sv')} ingår överenskommelsen ${total.year}: ${amountOf(total, 'sv')} ${cite(total, 'sv')}.`, `Of the ${amountOf(f, 'en')}, the ${total.year} agreement is ${amountOf(total, 'en')} ${cite(total, 'en')}.`);

/** Where a budget line's money also shows up as a payment flow, say which is which. */
function sameMoney(ctx: Ctx, f: Fact): { text: string; fact: Fact } | null {
  if (f.kind !== 'budget' || f.year === null) return null;
  const flow = paymentOf(ctx.corpus.facts, f);
  if (!flow) return null;
  return {
    fact: flow,
    text: t(
      ctx,
      `Samma pengar syns också som utbetalning: ${flow.payer} betalar ut ${amountOf(flow, 'sv')} till ${flow.owner?.toLowerCase()} ${cite(flow, 'sv')}. Det är budgetraden sedd från betalaren, inte mer pengar.`,
      `The same money also appears as a payment: ${flow.payer} pays out ${amountOf(flow, 'en')} to ${flow.owner} ${cite(flow, 'en')}. That is the budget line seen from the payer, not more money.`,
    ),
  };
}

/**
 * "Hur mycket gick till patologi och radiologi 2024?": no one line is both, so each topic named
 * gets its own best line, and a topic without one is said to have none.
 * @param everyPart decline unless every topic has a line
 */
export function eachTopic(ctx: Ctx, filter: (f: Fact) => boolean, everyPart = false, intent: Composed['intent'] = 'amount', added = false): Composed | null {
  const topics = ctx.topic.filter((c) => !c.soft);
  const groups = new Map<number, typeof topics>();
  for (const c of topics) groups.set(c.group ?? 0, [...(groups.get(c.group ?? 0) ?? []), c]);
  if (groups.size < 2) return null;
  const soft = ctx.topic.filter((c) => c.soft);
  const rows: Fact[] = [];
  const without: string[] = [];
  let unsure = false;
  for (const group of groups.values()) {
    const one = withTopic(ctx, [...group, ...soft]);
    const found = matches(one, filter, amountWeight(one));
    const picked = ctx.q.years.length ? ctx.years.map((y) => found.find((s) => s.fact.year === y)).filter((s) => !!s) : found.slice(0, 1);
    // A part that two lines of a year match equally well names no one line: no sum is made of it.
    if (picked.some((p) => found.some((s) => s !== p && s.fact.year === p.fact.year && s.fact.kind === p.fact.kind && s.score >= p.score * 0.99))) unsure = true;
    if (picked.length) rows.push(...picked.map((s) => s.fact).filter((f) => !rows.includes(f)));
    // A part made only of words the corpus happens to use ("…, snabbt") names no topic of its own.
    else if (group.every(isLoose)) for (const c of group) ctx.dropped.includes(c.text) || ctx.dropped.push(c.text);
    else without.push(group.map((x) => x.text).join(' '));
  }
  if (!rows.length || (everyPart && without.length)) return null;
  // A sum or a difference only of lines each part names for certain: a figure computed from a guessed line would be wrong.
  const certain = !unsure && !without.length && rows.length === groups.size * (ctx.q.years.length ? ctx.years.length : 1);
  const sum = added && certain ? sumOf(ctx, rows) : null;
  if (sum) return sum;
  const [first, ...rest] = rows;
  // "Fick patologin mer än radiologin 2024?": two lines of one year compared, the difference first.
  const versus = certain && rows.length === 2 && ['compare-word', 'more-than', 'most', 'least'].some((id) => ctx.q.signals.has(id)) ? pairDifference(ctx, first!, rest[0]!) : '';
  return {
    intent,
    answered: true,
    facts: rows,
    lead: versus || amountLine(ctx, first!),
    ...(versus ? { difference: versus } : {}),
    sections: section((versus ? rows : rest).map((f) => item(amountLine(ctx, f), f))),
    notes: [
      without.length ? t(ctx, `Källorna anger inget belopp för ${listWords(without, 'sv')}${ctx.q.years.length ? ` ${listWords(ctx.years, 'sv')}` : ''}.`, `The sources give no figure for ${listWords(without, 'en')}${ctx.q.years.length ? ` in ${listWords(ctx.years, 'en')}` : ''}.`) : '',
      ...closingNotes(ctx),
    ].filter(Boolean),
  };
}

/**
 * Two lines of one year side by side: which is larger and by how much, computed from the two
 * amounts and said so ("Särskild satsning på rehabilitering fick 95 miljoner kronor mer än
 * Bäckenrehabilitering 2024"). Empty for lines of different years or kinds (a comparison of years says that).
 */
export function pairDifference(ctx: Ctx, a: Fact, b: Fact): string {
  if (a.year === null || a.year !== b.year || a.kind !== b.kind || a.amountSEK === null || b.amountSEK === null) return '';
  const [hi, lo] = a.amountSEK >= b.amountSEK ? [a, b] : [b, a];
  const both = `${amountOf(hi, ctx.lang)} ${t(ctx, 'mot', 'against')} ${amountOf(lo, ctx.lang)}`;
  if (hi.amountSEK === lo.amountSEK) return t(ctx, `${a.label} och ${b.label} fick lika mycket ${a.year}: ${amountOf(a, 'sv')} var.`, `${a.label} and ${b.label} got the same in ${a.year}: ${amountOf(a, 'en')} each.`);
  const delta = hi.amountSEK! - lo.amountSEK!;
  return t(
    ctx,
    `${hi.label} fick ${formatAmount(delta, 'sv')} mer än ${lo.label} ${a.year} (${both}, uträknat ur de två beloppen).`,
    `${hi.label} got ${formatAmount(delta, 'en')} more than ${lo.label} in ${a.year} (${both}, computed from the two amounts).`,
  );
}

/** How far a rounded figure may lie from an amount of the sources (a share of the figure) to be read as it. */
const NEAR = 0.03;

const ofYearAsked = (ctx: Ctx, f: Fact): number => Number(ctx.q.years.length > 0 && f.year !== null && ctx.years.includes(f.year));

/** The facts that state an amount the question names, budget lines first; one no source states is never echoed. */
function byFigure(ctx: Ctx): Composed {
  const order: Fact['kind'][] = ['budget', 'flow', 'funding', 'total', 'passage'];
  const facts = ctx.corpus.facts
    .filter((f) => f.amountSEK !== null && ctx.q.figures.includes(f.amountSEK) && (!ctx.q.years.length || inYears(f, ctx.years)))
    // A fact of the very year asked comes before money of a period that spans it ("2021 – 500 eller 600 miljoner?").
    .sort((a, b) => ofYearAsked(ctx, b) - ofYearAsked(ctx, a) || order.indexOf(a.kind) - order.indexOf(b.kind) || (b.year ?? 0) - (a.year ?? 0));
  if (!facts.length) {
    // "'en miljard' för 2026 – vad är den exakta siffran?": a rounded figure, the amounts within NEAR of it.
    const off = (f: Fact) => Math.min(...ctx.q.figures.map((x) => Math.abs(f.amountSEK! - x) / x));
    const near = ctx.corpus.facts
      .filter((f) => f.amountSEK !== null && f.kind !== 'passage' && off(f) <= NEAR && (!ctx.q.years.length || inYears(f, ctx.years)))
      .sort((a, b) => off(a) - off(b) || order.indexOf(a.kind) - order.indexOf(b.kind))
      .slice(0, 4);
    if (near.length) {
      return {
        intent: 'amount',
        answered: true,
        facts: near,
        lead: t(ctx, 'Inget belopp i källorna är exakt det beloppet; närmast ligger:', 'No amount in the sources is exactly that; the nearest:'),
        sections: section(near.map((f) => item(amountLine(ctx, f), f))),
        notes: closingNotes(ctx),
      };
    }
    const totals = (ctx.q.years.length ? ctx.years : []).map((y) => totalOf(ctx.corpus, y)).filter((f) => !!f);
    return {
      intent: 'amount',
      answered: false,
      facts: totals,
      lead: t(ctx, 'Inget belopp i källorna är just det beloppet.', 'No amount in the sources is that amount.'),
      sections: section(totals.map((f) => item(amountLine(ctx, f), f))),
      notes: closingNotes(ctx),
    };
  }
  const shown = facts.slice(0, 6);
  // "600 miljoner per år – hur mycket av det låg i överenskommelsen?": what the money named contains is said too;
  // "is the 133,5 part of the 809?": two named amounts that are parts of the same money are parts of it, not of each other.
  const contained = containedTotals(ctx, shown);
  const outer = ctx.corpus.facts.find((o) => o.contains && shown.filter((f) => o.contains!.includes(f.id)).length >= 2);
  const partsOfOuter = outer ? shown.filter((f) => outer.contains!.includes(f.id)) : [];
  // "how much of the 600m went into the 2021 agreement?": the part asked for is the answer, the whole its context.
  const part = ctx.q.signals.has('how-much-of') ? contained.find((c) => !ctx.q.years.length || inYears(c.total, ctx.years)) : undefined;
  // What else the whole holds beside the agreement ("the 133,5 to the RCCs"): the rest of the money asked about.
  const besides = part ? ctx.corpus.facts.filter((x) => part.f.contains?.includes(x.id) && x !== part.total && !shown.includes(x)) : [];
  const wholes = [...shown, ...contained.map((c) => c.total), ...(outer && !shown.includes(outer) ? [outer] : []), ...besides];
  return {
    intent: 'amount',
    answered: true,
    facts: part ? [part.total, ...wholes.filter((f) => f !== part.total)] : wholes,
    lead: part ? containsNote(ctx, part) : t(ctx, 'Så här anger källorna det beloppet:', 'This is how the sources state that amount:'),
    sections: section([...shown, ...besides].map((f) => item(f.kind === 'passage' ? `${f.year}: ${f.label} ${cite(f, ctx.lang)}` : amountLine(ctx, f), f))),
    notes: [
      shown.some((f) => f.kind === 'budget') && shown.some((f) => f.kind === 'flow') ? t(ctx, 'Budgetraden och utbetalningen är samma pengar, sedda på två sätt.', 'The budget line and the payment are the same money, seen two ways.') : '',
      ...contained.filter((c) => c !== part).map((c) => containsNote(ctx, c)),
      outer
        ? t(
            ctx,
            `${listWords(partsOfOuter.map((f) => amountOf(f, 'sv')), 'sv')} är båda delar av ${outer.label.toLowerCase()} (${amountOf(outer, 'sv')}) ${cite(outer, 'sv')}; den ena ingår inte i den andra.`,
            `${listWords(partsOfOuter.map((f) => amountOf(f, 'en')), 'en')} are both parts of the Government's ${amountOf(outer, 'en')} (${outer.label}) ${cite(outer, 'en')}; neither is part of the other.`,
          )
        : '',
      ...closingNotes(ctx),
    ].filter(Boolean),
  };
}
