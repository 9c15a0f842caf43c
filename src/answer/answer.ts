/**
 * The answering core: a pure function of (question, corpus, today). No I/O, no Slack.
 * It cleans and parses the question, finds the facts, and writes the answer in the question's
 * language. Every amount in the text comes from a fact in `facts`; a year without a source, or a
 * topic without a figure, is said plainly, with what the sources do say beside it.
 */
import type { Corpus } from '../corpus/load.ts';
import { daysBetween } from '../dates.ts';
import type { Fact } from '../corpus/schema.ts';
import { type FactIndex, type Scored, indexOf } from '../search/index.ts';
import { MAX_QUESTION_LENGTH, cleanQuestion } from '../text/clean.ts';
import { ACRONYMS } from '../text/synonyms.ts';
import { STOP_WORDS, stem, tokens, unicodeWords } from '../text/analyze.ts';
import { areaKey } from '../ingest/area.ts';
import { amountOf, cite, listWords, short, uncitedAmounts } from './format.ts';
import { formatAmount } from '../corpus/amounts.ts';
import { type Intent, type Parsed, SOFT_WORDS, detectLanguage, parseQuestion } from './parse.ts';
import type { Answer, AnswerOptions, Language } from './types.ts';

interface Ctx {
  corpus: Corpus;
  index: FactIndex;
  q: Parsed;
  lang: Language;
  today: string;
  /** Agreement years with a source, ascending. */
  sourceYears: number[];
  /** Requested years that have a source (all source years when none were requested). */
  years: number[];
  /** Requested years without a source. */
  missing: number[];
}

type Result = Omit<Answer, 'question' | 'language'>;

const sv = (ctx: Ctx) => ctx.lang === 'sv';
const t = (ctx: Ctx, svText: string, enText: string) => (sv(ctx) ? svText : enText);

export function answer(question: string, opts: AnswerOptions): Answer {
  const cleaned = cleanQuestion(typeof question === 'string' ? question : '');
  const lang = detectLanguage(cleaned);
  const base = { question: cleaned.slice(0, MAX_QUESTION_LENGTH), language: lang };
  if (!cleaned) return { ...base, ...help(lang, 'empty') };
  if (cleaned.length > MAX_QUESTION_LENGTH) {
    return {
      ...base,
      intent: 'too-long',
      answered: false,
      text: lang === 'sv' ? `Frågan är för lång (över ${MAX_QUESTION_LENGTH} tecken). Ställ en kortare fråga, till exempel "Hur mycket gick till barncancer 2024?"` : `The question is too long (over ${MAX_QUESTION_LENGTH} characters). Please ask a shorter one, for example "How much went to childhood cancer in 2024?"`,
      facts: [],
    };
  }
  const index = indexOf(opts.corpus);
  const q = parseQuestion(cleaned, opts.today, index);
  const sourceYears = [...new Set(opts.corpus.sources.flatMap((s) => s.years))].sort((a, b) => a - b);
  // "Hur mycket av 556 miljoner …": a year's total named without its year names that year.
  if (!q.years.length && q.before === null && q.intent !== 'deadlines') {
    const totalYears = [...new Set(opts.corpus.facts.filter((f) => f.kind === 'total' && f.amountSEK !== null && q.figures.includes(f.amountSEK)).map((f) => f.year!))];
    if (totalYears.length) q.years = totalYears.sort((a, b) => a - b);
  }
  // "före 2024": the years with a source before it.
  if (q.before !== null && !q.years.length) q.years = sourceYears.filter((y) => y < q.before!);
  // "den senaste överenskommelsen", "the first agreement": the newest (up to this year) or the first year with a source.
  if (!q.years.length) {
    const text = cleaned.toLowerCase();
    const thisYear = Number(opts.today.slice(0, 4));
    if (unicodeWords(/\b(?:senaste|nyaste|latest|most recent|newest|current|nuvarande|aktuella|gällande)\b(?! år)/u).test(text)) {
      const latest = sourceYears.filter((y) => y <= thisYear).pop();
      if (latest !== undefined) q.years = [latest];
    } else if (unicodeWords(/\b(?:första|earliest|first|äldsta|oldest)\b(?! gången| time)/u).test(text)) q.years = [sourceYears[0]!];
  }
  const ctx: Ctx = {
    corpus: opts.corpus,
    index,
    q,
    lang: q.language,
    today: opts.today,
    sourceYears,
    years: q.years.length ? q.years.filter((y) => sourceYears.includes(y)) : sourceYears,
    missing: q.years.filter((y) => !sourceYears.includes(y)),
  };
  let intent: Intent = q.intent;
  // "Hur mycket fick regionerna (totalt) 2024?": the owner's money, not the agreement's total.
  if (intent === 'total' && q.owner) intent = 'amount';
  // "Hur många RCC finns det?", "RCC?": nothing asked but the owner named: what the sources say it is.
  // An owner the sources define (RCC, RCC i samverkan) gets its definition; "regionerna?" gets its tasks.
  if (intent === 'unknown' && q.owner) intent = opts.corpus.facts.some((f) => f.tags?.includes('definition') && (f.term === q.owner || (q.owner === 'RCC' && f.term === 'RCC i samverkan'))) ? 'definition' : 'tasks';
  // A bare topic ("barncanc 2024", "stimulansmedel SVF 2021") that has a budget line of its own asks for that line.
  // So do bare topics joined by "och" ("patologi och radiologi 2024") when each has a budget line of its own.
  const budgetOfYears = (f: Fact) => f.kind === 'budget' && inYears(f, ctx.years);
  if (intent === 'topic' && (matches(ctx, budgetOfYears).length || eachTopic(ctx, budgetOfYears, true))) intent = 'amount';
  // A question that names a person of the sources ("Vad säger Kjell Ivarsson?") is about that person.
  if (['topic', 'responsible', 'tasks', 'definition', 'unknown'].includes(intent) && namedPeople(ctx).length) intent = 'people';
  // "Vad går de 280 miljonerna till?": a question that names an amount and no topic asks what that amount is.
  // "1,005 miljarder": a figure in billions that is no Government money outside the agreement is not a funding question.
  const figureIsFunding = q.figures.some((x) => opts.corpus.facts.some((f) => f.kind === 'funding' && f.amountSEK === x));
  if (q.figures.length && !required(ctx) && !q.owner && (['unknown', 'topic', 'definition', 'total', 'amount', 'lines', 'trend'].includes(intent) || (intent === 'funding' && !figureIsFunding))) {
    const found = byFigure(ctx);
    if (found) return { ...base, language: q.language, ...guard(found) };
  }
  const result = q.years.length && !ctx.years.length && intent !== 'deadlines' ? noSource(ctx, intent) : COMPOSE[intent](ctx);
  return { ...base, language: q.language, ...guard(result) };
}

/** The last line of defence: a text line with an amount no fact states is dropped, never shown. */
function guard(r: Result): Result {
  if (!uncitedAmounts(r.text, r.facts).length) return r;
  return { ...r, text: r.text.split('\n').filter((line) => !uncitedAmounts(line, r.facts).length).join('\n') };
}

const COMPOSE: Record<Intent, (ctx: Ctx) => Result> = {
  empty: (ctx) => help(ctx.lang, 'empty'),
  'too-long': (ctx) => help(ctx.lang, 'unknown'),
  help: (ctx) => help(ctx.lang, 'help'),
  thanks: (ctx) => help(ctx.lang, 'thanks'),
  lines,
  unknown: (ctx) => help(ctx.lang, 'unknown'),
  total: totals,
  amount,
  compare,
  trend,
  funding,
  payment,
  tasks,
  responsible,
  deadlines,
  areas,
  people,
  new: whatIsNew,
  definition,
  topic,
};

// ---------------------------------------------------------------- helpers

const isAmount = (f: Fact) => f.amountSEK !== null;
/** The last year a fact speaks of: its year, or the end of its period ("per år 2024–2026"). */
const newestYear = (f: Fact) => f.year ?? f.period?.to ?? 0;
const yearOf = (f: Fact) => f.year;
const inYears = (f: Fact, years: number[]) => (f.year !== null ? years.includes(f.year) : !!f.period && years.some((y) => f.period!.from <= y && y <= f.period!.to));
const required = (ctx: Ctx) => ctx.q.concepts.filter((c) => !c.soft).length;
const topicText = (ctx: Ctx) => ctx.q.concepts.filter((c) => !c.soft).map((c) => c.text).join(' ') || ctx.q.owner || t(ctx, 'det', 'that');

/** Facts covering every required concept of the question, best first. */
function matches(ctx: Ctx, filter: (f: Fact) => boolean, weight: (s: Scored) => number = () => 1): Scored[] {
  const need = required(ctx);
  return ctx.index
    .score(ctx.q.concepts, filter)
    .filter((s) => s.covered >= need && s.covered > 0)
    .map((s) => ({ ...s, score: s.score * weight(s) }))
    .sort((a, b) => b.score - a.score);
}

const KIND_WEIGHT: Partial<Record<Fact['kind'], number>> = { budget: 1.3, flow: 0.9, funding: 0.8, passage: 0.6, total: 0.5 };

function amountWeight(ctx: Ctx) {
  const asked = ctx.q.concepts.flatMap((c) => c.wordings.flatMap((w) => w.words.flatMap((x) => tokens(x)))).map(stem);
  return (s: Scored) =>
    ((KIND_WEIGHT[s.fact.kind] ?? 0.5) * (ctx.q.owner && s.fact.owner === ctx.q.owner ? 1.6 : ctx.q.owner && namesOwner(s.fact, ctx.q.owner) ? 1.3 : 1)) /
    (1 + 0.2 * unaskedWords(s.fact, asked));
}

/**
 * How many content words of a budget line's label the question does not ask about: "Arbete med
 * standardiseradevårdförlopp" is all SVF, "Nationellt arbete med standardiserade vårdförlopp" is
 * SVF and national. Among lines that match a topic equally, the one that is only that topic wins.
 */
function unaskedWords(f: Fact, asked: string[]): number {
  if (f.kind !== 'budget' && f.kind !== 'flow') return 0;
  let n = 0;
  for (const word of tokens(f.label)) {
    if (word.length < 3 || STOP_WORDS.has(word) || SOFT_WORDS.has(word) || /\d/.test(word) || /^(?:rcc|skr|regionerna|till|via|genom)$/.test(word)) continue;
    const w = stem(word);
    // A compound that holds an asked word ("standardiseradevårdförlopp" for "vårdförloppen") is asked about.
    if (!asked.some((a) => a.length >= 3 && (w.startsWith(a) || a.startsWith(w) || (a.length >= 5 && w.includes(a))))) n++;
  }
  return n;
}

/** A fact whose own wording names the owner as the one the money goes through ("till SKR … genom RCC i samverkan"). */
function namesOwner(f: Fact, owner: string): boolean {
  const label = f.label.toLowerCase();
  if (owner === 'RCC i samverkan') return /\brcc i samverkan\b/u.test(label);
  if (owner === 'RCC') return unicodeWords(/\brcc(?::s|erna)?\b(?! i samverkan)/u).test(label);
  if (owner === 'Regionerna') return unicodeWords(/\bregion(?:erna|ernas)?\b/u).test(label);
  return false;
}

/** 1 when the question asks for the largest ("störst", "most"), -1 for the smallest, else 0. */
function superlative(ctx: Ctx): 1 | -1 | 0 {
  const text = ctx.q.text.toLowerCase();
  if (unicodeWords(/\b(?:minst\w*|smallest|lowest|least|lägst\w*)\b/u).test(text)) return -1;
  if (unicodeWords(/\b(?:störst\w*|largest|biggest|högst\w*|highest|mest|most)\b/u).test(text)) return 1;
  return 0;
}

/** People of the sources whose name the question writes ("Kjell Ivarsson", "Brändström"). */
function namedPeople(ctx: Ctx): Fact[] {
  const words = new Set(tokens(ctx.q.text));
  return ctx.corpus.facts.filter((f) => f.person && tokens(f.person.name).some((w) => w.length >= 4 && words.has(w)));
}

function totalOf(ctx: Ctx, year: number): Fact | undefined {
  return ctx.corpus.facts.find((f) => f.kind === 'total' && f.year === year);
}

function missingNote(ctx: Ctx): string {
  if (!ctx.missing.length) return '';
  return t(
    ctx,
    `Det finns ingen källa för ${listWords(ctx.missing, 'sv')}; källorna täcker ${listWords(ctx.sourceYears, 'sv')}.`,
    `There is no source for ${listWords(ctx.missing, 'en')}; the sources cover ${listWords(ctx.sourceYears, 'en')}.`,
  );
}

/** Which agreement years the sources cover, and the years between them that have none. */
function coverageNote(ctx: Ctx): string {
  const first = ctx.sourceYears[0]!;
  const last = ctx.sourceYears[ctx.sourceYears.length - 1]!;
  const gaps: number[] = [];
  for (let y = first; y <= last; y++) if (!ctx.sourceYears.includes(y)) gaps.push(y);
  return t(
    ctx,
    `Källorna täcker ${listWords(ctx.sourceYears, 'sv')}${gaps.length ? `; det finns ingen källa för ${listWords(gaps, 'sv')}` : ''}.`,
    `The sources cover ${listWords(ctx.sourceYears, 'en')}${gaps.length ? `; there is no source for ${listWords(gaps, 'en')}` : ''}.`,
  );
}

function join(...parts: (string | undefined | false)[]): string {
  return parts.filter(Boolean).join('\n');
}

function nearestYears(ctx: Ctx, year: number): number[] {
  const before = ctx.sourceYears.filter((y) => y < year).pop();
  const after = ctx.sourceYears.find((y) => y > year);
  return [before, after].filter((y): y is number => y !== undefined);
}

/** One line for an amount fact: label, amount, year, who gets it, source. */
function amountLine(ctx: Ctx, f: Fact): string {
  const who = f.kind === 'budget' && f.group && !f.unit ? ` – ${f.group}` : f.kind === 'flow' ? ` – ${t(ctx, 'utbetalning', 'paid out')}` : '';
  const when = f.year ?? (f.period ? `${f.period.from}–${f.period.to}` : '');
  const kind = f.kind === 'funding' ? t(ctx, ' (regeringens medel utanför överenskommelsens budgetrader)', " (Government money outside the agreement's budget lines)") : '';
  return `• ${when}: ${f.label}: ${amountOf(f, ctx.lang)}${who}${kind} ${cite(f, ctx.lang)}`;
}

/** Where a budget line's money also shows up as a payment flow, say which is which. */
function sameMoneyNote(ctx: Ctx, f: Fact): { text: string; fact: Fact } | null {
  if (f.kind !== 'budget') return null;
  const flow = ctx.corpus.facts.find((x) => x.kind === 'flow' && x.year === f.year && x.amountSEK === f.amountSEK && x.owner === f.owner);
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

// ---------------------------------------------------------------- intents

function totals(ctx: Ctx): Result {
  const facts = ctx.years.map((y) => totalOf(ctx, y)).filter((f): f is Fact => !!f);
  const without = ctx.years.filter((y) => !totalOf(ctx, y));
  if (facts.length === 1) {
    const f = facts[0]!;
    const lines = ctx.corpus.facts.filter((x) => x.kind === 'budget' && x.year === f.year);
    // "Hur mycket pengar gick till cancervården 2024?": cancer care, not the agreement, is named; the
    // Government's money for cancer care that year is said beside the agreement's total.
    const careOnly = unicodeWords(/\b(?:cancervård\w*|cancer care)\b/u).test(ctx.q.text.toLowerCase()) && !unicodeWords(/\b(?:överenskommelse\w*|agreement\w*|avtal\w*|total\w*)\b/u).test(ctx.q.text.toLowerCase());
    const care = careOnly ? ctx.corpus.facts.filter((x) => x.kind === 'funding' && x.year === f.year && /cancervården/.test(x.label) && x.amountSEK! > f.amountSEK!) : [];
    return {
      intent: 'total',
      answered: true,
      facts: [f, ...care],
      text: join(
        t(ctx, `Överenskommelsen ${f.year} omfattar totalt ${amountOf(f, 'sv')} ${cite(f, 'sv')}.`, `The ${f.year} agreement totals ${amountOf(f, 'en')} ${cite(f, 'en')}.`),
        ...care.map((x) => t(ctx, `Regeringens pengar till cancervården ${f.year} är fler än överenskommelsens: ${x.label}: ${amountOf(x, 'sv')} ${cite(x, 'sv')}.`, `The Government's money for cancer care in ${f.year} is more than the agreement's: ${x.label}: ${amountOf(x, 'en')} ${cite(x, 'en')}.`)),
        lines.length
          ? t(ctx, `Källan fördelar den på ${lines.length} budgetrader (fråga t.ex. "budgetrader ${f.year}").`, `The source splits it into ${lines.length} budget lines.`)
          : t(ctx, `Källan för ${f.year} anger inga budgetrader, bara totalen.`, `The ${f.year} source gives no budget lines, only the total.`),
        missingNote(ctx),
      ),
    };
  }
  return {
    intent: 'total',
    answered: facts.length > 0,
    facts,
    text: join(
      t(ctx, 'Överenskommelsernas totala belopp:', 'The agreements’ totals:'),
      ...facts.map((f) => `• ${f.year}: ${amountOf(f, ctx.lang)} ${cite(f, ctx.lang)}`),
      without.length > 0 && t(ctx, `Inget totalbelopp anges för ${listWords(without, 'sv')}.`, `No total is stated for ${listWords(without, 'en')}.`),
      !ctx.q.years.length && coverageNote(ctx),
      missingNote(ctx),
    ),
  };
}

/** A year's budget lines under their group headings, with the year's total; the newest year with lines when none is named. */
function lines(ctx: Ctx): Result {
  const hasLines = (y: number) => ctx.corpus.facts.some((f) => f.kind === 'budget' && f.year === y);
  const withLines = ctx.sourceYears.filter(hasLines);
  const asked = ctx.q.years.length ? ctx.years : withLines.slice(-1);
  const order = superlative(ctx);
  const owner = ctx.q.owner;
  const shown: Fact[] = [];
  const totalsShown: Fact[] = [];
  const out: string[] = [];
  const without: number[] = [];
  for (const y of asked) {
    const total = totalOf(ctx, y);
    let list = ctx.corpus.facts.filter((f) => f.kind === 'budget' && f.year === y && (!owner || f.owner === owner));
    if (!list.length) {
      without.push(y);
      if (total) totalsShown.push(total);
      continue;
    }
    if (total) totalsShown.push(total);
    if (order) list = [...list].sort((a, b) => order * (b.amountSEK! - a.amountSEK!));
    shown.push(...list);
    const whose = owner ? t(ctx, ` till ${owner.toLowerCase()}`, ` for ${owner}`) : '';
    out.push(
      total
        ? t(ctx, `Budgetraderna${whose} ${y} (överenskommelsen omfattar totalt ${amountOf(total, 'sv')} ${cite(total, 'sv')}):`, `The ${y} budget lines${whose} (the agreement totals ${amountOf(total, 'en')} ${cite(total, 'en')}):`)
        : t(ctx, `Budgetraderna${whose} ${y}:`, `The ${y} budget lines${whose}:`),
    );
    const groups = new Map<string, Fact[]>();
    for (const f of list) {
      const key = order || f.unit ? '' : (f.group ?? '');
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    for (const [group, items] of groups) {
      if (group && groups.size > 1) out.push(`  ${group}`);
      for (const f of items) out.push(`    • ${f.label}: ${amountOf(f, ctx.lang)} ${cite(f, ctx.lang)}`);
    }
    if (!owner && ctx.corpus.facts.some((f) => f.kind === 'flow' && f.year === y)) {
      out.push(t(ctx, `Samma pengar ${y} syns också per utbetalare (Kammarkollegiet, SKR); fråga "hur betalas pengarna ut?".`, `The same ${y} money is also shown by who pays it out (Kammarkollegiet, SKR); ask "how is the money paid out?".`));
    }
  }
  for (const y of without) {
    const total = totalOf(ctx, y);
    out.push(
      owner
        ? t(ctx, `Källan för ${y} anger inga budgetrader till ${owner.toLowerCase()}.`, `The ${y} source gives no budget lines for ${owner}.`)
        : total
          ? t(ctx, `Källan för ${y} anger inga budgetrader, bara totalen: ${amountOf(total, 'sv')} ${cite(total, 'sv')}.`, `The ${y} source gives no budget lines, only the total: ${amountOf(total, 'en')} ${cite(total, 'en')}.`)
          : t(ctx, `Källan för ${y} anger inga budgetrader.`, `The ${y} source gives no budget lines.`),
    );
  }
  const others = ctx.q.years.length ? [] : withLines.filter((y) => !asked.includes(y));
  return {
    intent: 'lines',
    answered: shown.length > 0,
    facts: [...shown, ...totalsShown],
    text: join(
      ...out,
      others.length > 0 && t(ctx, `Budgetrader finns också för ${listWords(others, 'sv')}; fråga med årtal.`, `There are budget lines for ${listWords(others, 'en')} too; ask with the year.`),
      missingNote(ctx),
    ),
  };
}

function amount(ctx: Ctx): Result {
  if (!required(ctx) && !ctx.q.owner) return totals(ctx);
  const filter = (f: Fact) => isAmount(f) && inYears(f, ctx.years) && (required(ctx) > 0 || f.kind === 'budget' || f.kind === 'flow');
  let found = required(ctx) ? matches(ctx, filter, amountWeight(ctx)) : byOwner(ctx, filter);
  if (!found.length) return eachTopic(ctx, filter) ?? whichOrNoFigure(ctx);
  // "Hur mycket fick regionerna ...": the named recipient's own lines come first.
  // So do the lines of a recipient the parser has no owner for ("Vad får SKR?").
  const recipient = new Set(ctx.q.owner ? [] : ctx.q.concepts.map((c) => c.text.toLowerCase()));
  const owned = found.filter((s) => (ctx.q.owner ? s.fact.owner === ctx.q.owner : !!s.fact.owner && recipient.has(s.fact.owner.toLowerCase())));
  const named = found.filter((s) => ctx.q.owner && namesOwner(s.fact, ctx.q.owner));
  if (owned.length) found = owned;
  else if (named.length) found = named;
  // "Hur mycket får RCC i samverkan för nationella uppdrag?": a payment to the owner named that
  // states the topic itself is the owner's money for it; its budget lines are parts of it.
  const paid = found.filter((s) => s.fact.kind === 'flow' && ctx.q.owner && s.fact.owner === ctx.q.owner);
  // Unless the question names a group of lines by its heading's own words ("nationella medel").
  const heading = paid.length ? groupLines(ctx) : null;
  if (heading && heading.facts.some((f) => ctx.q.text.toLowerCase().includes(f.group!.toLowerCase().split(/\s+/).slice(0, 2).join(' ')))) return heading;
  if (paid.length) found = [...paid, ...found.filter((s) => !paid.includes(s))];
  else {
    // "sjukvårdsregionala medel 2024", "national funds": the question names a group of budget lines.
    const group = groupLines(ctx);
    if (group) return group;
  }
  // The best line per year; for a question without a year, every year that has one, newest first.
  const bestPerYear = new Map<number | null, Scored>();
  for (const s of found) if (!bestPerYear.has(s.fact.year)) bestPerYear.set(s.fact.year, s);
  const chosen = ctx.q.years.length
    ? ctx.years.map((y) => bestPerYear.get(y)).filter((s): s is Scored => !!s)
    : [...bestPerYear.values()].sort((a, b) => newestYear(b.fact) - newestYear(a.fact));
  const top = chosen.length ? chosen : found.slice(0, 1);
  const also = found.filter((s) => !top.includes(s) && top.some((x) => x.fact.year === s.fact.year) && s.score >= top[0]!.score * 0.5).slice(0, 3);
  const facts = [...top.map((s) => s.fact), ...also.map((s) => s.fact)];
  const notes = top.map((s) => sameMoneyNote(ctx, s.fact)).filter((n): n is NonNullable<typeof n> => !!n);
  const yearsWithout = ctx.q.years.length ? ctx.years.filter((y) => !bestPerYear.has(y) && !top.some((s) => inYears(s.fact, [y]))) : [];
  return {
    intent: 'amount',
    answered: true,
    facts: [...facts, ...notes.map((n) => n.fact)],
    text: join(
      ...top.map((s) => amountLine(ctx, s.fact)),
      also.length > 0 && t(ctx, 'Andra rader som nämner samma sak:', 'Other lines that mention it:'),
      ...also.map((s) => amountLine(ctx, s.fact)),
      ...notes.map((n) => n.text),
      yearsWithout.length > 0 && t(ctx, `Källorna anger inget belopp för ${topicText(ctx)} ${listWords(yearsWithout, 'sv')}.`, `The sources give no figure for ${topicText(ctx)} in ${listWords(yearsWithout, 'en')}.`),
      missingNote(ctx),
    ),
  };
}

/** Whether a text says every word of one of a concept's wordings (any form, or a compound part of a word). */
function covers(ctx: Ctx, text: string, concept: Parsed['concepts'][number]): boolean {
  const stems = tokens(text).flatMap((w) => [w, ...(ctx.index.lexicon.split(w) ?? [])]).map(stem);
  const has = (word: string) => {
    const w = stem(word);
    return stems.some((x) => x === w || (w.length >= 4 && x.startsWith(w)));
  };
  return concept.wordings.some((wording) => wording.words.flatMap((w) => tokens(w)).filter((w) => !STOP_WORDS.has(w)).every(has));
}

/**
 * The budget lines of a group the question names by its heading ("Sjukvårdsregionala medel",
 * "national funds"), with their sum: the sources state no sum for a group, so the sum is said to
 * be of the lines listed (CONTRACT §2 allows the sum of one year's listed facts). Null when no
 * group heading covers the topic, or when exactly one line's own name covers it (that line is meant).
 */
function groupLines(ctx: Ctx): Result | null {
  const need = ctx.q.concepts.filter((c) => !c.soft);
  if (!need.length) return null;
  const lines = ctx.corpus.facts.filter((f) => f.kind === 'budget' && f.group && !f.unit && inYears(f, ctx.years) && (!ctx.q.owner || f.owner === ctx.q.owner));
  const groups = new Map<string, Fact[]>();
  for (const f of lines) groups.set(`${f.year}|${f.group}`, [...(groups.get(`${f.year}|${f.group}`) ?? []), f]);
  const chosen = [...groups.values()].filter((list) => list.length > 1 && need.every((c) => covers(ctx, list[0]!.group!, c)));
  if (!chosen.length) return null;
  // One group per year: a year's sum is only ever of one group's lines.
  const years = [...new Set(chosen.map((list) => list[0]!.year!))];
  if (years.length !== chosen.length) return null;
  for (const list of chosen) {
    const byName = ctx.corpus.facts.filter((f) => f.kind === 'budget' && f.year === list[0]!.year && ctx.q.concepts.every((c) => covers(ctx, f.label, c)));
    if (byName.length === 1) return null;
  }
  // Without a year asked, the newest year that has such a group.
  const shown = ctx.q.years.length ? chosen : chosen.sort((a, b) => b[0]!.year! - a[0]!.year!).slice(0, 1);
  const out: string[] = [];
  for (const list of shown) {
    const year = list[0]!.year!;
    const sum = list.reduce((n, f) => n + f.amountSEK!, 0);
    out.push(`${list[0]!.group} (${year}):`);
    for (const f of list) out.push(`    • ${f.label}: ${amountOf(f, ctx.lang)} ${cite(f, ctx.lang)}`);
    out.push(
      t(
        ctx,
        `Raderna ovan är sammanlagt ${formatAmount(sum, 'sv')}; det är summan av de listade raderna, källan anger ingen summa för gruppen.`,
        `The lines above add up to ${formatAmount(sum, 'en')}; that is the sum of the lines listed, the source states no sum for the group.`,
      ),
    );
  }
  const others = ctx.q.years.length ? ctx.years.filter((y) => !shown.some((list) => list[0]!.year === y)) : [];
  return {
    intent: 'amount',
    answered: true,
    facts: shown.flat(),
    text: join(
      ...out,
      others.length > 0 && t(ctx, `Källorna har ingen sådan grupp av budgetrader för ${listWords(others, 'sv')}.`, `The sources have no such group of budget lines for ${listWords(others, 'en')}.`),
      missingNote(ctx),
    ),
  };
}

/**
 * "Hur mycket gick till patologi och radiologi 2024?": no one line is both, so each topic named
 * gets its own best line, and a topic without one is said to have none.
 */
function eachTopic(ctx: Ctx, filter: (f: Fact) => boolean, everyPart = false): Result | null {
  const topics = ctx.q.concepts.filter((c) => !c.soft);
  if (topics.length < 2) return null;
  // The parts the question joins with "och", "and" or a comma; "tjock- och ändtarmscancer" is one part.
  const parts = ctx.q.text.toLowerCase().split(unicodeWords(/(?<!-)\s+(?:och|and|samt|&)\s+|,\s*/u));
  if (parts.length < 2) return null;
  const groups = new Map<number, typeof topics>();
  for (const c of topics) {
    const at = parts.findIndex((p) => p.includes(c.text.toLowerCase()));
    groups.set(at, [...(groups.get(at) ?? []), c]);
  }
  if (groups.size < 2) return null;
  const soft = ctx.q.concepts.filter((c) => c.soft);
  const rows: Fact[] = [];
  const without: string[] = [];
  for (const group of groups.values()) {
    const c = { text: group.map((x) => x.text).join(' ') };
    const one: Ctx = { ...ctx, q: { ...ctx.q, concepts: [...group, ...soft] } };
    const found = matches(one, filter, amountWeight(one));
    const picked = ctx.q.years.length ? ctx.years.map((y) => found.find((s) => s.fact.year === y)).filter((s): s is Scored => !!s) : found.slice(0, 1);
    if (picked.length) rows.push(...picked.map((s) => s.fact).filter((f) => !rows.includes(f)));
    else without.push(c.text);
  }
  if (!rows.length || (everyPart && without.length)) return null;
  return {
    intent: 'amount',
    answered: true,
    facts: rows,
    text: join(
      ...rows.map((f) => amountLine(ctx, f)),
      without.length > 0 && t(ctx, `Källorna anger inget belopp för ${listWords(without, 'sv')}${ctx.q.years.length ? ` ${listWords(ctx.years, 'sv')}` : ''}.`, `The sources give no figure for ${listWords(without, 'en')}${ctx.q.years.length ? ` in ${listWords(ctx.years, 'en')}` : ''}.`),
      missingNote(ctx),
    ),
  };
}

/** The facts that state an amount the question names, budget lines first. */
function byFigure(ctx: Ctx): Result | null {
  const order: Fact['kind'][] = ['budget', 'flow', 'funding', 'total', 'passage'];
  const facts = ctx.corpus.facts
    .filter((f) => f.amountSEK !== null && ctx.q.figures.includes(f.amountSEK) && (!ctx.q.years.length || inYears(f, ctx.years)))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (b.year ?? 0) - (a.year ?? 0));
  if (!facts.length) {
    // An amount no source states: say so, never echo it; show the totals of the years asked.
    const totals = (ctx.q.years.length ? ctx.years : []).map((y) => totalOf(ctx, y)).filter((f): f is Fact => !!f);
    return {
      intent: 'amount',
      answered: false,
      facts: totals,
      text: join(
        t(ctx, 'Inget belopp i källorna är just det beloppet.', 'No amount in the sources is that amount.'),
        ...totals.map((f) => amountLine(ctx, f)),
        missingNote(ctx),
      ),
    };
  }
  const shown = facts.slice(0, 6);
  return {
    intent: 'amount',
    answered: true,
    facts: shown,
    text: join(
      t(ctx, 'Så här anger källorna det beloppet:', 'This is how the sources state that amount:'),
      ...shown.map((f) => (f.kind === 'passage' ? `• ${f.year}: ${short(f.label, 200)} ${cite(f, ctx.lang)}` : amountLine(ctx, f))),
      shown.some((f) => f.kind === 'budget') && shown.some((f) => f.kind === 'flow') && t(ctx, 'Budgetraden och utbetalningen är samma pengar, sedda på två sätt.', 'The budget line and the payment are the same money, seen two ways.'),
    ),
  };
}

function byOwner(ctx: Ctx, filter: (f: Fact) => boolean): Scored[] {
  return ctx.corpus.facts.filter((f) => filter(f) && f.owner === ctx.q.owner).map((fact) => ({ fact, score: fact.kind === 'budget' ? 2 : 1, covered: 0 }));
}

/**
 * "Vilka diagnoser får extra medel?" asks which, not how much: when no amount covers the topic but
 * sentences do, they answer it. A question about a sum ("vilket belopp", "hur mycket") never does.
 */
function whichOrNoFigure(ctx: Ctx): Result {
  const text = ctx.q.text.toLowerCase();
  const which = unicodeWords(/^(?:vilka|vilken|vilket|which|what)\s+(?!belopp|summa|amount|sum\b|pengar|money)\p{L}+/u).test(text);
  if (which && !unicodeWords(/\b(?:hur mycket|hur mkt|how much|kostar|costs?|belopp\w*|amounts?|kronor|msek|mkr|miljoner|millions?)\b/u).test(text)) {
    const r = topic(ctx);
    if (r.answered) return r;
  }
  return noFigure(ctx);
}

/** No figure for the topic: say so, and show what the sources do say (the year's total, partial matches). */
function noFigure(ctx: Ctx): Result {
  const years = ctx.q.years.length ? ctx.years : [];
  const partial = ctx.index
    .score(ctx.q.concepts, (f) => (years.length ? inYears(f, years) : true))
    .filter((s) => s.covered > 0)
    .slice(0, 4)
    .map((s) => s.fact);
  const context = [...years.map((y) => totalOf(ctx, y)).filter((f): f is Fact => !!f), ...partial];
  const when = years.length ? ` ${listWords(years, ctx.lang)}` : '';
  return {
    intent: 'amount',
    answered: false,
    facts: context,
    text: join(
      t(ctx, `Källorna anger inget belopp för ${topicText(ctx)}${when}.`, `The sources give no figure for ${topicText(ctx)}${when}.`),
      context.length > 0 && t(ctx, 'Det här säger de:', 'This is what they do say:'),
      ...context.map((f) => (isAmount(f) ? amountLine(ctx, f) : `• ${f.year ?? ''} ${short(f.label)} ${cite(f, ctx.lang)}`)),
      missingNote(ctx),
    ),
  };
}

/** A year (or all years) named in the question has no source at all. */
function noSource(ctx: Ctx, intent: Intent): Result {
  const context: Fact[] = [];
  for (const y of ctx.missing) {
    for (const near of nearestYears(ctx, y)) {
      if (required(ctx) && (intent === 'amount' || intent === 'compare' || intent === 'topic')) {
        const best = matches(ctx, (f) => isAmount(f) && f.year === near, amountWeight(ctx))[0];
        if (best) context.push(best.fact);
      } else {
        const total = totalOf(ctx, near);
        if (total) context.push(total);
      }
    }
  }
  const unique = [...new Set(context)];
  return {
    intent,
    answered: false,
    facts: unique,
    text: join(
      missingNote(ctx),
      unique.length > 0 && t(ctx, 'Närmaste år med källa (inte överfört till det efterfrågade året):', 'Nearest years with a source (not carried over to the year asked about):'),
      ...unique.map((f) => amountLine(ctx, f)),
    ),
  };
}

function compare(ctx: Ctx): Result {
  const years = ctx.q.years.length ? ctx.years : ctx.sourceYears;
  // "Hur mycket mer fick regionerna 2026 än 2024?": the owner's own line of each year, as an amount question gets it.
  if (!required(ctx) && ctx.q.owner) {
    const rows = years
      .map((y) => byOwner(ctx, (f) => isAmount(f) && f.year === y).sort((a, b) => b.score - a.score)[0]?.fact)
      .filter((f): f is Fact => !!f);
    if (rows.length >= 2) return { intent: 'compare', answered: true, facts: rows, text: join(...rows.map((f) => amountLine(ctx, f)), trendWords(ctx, rows), missingNote(ctx)) };
  }
  if (!required(ctx)) {
    const r = totals({ ...ctx, years });
    return { ...r, intent: 'compare', text: join(r.text, trendWords(ctx, r.facts)) };
  }
  const rows: Fact[] = [];
  const without: number[] = [];
  // One search for every year asked about; each year's best line is its first in the ranking.
  const ranked = matches(ctx, (f) => isAmount(f) && f.year !== null && years.includes(f.year), amountWeight(ctx));
  for (const y of years) {
    const best = ranked.find((s) => s.fact.year === y);
    if (best) rows.push(best.fact);
    else without.push(y);
  }
  // "jämför patologi och radiologi 2024": no one line is both; each topic gets its own line.
  if (!rows.length) return eachTopic(ctx, (f) => isAmount(f) && f.year !== null && years.includes(f.year)) ?? noFigure(ctx);
  return {
    intent: 'compare',
    answered: true,
    facts: rows,
    text: join(
      ...rows.map((f) => amountLine(ctx, f)),
      without.length > 0 && t(ctx, `Inget belopp för ${topicText(ctx)} anges för ${listWords(without, 'sv')}.`, `No figure for ${topicText(ctx)} is given for ${listWords(without, 'en')}.`),
      trendWords(ctx, rows),
      missingNote(ctx),
    ),
  };
}

/** Higher, lower or the same, in words: a difference is a number the sources do not state. */
function trendWords(ctx: Ctx, rows: Fact[]): string {
  const r = rows.filter(isAmount).sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  if (r.length < 2) return '';
  const first = r[0]!;
  const last = r[r.length - 1]!;
  const cmp = Math.sign(last.amountSEK! - first.amountSEK!);
  const words = { 1: t(ctx, 'högre', 'higher'), 0: t(ctx, 'lika stort', 'the same'), [-1]: t(ctx, 'lägre', 'lower') }[cmp as 1 | 0 | -1];
  return t(ctx, `${last.year} är beloppet ${words} än ${first.year}.`, `In ${last.year} the amount is ${words} than in ${first.year}.`);
}

function trend(ctx: Ctx): Result {
  const order = superlative(ctx);
  const bySize = (facts: Fact[]) => (order ? [...facts].sort((a, b) => order * ((b.amountSEK ?? 0) - (a.amountSEK ?? 0))) : facts);
  if (required(ctx)) {
    const r = compare(ctx);
    return { ...r, intent: 'trend', facts: r.answered ? bySize(r.facts) : r.facts };
  }
  // "Vad fick mest pengar 2024?": within one year, the largest budget line.
  if (order && ctx.q.years.length === 1 && ctx.corpus.facts.some((f) => f.kind === 'budget' && f.year === ctx.years[0])) return { ...lines(ctx), intent: 'trend' };
  const r = totals(ctx);
  const ranked = bySize(r.facts);
  const first = order ? ranked[0] : [...r.facts].sort((a, b) => b.amountSEK! - a.amountSEK!)[0];
  const sentence =
    first && r.facts.length > 1
      ? order === -1
        ? t(ctx, `Minst är ${first.year} med ${amountOf(first, 'sv')}.`, `The smallest is ${first.year}, with ${amountOf(first, 'en')}.`)
        : t(ctx, `Störst är ${first.year} med ${amountOf(first, 'sv')}.`, `The largest is ${first.year}, with ${amountOf(first, 'en')}.`)
      : '';
  return {
    ...r,
    intent: 'trend',
    facts: ranked,
    text: order ? join(sentence, r.text) : join(r.text, sentence),
  };
}

/** Words that name Government money outside the agreement, or its increase: then that money is what is asked. */
const FUNDING_NAMED = /\b(?:statsbidrag\w*|stadsbidrag\w*|grants?|miljard\w*|billion|utanför|outside|budgetproposition\w*|samlade|ök\w*|increas\w*|anslag\w*|appropriation\w*|per år|per year|bidrag\w*)\b/u;

function funding(ctx: Ctx): Result {
  const years = ctx.q.years.length ? ctx.years : ctx.sourceYears;
  const gov = ctx.corpus.facts.filter((f) => f.kind === 'funding' && inYears(f, years));
  const restated = ctx.corpus.facts.filter((f) => f.kind === 'passage' && f.tags?.includes('restates') && gov.some((g) => g.sourceId === f.sourceId && g.citation.line === f.citation.line));
  const totalsOf = years.map((y) => totalOf(ctx, y)).filter((f): f is Fact => !!f && ctx.q.years.length > 0);
  if (!gov.length) return { ...totals(ctx), intent: 'funding' };
  // The Government money the question names comes first ("statsbidraget till RCC", "samlade satsning").
  const score = new Map(required(ctx) ? ctx.index.score(ctx.q.concepts, (f) => f.kind === 'funding').map((s) => [s.fact, s.score] as const) : []);
  const rank = (f: Fact) => (score.get(f) ?? 0) * (ctx.q.owner && f.owner === ctx.q.owner ? 1.6 : 1) + (ctx.q.owner && f.owner === ctx.q.owner ? 1 : 0);
  // Then money of exactly the year asked ("under 2024"), then the newest.
  const exact = (f: Fact) => (f.year !== null && ctx.q.years.includes(f.year) ? 1 : 0);
  const newest = (f: Fact) => f.year ?? f.period?.from ?? 0;
  // A range the question names ("per år 2021–2023") finds the money stated for just that period.
  const [from, to] = [ctx.q.years[0], ctx.q.years[ctx.q.years.length - 1]];
  const samePeriod = (f: Fact) => (ctx.q.range && f.period && f.period.from === from && f.period.to === to ? 1 : 0);
  gov.sort((a, b) => rank(b) - rank(a) || samePeriod(b) - samePeriod(a) || exact(b) - exact(a) || newest(b) - newest(a));
  // "Hur mycket satsar regeringen på cancervården 2026?": with no Government money stated for just
  // that year and none named, the year's agreement is what the Government puts in; it comes first.
  const asked = unicodeWords(FUNDING_NAMED).test(ctx.q.text.toLowerCase()) || required(ctx) > 0;
  const agreementFirst = ctx.q.years.length === 1 && totalsOf.length === 1 && !gov.some((f) => exact(f)) && !asked;
  // "Hur mycket av miljarden ingår i överenskommelsen?": the sentence that says what is part of it answers.
  const partOf = unicodeWords(/\b(?:ingår|ingick|varav|part of|included|of which|hur mycket av|how much of)\b/u).test(ctx.q.text.toLowerCase());
  return {
    intent: 'funding',
    answered: true,
    facts: partOf ? [...restated, ...gov, ...totalsOf] : agreementFirst ? [...totalsOf, ...gov, ...restated] : [...gov, ...restated, ...totalsOf],
    text: join(
      agreementFirst && totalsOf.map((f) => t(ctx, `Överenskommelsen ${f.year} omfattar ${amountOf(f, 'sv')} ${cite(f, 'sv')}.`, `The ${f.year} agreement totals ${amountOf(f, 'en')} ${cite(f, 'en')}.`)).join('\n'),
      t(ctx, 'Regeringens pengar till cancervården, utöver och runt överenskommelsen:', "The Government's money for cancer care, around and beyond the agreement:"),
      ...gov.map((f) => amountLine(ctx, f)),
      ...restated.map((f) => `• ${f.year}: ${f.label} ${cite(f, ctx.lang)}`),
      ...(agreementFirst ? [] : totalsOf).map((f) => t(ctx, `Själva överenskommelsen ${f.year} omfattar ${amountOf(f, 'sv')} ${cite(f, 'sv')}.`, `The ${f.year} agreement itself totals ${amountOf(f, 'en')} ${cite(f, 'en')}.`)),
      missingNote(ctx),
    ),
  };
}

function payment(ctx: Ctx): Result {
  // The flow to the recipient named comes first, then the flows of the payer named ("betalar SKR ut").
  const text = ` ${tokens(ctx.q.text).join(' ')} `;
  const rank = (f: Fact) => (ctx.q.owner && f.owner === ctx.q.owner ? 2 : 0) + (f.payer && text.includes(` ${f.payer.toLowerCase()} `) ? 1 : 0);
  const flows = ctx.corpus.facts
    .filter((f) => f.kind === 'flow' && (ctx.q.years.length ? inYears(f, ctx.years) : true))
    .sort((a, b) => rank(b) - rank(a));
  const passages = ctx.corpus.facts.filter((f) => f.kind === 'passage' && f.tags?.includes('payment') && (ctx.q.years.length ? inYears(f, ctx.years) : true));
  const flowYears = [...new Set(ctx.corpus.facts.filter((f) => f.kind === 'flow').map(yearOf))];
  if (!flows.length && !passages.length) {
    return {
      intent: 'payment',
      answered: false,
      facts: ctx.corpus.facts.filter((f) => f.kind === 'flow'),
      text: t(ctx, `Källorna beskriver hur pengarna betalas ut bara för ${listWords(flowYears as number[], 'sv')}.`, `The sources describe how the money is paid out only for ${listWords(flowYears as number[], 'en')}.`),
    };
  }
  const total = flows[0]?.year ? totalOf(ctx, flows[0].year) : undefined;
  // A topic the payments do not speak of ("När betalas pengarna för tandvård ut?"): say so, show how payment works.
  let shownPassages = passages;
  if (required(ctx)) {
    // Any word of the topic will do: "prestationsbaserad ersättning" is about payment though "ersättning" is not in it.
    const about = new Set(ctx.index.score(ctx.q.concepts, (f) => flows.includes(f) || passages.includes(f)).filter((s) => s.covered > 0).map((s) => s.fact));
    if (!about.size) {
      return {
        intent: 'payment',
        answered: false,
        facts: [...flows, ...passages],
        text: join(
          t(ctx, `Källorna säger inget om hur pengarna för ${topicText(ctx)} betalas ut. Så här beskriver de utbetalningen:`, `The sources say nothing about how the money for ${topicText(ctx)} is paid out. This is how they describe payment:`),
          ...flows.map((f) => `• ${f.payer} → ${f.owner}: ${amountOf(f, ctx.lang)} ${cite(f, ctx.lang)}`),
          ...passages.map((f) => `• ${f.year}: ${short(f.label, 200)} ${cite(f, ctx.lang)}`),
        ),
      };
    }
    // The sentences the question is about come first ("När betalas hälften ut?").
    shownPassages = [...passages.filter((f) => about.has(f)), ...passages.filter((f) => !about.has(f))];
    if (!flows.some((f) => about.has(f))) {
      const first = shownPassages.filter((f) => about.has(f));
      return {
        intent: 'payment',
        answered: true,
        facts: [...first, ...flows, ...shownPassages.filter((f) => !about.has(f)), ...(total ? [total] : [])],
        text: join(
          ...first.map((f) => `• ${f.year}: ${short(f.label, 200)} ${cite(f, ctx.lang)}`),
          flows.length > 0 && t(ctx, `Så betalas pengarna ut${total ? ` (${total.year}, totalt ${amountOf(total, 'sv')} ${cite(total, 'sv')})` : ''}:`, `How the money is paid out${total ? ` (${total.year}, in total ${amountOf(total, 'en')} ${cite(total, 'en')})` : ''}:`),
          ...flows.map((f) => `• ${f.payer} → ${f.owner}: ${amountOf(f, ctx.lang)} ${cite(f, ctx.lang)}`),
        ),
      };
    }
  }
  return {
    intent: 'payment',
    answered: true,
    facts: [...flows, ...shownPassages, ...(total ? [total] : [])],
    text: join(
      flows.length > 0 && t(ctx, `Så betalas pengarna ut${total ? ` (${total.year}, totalt ${amountOf(total, 'sv')} ${cite(total, 'sv')})` : ''}:`, `How the money is paid out${total ? ` (${total.year}, in total ${amountOf(total, 'en')} ${cite(total, 'en')})` : ''}:`),
      ...flows.map((f) => `• ${f.payer} → ${f.owner}: ${amountOf(f, ctx.lang)} ${cite(f, ctx.lang)}`),
      flows.length > 0 && t(ctx, 'Det är samma pengar som budgetraderna, sedda från den som betalar ut.', 'This is the same money as the budget lines, seen from who pays it out.'),
      ...shownPassages.map((f) => `• ${f.year}: ${short(f.label, 200)} ${cite(f, ctx.lang)}`),
    ),
  };
}

/** Tasks grouped by area and heading, with counts. */
function taskList(ctx: Ctx, facts: Fact[]): string[] {
  const out: string[] = [];
  const byArea = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = f.area ?? t(ctx, 'Utan område', 'No area');
    byArea.set(key, [...(byArea.get(key) ?? []), f]);
  }
  for (const [area, list] of byArea) {
    out.push(`${area} (${list.length})`);
    const byHeading = new Map<string, Fact[]>();
    for (const f of list) byHeading.set(f.heading ?? '', [...(byHeading.get(f.heading ?? '') ?? []), f]);
    for (const [heading, items] of byHeading) {
      if (heading && byHeading.size > 1) out.push(`  ${heading} (${items.length})`);
      for (const f of items) out.push(`    • ${short(f.label)} ${cite(f, ctx.lang)}`);
    }
  }
  return out;
}

function tasks(ctx: Ctx): Result {
  const owner = ctx.q.owner;
  const base = (f: Fact) => f.kind === 'insats' && (!owner || f.owner === owner);
  const found = required(ctx) ? matches(ctx, (f) => base(f) && inYears(f, ctx.years)).map((s) => s.fact) : ctx.corpus.facts.filter((f) => base(f) && inYears(f, ctx.years));
  if (!found.length) {
    if (required(ctx)) return { ...topic(ctx), intent: 'tasks' };
    // "RCC:s uppgifter 2023": that year's texts give the tasks to RCC i samverkan, the six RCC together.
    if (owner === 'RCC' && ctx.corpus.facts.some((f) => f.kind === 'insats' && f.owner === 'RCC i samverkan' && inYears(f, ctx.years))) {
      const r = tasks({ ...ctx, q: { ...ctx.q, owner: 'RCC i samverkan' } });
      return { ...r, text: join(t(ctx, `Källorna anger inga insatser för de enskilda RCC${ctx.q.years.length ? ' ' + listWords(ctx.years, 'sv') : ''}; de ger dem till RCC i samverkan:`, `The sources give no tasks to the individual RCCs${ctx.q.years.length ? ' in ' + listWords(ctx.years, 'en') : ''}; they give them to RCC i samverkan:`), r.text) };
    }
    return { intent: 'tasks', answered: false, facts: [], text: t(ctx, `Källorna anger inga insatser för ${owner ?? 'detta'}${ctx.q.years.length ? ' ' + listWords(ctx.years, 'sv') : ''}.`, `The sources list no tasks for ${owner ?? 'this'}${ctx.q.years.length ? ' in ' + listWords(ctx.years, 'en') : ''}.`) };
  }
  // Without a year: the newest year that has such tasks; the others are named.
  const yearsFound = [...new Set(found.map(yearOf))].sort((a, b) => (b ?? 0) - (a ?? 0));
  const year = ctx.q.years.length ? null : yearsFound[0];
  const shown = year === null ? found : found.filter((f) => f.year === year);
  const others = year === null ? [] : yearsFound.filter((y) => y !== year);
  const who = owner ?? t(ctx, 'Insatser', 'Tasks');
  const about = required(ctx) ? t(ctx, ` om ${topicText(ctx)}`, ` about ${topicText(ctx)}`) : '';
  const inYear = year ? year : listWords([...new Set(shown.map(yearOf))] as number[], ctx.lang);
  const head = owner
    ? t(ctx, `${owner} har ${shown.length} insatser${about} i överenskommelsen ${inYear}:`, `${owner} owns ${shown.length} tasks${about} in the ${inYear} agreement:`)
    : t(ctx, `${shown.length} insatser${about} i överenskommelsen ${inYear}:`, `${shown.length} tasks${about} in the ${inYear} agreement:`);
  const owners = new Map<string, number>();
  for (const f of shown) owners.set(f.owner!, (owners.get(f.owner!) ?? 0) + 1);
  return {
    intent: 'tasks',
    answered: true,
    facts: shown,
    text: join(
      head,
      !owner && owners.size > 1 && t(ctx, `Ansvariga: ${[...owners].map(([o, n]) => `${o} ${n}`).join(', ')}.`, `Owners: ${[...owners].map(([o, n]) => `${o} ${n}`).join(', ')}.`),
      ...taskList(ctx, shown),
      others.length > 0 && t(ctx, `Det finns också sådana insatser ${listWords(others as number[], 'sv')}; fråga med årtal för dem.`, `There are such tasks in ${listWords(others as number[], 'en')} too; ask with the year.`),
      missingNote(ctx),
    ),
  };
}

function responsible(ctx: Ctx): Result {
  if (!required(ctx)) return { ...tasks(ctx), intent: 'responsible' };
  // "Vem ska fördela medel till radiologin?": the verb after "ska" says which task; it weighs, but is not required.
  const verb = unicodeWords(/\b(?:vem|vilka|who|which \p{L}+) (?:ska|skall|bör|måste|will|should|must|shall|is to|are to) (\p{L}{4,})/u).exec(ctx.q.text.toLowerCase())?.[1];
  const concepts = verb && !ctx.q.concepts.some((c) => c.text === verb) ? [...ctx.q.concepts, { text: verb, wordings: [{ words: [verb], weight: 1 }], soft: true }] : ctx.q.concepts;
  const scored = matches({ ...ctx, q: { ...ctx.q, concepts } }, (f) => f.kind === 'insats' && inYears(f, ctx.years));
  // Where some of the tasks about the topic are that very verb ("RCC ska fördela medel …"), those are the ones asked about.
  const doing = verb ? scored.filter((s) => tokens(s.fact.label).some((w) => stem(w) === stem(verb))) : [];
  const found = (doing.length ? doing : scored).map((s) => s.fact);
  if (!found.length) return { ...topic(ctx), intent: 'responsible' };
  const owners = new Map<string, Fact[]>();
  for (const f of found) owners.set(f.owner!, [...(owners.get(f.owner!) ?? []), f]);
  const ranked = [...owners].sort((a, b) => b[1].length - a[1].length);
  return {
    intent: 'responsible',
    answered: true,
    facts: ranked.flatMap(([, list]) => list),
    text: join(
      t(ctx, `Ansvar för ${topicText(ctx)} enligt källorna:`, `Who is responsible for ${topicText(ctx)}, according to the sources:`),
      ...ranked.flatMap(([owner, list]) => [
        `${owner} (${list.length}):`,
        ...list.map((f) => `    • ${f.year}: ${short(f.label)} ${cite(f, ctx.lang)}`),
      ]),
    ),
  };
}

function deadlines(ctx: Ctx): Result {
  const all = ctx.corpus.facts.filter((f) => f.kind === 'deadline');
  let list: Fact[];
  let head: string;
  const where = (sourceId: string, line: number) => `${sourceId}:${line}`;
  const linesOf = (d: Fact) => [d.citation.line, ...(d.mentions ?? []).map((m) => m.line)].map((line) => where(d.sourceId, line));
  // "När slutar de 500 miljonerna per år?": the dates on the lines that state the amount named.
  const figureFacts = ctx.corpus.facts.filter((f) => f.amountSEK !== null && f.kind !== 'passage' && ctx.q.figures.includes(f.amountSEK));
  const figureLines = new Set(figureFacts.map((f) => where(f.sourceId, f.citation.line)));
  const byFigure = figureLines.size ? all.filter((d) => linesOf(d).some((key) => figureLines.has(key))) : [];
  const stated = byFigure.length ? figureFacts.filter((f) => byFigure.some((d) => linesOf(d).includes(where(f.sourceId, f.citation.line)))) : [];
  if (byFigure.length) {
    list = byFigure;
    head = t(ctx, `Datum för ${listWords(ctx.q.figures.map((x) => formatAmount(x, 'sv')), 'sv')}:`, `Dates for ${listWords(ctx.q.figures.map((x) => formatAmount(x, 'en')), 'en')}:`);
  } else if (required(ctx)) {
    list = matches(ctx, (f) => f.kind === 'deadline').map((s) => s.fact);
    if (!list.length) {
      // The topic may be named by a task or passage rather than the deadline sentence itself.
      // Only facts on a deadline's own lines can name it: search those alone.
      const deadlineLines = new Set(all.flatMap(linesOf));
      const related = new Set(matches(ctx, (f) => deadlineLines.has(where(f.sourceId, f.citation.line))).map((s) => where(s.fact.sourceId, s.fact.citation.line)));
      list = all.filter((d) => linesOf(d).some((key) => related.has(key)));
    }
    head = t(ctx, `Datum för ${topicText(ctx)}:`, `Dates for ${topicText(ctx)}:`);
  } else if (ctx.q.past && !ctx.q.years.length) {
    list = all.filter((f) => f.date! < ctx.today);
    head = t(ctx, `Datum som har passerat före ${ctx.today}:`, `Dates before ${ctx.today}:`);
  } else if (ctx.q.years.length && ctx.q.openEnded) {
    const from = ctx.q.years[0]!;
    list = all.filter((f) => Number(f.date!.slice(0, 4)) >= from);
    head = t(ctx, `Datum från och med ${from}:`, `Dates from ${from} on:`);
  } else if (ctx.q.years.length && !ctx.q.upcoming) {
    list = all.filter((f) => ctx.q.years.includes(Number(f.date!.slice(0, 4))));
    head = t(ctx, `Datum under ${listWords(ctx.q.years, 'sv')}:`, `Dates in ${listWords(ctx.q.years, 'en')}:`);
  } else if (ctx.q.years.length && ctx.q.years.every((y) => y >= Number(ctx.today.slice(0, 4)))) {
    // "Vilka datum återstår 2026?": the year's dates from today on.
    list = all.filter((f) => ctx.q.years.includes(Number(f.date!.slice(0, 4))) && f.date! >= ctx.today);
    head = t(ctx, `Kommande datum under ${listWords(ctx.q.years, 'sv')}, från och med ${ctx.today}:`, `Dates still to come in ${listWords(ctx.q.years, 'en')}, from ${ctx.today}:`);
  } else {
    list = all.filter((f) => f.date! >= ctx.today);
    head = t(ctx, `Kommande datum från och med ${ctx.today}:`, `Upcoming dates from ${ctx.today}:`);
  }
  list = [...new Map(list.map((f) => [f.id, f])).values()].sort((a, b) => a.date!.localeCompare(b.date!));
  if (!list.length && required(ctx)) return undated(ctx);
  if (!list.length) {
    return { intent: 'deadlines', answered: false, facts: [], text: t(ctx, 'Källorna anger inga sådana datum.', 'The sources give no such dates.') };
  }
  // Sentences about the topic that name a year or month but are no milestone of their own ("togs fram 2009").
  const onDeadlineLines = new Set(list.flatMap((d) => [d.citation.line, ...(d.mentions ?? []).map((m) => m.line)].map((line) => `${d.sourceId}:${line}`)));
  const alsoDated = required(ctx)
    ? matches(ctx, (f) => f.kind === 'passage' && isDated(f) && !onDeadlineLines.has(`${f.sourceId}:${f.citation.line}`) && (!ctx.q.years.length || inYears(f, ctx.years)))
        .slice(0, 3)
        .map((s) => s.fact)
    : [];
  const when = (f: Fact) => {
    const d = daysBetween(ctx.today, f.date!);
    return d >= 0 ? t(ctx, `om ${d} dagar`, `in ${d} days`) : t(ctx, 'passerat', 'past');
  };
  return {
    intent: 'deadlines',
    answered: true,
    facts: [...list, ...stated, ...alsoDated],
    text: join(
      head,
      ...list.map((f) => `• ${f.date} (${when(f)}): ${short(f.label)} ${cite(f, ctx.lang)}`),
      alsoDated.length > 0 && t(ctx, `Andra meningar om ${topicText(ctx)} som nämner en tidpunkt:`, `Other sentences about ${topicText(ctx)} that name a time (quoted in Swedish):`),
      ...alsoDated.map((f) => `• ${f.year ?? ''}: ${short(f.label, 220)} ${cite(f, ctx.lang)}`),
    ),
  };
}

/**
 * Whether a sentence names a time of its own: a month, or a year other than the agreement year it
 * belongs to ("togs fram 2009", "uppdaterades i januari"; not "2023 års överenskommelse").
 */
function isDated(f: Fact): boolean {
  let dated = datedCache.get(f);
  if (dated === undefined) {
    // The label: the sentence without the page headers a quote may run across ("2020-12-18 Vårt ärendenr").
    const q = f.label;
    dated = MONTH.test(q) || [...q.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].some((m) => Number(m[1]) !== f.year);
    datedCache.set(f, dated);
  }
  return dated;
}
const MONTH = unicodeWords(/\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b/iu);
/** Facts do not change: whether one is dated is read once. */
const datedCache = new WeakMap<Fact, boolean>();

/**
 * A topic with no dated milestone of its own. "När togs cancerstrategin fram?": the sentences about
 * it that name a year or month are quoted (the date is the source's words, not a deadline read into
 * them). "Vad händer med primärvården?": what the sources say about it.
 */
function undated(ctx: Ctx): Result {
  const asksDate = unicodeWords(/^(?:när|when)\b|\b(?:datum|dates?|deadline\w*|frist\w*|slutdatum|hur länge|how long|until|till när|ends?|ending|expires?|löper ut|due)\b/u).test(ctx.q.text.toLowerCase());
  if (!asksDate) return topic(ctx);
  const found = matches(ctx, (f) => (f.kind === 'passage' || f.kind === 'insats') && (!ctx.q.years.length || inYears(f, ctx.years))).map((s) => s.fact);
  const dated = found.filter(isDated).slice(0, 5);
  const shown = dated.length ? dated : found.slice(0, 3);
  // "När togs X fram?" is answered by a year the sentence names; "När ska X vara klar?" is not: that year is some other event's.
  const future = unicodeWords(/\b(?:ska|skall|kommer|klar|klart|färdig\w*|will|shall|should|due|by when|be done|be ready)\b/u).test(ctx.q.text.toLowerCase());
  return {
    intent: 'deadlines',
    answered: dated.length > 0 && !future,
    facts: shown,
    text: join(
      dated.length
        ? t(ctx, `Källorna anger ingen frist för ${topicText(ctx)}, men nämner tidpunkter i de här meningarna:`, `The sources give no deadline for ${topicText(ctx)}, but these sentences name a time (quoted in Swedish):`)
        : t(ctx, `Källorna anger inget datum för ${topicText(ctx)}.`, `The sources give no date for ${topicText(ctx)}.`),
      shown.length > 0 && !dated.length && t(ctx, 'Det här säger de om det:', 'This is what they say about it:'),
      ...shown.map((f) => `• ${f.year ?? ''}: ${short(f.label, 220)} ${cite(f, ctx.lang)}`),
    ),
  };
}

function areas(ctx: Ctx): Result {
  const all = ctx.corpus.facts.filter((f) => f.kind === 'passage' && f.tags?.includes('area'));
  const years = [...new Set(all.map(yearOf))].sort((a, b) => (b ?? 0) - (a ?? 0)) as number[];
  const year = ctx.q.years.length ? ctx.years.find((y) => years.includes(y)) : years[0];
  if (year === undefined) return { intent: 'areas', answered: false, facts: [], text: t(ctx, `Källorna för ${listWords(ctx.years, 'sv')} räknar inte upp några områden.`, `The sources for ${listWords(ctx.years, 'en')} list no areas.`) };
  const seen = new Set<string>();
  // Two sources of one year may word an area with or without "med mera": the same area.
  const key = (f: Fact) => areaKey(f.label).replace(/ med mera\b/gu, '');
  const list = all.filter((f) => f.year === year && !seen.has(key(f)) && seen.add(key(f)));
  return {
    intent: 'areas',
    answered: true,
    facts: list,
    text: join(
      t(ctx, `Insatserna i överenskommelsen ${year} delas in i ${list.length} områden:`, `The ${year} agreement's tasks are grouped in ${list.length} areas:`),
      ...list.map((f, i) => `${i + 1}. ${f.label} ${cite(f, ctx.lang)}`),
      missingNote(ctx),
    ),
  };
}

function people(ctx: Ctx): Result {
  const all = ctx.corpus.facts.filter((f) => f.person);
  const named = namedPeople(ctx);
  if (named.length) {
    // The question names someone: what the sources quote them saying, newest first.
    const list = [...named].sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
    return {
      intent: 'people',
      answered: true,
      facts: list,
      text: join(
        t(ctx, `${list[0]!.person!.name}, ${list[0]!.person!.role}, i källorna:`, `${list[0]!.person!.name}, ${list[0]!.person!.role}, in the sources (quoted in Swedish):`),
        ...list.map((f) => `• ${f.year}: ${short(f.label, 220)} ${cite(f, ctx.lang)}`),
      ),
    };
  }
  // Role words are question words ("samordnare", "minister"), so they are not among the concepts: the question's own words count too.
  const ownWords = tokens(ctx.q.text).filter((w) => w.length >= 5 && !STOP_WORDS.has(w));
  const words = [...ctx.q.concepts.flatMap((c) => c.wordings.flatMap((w) => w.words)), ...ownWords];
  // How many of the question's words the person's name and role carry; the year asked about breaks ties.
  const hits = (f: Fact) => words.filter((w) => `${f.person!.name} ${f.person!.role}`.toLowerCase().includes(w.slice(0, 6))).length;
  const inYear = (f: Fact) => (ctx.q.years.length && ctx.q.years.includes(f.year ?? -1) ? 1 : 0);
  const best = Math.max(0, ...all.map(hits));
  const relevant = all.filter((f) => best > 0 && hits(f) === best);
  const list = (relevant.length ? relevant : all).sort((a, b) => hits(b) - hits(a) || inYear(b) - inYear(a) || (b.year ?? 0) - (a.year ?? 0));
  const unique = [...new Map(list.map((f) => [`${f.person!.name}|${f.year}`, f])).values()];
  return {
    intent: 'people',
    answered: unique.length > 0,
    facts: unique,
    text: join(
      ...unique.map((f) =>
        t(ctx, `• ${f.person!.name}, ${f.person!.role} (källa från ${f.year}) ${cite(f, 'sv')}`, `• ${f.person!.name}, ${f.person!.role} (source from ${f.year}) ${cite(f, 'en')}`),
      ),
      unique.length > 1 && relevant.length > 0 && unique.every((f, i) => i === 0 || (unique[i - 1]!.year ?? 0) >= (f.year ?? 0)) && t(ctx, 'Den nyaste källan står först.', 'The newest source comes first.'),
    ),
  };
}

function whatIsNew(ctx: Ctx): Result {
  const thisYear = Number(ctx.today.slice(0, 4));
  const year = ctx.q.years.length ? ctx.years[ctx.years.length - 1] : ctx.sourceYears.includes(thisYear) ? thisYear : ctx.sourceYears[ctx.sourceYears.length - 1];
  const list = ctx.corpus.facts.filter((f) => f.tags?.includes('new') && f.year === year);
  if (!list.length || year === undefined) {
    const total = year !== undefined ? totalOf(ctx, year) : undefined;
    return {
      intent: 'new',
      answered: false,
      facts: total ? [total] : [],
      text: join(
        t(ctx, `Källorna för ${year} säger inte vad som är nytt det året.`, `The sources for ${year} do not say what is new that year.`),
        total && t(ctx, `Överenskommelsen ${year} omfattar ${amountOf(total, 'sv')} ${cite(total, 'sv')}.`, `The ${year} agreement totals ${amountOf(total, 'en')} ${cite(total, 'en')}.`),
      ),
    };
  }
  return {
    intent: 'new',
    answered: true,
    facts: list,
    text: join(t(ctx, `Nytt eller särskilt utpekat ${year}:`, `New or singled out in ${year} (quoted in Swedish):`), ...list.map((f) => `• ${f.label} ${cite(f, ctx.lang)}`)),
  };
}

function definition(ctx: Ctx): Result {
  const text = ctx.q.text.toLowerCase();
  // The acronym as written, or one whose long form the question writes ("standardised care pathways" → SVF).
  const wordings = new Set(ctx.q.concepts.flatMap((c) => c.wordings.map((w) => w.words.join(' '))));
  const term = /rcc[\s-]+(?:i[\s-]+)?samverkan/.test(text)
    ? 'RCC i samverkan'
    : (Object.keys(ACRONYMS).find((a) => new RegExp(`(?<![\\p{L}])${a.toLowerCase()}(?![\\p{L}])`, 'u').test(text)) ??
      Object.keys(ACRONYMS).find((a) => wordings.has(a.toLowerCase()) || text.includes(ACRONYMS[a]!.toLowerCase())) ??
      ctx.q.owner ??
      undefined);
  if (!term) return topic(ctx);
  const list = ctx.corpus.facts.filter((f) => f.tags?.includes('definition') && (f.term === term || (term === 'RCC' && f.term === 'RCC i samverkan')));
  const expansion = ACRONYMS[term];
  // No sentence that defines it: the sentences that mention it, so the answer still quotes the sources.
  if (!list.length && required(ctx)) list.push(...matches(ctx, (f) => f.kind === 'passage' || f.kind === 'insats').slice(0, 3).map((s) => s.fact));
  return {
    intent: 'definition',
    answered: list.length > 0 || !!expansion,
    facts: list.slice(0, 6),
    text: join(
      expansion && t(ctx, `${term} står för ${expansion}.`, `${term} stands for ${expansion} (Swedish).`),
      list.length > 0 && t(ctx, 'Så beskriver källorna det:', 'How the sources describe it (in Swedish):'),
      ...list.slice(0, 6).map((f) => `• ${f.year}: ${short(f.label, 220)} ${cite(f, ctx.lang)}`),
    ),
  };
}

function topic(ctx: Ctx): Result {
  if (!required(ctx)) return help(ctx.lang, 'unknown');
  // An owner named ("vilka uppgifter har RCC inom screening") puts what that owner is said to do or get first.
  const owner = ctx.q.owner;
  const ownerWeight = (f: Fact) => (owner && (f.owner === owner || (f.kind !== 'insats' && namesOwner(f, owner))) ? 2 : 1);
  const found = matches(ctx, (f) => inYears(f, ctx.years), (s) => (s.fact.kind === 'budget' ? 1.2 : 1) * ownerWeight(s.fact)).slice(0, 10);
  if (!found.length) {
    return { ...noFigure(ctx), intent: 'topic', text: join(t(ctx, `Jag hittar inget om ${topicText(ctx)} i källorna.`, `I find nothing about ${topicText(ctx)} in the sources.`), noFigure(ctx).text.split('\n').slice(1).join('\n')) };
  }
  const facts = found.map((s) => s.fact);
  const render = (f: Fact) => (isAmount(f) && f.kind !== 'passage' ? amountLine(ctx, f) : f.kind === 'deadline' ? `• ${f.date}: ${short(f.label)} ${cite(f, ctx.lang)}` : `• ${f.year ?? ''}${f.owner && f.kind === 'insats' ? ` (${f.owner})` : ''}: ${short(f.label)} ${cite(f, ctx.lang)}`);
  return {
    intent: 'topic',
    answered: true,
    facts,
    text: join(t(ctx, `Det här säger källorna om ${topicText(ctx)}:`, `This is what the sources say about ${topicText(ctx)} (quoted in Swedish):`), ...facts.map(render), missingNote(ctx)),
  };
}

const EXAMPLES = {
  sv: ['Hur mycket gick till barncancer 2024?', 'Vilka insatser har RCC i samverkan?', 'Vad är nytt 2026?', 'Vilka deadlines finns framöver?', 'Jämför totalen 2021 och 2024'],
  en: ['How much went to childhood cancer in 2024?', 'Which tasks does RCC i samverkan own?', 'What is new in 2026?', 'Which deadlines are coming up?', 'Compare the totals of 2021 and 2024'],
};

function help(lang: Language, why: 'empty' | 'help' | 'unknown' | 'thanks'): Result {
  if (why === 'thanks') {
    return { intent: 'thanks', answered: true, facts: [], text: lang === 'sv' ? 'Varsågod! Fråga gärna mer om cancervårdsöverenskommelserna.' : "You're welcome! Ask me anything else about the cancer-care agreements." };
  }
  const lead = {
    empty: { sv: 'Skriv en fråga om cancervårdsöverenskommelserna mellan regeringen och SKR.', en: 'Please write a question about the cancer-care agreements between the Government and SKR.' },
    help: { sv: 'Jag svarar på frågor om överenskommelserna om jämlik och effektiv cancervård (2021, 2023, 2024 och 2026), med belopp och insatser och deras källor.', en: 'I answer questions about the cancer-care agreements (2021, 2023, 2024 and 2026), with figures, tasks and their sources.' },
    unknown: { sv: 'Det kan jag inte svara på utifrån källorna.', en: "I can't answer that from the sources." },
  }[why][lang];
  return {
    intent: why,
    answered: why === 'help',
    facts: [],
    text: join(lead, lang === 'sv' ? 'Prova till exempel:' : 'Try, for example:', ...EXAMPLES[lang].map((e) => `• ${e}`)),
  };
}
