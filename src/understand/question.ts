/**
 * What understanding a question produces: one complete `Question`. Everything downstream reads
 * this, never the raw text again.
 */
import type { Concept } from '../search/index.ts';
import type { Language } from '../lexicon/schema.ts';

export type { Concept, Language };

/** The owners of tasks, as the facts name them. */
export type OwnerName = 'RCC i samverkan' | 'RCC' | 'Regionerna';

/** One intent with its score and the evidence that gave it: cue ids and features. */
export interface RankedIntent {
  /** An intent the lexicon names; the answering core's registry (src/answer/intents/traits.ts) holds the same names. */
  intent: string;
  score: number;
  evidence: string[];
  /** Some cue of the question points to it, not only the question's shape (a topic, an owner). */
  cued: boolean;
}

export interface Question {
  /** The question as read: cleaned, the question part of a long message, without a greeting. For display only. */
  text: string;
  language: Language;
  /** Nothing was asked (an empty message, only markup). */
  empty: boolean;
  /** The message is longer than any Slack message can be. */
  tooLong: boolean;
  /** Characters of a long message that were left out as not the question. */
  skipped: number;
  /** Agreement years asked about, ascending; empty when none is named (every year). */
  years: number[];
  /** The years came from a range ("2021–2024", "sedan 2021"). */
  range: boolean;
  /** The range has no end ("efter 2025", "since 2024"): dates after its start count, however late. */
  openEnded: boolean;
  /** Years the question names as dates, not as agreement years ("i december 2020", "sedan 2009"). */
  dates: number[];
  /** "varje år", "every year": every year is asked for, as such. */
  everyYear: boolean;
  /** Phrases the question quotes ("'sammanhållande och stödjande part'"), lower case: the sources' own words, looked for as written. */
  quoted: string[];
  /** An amount the lines asked for must be below or above ("under 10 msek"). */
  limit: { below: boolean; amount: number } | null;
  owner: OwnerName | null;
  /** Every owner named, in order ("till regionerna respektive till RCC"). */
  owners: OwnerName[];
  /** The owner is named as who receives ("pengarna till de sex RCC:erna"), not as who does. */
  ownerReceives: boolean;
  /** Amounts the question itself states, in kronor ("de 280 miljonerna"). */
  figures: number[];
  /** Names of the sources' people the question writes ("Kjell Ivarsson", "Brändström"). */
  people: string[];
  /** Documents the question names ("the press release"): the lexicon's document id and the corpus's sources that are it. */
  documents: { id: string; sources: string[] }[];
  /** The topic: what the question is about, in the wordings the facts are searched with. */
  concepts: Concept[];
  /** Words neither the lexicon nor the corpus knows ("typ" if it were not a filler). */
  unknown: string[];
  /** Every content word of the question, question words included (a role is matched against them). */
  words: string[];
  /** The verb after "vem ska" / "who will": which task is meant. */
  verb: string | null;
  /** Ids of the cues the question contains ("how-much", "upcoming", "part-of"). */
  signals: Set<string>;
  /**
   * The question asks of dates ("vad löper ut i år"), which every year's sources may name: it is
   * read and ranked over the whole corpus, not over the facts of the years it names.
   */
  ofDates: boolean;
  /** Intents, best first, each with its evidence. */
  intents: RankedIntent[];
  /**
   * What the question's form asks for, whatever its topic: an amount ("hur mycket"), a date or year
   * ("när", "vilket år"), who ("vem"), a count ("hur många"), what a term stands for, or a check of
   * what the asker states ("var det 450?"); null when the form says none of these.
   */
  form: Form | null;
  /** Amounts the asker states as true, to be checked against the sources ("var totalen 2021 450 mkr?"). */
  claimed: number[];
  /** The question asks whether something is so ("stämmer det att …", "is it true …", "är det regionerna som …"), not what. */
  whether: boolean;
  /** What the question leaves out ("inte det regionala", "except the pelvic one", "utom de 370 miljonerna", "inte 2024"). */
  excluded: { concepts: Concept[]; figures: number[]; years: number[]; owners: string[]; ownerParts?: number[] } | null;
  /** Money asked per recipient ("varje RCC", "per region"), for one named ("Region Norrbotten"), or how it is split among them. */
  perRecipient: { of: 'rcc' | 'region'; named: boolean; split: boolean } | null;
}

export type Form = 'amount' | 'date' | 'who' | 'count' | 'definition' | 'check';

/** The form a question's cues give it. A check needs an amount stated (`claimed`). */
export function formOf(signals: Set<string>, claimed: boolean): Form | null {
  if (claimed) return 'check';
  if (signals.has('who') || signals.has('who-is') || signals.has('who-must')) return 'who';
  if (signals.has('stands-for')) return 'definition';
  if (signals.has('which-year') || signals.has('when') || signals.has('until-when')) return 'date';
  // "How many MSEK …", "hur många miljoner …": a count of money is an amount.
  if (signals.has('how-many') && !signals.has('how-many-money')) return 'count';
  if (signals.has('how-much') || signals.has('how-many-money') || signals.has('how-much-of') || signals.has('how-big') || signals.has('pay')) return 'amount';
  return null;
}

/** Whether the question carries a cue. */
export const has = (q: Question, ...signals: string[]): boolean => signals.some((s) => q.signals.has(s));
