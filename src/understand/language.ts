/**
 * The question's language, read once: Swedish or English function words and cue phrases count
 * for their language, English phrases of the concept lexicon count for English, å/ä/ö for Swedish.
 * Names are the same in both languages ("RCC i samverkan", "Min vårdplan"), so owners and the
 * sources' own Swedish wordings count for neither. A tie is Swedish, the sources' language.
 */
import type { ConceptValue, CueValue, Lexicon } from '../lexicon/load.ts';
import type { PhraseMatch } from '../lexicon/pattern.ts';
import type { Language } from '../lexicon/schema.ts';
import { fold } from '../text/analyze.ts';

export function detectLanguage(
  words: string[],
  named: Set<number>,
  cues: PhraseMatch<CueValue>[],
  concepts: PhraseMatch<ConceptValue>[],
  lex: Lexicon,
): Language {
  let sv = 0;
  let en = 0;
  const counted = new Set<number>();
  // Words a phrase of each language covers ("total", "vs") are evidence of neither, wherever in the
  // message they stand ("totalen 2021, totalen 2024": one phrase may have matched only the first).
  const by = (lang: Language) => new Set([...cues, ...concepts].filter((m) => m.value.language === lang).flatMap((m) => m.covered.map((i) => words[i])));
  const [svWords, enWords] = [by('sv'), by('en')];
  words.forEach((w, i) => {
    if (svWords.has(w) && enWords.has(w)) counted.add(i);
  });
  for (const m of [...cues, ...concepts]) {
    if (m.covered.some((i) => named.has(i) || counted.has(i))) continue;
    if ('concept' in m.value && m.value.language === 'sv') continue;
    for (const i of m.covered) counted.add(i);
    if (m.value.language === 'sv') sv += m.covered.length;
    else en += m.covered.length;
  }
  words.forEach((w, i) => {
    if (named.has(i)) return;
    if (/[åäö]/.test(w) && !counted.has(i)) sv += 0.5;
    if (counted.has(i)) return;
    const lang = lex.functionWords.get(w) ?? (lex.notFoldable.has(fold(w)) ? undefined : lex.functionWords.get(unfold(w, lex)));
    if (lang === 'sv') sv++;
    else if (lang === 'en') en++;
  });
  return en > sv ? 'en' : 'sv';
}

const unfoldCache = new WeakMap<Lexicon, Map<string, string>>();
/** A Swedish function word typed without å, ä, ö ("ar" → "är", "pa" → "på"); the word itself otherwise. */
function unfold(word: string, lex: Lexicon): string {
  let map = unfoldCache.get(lex);
  if (!map) {
    map = new Map();
    for (const [w, lang] of lex.functionWords) if (lang === 'sv' && fold(w) !== w && !lex.functionWords.has(fold(w))) map.set(fold(w), w);
    unfoldCache.set(lex, map);
  }
  return map.get(word) ?? word;
}
