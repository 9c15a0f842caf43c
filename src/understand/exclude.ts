/**
 * What a question leaves out: "hur mycket fick RCC 2021 för SVF-arbetet (inte det regionala)?",
 * "2024 lines for rehabilitation, excluding the pelvic one", "SVF-pengar 2021 utom de 370
 * miljonerna", "Barncancer 2021 alltså, inte 2024". A marker ("utom", "förutom", "except", "other
 * than", "apart from", "not counting", or "inte"/"not" opening a clause) leaves out what follows
 * it up to the end of its clause: those words name no topic, cue or year of the question; what they
 * name is left out of the answer. "inte bara"/"not only" leaves out nothing.
 */
import type { Token } from './tokens.ts';

/** Markers that leave out what follows wherever they stand. */
const ANYWHERE = [
  'utom', 'förutom', 'exklusive', 'exkl', 'bortsett från', 'med undantag av', 'med undantag för', 'oräknat', 'inte räknat', 'ej räknat', 'inte inräknat', 'frånsett',
  'except', 'excluding', 'exclude', 'other than', 'apart from', 'aside from', 'not counting', 'not including', 'leaving out', 'leave out', 'without counting', 'but not', 'men inte', 'alltså inte', 'dock inte',
].map((m) => m.split(' '));
/** Markers that leave out what follows only where a clause begins: ", inte det nationella", "(not i samverkan)", "– not the Kammarkollegiet part". */
const CLAUSE_INITIAL = [['inte'], ['ej'], ['not']];
/** "inte bara", "not only": what follows is added, not left out. */
const ONLY = new Set(['bara', 'enbart', 'endast', 'only', 'just', 'merely']);
/** Where a left-out part ends. */
const ENDS = new Set([',', '–', '—', ':', '?']);

export interface Exclusion {
  /** Word indexes of the markers and of what they leave out. */
  words: Set<number>;
  /** Word indexes of what is left out (the markers' words not included). */
  left: Set<number>;
}

/**
 * The parts of a question it leaves out.
 * @param wordAt the token index of each word
 * @param words the question's words, lower case
 */
export function exclusions(tokens: Token[], wordAt: number[], words: string[]): Exclusion {
  const all = new Set<number>();
  const left = new Set<number>();
  const startsClause = (wi: number) => {
    const t = wordAt[wi]!;
    const prev = tokens[t - 1];
    if (!prev) return false;
    if (prev.kind === 'punct' && (ENDS.has(prev.text) || prev.text === '-')) return true;
    return !!tokens[t]!.inParens && !prev.inParens;
  };
  for (let i = 0; i < words.length; i++) {
    const marker = ANYWHERE.find((m) => m.every((w, k) => words[i + k] === w)) ?? (startsClause(i) ? CLAUSE_INITIAL.find((m) => m.every((w, k) => words[i + k] === w)) : undefined);
    if (!marker) continue;
    const from = i + marker.length;
    if (ONLY.has(words[from] ?? '')) continue;
    let to = from;
    const parens = !!tokens[wordAt[i]!]!.inParens;
    while (to < words.length) {
      const t = wordAt[to]!;
      // The clause ends at a break before this word, or where a parenthesis closes.
      if (to > from && tokens.slice(wordAt[to - 1]! + 1, t).some((p) => ENDS.has(p.text))) break;
      if (parens && !tokens[t]!.inParens) break;
      to++;
    }
    if (to === from) continue;
    for (let k = i; k < to; k++) all.add(k);
    for (let k = from; k < to; k++) left.add(k);
    i = to - 1;
  }
  return { words: all, left };
}
