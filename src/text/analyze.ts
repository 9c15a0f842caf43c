/**
 * Swedish text analysis, the same for the index and for questions: tokens, case and Unicode
 * folding, stop words, Snowball stemming (@orama/stemmers' Swedish stemmer), and compound
 * splitting against a lexicon drawn from the corpus ("barncancerområdet" → barn + cancer + område).
 */
import { stemmer } from '@orama/stemmers/swedish';

/** Words that carry no topic, Swedish and English. */
export const STOP_WORDS = new Set(
  `och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år
  säga hon nu sin där vid mot ska skall eller vad alla andra efter upp sedan kommer bli finns inom under också detta
  dessa vilka vilken vilket hur mycket många få här ut mer samt bland annat bl.a t.ex ex även ju da dem denna deras
  dess dig din du ej era ert hans hennes hit honom hur icke in blev bli blir blivit då där någon något några nya ny
  the a an of to in for on at by with from and or is are was were be been being it its this that these those what which
  who whom whose how much many does do did has have had will would can could should shall may might there their they
  them than then so such into about over per any all some each our your my me i we you he she his her up out as if
  not no yes also just only very more most other into onto via`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-cased, Unicode-normalised word tokens of a text (hyphens and colons split words). */
export function tokens(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * A word as it is typed without å, ä and ö ("när" → "nar", "överenskommelsen" → "overenskommelsen"):
 * Swedish typed on a keyboard without them still reads as Swedish.
 */
export function fold(word: string): string {
  // Most words have none of these letters: they come back as they are, with nothing allocated.
  if (!FOLDED_LETTER.test(word)) return word;
  return word.replace(/[åäà]/g, 'a').replace(/[öø]/g, 'o').replace(/é/g, 'e');
}
const FOLDED_LETTER = /[åäàöøé]/;

/** The Swedish Snowball stem of one lower-case token. Numbers stay as they are. */
export function stem(token: string): string {
  if (/^\d+$/.test(token)) return token;
  return stemmer(token);
}

/**
 * A lexicon of the words the corpus uses, for compound splitting. A word is split only into parts
 * the corpus itself knows, so splitting never invents vocabulary.
 */
export class Lexicon {
  private readonly words = new Set<string>();

  add(text: string): void {
    for (const t of tokens(text)) {
      if (t.length < 4 || /\d/.test(t)) continue;
      this.folded = undefined;
      this.words.add(t);
      this.words.add(stem(t));
    }
  }

  has(word: string): boolean {
    return this.words.has(word) || this.words.has(stem(word));
  }

  /**
   * The word a cut-short word begins ("forbattringsarb" of "förbättringsarb.", "utvecklingsarb"):
   * the shortest known word or stem that starts with it ("förbättringsarbet"), å, ä and ö typed or
   * not, the first in order on a tie; null for a word of fewer than seven letters, or one no known
   * word starts with.
   */
  completion(word: string): string | null {
    if (word.length < 7) return null;
    // The known words by their folded form, sorted once: those starting with a prefix stand together.
    if (!this.folded) this.folded = [...this.words].map((w) => [fold(w), w] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const typed = fold(word);
    let lo = 0;
    let hi = this.folded.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.folded[mid]![0] < typed) lo = mid + 1;
      else hi = mid;
    }
    let best: string | null = null;
    for (let i = lo; i < this.folded.length && this.folded[i]![0].startsWith(typed); i++) {
      const w = this.folded[i]![1];
      if (w.length > word.length && (best === null || w.length < best.length)) best = w;
    }
    return best;
  }
  private folded: (readonly [string, string])[] | undefined;

  /**
   * The longest known word of at least six letters that `word` starts with, leaving at least four
   * letters after it, or null ("barncanceravdelningen" → "barncancer").
   */
  knownPrefix(word: string): string | null {
    for (let j = word.length - 4; j >= 6; j--) {
      const head = word.slice(0, j);
      if (this.words.has(head)) return head;
    }
    return null;
  }

  /**
   * The longest known word of at least four letters that `word` ends with, leaving at least three
   * letters before it, or null: the head of a compound whose first part the corpus never uses on
   * its own ("handlingsplan" → "plan", "återrapporterade" → "rapporterade").
   */
  knownTail(word: string): string | null {
    for (let i = 3; i <= word.length - 4; i++) {
      const tail = word.slice(i);
      if (this.has(tail)) return tail;
    }
    return null;
  }

  /**
   * The parts of a compound, each known to the lexicon, or null when the word is no compound of
   * known words. Parts are at least 4 letters; a linking "s" between parts is allowed
   * ("livmoderhalscancer" → livmoderhals + cancer; "standardiseradevårdförlopp" → standardiserade + vård + förlopp).
   */
  split(word: string): string[] | null {
    if (word.length < 8) return null;
    const memo = new Map<number, string[] | null>();
    const from = (i: number): string[] | null => {
      if (i === word.length) return [];
      if (memo.has(i)) return memo.get(i)!;
      let best: string[] | null = null;
      for (let j = word.length; j >= i + 4; j--) {
        const part = word.slice(i, j);
        if (!this.has(part)) continue;
        if (i === 0 && j === word.length) continue; // the whole word is not a split
        for (const next of word[j] === 's' && j + 1 < word.length ? [j, j + 1] : [j]) {
          const rest = from(next);
          if (rest && (!best || rest.length + 1 < best.length)) best = [part, ...rest];
        }
      }
      memo.set(i, best);
      return best;
    };
    const parts = from(0);
    return parts && parts.length > 1 ? parts : null;
  }
}

/** Stems of the content words of a text: stop words and one-letter tokens left out. */
export function contentStems(text: string): string[] {
  return tokens(text)
    .filter((t) => !STOP_WORDS.has(t) && (t.length > 1 || /\d/.test(t)))
    .map(stem);
}

const WORD_CHAR = '[\\p{L}\\p{N}_]';
const WORD_EDGE = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;
const wordRegexCache = new Map<string, RegExp>();

/**
 * The same regular expression with `\b` and `\w` read over Unicode letters. JavaScript's own `\b`
 * and `\w` know only ASCII, so `/\bårets\b/` never matches "årets" and `/\bäger\b/` matches inside
 * "säger"; every rule over Swedish words goes through this.
 */
export function unicodeWords(re: RegExp): RegExp {
  const key = `${re.flags}/${re.source}`;
  let out = wordRegexCache.get(key);
  if (!out) {
    const source = re.source.replace(/\\b/g, WORD_EDGE).replace(/\\w/g, WORD_CHAR);
    out = new RegExp(source, re.flags.includes('u') ? re.flags : `${re.flags}u`);
    wordRegexCache.set(key, out);
  }
  out.lastIndex = 0;
  return out;
}
