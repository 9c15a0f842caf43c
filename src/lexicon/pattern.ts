/**
 * The one phrase matcher: every phrase of the lexicon (cues, concepts, owners, relative years,
 * function phrases) is found in a question's words by it. A phrase is words separated by spaces:
 *
 * - `budget*` matches any word that starts with "budget", `*medlen` any word that ends with "medlen";
 * - `…` stands for up to five words of any kind ("betalar … ut" matches "betalar SKR ut");
 * - a word of four letters or more also matches its inflected forms ("statsbidraget" for
 *   "statsbidrag"), with the endings of heads.json;
 * - a Swedish word matches its form typed without å, ä and ö ("nar" for "när"), unless that
 *   form is a word of its own in English ("för" is never "for").
 */
import { fold } from '../text/analyze.ts';

interface PatternWord {
  text: string;
  folded: string;
  prefix: boolean;
  suffix: boolean;
  gap: boolean;
}

interface Pattern<T> {
  phrase: string;
  words: PatternWord[];
  value: T;
}

/** A phrase found in a question: the words it spans (as indexes into the word list) and its value. */
export interface PhraseMatch<T> {
  phrase: string;
  value: T;
  /** First and one-past-last index into the word list. */
  from: number;
  to: number;
  /** Word indexes the phrase's own words stand at (a gap's words are not among them). */
  covered: number[];
}

const MAX_GAP = 5;

/** The words of a phrase as the tokenizer would split them ("rcc:s" → rcc, s; "tjock- och" → tjock, och). */
export function phraseWords(phrase: string): string[] {
  return phrase
    .normalize('NFC')
    .toLowerCase()
    .split(/\s+/)
    .flatMap((w) => (w === '…' || w === '...' ? ['…'] : (w.match(/\*?[\p{L}\p{N}]+\*?/gu) ?? [])));
}

export class PhraseSet<T> {
  private readonly byFirst = new Map<string, Pattern<T>[]>();
  private readonly prefixed: Pattern<T>[] = [];
  private readonly endings: string[];

  /**
   * @param entries the phrases and what each stands for
   * @param endings inflection endings (heads.json)
   * @param notFoldable words that a Swedish word typed without å, ä, ö must never be read as
   */
  constructor(
    entries: Iterable<{ phrase: string; value: T }>,
    endings: string[],
    private readonly notFoldable: ReadonlySet<string>,
  ) {
    this.endings = [...endings].sort((a, b) => b.length - a.length);
    for (const { phrase, value } of entries) {
      const words = phraseWords(phrase).map((w): PatternWord => {
        const prefix = w.endsWith('*');
        const suffix = w.startsWith('*');
        const text = w.replace(/^\*|\*$/g, '');
        return { text, folded: fold(text), prefix, suffix, gap: w === '…' };
      });
      if (!words.length || words[0]!.gap) continue;
      const pattern = { phrase, words, value };
      const first = words[0]!;
      if (first.prefix || first.suffix) this.prefixed.push(pattern);
      else {
        for (const key of new Set([first.text, first.folded])) {
          const list = this.byFirst.get(key) ?? [];
          list.push(pattern);
          this.byFirst.set(key, list);
        }
      }
    }
  }

  /**
   * Whether one word of a question is the pattern's word. A short word typed without å, ä, ö
   * ("ar", "pa") is read as Swedish only inside a phrase of several words ("i ar" is "i år").
   */
  private wordIs(p: PatternWord, word: string, inPhrase: boolean, lenient = false): boolean {
    if (p.prefix) return word.startsWith(p.text) || (p.folded !== p.text && word === fold(word) && word.startsWith(p.folded));
    if (p.suffix) return word.length > p.text.length && word.endsWith(p.text);
    if (word === p.text || this.inflected(word, p.text)) return true;
    if (p.folded === p.text || word !== fold(word) || (p.folded.length < 3 && !inPhrase) || (this.notFoldable.has(p.folded) && !lenient)) return false;
    return word === p.folded || this.inflected(word, p.folded);
  }

  /**
   * "vad star RCC for": in a phrase typed wholly without å, ä, ö, a folded word that is also an
   * English word ("for") is read as the Swedish one ("för") when another word of the phrase can only
   * be Swedish ("star" for "står").
   */
  private swedishBeside(pattern: PatternWord[], words: string[], covered: number[]): boolean {
    const real = pattern.filter((p) => !p.gap);
    return real.some((p, k) => {
      const word = words[covered[k]!];
      return p.folded !== p.text && word !== undefined && word !== p.text && !this.notFoldable.has(p.folded);
    });
  }

  private inflected(word: string, base: string): boolean {
    if (base.length < 4 || word.length <= base.length || !word.startsWith(base)) return false;
    const rest = word.slice(base.length);
    return this.endings.includes(rest);
  }

  /**
   * Every match of every phrase in `words`, in order of position; overlapping matches are all kept.
   * At each word the patterns tried are those filed under the word itself, then under its stems
   * without an ending (each pattern once), then those that begin with a prefix or suffix word.
   * (Run for every question on every phrase list: it allocates nothing for a word that matches nothing.)
   */
  findAll(words: string[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const own = this.byFirst.get(word);
      if (own) for (const p of own) this.tryAt(p, words, i, out);
      let seen: Set<Pattern<T>> | undefined;
      for (const e of this.endings) {
        if (word.length - e.length < 4 || !word.endsWith(e)) continue;
        const stemmed = this.byFirst.get(word.slice(0, -e.length));
        if (!stemmed) continue;
        seen ??= new Set(own);
        for (const p of stemmed) if (!seen.has(p)) seen.add(p), this.tryAt(p, words, i, out);
      }
      for (const p of this.prefixed) this.tryAt(p, words, i, out);
    }
    return out;
  }

  /** The pattern's match starting at word i, if any, onto `out`. */
  private tryAt(p: Pattern<T>, words: string[], i: number, out: PhraseMatch<T>[]): void {
    let covered = this.matchFrom(p.words, 0, words, i);
    if (!covered && p.words.length > 1) {
      const loose = this.matchFrom(p.words, 0, words, i, true);
      if (loose && this.swedishBeside(p.words, words, loose)) covered = loose;
    }
    if (covered) out.push({ phrase: p.phrase, value: p.value, from: i, to: covered[covered.length - 1]! + 1, covered });
  }

  /** The word indexes pattern words [k..] cover starting at word i, or null. */
  private matchFrom(pattern: PatternWord[], k: number, words: string[], i: number, lenient = false): number[] | null {
    if (k === pattern.length) return [];
    const p = pattern[k]!;
    if (p.gap) {
      for (let skip = 0; skip <= MAX_GAP && i + skip <= words.length; skip++) {
        const rest = this.matchFrom(pattern, k + 1, words, i + skip, lenient);
        if (rest) return rest;
      }
      return null;
    }
    if (i >= words.length || !this.wordIs(p, words[i]!, pattern.length > 1, lenient)) return null;
    const rest = this.matchFrom(pattern, k + 1, words, i + 1, lenient);
    return rest ? [i, ...rest] : null;
  }
}

/**
 * Non-overlapping matches, longest first (by words covered); on equal length the one that starts
 * first ("reference number of" is a reference number), then the lower `rank`. Returns the kept
 * matches in order of position.
 */
export function longestFirst<T>(matches: PhraseMatch<T>[], rank: (m: PhraseMatch<T>) => number = () => 0): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) => b.covered.length - a.covered.length || a.from - b.from || rank(a) - rank(b));
  const taken = new Set<number>();
  const kept: PhraseMatch<T>[] = [];
  for (const m of sorted) {
    if (m.covered.some((i) => taken.has(i))) continue;
    for (const i of m.covered) taken.add(i);
    kept.push(m);
  }
  return kept.sort((a, b) => a.from - b.from);
}

/**
 * The matches no longer match covers: "go up" leaves out "go", but two phrases over the same words
 * ("klar" is both a date word and a future word) are both kept. Returns them in order of position.
 */
export function unshadowed<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  return matches.filter((m) => !matches.some((n) => n.covered.length > m.covered.length && m.covered.every((i) => n.covered.includes(i))));
}
