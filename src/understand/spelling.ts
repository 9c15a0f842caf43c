/**
 * Typos, read as the word meant: one letter missing ("mycke"), one too many ("tottalt"), one wrong
 * ("pathlogy") or two swapped ("pathwyas"). A `TypoTable` holds the words to read typos as; a form
 * two different entries share reads as neither.
 *
 * `correctInPhrases` reads a typo inside a phrase of several words ("standardized care pathwyas")
 * as the phrase's word, so that the phrase matches whole instead of falling apart into words.
 */
import type { Lexicon } from '../lexicon/load.ts';
import { tokens } from '../text/analyze.ts';

export class TypoTable<T> {
  /** The words themselves. */
  private readonly whole = new Map<string, T | null>();
  /** Each word with one letter left out (a word typed without that letter). */
  private readonly missing = new Map<string, T | null>();
  /** Each word with one letter left out, keyed with where (a letter typed wrong there). */
  private readonly wrong = new Map<string, T | null>();

  constructor(private readonly same: (a: T, b: T) => boolean) {}

  /** Adds a word of `min` letters or more (letters only). */
  add(word: string, value: T, min: number): void {
    if (word.length < min || /[^\p{L}]/u.test(word)) return;
    this.put(this.whole, word, value);
    for (let i = 0; i < word.length; i++) {
      const form = word.slice(0, i) + word.slice(i + 1);
      this.put(this.missing, form, value);
      // A letter typed wrong only in a longer word: among words of five letters, one letter apart is
      // another word as often as a typo ("lists" is no "lasts").
      if (word.length >= 6) this.put(this.wrong, `${i}|${form}`, value);
    }
  }

  has(word: string): boolean {
    return this.whole.has(word);
  }

  /** What a word one letter off an entry reads as; null when it is none, or two entries' typo. */
  find(word: string): T | null {
    const hit = this.missing.get(word);
    if (hit) return hit;
    for (let i = 0; i + 1 < word.length; i++) {
      const turned = this.whole.get(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
      if (turned) return turned;
    }
    for (let i = 0; i < word.length; i++) {
      const form = word.slice(0, i) + word.slice(i + 1);
      const found = this.whole.get(form) ?? this.wrong.get(`${i}|${form}`);
      if (found) return found;
    }
    return null;
  }

  private put(map: Map<string, T | null>, key: string, value: T): void {
    const seen = map.get(key);
    map.set(key, seen === undefined || (seen !== null && this.same(seen, value)) ? value : null);
  }
}

/** A word of the lexicon's phrases of several words, with the other words of those phrases. */
interface PhraseWord {
  word: string;
  others: Set<string>;
}

/** Only words this long are corrected: shorter ones are too near too many others. */
const MIN_LETTERS = 6;
/** The phrase's other word must stand this near (in words) for the typo to be read as its word. */
const NEAR = 3;

const tables = new WeakMap<Lexicon, { typos: TypoTable<PhraseWord>; words: Set<string> }>();

function phraseWords(lex: Lexicon) {
  let table = tables.get(lex);
  if (table) return table;
  const phrases = [
    ...lex.concepts.flatMap((c) => [...c.sv, ...c.en, ...c.alias]),
    ...lex.cues.flatMap((c) => [...c.sv, ...c.en]),
  ];
  const words = new Set<string>();
  const others = new Map<string, Set<string>>();
  for (const p of phrases) {
    const ws = tokens(p);
    for (const w of ws) words.add(w);
    if (ws.length < 2) continue;
    for (const w of ws) {
      const set = others.get(w) ?? new Set<string>();
      for (const o of ws) if (o !== w) set.add(o);
      others.set(w, set);
    }
  }
  const typos = new TypoTable<PhraseWord>((a, b) => a.word === b.word);
  for (const [word, set] of others) typos.add(word, { word, others: set }, MIN_LETTERS);
  tables.set(lex, (table = { typos, words }));
  return table;
}

/**
 * The question's words with each typo of a phrase word read as that word, when another word of
 * the phrase stands near it. A word the corpus or the lexicon knows is never changed.
 */
export function correctInPhrases(words: string[], known: (word: string) => boolean, lex: Lexicon): string[] {
  const { typos, words: lexiconWords } = phraseWords(lex);
  return words.map((w, i) => {
    if (w.length < MIN_LETTERS || lexiconWords.has(w) || known(w)) return w;
    const hit = typos.find(w);
    if (!hit) return w;
    const near = words.slice(Math.max(0, i - NEAR), i + NEAR + 1);
    return near.some((n) => hit.others.has(n)) ? hit.word : w;
  });
}
