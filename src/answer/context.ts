/**
 * What every composer works from: the understood question, the corpus and its index, today, and
 * the years — those asked that a source covers, and those asked that none does.
 */
import type { Corpus } from '../corpus/load.ts';
import type { Fact } from '../corpus/schema.ts';
import type { FactIndex } from '../search/index.ts';
import { inYears, paymentOf } from './query.ts';
import { hasTrait } from './intents/traits.ts';
import type { Concept, Language, Question } from '../understand/question.ts';
import { partsOf } from '../understand/exclude.ts';
import { namesOwner } from './match.ts';

export interface Ctx {
  corpus: Corpus;
  index: FactIndex;
  q: Question;
  lang: Language;
  today: string;
  /** Agreement years with a source, ascending. */
  sourceYears: number[];
  /** Requested years that have a source (all source years when none were requested). */
  years: number[];
  /** Requested years without a source. */
  missing: number[];
  /**
   * Requested years without a source that the sentences about the topic name, so read as dates
   * ("the review of urology in 2022"). Only composers that quote sentences may read them so; to
   * any other they are years without a source.
   */
  datedYears: number[];
  /** The concepts facts are matched against. */
  topic: Concept[];
  /** The question's words nobody knows, as concepts: the topic of `orUnknown` when nothing else is. */
  unknownTopic: Concept[];
  /** The answer's topic is made of words nobody knows (see `orUnknown`). */
  usingUnknown: boolean;
  /** Words the corpus knows that no fact about the rest of the topic mentions, so the answer left them out. */
  dropped: string[];
  /** Whether a fact may be in the answer: false for what the question leaves out ("inte det regionala"). */
  keep: (f: Fact) => boolean;
}

export function contextOf(q: Question, all: Corpus, index: FactIndex, today: string, sourceYears: number[]): Ctx {
  // What the question leaves out is not in its corpus at all: every composer reads this one.
  const keep = keeper(q, index);
  const corpus = q.excluded ? { ...all, facts: all.facts.filter(keep) } : all;
  const unknownTopic: Concept[] = q.unknown.map((w) => ({ text: w, wordings: [{ words: [w], weight: 1 }], source: 'unknown' }));
  const { concepts, dropped } = withoutLooseWords(q.concepts, index, q.owner, q.years.filter((y) => sourceYears.includes(y)));
  // A question with no cue at all ("vad blir det för lunch på SKR?") is all topic: no word of it is set aside.
  // Not beside a topic the sources know, though: a word that anchors nothing never vetoes one ("barncancer blabla 2024").
  const bare = !q.intents.some((r) => r.cued) && unknownTopic.length > 0 && !q.concepts.some((c) => !c.soft);
  const years = asDates(q, concepts, index, sourceYears);
  // A year the question names as a date ("strategin från 2009") favours the sentences that name it.
  const dated: Concept[] = [...new Set([...q.dates, ...q.years.filter((y) => !years.includes(y))])].map((y) => ({ text: String(y), wordings: [{ words: [String(y)], weight: 1 }], soft: true, source: 'corpus' }));
  return {
    corpus,
    index,
    q: years === q.years ? q : { ...q, years, dates: [...q.dates, ...q.years.filter((y) => !years.includes(y))] },
    lang: q.language,
    today,
    sourceYears,
    years: years.length ? years.filter((y) => sourceYears.includes(y)) : sourceYears,
    missing: years.filter((y) => !sourceYears.includes(y)),
    datedYears: q.years.filter((y) => !years.includes(y)),
    topic: [...(bare ? [...concepts, ...unknownTopic] : concepts), ...dated],
    unknownTopic,
    usingUnknown: bare,
    dropped,
    keep,
  };
}

/**
 * Whether a fact stays in the answer to a question that leaves something out: not one of a year,
 * an owner or an amount left out, nor one that mentions a concept left out (a total is never left
 * out for its words: "inte bara överenskommelsen" leaves out nothing, "not the national lines"
 * leaves out lines).
 */
function keeper(q: Question, index: FactIndex): (f: Fact) => boolean {
  const ex = q.excluded;
  if (!ex) return () => true;
  // "annat än 'Till regionerna'": a line named by its label in quotes is that line, not every line its words fit.
  const quotedLines = quotedLabels(q, index);
  if (quotedLines) return (f) => !quotedLines.has(f) && !(f.year !== null && ex.years.includes(f.year));
  // A fact is left out when it is what one part of the left-out words names: its owner, and all
  // the concepts of that part ("the SVF stimulus" leaves out the SVF stimulus line, not every line
  // about SVF; "the regions' SVF money" the regions' SVF line, not all the regions' money).
  // (A sentence has no owner field; it names the owner in its words: "500 miljoner kronor går till regionernas arbete …".)
  const ownedBy = (f: Fact, owners: string[]) => owners.some((o) => f.owner === o || f.payer === o || (f.kind === 'passage' && f.amountSEK !== null && namesOwner(f, o)));
  // A payer named as a word ("via Kammarkollegiet") is an owner of the part, as the owners are.
  const payers = new Map(index.facts.flatMap((f) => (f.payer ? [[f.payer.toLowerCase(), f.payer] as const] : [])));
  const parts = partsOf(ex).map((p) => ({
    owners: [...p.owners, ...p.concepts.flatMap((c) => payers.get(c.text.toLowerCase()) ?? [])],
    concepts: firmFirst(p.concepts.filter((c) => !payers.has(c.text.toLowerCase()))),
  }));
  const named = parts.map((p) => {
    const required = p.concepts.filter((c) => !c.soft).length;
    const scored = index.score(p.concepts).filter((s) => !p.owners.length || ownedBy(s.fact, p.owners));
    const all = scored.filter((s) => s.covered >= required).map((s) => s.fact);
    // "leave out the mammography register": when no line says all of it, the line that says most of it is meant.
    const isLine = (f: Fact) => f.kind === 'budget' || f.kind === 'flow';
    const lines = scored.filter((s) => isLine(s.fact));
    const most = Math.max(0, ...lines.map((s) => s.covered));
    const hits = all.some(isLine) || required < 2 || most < 1 ? all : [...all, ...lines.filter((s) => s.covered === most).map((s) => s.fact)];
    // "utom SVF-pengarna": a sentence that says what an amount is for names the line of that amount
    // too ("500 miljoner kronor går till regionernas arbete med … vårdförlopp" is "Till regionerna: 500").
    // A payment of a line's amount is that line's money ("Från Kammarkollegiet till regionerna: 365" is the SVF line's).
    // Two lines of one amount ("patologin" and "radiologin", 60 each) are told apart by their words only.
    const ids = new Set([...hits, ...hits.flatMap((x) => sameMoney(index, x))].map((f) => f.id));
    // "the regions' SVF money" where no line of the regions names SVF leaves out nothing: which line is meant is not said.
    return { owners: p.owners, ids: p.concepts.length ? ids : null };
  });
  return (f) =>
    !(f.year !== null && ex.years.includes(f.year)) &&
    !(f.amountSEK !== null && ex.figures.includes(f.amountSEK)) &&
    !named.some((p) => (!p.owners.length || ownedBy(f, p.owners)) && (p.ids ? f.kind !== 'total' && p.ids.has(f.id) : p.owners.length > 0));
}

/**
 * The concepts of one part left out, as required to name a fact: a concept of the lexicon names it
 * and a loose word of the corpus beside one only describes it ("förutom SVF-arbetet" leaves out the
 * national SVF work line, whose label says "arbete", not "arbetet"); words alone all name it.
 */
function firmFirst(concepts: Concept[]): Concept[] {
  const firm = concepts.some((c) => c.source === 'lexicon');
  return concepts.map((c) => ({ ...c, soft: firm && c.source === 'corpus' && !c.exact && !c.name }));
}

/** The lines whose label the question quotes, when what it leaves out names them; null otherwise. */
function quotedLabels(q: Question, index: FactIndex): Set<Fact> | null {
  const ex = q.excluded!;
  if (!q.quoted.length || ex.figures.length) return null;
  const norm = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').trim();
  const lines = index.facts.filter((f) => (f.kind === 'budget' || f.kind === 'flow') && q.quoted.includes(norm(f.label)));
  const inQuote = (w: string) => q.quoted.some((p) => p.includes(norm(w)));
  // (The words after the quote may run on: "annat än 'Till regionerna' i 2026 års överenskommelse".)
  if (!lines.length || ![...ex.concepts.map((c) => c.text), ...ex.owners].some(inQuote)) return null;
  return new Set([...lines, ...lines.flatMap((f) => sameMoney(index, f))]);
}

/**
 * The lines and payments that are the money a passage or a budget line names: a line's payment, and
 * for a sentence the one line of its source, year and amount (with that line's payment).
 */
function sameMoney(index: FactIndex, named: Fact): Fact[] {
  const paid = (line: Fact) => [paymentOf(index.facts, line)].filter((f) => !!f);
  if (named.kind === 'budget') return paid(named);
  if (named.kind !== 'passage' || named.amountSEK === null) return [];
  const lines = index.facts.filter((f) => f.kind === 'budget' && f.sourceId === named.sourceId && f.year === named.year && f.amountSEK === named.amountSEK);
  return lines.length === 1 ? [lines[0]!, ...paid(lines[0]!)] : [];
}

/**
 * A year no source covers that the sources' own sentences about the topic name ("a national
 * review of urology in 2022" — "genomlysningen av urologi framtagen under 2022") is a date in the
 * question, not an agreement year to refuse. Returns the years to ask about (the same array when
 * nothing changes).
 */
function asDates(q: Question, concepts: Concept[], index: FactIndex, sourceYears: number[]): number[] {
  const missing = q.years.filter((y) => !sourceYears.includes(y));
  const required = concepts.filter((c) => !c.soft).length;
  // Only where no agreement year is read: money, totals, lines and what is new always mean agreement years.
  const top = q.intents.find((r) => r.cued)?.intent ?? 'topic';
  if (!missing.length || !required || !hasTrait(top, 'quotesSentences')) return q.years;
  const about = index.score(concepts).filter((s) => s.covered >= required).map((s) => s.fact.citation.quote);
  const dated = missing.filter((y) => about.some((quote) => new RegExp(`(?<!\\d)${y}(?!\\d)`).test(quote)));
  return dated.length ? q.years.filter((y) => !dated.includes(y)) : q.years;
}

/**
 * A word of the corpus that no fact about the rest of its part of the question mentions does not
 * veto the rest: "Which tasks fall under early detection?" is about early detection, though
 * "fall" is a word of the sources too. Only words read from the corpus are so dropped, and only
 * when a concept of the lexicon, or a name, remains that some fact covers; a lexicon concept, a
 * name and a topic the sources lack ("hudcancer") always stay required.
 */
function withoutLooseWords(concepts: Concept[], index: FactIndex, owner: string | null, years: number[]): { concepts: Concept[]; dropped: string[] } {
  const groups = new Map<number, Concept[]>();
  for (const c of concepts) if (!c.soft) groups.set(c.group ?? 0, [...(groups.get(c.group ?? 0) ?? []), c]);
  const loose = new Set<Concept>();
  // An owner named is firm too: "hur mycket går direkt till regionerna" is the regions' money.
  const asked = (f: Fact) => (!owner || f.owner === owner) && (!years.length || inYears(f, years));
  for (const required of groups.values()) {
    if (required.length < (owner ? 1 : 2)) continue;
    const looseHere = required.filter((c) => c.source === 'corpus' && !c.exact && c.wordings[0]!.words.length === 1);
    if (!looseHere.length) continue;
    const group = concepts.filter((c) => c.soft || required.includes(c));
    if (index.score(group, asked).some((s) => s.covered >= required.length)) continue;
    const firm = required.length - looseHere.length;
    // With no other concept, only an owner lets words go, and never a name ("Region Västerbotten" is which region).
    if (!looseHere.length || (!firm && (!owner || looseHere.some((c) => c.name)))) continue;
    const softened = group.map((c) => (looseHere.includes(c) ? { ...c, soft: true } : c));
    if (firm && !index.score(softened, asked).some((s) => s.covered >= firm)) continue;
    if (!firm && !index.facts.some((f) => f.owner === owner)) continue;
    for (const c of looseHere) loose.add(c);
  }
  return { concepts: concepts.map((c) => (loose.has(c) ? { ...c, soft: true } : c)), dropped: [...loose].map((c) => c.text) };
}

/**
 * A topic word that no fact, lexicon entry or title holds: a word nobody knows, a topic the sources
 * lack ("hudcancer", "oncology") or a name they never use ("Skåne"). It is never said back in a
 * lead; the answer says the sources do not mention it (see `ignoredNote`).
 */
export const isAbsent = (ctx: Ctx, c: Concept): boolean => c.source === 'unknown' || (c.source === 'corpus' && (!!c.exact || !!c.name) && !ctx.index.lexicon.has(c.text));

/** The topic words of the question that the sources never use, as written. */
export const absentWords = (ctx: Ctx): string[] => [...new Set([...ctx.topic.filter((c) => !c.soft && isAbsent(ctx, c)).map((c) => c.text), ...(ctx.usingUnknown ? ctx.q.unknown : [])])];

/**
 * For answers that can say "the sources give no figure for X": when the question names nothing the
 * lexicon or the corpus knows, its unknown words are the topic ("How much went to oncology?").
 * Answers that need no topic (a total, the dates) leave them aside and say so instead.
 */
export function orUnknown(ctx: Ctx): Ctx {
  // An owner named is the topic enough ("what is RCC i samverkan supposed to do? need the full list").
  if (ctx.topic.some((c) => !c.soft) || !ctx.unknownTopic.length || ctx.q.owner) return ctx;
  return { ...ctx, topic: [...ctx.topic, ...ctx.unknownTopic], usingUnknown: true };
}

/** The same context with other concepts (one topic of several joined by "och"). */
export const withTopic = (ctx: Ctx, topic: Concept[]): Ctx => ({ ...ctx, topic });
