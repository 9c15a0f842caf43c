/**
 * The search index over every fact (MiniSearch). Fields are boosted so that a fact's own label
 * beats text that merely mentions a topic; year, kind and owner are filters, not words.
 *
 * A question's topic is a list of concepts (see understand/topic.ts); each concept has alternative
 * wordings, and a wording with several words needs all of them. A fact's score sums its best
 * wording per concept, and `covered` counts the concepts it matches: an answer about a topic
 * needs every concept covered, so "ögonsjukvård" never falls back to "sjukvård".
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Corpus } from '../corpus/load.ts';
import type { Fact } from '../corpus/schema.ts';
import { lexicon as loadedLexicon } from '../lexicon/load.ts';
import { Lexicon, STOP_WORDS, stem, tokens } from '../text/analyze.ts';

/** One wording of a concept: all its words must match, and its score counts with `weight`. */
export interface Wording {
  words: string[];
  weight: number;
}

/** Something the question asks about, in its alternative wordings. */
export interface Concept {
  /** The words of the question it came from. */
  text: string;
  wordings: Wording[];
  /** A soft concept adds to the score but is not required to cover the topic ("arbete", "work"). */
  soft?: boolean;
  /** Where it was read from: a lexicon concept, a word of the corpus, or a word nobody knows. */
  source?: 'lexicon' | 'corpus' | 'unknown';
  /** The lexicon concept's id. */
  id?: string;
  /** Which part of the question it stands in, when topics are joined by "och", "and", "/", ",". */
  group?: number;
  /** Must be covered as written: a topic the sources lack ("hudcancer"), a word kept on purpose ("varje"). */
  exact?: boolean;
  /** A name nobody knows ("Skåne", "Norr"): the topic when nothing else is, context beside another topic. */
  name?: boolean;
  /** The cues whose words it was read from too ("ökningen" is also the cue "increase-word"). */
  cues?: string[];
  /** Where in the question it stands (a word index). */
  at?: number;
}

export interface Scored {
  fact: Fact;
  score: number;
  /** How many of the required concepts the fact matches. */
  covered: number;
}

const FIELDS = ['label', 'labelParts', 'quote', 'heading', 'group', 'area', 'parts', 'about'] as const;
/**
 * A compound's parts in an amount's label count nearly as much as the label's own words: "Arbete
 * med standardiseradevårdförlopp" is about "vårdförloppen" as much as "… standardiserade vårdförlopp" is.
 */
const BOOST: Record<(typeof FIELDS)[number], number> = { label: 3, labelParts: 2.5, quote: 1, heading: 1.5, group: 1.2, area: 0.6, parts: 0.35, about: 1 };

function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  if (STOP_WORDS.has(t) || (t.length < 2 && !/\d/.test(t))) return null;
  return stem(t);
}

const tokenize = (text: string): string[] => tokens(text);

/** How many wordings' counts one index keeps (a few hundred bytes each). */
const COUNTS_KEPT = 20_000;

export class FactIndex {
  readonly lexicon = new Lexicon();
  private readonly search: MiniSearch;
  private readonly splits = new Map<string, string[]>();
  /**
   * `count` per wording: the index never changes after it is built, so neither do they. Questions
   * bring any words at all, so the cache is emptied when it holds COUNTS_KEPT of them.
   */
  private readonly counts = new Map<string, number>();

  constructor(
    readonly facts: Fact[],
    /** Words the corpus does not use that may still be parts of compounds (the concept lexicon's wordings). */
    extraWords: Iterable<string> = loadedLexicon().concepts.flatMap((c) => [...c.sv, ...c.alias]),
  ) {
    for (const f of facts) this.lexicon.add(`${f.label} ${f.citation.quote} ${f.heading ?? ''} ${f.group ?? ''}`);
    for (const w of extraWords) this.lexicon.add(w);
    this.search = new MiniSearch({
      fields: [...FIELDS],
      idField: 'id',
      tokenize,
      processTerm,
      searchOptions: { tokenize, processTerm },
    });
    this.search.addAll(facts.map((f, id) => this.document(f, id)));
  }

  private document(f: Fact, id: number): Record<string, string | number> {
    const text = `${f.label} ${f.citation.quote} ${f.heading ?? ''} ${f.group ?? ''}`;
    const parts = new Set<string>();
    for (const t of tokens(text)) for (const p of this.partsOf(t)) parts.add(p);
    // Only an amount's label is a short name; a task's or passage's label is its whole sentence.
    const labelParts = new Set<string>();
    if (f.amountSEK !== null && f.kind !== 'passage') for (const t of tokens(f.label)) for (const p of this.partsOf(t)) labelParts.add(p);
    const about = [f.owner, f.payer, f.term, f.person?.name, f.person?.role].filter(Boolean).join(' ');
    return {
      id,
      label: f.label,
      quote: f.citation.quote === f.label ? '' : f.citation.quote,
      heading: f.heading ?? '',
      group: f.group ?? '',
      area: f.area ?? '',
      parts: [...parts].join(' '),
      labelParts: [...labelParts].join(' '),
      about,
    };
  }

  /** A token's compound parts; splitting is the costly step of a build, and most words recur. */
  private partsOf(token: string): string[] {
    let parts = this.splits.get(token);
    if (!parts) {
      parts = this.lexicon.split(token) ?? [];
      // A compound whose first part is no word of its own still has a head: "handlingsplan" is a plan.
      if (!parts.length && token.length >= 8) {
        const tail = this.lexicon.knownTail(token);
        if (tail) parts = [tail];
      }
      this.splits.set(token, parts);
    }
    return parts;
  }

  /** Score facts passing `filter` against the concepts. Facts that match nothing are left out. */
  score(concepts: Concept[], filter: (f: Fact) => boolean = () => true): Scored[] {
    const byId = new Map<number, Scored>();
    for (const concept of concepts) {
      const best = new Map<number, number>();
      for (const wording of concept.wordings) {
        // A wording's score is per word: "standardiserade vårdförlopp" (two words) must not outscore
        // the same concept's one-word "standardiseradevårdförlopp" just for having more words.
        const size = Math.max(1, wording.words.flatMap((w) => tokens(w)).filter((t) => !STOP_WORDS.has(t)).length);
        for (const r of this.run(wording.words, filter)) {
          const s = (r.score * wording.weight) / size;
          if (s > (best.get(r.id as number) ?? 0)) best.set(r.id as number, s);
        }
      }
      for (const [id, s] of best) {
        const entry = byId.get(id) ?? { fact: this.facts[id]!, score: 0, covered: 0 };
        entry.score += s;
        if (!concept.soft) entry.covered += 1;
        byId.set(id, entry);
      }
    }
    return [...byId.values()].sort((a, b) => b.covered - a.covered || b.score - a.score);
  }

  /** How many facts one wording finds, passing `filter` or not: how common its words are in the corpus. */
  count(words: string[]): number {
    const key = words.join('\u0000');
    let n = this.counts.get(key);
    if (n === undefined) {
      if (this.counts.size >= COUNTS_KEPT) this.counts.clear();
      this.counts.set(key, (n = this.run(words, () => true).length));
    }
    return n;
  }

  private run(words: string[], filter: (f: Fact) => boolean): SearchResult[] {
    const terms = words.flatMap((w) => tokens(w)).filter((t) => !STOP_WORDS.has(t));
    if (!terms.length) return [];
    // A boost of 0 makes MiniSearch skip a fact before scoring it (a `filter` runs after): with
    // many years in the index, only the asked year's facts are scored.
    let pass = (id: number) => filter(this.facts[id]!);
    if (terms.length > 1) {
      // Every term must match, so the facts of one term bound the others': a common word's facts
      // ("cancer") are then skipped, not scored, unless the rarer word is in them too. The longest
      // term stands in for the rarest; the results are the same whichever term bounds them.
      const bound = terms.reduce((a, b) => (b.length > a.length ? b : a));
      const within = new Set(this.search.search(bound, searchOptions((id) => (filter(this.facts[id as number]!) ? 1 : 0))).map((r) => r.id as number));
      if (!within.size) return [];
      pass = (id) => within.has(id);
    }
    return this.search.search(terms.join(' '), searchOptions((id) => (pass(id as number) ? 1 : 0)));
  }
}

/** How a wording is searched: every word must match, each a prefix from 4 letters and one letter off from 5; `boostDocument` 0 skips a fact. */
const searchOptions = (boostDocument: (id: unknown) => number) => ({
  combineWith: 'AND' as const,
  boost: BOOST,
  prefix: (term: string) => term.length >= 4,
  // One letter off at most: two would make "genomiskt" find "generiskt".
  fuzzy: (term: string) => (term.length >= 5 ? 1 : false),
  maxFuzzy: 1,
  boostDocument,
});

const cache = new WeakMap<Corpus, FactIndex>();

/** The index of a corpus, built once and kept for as long as the corpus object lives. */
export function indexOf(corpus: Corpus): FactIndex {
  let index = cache.get(corpus);
  if (!index) {
    index = new FactIndex(corpus.facts);
    cache.set(corpus, index);
  }
  return index;
}
