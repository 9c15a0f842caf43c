/**
 * The taught phrases as lexicon data (`npm run --silent lexicon -- --export`), so that a reviewer
 * can move them into git: the format of data/lexicon/concepts.json. A phrase whose words are a
 * concept's wording (livmoderhalscancer) is added to that concept — to `en` when people write it in
 * English, to `alias` in Swedish — and the concept is printed whole, as it stands in the file plus
 * the phrase; a phrase whose words no concept has becomes a new concept, with an example that
 * test/lexicon/examples.test.ts can run. The output validates as concepts.json does.
 */
import type { Concept as ConceptShape } from '../lexicon/schema.ts';
import { Concepts } from '../lexicon/schema.ts';
import type { Lexicon } from '../lexicon/load.ts';
import { phraseWords } from '../lexicon/pattern.ts';
import type { CurationNote, TaughtPhraseRecord } from '../store/types.ts';
import { mentionsTaught } from '../understand/taught.ts';
import { normalisePhrase } from './taught.ts';

/** A concept entry as written in concepts.json (optional fields absent, not defaulted). */
export type ConceptEntry = Omit<ConceptShape, 'en' | 'alias' | 'soft' | 'includes'> & { en?: string[]; alias?: string[]; soft?: boolean; includes?: string[] };

export interface LexiconExport {
  about: string;
  concepts: ConceptEntry[];
}

const ABOUT =
  'Phrases admins taught with /cancer-admin synonym add, as entries of data/lexicon/concepts.json: a concept of that file with the taught phrases added (to en for English, alias for Swedish), or a new concept. Replace the concept of the same id in concepts.json with it, or add the new one; run npm test; then the taught phrase can be removed with /cancer-admin synonym remove.';

/**
 * The language people write a phrase in: that of the recorded questions using it (most of them),
 * else Swedish when it has å, ä or ö, else the language the core reads the phrase itself in.
 */
function languageOf(phrase: string, notes: readonly CurationNote[], read: (text: string) => 'sv' | 'en'): 'sv' | 'en' {
  const using = notes.filter((n) => mentionsTaught(n.question, phrase));
  const en = using.filter((n) => n.language === 'en').length;
  if (using.length) return en * 2 > using.length ? 'en' : 'sv';
  if (/[åäö]/i.test(phrase)) return 'sv';
  return read(phrase);
}

/** The concept whose wording the taught words are: listed as one of its phrases, or read wholly as it. */
function conceptOf(words: string, entries: readonly ConceptEntry[], lex: Lexicon): ConceptEntry | undefined {
  const listed = entries.find((c) => [...c.sv, ...(c.alias ?? []), ...(c.en ?? [])].some((p) => normalisePhrase(p) === words));
  if (listed) return listed;
  const w = phraseWords(words);
  const whole = lex.conceptPhrases.findAll(w).find((m) => m.from === 0 && m.to === w.length);
  return whole && entries.find((c) => c.id === whole.value.concept.id);
}

/** An id for a new concept from its words, in the ids' alphabet, not one the file has. */
function newId(words: string, taken: Set<string>): string {
  const base = words.replace(/[^a-z0-9åäö]+/g, '-').replace(/^-|-$/g, '') || 'inlärd';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export interface ExportInput {
  taught: readonly TaughtPhraseRecord[];
  /** The concepts of data/lexicon/concepts.json as written. */
  concepts: readonly ConceptEntry[];
  lexicon: Lexicon;
  /** The curation notes: the questions a phrase came in tell its language. */
  notes: readonly CurationNote[];
  /** The core's reading of a text's language (understand().language). */
  languageOf: (text: string) => 'sv' | 'en';
}

export function lexiconExport({ taught, concepts, lexicon, notes, languageOf: read }: ExportInput): LexiconExport {
  const out = new Map<string, ConceptEntry>();
  const taken = new Set(concepts.map((c) => c.id));
  for (const t of taught) {
    const language = languageOf(t.phrase, notes, read);
    const key = language === 'en' ? 'en' : 'alias';
    const existing = conceptOf(t.words, concepts, lexicon);
    const entry: ConceptEntry = existing
      ? (out.get(existing.id) ?? structuredClone(existing))
      : { id: newId(t.words, taken), sv: [t.words], example: language === 'en' ? `What do the agreements say about ${t.phrase}?` : `Vad säger överenskommelserna om ${t.phrase}?` };
    const list = entry[key] ?? [];
    if (!list.includes(t.phrase)) entry[key] = [...list, t.phrase];
    out.set(entry.id, entry);
  }
  const result = { about: ABOUT, concepts: [...out.values()] };
  // What is printed must load as concepts.json does: a bad entry is a bug here, not the reviewer's to find.
  Concepts.parse(result);
  return result;
}
