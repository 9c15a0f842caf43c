/**
 * What understanding knows besides the lexicon: what the corpus itself holds — its words (for
 * compounds, typos and "is this word known at all"), the years it covers, the people it names,
 * and each year's total (a question may name a year by its total: "av de 556 miljonerna").
 * Built once per corpus.
 */
import type { Corpus } from '../corpus/load.ts';
import { type Lexicon, lexicon as loadedLexicon } from '../lexicon/load.ts';
import { FactIndex, indexOf } from '../search/index.ts';
import { fold, tokens } from '../text/analyze.ts';
import { type Titled, titlesOf } from './titles.ts';

export interface Vocabulary {
  /** The corpus this vocabulary was read from. */
  corpus: Corpus;
  lexicon: Lexicon;
  index: FactIndex;
  /** Agreement years with a source, ascending. */
  sourceYears: number[];
  /** Years with an agreement total, ascending: what "the first agreement" counts from. */
  agreementYears: number[];
  /** Years by the total the agreement of that year has. */
  totalYears: Map<number, number[]>;
  /** The amounts of budget lines, payments and the Government's money: an amount among them is more than a year's total. */
  moneyAmounts: Set<number>;
  /** The sources' people and the parts of their names a question may write. */
  people: { name: string; parts: string[] }[];
  /** Words of the corpus with å, ä or ö by their form typed without them ("sarskild" → "särskild"). */
  unfolded: Map<string, string>;
  /** Words found in this many facts or more are too common to narrow a topic. */
  commonCount: number;
  /** Every amount the corpus states, in kronor. */
  amounts: Set<number>;
  /** The lexicon's documents the corpus has: their sources, and the agreement years those cover. */
  documents: Map<string, { sources: string[]; years: number[] }>;
  /** The sources' titles, by the document each source is ("enligt sidan om cancervården som prioriterad fråga"). */
  titles: Titled[];
  /** When each source was published, and the agreement years it covers. */
  published: { year: number; month: number; years: number[] }[];
}

const cache = new WeakMap<Corpus, Vocabulary>();

/** What a question's words are checked against: which words the sources use, and in how many facts. */
export interface WordsKnown {
  /** The index of those facts: what the question's facts are ranked in. */
  index: FactIndex;
  lexicon: FactIndex['lexicon'];
  count(words: string[]): number;
  unfolded: Map<string, string>;
}

const scoped = new WeakMap<Vocabulary, Map<string, WordsKnown>>();
/** How many sets of years keep their index (each a few hundred kilobytes on the real corpus). */
const SCOPES_KEPT = 64;

/**
 * The words the sources of some years use (and those of facts of no one year). A question about
 * 2024 knows the words of 2024's sources: a text added for another year teaches it no word, so it
 * cannot change what the question is understood to ask.
 */
export function wordsOfYears(v: Vocabulary, asked: number[]): WordsKnown | undefined {
  // Years no source covers ("förra året" when it has none) are read with every word of the corpus.
  const years = asked.filter((y) => v.sourceYears.includes(y));
  if (!years.length) return undefined;
  let map = scoped.get(v);
  if (!map) scoped.set(v, (map = new Map()));
  const key = [...years].sort().join(',');
  let known = map.get(key);
  if (!known) {
    // A fact speaks of a year by its own year, a period that spans it, or a date that falls in it.
    const facts = v.corpus.facts.filter(
      (f) =>
        f.year === null ||
        years.includes(f.year) ||
        (f.period && years.some((y) => f.period!.from <= y && y <= f.period!.to)) ||
        (f.date !== null && years.includes(Number(f.date.slice(0, 4)))),
    );
    const index = new FactIndex(facts);
    const unfolded = new Map<string, string>();
    for (const [folded, w] of v.unfolded) if (index.lexicon.has(w) || !v.index.lexicon.has(w)) unfolded.set(folded, w);
    known = { index, lexicon: index.lexicon, count: (w) => index.count(w), unfolded };
    // Questions name few years at a time; a cache of every set ever named is still bounded.
    if (map.size >= SCOPES_KEPT) map.delete(map.keys().next().value!);
    map.set(key, known);
  }
  return known;
}

export function vocabularyOf(corpus: Corpus, lex: Lexicon = loadedLexicon()): Vocabulary {
  let v = cache.get(corpus);
  if (v) return v;
  const totalYears = new Map<number, number[]>();
  for (const f of corpus.facts) if (f.kind === 'total' && f.amountSEK !== null && f.year !== null) totalYears.set(f.amountSEK, [...(totalYears.get(f.amountSEK) ?? []), f.year]);
  const people = [...new Set(corpus.facts.filter((f) => f.person).map((f) => f.person!.name))].map((name) => ({ name, parts: tokens(name).filter((w) => w.length >= 4) }));
  const unfolded = new Map<string, string>();
  for (const f of corpus.facts) {
    for (const w of tokens(`${f.label} ${f.citation.quote}`)) {
      const folded = fold(w);
      if (folded !== w && !unfolded.has(folded)) unfolded.set(folded, w);
    }
  }
  for (const c of lex.concepts) for (const p of [...c.sv, ...c.alias]) for (const w of tokens(p)) if (fold(w) !== w && !unfolded.has(fold(w))) unfolded.set(fold(w), w);
  // "nagot", "nar": a Swedish question word typed without å, ä or ö is that word (unless the folded form is a word of its own: "for").
  for (const [w] of lex.functionWords) if (fold(w) !== w && !unfolded.has(fold(w)) && !lex.functionWords.has(fold(w))) unfolded.set(fold(w), w);
  const documents = new Map<string, { sources: string[]; years: number[] }>();
  for (const d of lex.documents) {
    const marks = (s: Corpus['sources'][number]) => d.known.some((k) => [s.title, s.publisher ?? '', s.url ?? '', s.path].join(' ').toLowerCase().includes(k.toLowerCase()));
    const sources = corpus.sources.filter(marks);
    if (sources.length) documents.set(d.id, { sources: sources.map((s) => s.id), years: [...new Set(sources.flatMap((s) => s.years))].sort((a, b) => a - b) });
  }
  v = {
    corpus,
    lexicon: lex,
    documents,
    titles: titlesOf(corpus, lex),
    index: indexOf(corpus),
    sourceYears: [...new Set(corpus.sources.flatMap((s) => s.years))].sort((a, b) => a - b),
    agreementYears: [...new Set(corpus.facts.filter((f) => f.kind === 'total' && f.year !== null).map((f) => f.year!))].sort((a, b) => a - b),
    totalYears,
    people,
    unfolded,
    commonCount: Math.max(3, Math.ceil(corpus.facts.length * lex.heads.commonShare)),
    amounts: new Set(corpus.facts.flatMap((f) => (f.amountSEK !== null ? [f.amountSEK] : []))),
    moneyAmounts: new Set(corpus.facts.flatMap((f) => (f.amountSEK !== null && (f.kind === 'budget' || f.kind === 'flow' || f.kind === 'funding') ? [f.amountSEK] : []))),
    published: corpus.sources.flatMap((s) => (s.published ? [{ year: Number(s.published.slice(0, 4)), month: Number(s.published.slice(5, 7)), years: s.years }] : [])),
  };
  cache.set(corpus, v);
  return v;
}
