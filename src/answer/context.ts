/**
 * What every composer works from: the understood question, the corpus and its index, today, and
 * the years — those asked that a source covers, and those asked that none does.
 */
import type { Corpus } from '../corpus/load.ts';
import type { FactIndex } from '../search/index.ts';
import type { Concept, Language, Question } from '../understand/question.ts';

export interface Ctx {
  corpus: Corpus;
  index: FactIndex;
  q: Question;
  lang: Language;
  today: string;
  /** Agreement years with a source, ascending. */
  sourceYears: number[];
  /** Requested years that have a source (all source years when none were requested). */
  years: number[];
  /** Requested years without a source. */
  missing: number[];
  /**
   * The concepts facts are matched against: the question's own, or — when it names nothing the
   * lexicon or corpus knows — the words nobody knows, so that the answer says the sources lack them.
   */
  topic: Concept[];
  /** Words nobody knows that the answer set aside because the other words named the topic. */
  ignored: string[];
}

export function contextOf(q: Question, corpus: Corpus, index: FactIndex, today: string, sourceYears: number[]): Ctx {
  const known = q.concepts.filter((c) => !c.soft).length > 0;
  const unknownTopic: Concept[] = q.unknown.map((w) => ({ text: w, wordings: [{ words: [w], weight: 1 }], source: 'unknown' }));
  return {
    corpus,
    index,
    q,
    lang: q.language,
    today,
    sourceYears,
    years: q.years.length ? q.years.filter((y) => sourceYears.includes(y)) : sourceYears,
    missing: q.years.filter((y) => !sourceYears.includes(y)),
    topic: known ? q.concepts : [...q.concepts, ...unknownTopic],
    ignored: known ? q.unknown : [],
  };
}

/** The same context with other concepts (one topic of several joined by "och"). */
export const withTopic = (ctx: Ctx, topic: Concept[]): Ctx => ({ ...ctx, topic });
