/**
 * The topic of a question as concepts for the search. Lexicon concepts come from their phrases
 * ("childhood cancer" → barncancer); every other content word is looked up in the corpus itself:
 * as it stands, as a compound of words the corpus uses ("cancerrehabiliteringen"), by a known
 * first part ("barncancerkliniken"), or typed without å, ä, ö. A word nobody knows is set aside
 * (`unknown`) instead of vetoing the topic the other words name; a word whose last part is known
 * but whose first part is not ("hudcancer", "ögonsjukvård") is a topic the sources lack, and is
 * kept so that the bot says so rather than answering for "cancer" or "sjukvård".
 */
import type { ConceptValue, CueValue, Lexicon } from '../lexicon/load.ts';
import type { PhraseMatch } from '../lexicon/pattern.ts';
import type { Concept, Wording } from '../search/index.ts';
import { STOP_WORDS, fold, stem, tokens } from '../text/analyze.ts';
import { TypoTable } from './spelling.ts';
import { type Vocabulary, type WordsKnown } from './vocabulary.ts';

export interface TopicRead {
  concepts: Concept[];
  unknown: string[];
  /** Cues read from a typo of a cue word ("mycke" for "mycket"). */
  typoCues: CueValue['cue'][];
}

type Typo = { cue: CueValue['cue'] } | { concept: ConceptValue['concept'] } | { filler: true };
const same = (a: Typo, b: Typo) => ('cue' in a && 'cue' in b && a.cue === b.cue) || ('concept' in a && 'concept' in b && a.concept === b.concept) || ('filler' in a && 'filler' in b);
const typoCache = new WeakMap<Lexicon, TypoTable<Typo>>();

/**
 * Every single-word cue, filler (five letters or more) and concept phrase (seven or more), for
 * reading a word one letter off one of them as it.
 */
function typos(lex: Lexicon): TypoTable<Typo> {
  let table = typoCache.get(lex);
  if (table) return table;
  table = new TypoTable<Typo>(same);
  for (const cue of lex.cues) for (const p of [...cue.sv, ...cue.en]) if (!p.includes(' ') && !p.includes('*')) table.add(p, { cue }, 5);
  for (const [w] of lex.functionWords) table.add(w, { filler: true }, 5);
  for (const concept of lex.concepts) for (const p of [...concept.sv, ...concept.en, ...concept.alias]) if (!p.includes(' ')) table.add(p, { concept }, 7);
  typoCache.set(lex, table);
  return table;
}

/** How much a concept's other wordings count beside the one the question uses. */
const OTHER_WORDING = 0.75;
/** How much the wording of a narrower concept counts. */
const NARROWER = 0.5;

/** A lexicon concept as search wordings: every Swedish wording of the sources, stop words left out. */
export function lexiconConcept(m: PhraseMatch<ConceptValue>, text: string): Concept {
  const { concept } = m.value;
  // The sources' wording the question itself uses ("samlade satsning", not "samlade bidrag") ranks first;
  // a longer form of it ("screeningprogram" for "screening") is the same wording.
  const own = m.value.language === 'sv' ? wordingsOf([m.phrase])[0] : undefined;
  const isOwn = (w: Wording) => !own || own.words.every((o) => w.words.some((x) => x.startsWith(stem(o))));
  const wordings = wordingsOf([...(own ? [m.phrase] : []), ...concept.sv]).map((w) => (isOwn(w) ? w : { ...w, weight: OTHER_WORDING }));
  // A narrower concept's wording ("mammografi" for "screening") finds facts the concept's own words rank above.
  wordings.push(...wordingsOf(m.value.narrower).map((w) => ({ ...w, weight: NARROWER })));
  return { text, wordings, soft: concept.soft, source: 'lexicon', id: concept.id };
}

/**
 * Search wordings of a concept's Swedish phrases, one per different stemmed form: the index
 * stems and matches prefixes, so "nationell", "nationellt" and "nationella" are one search.
 */
export function wordingsOf(phrases: string[]): Wording[] {
  const seen = new Set<string>();
  const out: Wording[] = [];
  for (const p of phrases) {
    const words = tokens(p).filter((x) => !STOP_WORDS.has(x));
    const key = words.map(stem).join(' ');
    if (!words.length || seen.has(key)) continue;
    seen.add(key);
    out.push({ words, weight: 1 });
  }
  return out;
}

/**
 * Concepts for the words no phrase took.
 * @param free word indexes still free, in order
 * @param group the part of the question (between "och"/"and"/"/") each word stands in
 */
export function readWords(
  words: string[],
  free: number[],
  group: number[],
  v: Vocabulary,
  cueKnown: Set<number> = new Set(),
  names: Set<number> = new Set(),
  /** The words the sources of the years asked use (all the corpus's when no year is asked). */
  w: WordsKnown = { index: v.index, lexicon: v.index.lexicon, count: (x) => v.index.count(x), unfolded: v.unfolded },
): TopicRead {
  const lex = v.lexicon;
  const concepts: Concept[] = [];
  const unknown: string[] = [];
  const typoCues: CueValue['cue'][] = [];
  const isQuestionWord = (w: string) => lex.functionWords.has(w) || lex.functionWords.has(fold(w));
  for (const i of free) {
    let word = words[i]!;
    if (/^\d+$/.test(word) || word.length < 2 || isQuestionWord(word)) continue;
    // Swedish typed without å, ä and ö: "sarskild" is "särskild".
    if (!w.lexicon.has(word) && w.unfolded.has(word)) word = w.unfolded.get(word)!;
    // A word cut short ("forbattringsarb. 2026", "utvecklingsarb"): the corpus word it begins.
    if (!w.lexicon.has(word) && !names.has(i)) word = w.lexicon.completion(word) ?? word;
    if (isQuestionWord(word)) continue;
    const known = w.lexicon.has(word);
    // "special push", "helps": a word for the effort itself, or a soft word, that the corpus does not use says nothing.
    if (!known && (lex.heads.effort.has(word) || lex.heads.soft.has(word))) continue;
    if (!known) {
      // "rehabsatsningen", "screeningpengarna": a concept of the lexicon with a head word for money or the effort.
      const lead = compoundConcept(word, lex);
      if (lead) {
        concepts.push({ ...lexiconConcept(lead, word), group: group[i], at: i });
        // "screeninguppdrag", "rehabinsatserna": tasks about the concept are asked for.
        const task = TASK_HEAD.test(word) ? lex.cues.find((c) => c.id === 'task-noun') : undefined;
        if (task) typoCues.push(task);
        continue;
      }
      const typo = word.length >= 5 ? typos(lex).find(word) : null;
      if (typo && 'cue' in typo) {
        typoCues.push(typo.cue);
        continue;
      }
      if (typo && 'filler' in typo) continue;
      if (typo && 'concept' in typo) {
        const c = typo.concept;
        concepts.push({ text: word, wordings: wordingsOf(c.sv), soft: c.soft, source: 'lexicon', id: c.id, group: group[i], at: i });
        continue;
      }
    }
    const soft = lex.heads.soft.has(word) || lex.heads.effort.has(word);
    const wordings: Wording[] = [{ words: [word], weight: 1 }];
    const parts = w.lexicon.split(word);
    if (parts) {
      // "cancerrehabiliteringen" is rehabilitering: a leading part that is itself a question word ("cancer-") adds nothing.
      let lead = 0;
      while (lead < parts.length - 1 && (isQuestionWord(parts[lead]!) || isCommon(parts[lead]!, v))) lead++;
      const topical = parts.slice(lead);
      if (topical.length && topical.length < parts.length) wordings.push({ words: topical, weight: 0.6 });
      wordings.push({ words: parts, weight: 0.6 });
      // "barncancervården" is barncancer, "barncancerpengar" barncancer: a generic or money head adds nothing.
      const head = parts.filter((p, k) => !(k === parts.length - 1 && (lex.heads.generic.has(p) || lex.heads.money.has(p))));
      if (head.length && head.length < parts.length) wordings.push({ words: head, weight: 0.6 });
    } else if (!known) {
      // "barncanceravdelningen": a known word of six letters or more, then a part the corpus never uses.
      // (Not a name — "Cancerfonden" is no kind of cancer money — nor a prefix found in most facts.)
      const prefix = names.has(i) ? null : w.lexicon.knownPrefix(word);
      if (prefix && !isCommon(prefix, v)) wordings.push({ words: [prefix], weight: 0.5 });
      else if (!w.count([word])) {
        // "hudcancer", "ögonsjukvård": a known last part after an unknown first part names a topic
        // the sources lack; anything else nobody knows is set aside.
        // A name nobody knows ("Region Skåne", "Norrland") narrows the question as much as a topic does.
        // (Not an adjective or adverb: "ursprungliga", "ursprungligen" end in a known word but qualify, not name.)
        const tail = ADJECTIVE.test(word) ? null : w.lexicon.knownTail(word);
        // A word nobody knows right after "för"/"for"/"till" is what is asked about ("budget for psychiatry").
        // Not an English verb form or adjective ("to making generic invitation systems", "for
        // collaborative-regional support"): it qualifies what follows, the way a Swedish adjective does.
        const introduced = lex.heads.topicAfter.has(words[i - 1] ?? '') && word.length >= 5 && !cueKnown.has(i) && !ENGLISH_MODIFIER.test(word);
        if (!(tail && tail.length >= 5 && word.length - tail.length >= 3) && !names.has(i) && !introduced) {
          if (!cueKnown.has(i)) unknown.push(words[i]!);
          continue;
        }
        // A name is the topic when nothing else is; beside another topic it is context ("for the RCC Norr group").
        concepts.push({ text: word, wordings, source: 'corpus', exact: !names.has(i) || undefined, name: names.has(i) || undefined, group: group[i], at: i });
        continue;
      }
    }
    // A word the function-word lists leave out on purpose ("varje RCC") must be covered as written.
    const exception = lex.exceptions.has(word);
    concepts.push({ text: word, wordings, soft: !exception && (soft || (known && isCommon(word, v))), source: 'corpus', exact: exception || undefined, group: group[i], at: i });
  }
  return { concepts, unknown, typoCues };
}

const headCache = new WeakMap<Lexicon, string[]>();
/** The head words a compound may end in (money, the effort, generic), longest first; once per lexicon. */
/**
 * "rehabsatsningen", "screeningpengarna", "rehabiliteringssatsningen": a concept of the lexicon
 * before a head word for money or the effort (with the linking "s" Swedish puts between them).
 */
export function compoundConcept(word: string, lex: Lexicon): PhraseMatch<ConceptValue> | undefined {
  const head = headWords(lex).find((h) => word.length - h.length >= 3 && word.endsWith(h));
  if (!head) return undefined;
  const first = word.slice(0, -head.length);
  const find = (w: string) => lex.conceptPhrases.findAll([w]).find((m) => m.to === 1);
  return find(first) ?? (first.endsWith('s') && first.length >= 4 ? find(first.slice(0, -1)) : undefined);
}

/**
 * "patologi- och radiologisatsningarna": a first part whose head the next word carries is read
 * whole ("patologisatsningarna och radiologisatsningarna"), when that head is a word for the effort,
 * money or the work.
 */
export function withElidedHeads(text: string, lex: Lexicon): string {
  return text.replace(/(?<![\p{L}-])(\p{L}{3,})-(\s*,?\s+(?:och|eller|samt|resp\.?|respektive|and|or)\s+)(\p{L}{3,})/giu, (all, first: string, join: string, second: string) => {
    const head = headWords(lex).find((h) => second.length - h.length >= 3 && second.toLowerCase().endsWith(h));
    return head ? `${first}${second.slice(second.length - head.length)}${join}${second}` : all;
  });
}

function headWords(lex: Lexicon): string[] {
  let heads = headCache.get(lex);
  if (!heads) headCache.set(lex, (heads = [...new Set([...lex.heads.effort, ...lex.heads.money, ...lex.heads.generic])].sort((a, b) => b.length - a.length)));
  return heads;
}

/** A compound's head that names tasks. */
const TASK_HEAD = /(?:uppdrag|uppdraget|uppdragen|insats|insatser|insatserna|uppgift|uppgifter|uppgifterna)$/u;

/** English endings of verb forms, adjectives and adverbs ("making", "collaborative", "shared", "fully"). */
const ENGLISH_MODIFIER = /\p{L}{3}(?:ing|ive|ed|ly|ous|able|ible)$/u;

/** Swedish endings of adjectives and adverbs: such a word qualifies a topic, it names none. */
const ADJECTIVE = /(?:lig|ig|isk|sk)(?:a|e|t|en|are|aste)?$/u;

const commonCache = new WeakMap<Vocabulary, Map<string, boolean>>();

/** Whether a word is found in so many facts that it narrows nothing ("cancer", "cancervården"). Measured, not listed. */
export function isCommon(word: string, v: Vocabulary): boolean {
  let map = commonCache.get(v);
  if (!map) commonCache.set(v, (map = new Map()));
  const key = stem(word);
  let common = map.get(key);
  if (common === undefined) {
    common = v.index.count([word]) >= v.commonCount;
    map.set(key, common);
  }
  return common;
}
