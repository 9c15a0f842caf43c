/**
 * The one topic matcher: which facts a question's topic covers, and how well. A fact answers a
 * topic when it covers every required concept (so "ögonsjukvård" never falls back to "sjukvård");
 * soft concepts only add to the score. Ranking helpers for amounts live here too.
 */
import type { Fact } from '../corpus/schema.ts';
import type { Concept, Scored } from '../search/index.ts';
import { lexicon } from '../lexicon/load.ts';
import { STOP_WORDS, stem, tokens } from '../text/analyze.ts';
import { type Ctx, isAbsent } from './context.ts';

/** How many concepts of the topic a fact must cover. */
export const required = (ctx: Ctx): number => ctx.topic.filter((c) => !c.soft).length;

/** The parts of the topic joined by "och", "and", "/" or a comma, each one's group number. */
export const topicParts = (ctx: Ctx): number[] => [...new Set(ctx.topic.filter((c) => !c.soft).map((c) => c.group ?? 0))];

/** How many concepts the lexicon or the corpus knows the question names (unknown words not counted). */
export const knownTopic = (ctx: Ctx): number => ctx.q.concepts.filter((c) => !c.soft).length;

/** What a topic the sources lack is called in a lead, instead of its words. */
export const ASKED = { sv: 'det du frågar om', en: 'what you ask about' } as const;

/** The topic in the question's own words, for "the sources give no figure for …". */
export function topicText(ctx: Ctx, fallback?: string): string {
  // A word said twice ("national SVF support in 2021 … national SVF work in 2024") is named once.
  // A word nobody knows (no fact, lexicon entry or title holds it) is never said back as the topic:
  // the answer says it did not recognise it instead (see `ignoredNote`).
  // Part of a topic is no topic: "inget om skr" would say the sources lack SKR, when they lack the lunch.
  if (ctx.topic.some((c) => !c.soft && isAbsent(ctx, c))) return ASKED[ctx.lang];
  const known = ctx.topic.filter((c) => !c.soft);
  // (A phrase as matched loses a last preposition: "the point of" is "the point".)
  const bare = (w: string) => w.replace(/\s+(?:of|for|to|on|med|för|om)$/iu, '');
  const said = [...new Set(known.map((c) => bare(asWritten(ctx.q.text, c.text))))].join(' ');
  // A topic that opens with a unit of money ("miljard") is quoted: after a number it would read as an amount ("… 2021 Miljard per år").
  if (MONEY_UNIT_FIRST.test(said)) return ctx.lang === 'sv' ? `”${said}”` : `“${said}”`;
  return said || ctx.q.owner || fallback || (ctx.lang === 'sv' ? 'det' : 'that');
}

const MONEY_UNIT_FIRST = /^(?:miljon\p{L}*|miljard\p{L}*|million\p{L}*|billion\p{L}*|mkr|mnkr|mdkr|msek|kronor|sek)(?![\p{L}])/iu;

/** A word of the topic as the question writes it ("SKR", "Min vårdplan"), when it does; else as read. */
function asWritten(text: string, word: string): string {
  const at = text.toLowerCase().indexOf(word.toLowerCase());
  const written = at >= 0 ? text.slice(at, at + word.length) : '';
  // Read apart at an apostrophe or a colon ("skr s board"), a word is found as written: "SKR's board", "SKR:s styrelse".
  if (at < 0 && /\s/u.test(word)) {
    const parts = word.split(/\s+/u).map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    const found = new RegExp(`(?<![\\p{L}\\d])${parts.join("[\\s'’:-]+")}(?![\\p{L}\\d])`, 'iu').exec(text);
    if (found && /['’:]/u.test(found[0])) {
      // (A capital that only opens the question is none of the word's: "Children's cancer 2023?".)
      const first = /(?:^|[.!?]\s+)$/u.test(text.slice(0, found.index)) && found[0].slice(1) === found[0].slice(1).toLowerCase();
      return first ? found[0][0]!.toLowerCase() + found[0].slice(1) : found[0];
    }
  }
  // (A capital that only opens a sentence is no part of the word: "Rehabilitering 2024?".)
  const opensSentence = /(?:^|[.!?:]\s+)$/u.test(text.slice(0, at)) && written.slice(1) === written.slice(1).toLowerCase();
  return written.toLowerCase() === word.toLowerCase() && /\p{Lu}/u.test(written) && !opensSentence ? written : word;
}

/**
 * Facts passing `filter` that cover every required concept of the topic, best first. When none
 * does, a word read from the corpus alone — not a concept of the lexicon, not a topic the sources
 * lack — is let go if the rest of the topic still finds facts ("hur mkt fick patologin 2024?
 * behöver siffran"); so is a name nobody knows beside another topic ("for the RCC Norr group").
 * A concept of the lexicon always stays: "AI in screening" is not "screening". The words let go
 * are said in the answer's notes (`ctx.dropped`).
 */
export function matches(ctx: Ctx, filter: (f: Fact) => boolean, weight: (s: Scored) => number = () => 1): Scored[] {
  const found = covering(ctx.topic, ctx, filter, weight);
  const required = ctx.topic.filter((c) => !c.soft);
  // Topics joined by "och"/"and" are separate on purpose; each part is matched on its own elsewhere.
  if (found.length || required.length < 2 || new Set(required.map((c) => c.group ?? 0)).size > 1) return found;
  const loose = required.filter(isLoose);
  if (!loose.length || loose.length >= required.length) return found;
  const rest = covering(ctx.topic.map((c) => (loose.includes(c) ? { ...c, soft: true } : c)), ctx, filter, weight);
  if (rest.length) for (const c of loose) if (!ctx.dropped.includes(c.text)) ctx.dropped.push(c.text);
  return rest;
}

/**
 * When no fact covers the whole topic ("who delivered the situation report on the national cancer
 * strategy?"): the facts that cover most of it, each concept weighted by how rare its words are in
 * the corpus, so that a sentence holding the rare words of the question answers it though a common
 * word is missing. At least `MOST` of the weight and two concepts must be covered; a topic the sources
 * lack, being rarest, never lets this through. Returns the facts and the context with only the
 * concepts they cover (what the lead may say), the others noted as left out. For composers that
 * quote sentences; an amount is never found so.
 */
export function mostOf(ctx: Ctx, filter: (f: Fact) => boolean, weight: (s: Scored) => number = () => 1): { found: Scored[]; ctx: Ctx } | null {
  const need = ctx.topic.filter((c) => !c.soft);
  if (need.length < 3 || topicParts(ctx).length > 1) return null;
  const total = ctx.index.facts.length;
  const by = need.map((c) => new Set(ctx.index.score([c], (f) => ctx.keep(f) && filter(f)).map((s) => s.fact)));
  // How rare a concept is: the facts it is found in, in any of its wordings ("SVF" is common though "standardiserade vårdförlopp" is rarer).
  const weights = by.map((found) => Math.log(1 + total / (1 + found.size)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const share = (f: Fact) => need.reduce((n, _, i) => n + (by[i]!.has(f) ? weights[i]! : 0), 0) / sum;
  const candidates = [...new Set(by.flatMap((set) => [...set]))].filter((f) => need.filter((_, i) => by[i]!.has(f)).length >= 2);
  const best = Math.max(0, ...candidates.map(share));
  if (best < MOST) return null;
  const top = candidates.filter((f) => share(f) === best);
  const kept = need.filter((_, i) => top.every((f) => by[i]!.has(f)));
  const left = need.filter((c) => !kept.includes(c));
  const narrowed: Ctx = { ...ctx, topic: ctx.topic.filter((c) => c.soft || kept.includes(c)), dropped: [...ctx.dropped, ...left.map((c) => c.text).filter((w) => !ctx.dropped.includes(w))] };
  const found = covering(narrowed.topic, narrowed, (f) => filter(f) && top.includes(f), weight);
  return found.length ? { found, ctx: narrowed } : null;
}

/** The share of a topic's weight that `mostOf` needs covered. */
const MOST = 0.6;

/**
 * Facts passing `filter` whose own text holds a phrase the question quotes ("who is the
 * 'sammanhållande och stödjande part'"): the sources' words, asked for as written.
 */
export function quotedFacts(ctx: Ctx, filter: (f: Fact) => boolean): Fact[] {
  if (!ctx.q.quoted.length) return [];
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  return ctx.corpus.facts.filter((f) => filter(f) && ctx.q.quoted.some((p) => norm(`${f.label} ${f.citation.quote} ${f.group ?? ''} ${f.heading ?? ''}`).includes(p)));
}

/**
 * Like `matches`, but topics joined by "och", "and", "/" or a comma ("tasks related to the EU
 * (cancer plan, joint actions)") that no fact covers together are matched each on its own, and
 * their facts taken in turn. With `all`, for an answer that lists what the sources say ("late
 * effects / long-term follow-up – what's in the agreement?"), each one's facts are added after the
 * facts that cover them together; an answer naming who does one thing keeps to those.
 */
export function matchEach(ctx: Ctx, filter: (f: Fact) => boolean, weight: (s: Scored) => number = () => 1, all = false): Scored[] {
  const together = matches(ctx, filter, weight);
  const groups = topicParts(ctx);
  if ((together.length && !all) || groups.length < 2) return together;
  const each = groups.map((g) => matches({ ...ctx, topic: ctx.topic.filter((c) => c.soft || (c.group ?? 0) === g) }, filter, weight));
  const out: Scored[] = [...together];
  for (let i = 0; each.some((l) => i < l.length); i++) for (const l of each) if (l[i] && !out.some((x) => x.fact === l[i]!.fact)) out.push(l[i]!);
  return out;
}

/**
 * Facts passing `filter` whose paragraph (the facts on the same source line) covers the whole
 * topic together, when no one fact does: "when did Vårdanalys report the lägesbild?" — the
 * sentence with the date says "återrapporterade uppdraget", the one before it "lägesbild".
 */
export function matchParagraph(ctx: Ctx, filter: (f: Fact) => boolean): Scored[] {
  const need = ctx.topic.filter((c) => !c.soft);
  if (need.length < 2) return [];
  const line = (f: Fact) => `${f.sourceId}:${f.citation.line}`;
  const coveredBy = need.map((c) => new Set(ctx.index.score([c]).map((s) => line(s.fact))));
  const lines = new Set([...coveredBy[0]!].filter((l) => coveredBy.every((set) => set.has(l))));
  return ctx.index.facts.filter((f) => ctx.keep(f) && filter(f) && lines.has(line(f))).map((fact) => ({ fact, score: 1, covered: need.length }));
}

/** A required word read from the corpus alone, or a name nobody knows: it may be let go (see `matches`). */
export const isLoose = (c: Concept): boolean => !c.soft && c.source === 'corpus' && !c.exact && c.wordings[0]!.words.length === 1;

function covering(topic: Concept[], ctx: Ctx, filter: (f: Fact) => boolean, weight: (s: Scored) => number): Scored[] {
  const need = topic.filter((c) => !c.soft).length;
  return ctx.index
    .score(topic, (f) => ctx.keep(f) && filter(f))
    .filter((s) => s.covered >= need && s.covered > 0)
    .map((s) => ({ ...s, score: s.score * weight(s) }))
    .sort((a, b) => b.score - a.score);
}

/** Facts that cover any concept of the topic (for "this is what they do say"). */
export function partial(ctx: Ctx, filter: (f: Fact) => boolean): Scored[] {
  return ctx.index.score(ctx.topic, (f) => ctx.keep(f) && filter(f)).filter((s) => s.covered > 0);
}

const KIND_WEIGHT: Partial<Record<Fact['kind'], number>> = { budget: 1.3, flow: 0.9, funding: 0.8, passage: 0.6, total: 0.5 };

/** Ranking for amounts: budget lines first, the owner's own money, and lines that are only the topic. */
export function amountWeight(ctx: Ctx): (s: Scored) => number {
  const asked = ctx.topic.flatMap((c) => c.wordings.flatMap((w) => w.words.flatMap((x) => tokens(x)))).map(stem);
  const owner = ctx.q.owner;
  return (s) =>
    ((KIND_WEIGHT[s.fact.kind] ?? 0.5) * (owner && s.fact.owner === owner ? 1.6 : owner && namesOwner(s.fact, owner) ? 1.3 : 1)) / (1 + 0.5 * unaskedWords(s.fact, asked));
}

/**
 * How many content words of a budget line's label the question does not ask about: "Arbete med
 * standardiseradevårdförlopp" is all SVF, "Nationellt arbete med standardiserade vårdförlopp" is
 * SVF and national. Among lines that match a topic equally, the one that is only that topic wins:
 * each word not asked about costs enough that how rare a word is in the index never outweighs it.
 */
function unaskedWords(f: Fact, asked: string[]): number {
  if (f.kind !== 'budget' && f.kind !== 'flow') return 0;
  const { soft, effort } = lexicon().heads;
  let n = 0;
  for (const word of tokens(f.label)) {
    if (word.length < 3 || STOP_WORDS.has(word) || soft.has(word) || effort.has(word) || /\d/.test(word) || /^(?:rcc|skr|regionerna|till|via|genom)$/.test(word)) continue;
    const w = stem(word);
    // A compound that holds an asked word ("standardiseradevårdförlopp" for "vårdförloppen") is asked about.
    if (!asked.some((a) => a.length >= 3 && (w.startsWith(a) || a.startsWith(w) || (a.length >= 5 && w.includes(a))))) n++;
  }
  return n;
}

/** A fact whose own wording names the owner as the one the money goes through ("till SKR … genom RCC i samverkan"). */
export function namesOwner(f: Fact, owner: string): boolean {
  const label = f.label.toLowerCase();
  if (owner === 'RCC i samverkan') return /rcc i samverkan/u.test(label);
  if (owner === 'RCC') return /(?<![\p{L}])rcc(?::s|erna)?(?![\p{L}])(?! i samverkan)/u.test(label);
  if (owner === 'Regionerna') return /(?<![\p{L}])region(?:erna|ernas)?(?![\p{L}])/u.test(label);
  return false;
}

/** Whether a text says every word of one of a concept's wordings (any form, or a compound part of a word). */
export function covers(ctx: Ctx, text: string, concept: Concept): boolean {
  const stems = tokens(text).flatMap((w) => [w, ...(ctx.index.lexicon.split(w) ?? [])]).map(stem);
  const has = (word: string) => {
    const w = stem(word);
    return stems.some((x) => x === w || (w.length >= 4 && x.startsWith(w)));
  };
  return concept.wordings.some((wording) => wording.words.flatMap((w) => tokens(w)).filter((w) => !STOP_WORDS.has(w)).every(has));
}

/** Cues that speak of money, a figure or the agreement's size. */
const MONEY = ['how-much', 'how-much-of', 'how-big', 'money-figure', 'money-noun', 'money-verb', 'money-get', 'total-word', 'agreement-word'];

/** Whether the question speaks of money (or of one of `more` other cues): what comparisons and rankings need. */
export const asksMoney = (ctx: Ctx, ...more: string[]): boolean => [...MONEY, ...more].some((s) => ctx.q.signals.has(s));

/** 1 when the question asks for the largest, -1 for the smallest, else 0. */
export function superlative(ctx: Ctx): 1 | -1 | 0 {
  return ctx.q.signals.has('least') ? -1 : ctx.q.signals.has('most') ? 1 : 0;
}
