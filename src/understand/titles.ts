/**
 * A document named by its title: "enligt sidan om cancervården som prioriterad fråga", "the news
 * item '556 miljoner kronor till en jämlik … cancervård'", "pressmeddelandet om en miljard till
 * cancervården". A word for a document followed by two or more words of one source's title names
 * that source's document; those words say where to look, not what about.
 */
import type { PhraseMatch } from '../lexicon/pattern.ts';
import type { Lexicon } from '../lexicon/load.ts';
import type { Corpus } from '../corpus/load.ts';
import { fold, tokens } from '../text/analyze.ts';

/** Words for a document or a part of one that its title may follow. */
const DOCUMENT_NOUN = /^(?:sidan|sida|webbsidan|hemsidan|texten|artikeln|nyheten|nyhetssidan|nyhetsartikeln|pressmeddelandet|meddelandet|rubriken|titeln|page|webpage|article|text|news|item|release|message|headline|title|heading)$/u;
/** Words that may stand between the document word and its title ("sidan om …", "the page titled …"). */
const LEAD = new Set(['om', 'med', 'on', 'about', 'titled', 'called', 'named', 'entitled', 'the', 'rubriken', 'titeln']);
/** How far after the document word the title may run. */
const SPAN = 10;

export interface Titled {
  /** The lexicon's document id the source is (its kind). */
  document: string;
  /** The title's content words, folded. */
  words: Set<string>;
}

/** Each source's title words, for the sources whose kind is a document the lexicon knows. */
export function titlesOf(corpus: Corpus, lex: Lexicon): Titled[] {
  const known = new Set(lex.documents.map((d) => d.id));
  return corpus.sources.filter((s) => s.kind && known.has(s.kind)).map((s) => ({ document: s.kind!, words: new Set(contentWords(s.title, lex)) }));
}

const contentWords = (text: string, lex: Lexicon): string[] => tokens(text).filter((w) => w.length >= 4 && !lex.functionWords.has(w) && !/^\d+$/u.test(w)).map(fold);

/**
 * The spans of a question's words that name a document by its title, each covering the document
 * word and the title's words after it.
 */
export function titleMatches(words: string[], titles: Titled[], lex: Lexicon): PhraseMatch<{ kind: 'document'; document: string }>[] {
  const out: PhraseMatch<{ kind: 'document'; document: string }>[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!DOCUMENT_NOUN.test(words[i]!)) continue;
    for (const title of titles) {
      let last = -1;
      let hits = 0;
      for (let k = i + 1; k < Math.min(words.length, i + 1 + SPAN); k++) {
        const w = words[k]!;
        const content = w.length >= 4 && !lex.functionWords.has(w) && !/^\d+$/u.test(w);
        if (content && title.words.has(fold(w))) {
          hits++;
          last = k;
        } else if (content && !(LEAD.has(w) && hits === 0)) break;
      }
      if (hits >= 2) {
        out.push({ phrase: words.slice(i, last + 1).join(' '), value: { kind: 'document', document: title.document }, from: i, to: last + 1, covered: words.slice(i, last + 1).map((_, k) => i + k) });
        break;
      }
    }
  }
  return out;
}
