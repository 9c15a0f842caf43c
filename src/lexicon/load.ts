/**
 * Loading the vocabulary from data/lexicon/, each file validated against its schema; a bad entry
 * stops the program with the file, the line and what is wrong. The loaded lexicon holds the
 * phrase sets the understanding matches questions against.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stopwords as englishStopWords } from '@orama/stopwords/english';
import { stopwords as swedishStopWords } from '@orama/stopwords/swedish';
import type { z } from 'zod';
import { DataError, ROOT, readJsonFile } from '../corpus/load.ts';
import { lineOf, valueLines } from '../corpus/jsonLines.ts';
import { fold, tokens } from '../text/analyze.ts';
import { PhraseSet, phraseWords } from './pattern.ts';
import { type Concept, Concepts, type Cue, Cues, Documents, FunctionWords, Heads, Intents, type Language, Owners, Years } from './schema.ts';

export const LEXICON_DIR = 'data/lexicon';

/** A cue phrase found in a question stands for its cue and the language it is written in. */
export interface CueValue {
  cue: Cue;
  language: Language;
}

export interface ConceptValue {
  concept: Concept;
  /** "en" for an English phrase; "sv" for a source wording or a Swedish alias. */
  language: Language;
  /** The source wordings of the narrower concepts it includes. */
  narrower: string[];
}

export type RelativeYear = number | 'latest' | 'first';

/** The whole vocabulary, loaded and compiled. */
export interface Lexicon {
  /** Single words that never name a topic, with the language they are evidence of. */
  functionWords: Map<string, Language | 'both'>;
  /** Words of the maintained stop-word lists kept as topic words on purpose ("varje"). */
  exceptions: Set<string>;
  /** Function phrases of several words ("vad gäller", "kolla upp"). */
  functionPhrases: PhraseSet<Language | 'both'>;
  cues: Cue[];
  cuePhrases: PhraseSet<CueValue>;
  concepts: Concept[];
  conceptPhrases: PhraseSet<ConceptValue>;
  owners: Owners['owners'];
  ownerPhrases: PhraseSet<string>;
  documents: Documents['documents'];
  /** Phrases that name a document, to the document's id. */
  documentPhrases: PhraseSet<string>;
  years: Years;
  relativeYears: PhraseSet<RelativeYear>;
  /** Year words, by what they do: "since", "after", "before", "through", "between", "ago", months. */
  yearWords: { since: PhraseSet<true>; after: PhraseSet<true>; before: PhraseSet<true>; every: PhraseSet<true>; relativeNouns: PhraseSet<true>; through: Set<string>; between: Set<string>; ago: Set<string>; referring: string[]; months: Map<string, number> };
  heads: { generic: Set<string>; money: Set<string>; effort: Set<string>; soft: Set<string>; topicAfter: Set<string>; regions: Set<string>; endings: string[]; commonShare: number };
  intents: Intents['intents'];
  features: Map<string, { weights: Record<string, number>; explicit: boolean }>;
  /** Words that are Swedish only when written with å, ä or ö: their folded forms are English words. */
  notFoldable: Set<string>;
}

function read<T>(root: string, name: string, schema: z.ZodType<T>): { data: T; file: string; lines: Map<string, number> } {
  const file = `${LEXICON_DIR}/${name}`;
  const data = readJsonFile(root, file, schema);
  return { data, file, lines: valueLines(readFileSync(join(root, file), 'utf8')) };
}

/** Read and check every lexicon file. Throws DataError (file:line) on the first problem. */
export function loadLexicon(root = ROOT): Lexicon {
  const fw = read(root, 'function-words.json', FunctionWords);
  const heads = read(root, 'heads.json', Heads).data;
  const intents = read(root, 'intents.json', Intents);
  const cues = read(root, 'cues.json', Cues);
  const concepts = read(root, 'concepts.json', Concepts);
  const owners = read(root, 'owners.json', Owners).data;
  const documents = read(root, 'documents.json', Documents).data;
  const years = read(root, 'years.json', Years).data;

  const functionWords = new Map<string, Language | 'both'>();
  const note = (word: string, lang: Language | 'both') => {
    const had = functionWords.get(word);
    functionWords.set(word, had && had !== lang ? 'both' : lang);
  };
  for (const w of swedishStopWords) note(w.toLowerCase(), 'sv');
  for (const w of englishStopWords) for (const t of tokens(w)) note(t, 'en');
  const phrases: { phrase: string; value: Language | 'both' }[] = [];
  fw.data.additions.forEach((group) => {
    for (const w of group.words) {
      const words = phraseWords(w);
      if (words.length === 1) note(words[0]!, group.language);
      else phrases.push({ phrase: w, value: group.language });
    }
  });
  for (const e of fw.data.exceptions) functionWords.delete(e.word);

  // "för" typed without ö is "for"; such folded forms never stand for the Swedish word.
  const notFoldable = new Set([...functionWords].filter(([, l]) => l !== 'sv').map(([w]) => w));

  const known = new Set(intents.data.intents.map((i) => i.intent));
  const fail = (f: typeof cues, path: (string | number)[], problem: string): never => {
    throw new DataError(f.file, lineOf(f.lines, path), problem);
  };
  const cueIds = new Set<string>();
  cues.data.cues.forEach((c, i) => {
    if (cueIds.has(c.id)) fail(cues, ['cues', i, 'id'], `cue id "${c.id}" is used twice`);
    cueIds.add(c.id);
    for (const intent of Object.keys(c.weights)) if (!known.has(intent)) fail(cues, ['cues', i, 'weights'], `unknown intent "${intent}" (intents.json lists ${[...known].join(', ')})`);
  });
  intents.data.features.forEach((f, i) => {
    for (const intent of Object.keys(f.weights)) if (!known.has(intent)) fail(intents as never, ['features', i, 'weights'], `unknown intent "${intent}"`);
  });

  const seen = new Map<string, string>();
  const conceptIds = new Set<string>();
  concepts.data.concepts.forEach((c, i) => {
    if (conceptIds.has(c.id)) fail(concepts as never, ['concepts', i, 'id'], `concept id "${c.id}" is used twice`);
    conceptIds.add(c.id);
    // What people write must point to one concept; a wording of the sources may be searched by several.
    for (const p of new Set([...c.en, ...c.alias])) {
      const other = seen.get(p);
      if (other && other !== c.id) fail(concepts as never, ['concepts', i], `phrase "${p}" is in both "${other}" and "${c.id}"`);
      seen.set(p, c.id);
    }
  });

  const byId = new Map(concepts.data.concepts.map((c) => [c.id, c]));
  concepts.data.concepts.forEach((c, i) => {
    for (const id of c.includes) if (!byId.has(id) || id === c.id) fail(concepts as never, ['concepts', i, 'includes'], `"${id}" is not another concept's id`);
  });
  const conceptEntries = concepts.data.concepts.flatMap((concept): { phrase: string; value: ConceptValue }[] => {
    const narrower = concept.includes.flatMap((id) => byId.get(id)!.sv);
    return [
      ...[...new Set([...concept.sv, ...concept.alias])].map((phrase) => ({ phrase, value: { concept, language: 'sv' as const, narrower } })),
      ...concept.en.map((phrase) => ({ phrase, value: { concept, language: 'en' as const, narrower } })),
    ];
  });
  const cueEntries = cues.data.cues.flatMap((cue): { phrase: string; value: CueValue }[] => [
    ...cue.sv.map((phrase) => ({ phrase, value: { cue, language: 'sv' as const } })),
    ...cue.en.map((phrase) => ({ phrase, value: { cue, language: 'en' as const } })),
  ]);
  const set = <T>(entries: Iterable<{ phrase: string; value: T }>) => new PhraseSet(entries, heads.endings, notFoldable);
  const flag = (list: string[]) => set(list.map((phrase) => ({ phrase, value: true as const })));
  const words = (list: string[]) => new Set(list.flatMap((p) => [p, fold(p)]));

  return {
    functionWords,
    exceptions: new Set(fw.data.exceptions.map((e) => e.word)),
    functionPhrases: set(phrases),
    cues: cues.data.cues,
    cuePhrases: set(cueEntries),
    concepts: concepts.data.concepts,
    conceptPhrases: set(conceptEntries),
    owners: owners.owners,
    ownerPhrases: set(owners.owners.flatMap((o) => o.phrases.map((phrase) => ({ phrase, value: o.owner })))),
    documents: documents.documents,
    documentPhrases: set(documents.documents.flatMap((d) => [...d.sv, ...d.en].map((phrase) => ({ phrase, value: d.id })))),
    years,
    relativeYears: set(years.relative.flatMap((r) => [...r.sv, ...r.en].map((phrase) => ({ phrase, value: r.year })))),
    yearWords: {
      since: flag(years.since),
      after: flag(years.after),
      before: flag(years.before),
      every: flag(years.every),
      relativeNouns: flag(years.relativeNouns),
      through: words(years.through),
      between: words(years.between),
      ago: words(years.ago),
      referring: years.referring,
      months: new Map(Object.entries(years.months).flatMap(([m, n]) => [[m, n] as const, [fold(m), n] as const])),
    },
    heads: {
      generic: new Set(heads.generic.words),
      money: new Set(heads.money.words),
      effort: new Set(heads.effort.words),
      soft: new Set(heads.soft.words),
      topicAfter: new Set(heads.topicAfter.words),
      regions: new Set(heads.regions.words),
      endings: heads.endings,
      commonShare: heads.commonShare,
    },
    intents: intents.data.intents,
    features: new Map(intents.data.features.map((f) => [f.feature, { weights: f.weights, explicit: f.explicit }])),
    notFoldable,
  };
}

let cached: Lexicon | undefined;

/** The lexicon of this checkout, loaded once. */
export function lexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}
