/**
 * Checking a phrase an admin teaches (`/cancer-admin synonym add "<fras>" = <ord i källorna>`)
 * before it is stored: it applies to every question from then on, so a careless one would change
 * answers everywhere. The shape is checked with zod (both sides non-empty, the phrase at most 60
 * characters and 6 words, no Slack markup); then against what the bot knows: the words side must
 * be words the sources use, the phrase must not be taught already, nor be something the lexicon
 * already reads (as another concept, an owner, a question word), nor only small words.
 * Every refusal says what to do instead, in Swedish.
 */
import { z } from 'zod';
import type { TaughtPhrase } from '../answer/types.ts';
import type { Corpus } from '../corpus/load.ts';
import type { Lexicon } from '../lexicon/load.ts';
import { phraseWords } from '../lexicon/pattern.ts';
import { fold, tokens } from '../text/analyze.ts';
import { vocabularyOf } from '../understand/vocabulary.ts';

/** The longest phrase that can be taught: a colloquial name for something, not a sentence. */
export const MAX_PHRASE_CHARS = 60;
export const MAX_PHRASE_WORDS = 6;
const MAX_WORDS_CHARS = 100;

/** Lower case, NFC, single spaces, no padding: how phrases are stored and compared. */
export const normalisePhrase = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Slack markup in a command's text: tokens (<@U1>, <#C1>, <!here>, links), mentions typed out, channels, :emoji:. */
const MARKUP = /[<>@#]|&(?:lt|gt|amp);|:[a-z0-9_+-]+:/i;
/** What a phrase may be written with: letters, digits, spaces, hyphens and apostrophes. */
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N}' -]*$/u;

const countWords = (s: string) => s.split(' ').filter(Boolean).length;

const side = (what: string, maxChars: number) =>
  z
    .string()
    .transform(normalisePhrase)
    .pipe(
      z
        .string()
        .min(1, `${what} är tom.`)
        .max(maxChars, `${what} får vara högst ${maxChars} tecken.`)
        .refine((s) => !MARKUP.test(s), `${what} får inte innehålla Slack-formatering (<, >, @, #, :emoji:).`)
        .refine((s) => PLAIN.test(s), `${what} får bara innehålla bokstäver, siffror, mellanslag, bindestreck och apostrofer.`)
        .refine((s) => countWords(s) <= MAX_PHRASE_WORDS, `${what} får vara högst ${MAX_PHRASE_WORDS} ord.`),
    );

/** The two sides of a taught phrase, as typed. */
export const TaughtInput = z.object({ phrase: side('Frasen', MAX_PHRASE_CHARS), words: side('Orden i källorna', MAX_WORDS_CHARS) });

export type TaughtCheck = { ok: true; phrase: string; words: string; warnings: string[] } | { ok: false; message: string };

const corpusWords = new WeakMap<Corpus, Set<string>>();

/** Every word the facts' labels, quotes and headings use, short ones included ("rcc", "svf"). */
function wordsOf(corpus: Corpus): Set<string> {
  let words = corpusWords.get(corpus);
  if (!words) {
    words = new Set(corpus.facts.flatMap((f) => tokens(`${f.label} ${f.citation.quote} ${f.heading ?? ''} ${f.group ?? ''}`)));
    corpusWords.set(corpus, words);
  }
  return words;
}

/** What the lexicon reads the whole of a phrase as ("konceptet livmoderhalscancer"), or null. */
function readAs(words: string[], lex: Lexicon): { kind: string; id: string } | null {
  const whole = <T>(set: { findAll(w: string[]): { from: number; to: number; value: T }[] }) => set.findAll(words).find((m) => m.from === 0 && m.to === words.length);
  const concept = whole(lex.conceptPhrases);
  if (concept) return { kind: 'begreppet', id: concept.value.concept.id };
  const owner = whole(lex.ownerPhrases);
  if (owner) return { kind: 'aktören', id: owner.value };
  const document = whole(lex.documentPhrases);
  if (document) return { kind: 'dokumentet', id: document.value };
  const cue = whole(lex.cuePhrases);
  if (cue) return { kind: 'frågeordet', id: cue.value.cue.id };
  return null;
}

/** The lexicon phrases found inside the phrase, for a warning: the taught phrase goes before them. */
function partlyKnown(words: string[], lex: Lexicon): string[] {
  return [...lex.conceptPhrases.findAll(words), ...lex.ownerPhrases.findAll(words), ...lex.cuePhrases.findAll(words)]
    .filter((m) => m.to - m.from < words.length)
    .map((m) => words.slice(m.from, m.to).join(' '));
}

/**
 * Check a phrase to teach against the corpus, the lexicon and the phrases taught already.
 * Returns the normalised sides to store, with warnings, or the reason it is refused.
 */
export function checkTaught(input: { phrase: string; words: string }, ctx: { corpus: Corpus; taught: readonly TaughtPhrase[] }): TaughtCheck {
  const parsed = TaughtInput.safeParse(input);
  // The first problem of each side: a phrase with markup fails the letters check too, which says less.
  if (!parsed.success) {
    const first = new Map<string, string>();
    for (const i of parsed.error.issues) if (!first.has(String(i.path[0]))) first.set(String(i.path[0]), i.message);
    return { ok: false, message: [...first.values()].join(' ') };
  }
  const { phrase, words } = parsed.data;
  const v = vocabularyOf(ctx.corpus);
  const lex = v.lexicon;
  if (fold(phrase) === fold(words)) return { ok: false, message: `Frasen och orden är samma: «${phrase}».` };
  const unknown = tokens(words).filter((w) => !v.index.lexicon.has(w) && !wordsOf(ctx.corpus).has(w));
  if (unknown.length) {
    return { ok: false, message: `Källorna använder inte ${unknown.map((w) => `«${w}»`).join(', ')}. Skriv ord som står i källorna, till exempel «livmoderhalscancer» eller «standardiserade vårdförlopp».` };
  }
  const taught = ctx.taught.find((t) => fold(normalisePhrase(t.phrase)) === fold(phrase));
  if (taught) return { ok: false, message: `«${phrase}» är redan inlärd (som «${taught.words}»). Ta bort den först om den ska betyda något annat.` };
  const pw = phraseWords(phrase);
  if (pw.every((w) => lex.functionWords.has(w) || /^\d+$/.test(w))) return { ok: false, message: `«${phrase}» består bara av småord eller siffror, som finns i nästan varje fråga.` };
  const known = readAs(pw, lex);
  if (known) {
    const target = readAs(phraseWords(words), lex);
    const redundant = target && target.kind === known.kind && target.id === known.id;
    return {
      ok: false,
      message: redundant
        ? `Jag läser redan «${phrase}» som ${known.kind} ${known.id}; det behövs ingen inlärd fras.`
        : `Jag läser redan «${phrase}» som ${known.kind} ${known.id} (data/lexicon/). Att lära in den som «${words}» skulle ändra det för alla frågor; ändra i lexikonet i stället.`,
    };
  }
  const inside = [...new Set(partlyKnown(pw, lex))];
  const warnings = inside.length ? [`Obs: ${inside.map((w) => `«${w}»`).join(', ')} i frasen känner jag redan igen; där hela frasen står läses den nu som «${words}».`] : [];
  return { ok: true, phrase, words, warnings };
}
