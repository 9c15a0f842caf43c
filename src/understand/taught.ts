/**
 * Phrases admins taught (`/cancer-admin synonym add "smear test" = livmoderhalscancer`), applied
 * to a cleaned question before it is read: each phrase, found as whole words, is replaced by the
 * words of the sources it stands for, so that everything after (lexicon phrases, corpus words,
 * intents) reads the sources' words. The question's own text (`Question.text`) is left as typed.
 *
 * Matching ignores case and å/ä/ö ("smear test", "Smear Test"; "cellprovtagning" also as
 * "cellprovtagning" typed without them), and a space in a phrase matches spaces or a hyphen
 * ("smear-test"). A phrase matches only whole words: "pap" never matches inside "papper".
 * Where two phrases overlap, the longer wins; a replacement is never read again by another phrase.
 */
import { escapeRegExp } from '../text/regex.ts';

/** A phrase an admin taught (`/cancer-admin synonym add "<fras>" = <ord i källorna>`): read as the corpus's words. */
export interface TaughtPhrase {
  phrase: string;
  /** Words the corpus uses, which the phrase stands for. */
  words: string;
}

/** Letters that match each other when å, ä and ö are ignored (é, à, ø as the lexicon's fold does). */
const SAME_LETTER: Record<string, string> = { a: '[aåäà]', å: '[aåäà]', ä: '[aåäà]', à: '[aåäà]', o: '[oöø]', ö: '[oöø]', ø: '[oöø]', e: '[eé]', é: '[eé]' };


/** A phrase as a pattern: its words, each letter folded, separated by runs of spaces or hyphens. */
export function phrasePattern(phrase: string): string {
  return phrase
    .normalize('NFC')
    .toLowerCase()
    .trim()
    .split(/[\s-]+/)
    .map((word) => [...word].map((c) => SAME_LETTER[c] ?? escapeRegExp(c)).join(''))
    .join('[\\s-]+');
}

interface Compiled {
  re: RegExp;
  words: string[];
}

/** The last set of phrases compiled: the store hands the same list to every answer until one is taught. */
let last: { key: string; compiled: Compiled | null } = { key: '', compiled: null };

function compile(taught: readonly TaughtPhrase[]): Compiled | null {
  const key = taught.map((t) => `${t.phrase}\u0000${t.words}`).join('\u0001');
  if (key === last.key) return last.compiled;
  // Longest first, so that an alternation tries "smear test result" before "smear test".
  const sorted = taught.filter((t) => t.phrase.trim() && t.words.trim()).sort((a, b) => b.phrase.length - a.phrase.length);
  const compiled = sorted.length
    ? {
        re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map((t) => `(${phrasePattern(t.phrase)})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
        words: sorted.map((t) => t.words.trim()),
      }
    : null;
  last = { key, compiled };
  return compiled;
}

/** The text with every taught phrase replaced by its words; the text itself when none is found. */
export function applyTaught(text: string, taught: readonly TaughtPhrase[] | undefined): string {
  if (!taught?.length) return text;
  const compiled = compile(taught);
  if (!compiled) return text;
  // One pass: the group that matched says which phrase it was.
  return text.replace(compiled.re, (...m: unknown[]) => {
    const groups = m.slice(1, 1 + compiled.words.length);
    const i = groups.findIndex((g) => g !== undefined);
    return i >= 0 ? compiled.words[i]! : String(m[0]);
  });
}

/** Whether a taught phrase occurs in a text (as applyTaught would find it). */
export function mentionsTaught(text: string, phrase: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${phrasePattern(phrase)}(?![\\p{L}\\p{N}])`, 'iu').test(text.normalize('NFC'));
}
