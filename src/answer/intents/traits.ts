/**
 * The intent registry: the one list of what the bot can be asked, each intent with the traits that
 * the rest of the program reads (answering, follow-ups, charts, rendering, answer channels,
 * curation). `Intent` is derived from it; its composers are bound in ./index.ts, which the type
 * checker holds to exactly these names; `data/lexicon/intents.json`, whose cues and features weigh
 * toward intents, must name exactly these too (checked at load, see `checkIntents`). This module
 * imports no composer, so any module of the core may read it.
 */
import { DataError } from '../../corpus/load.ts';
import type { Lexicon } from '../../lexicon/load.ts';

/**
 * What an answer's lead states: an amount, a date or year, who (an owner or body), a person, what
 * a term means, a list, a count, a passage of text, or nothing of the sources (help, thanks).
 */
export type AnswerType = 'amount' | 'date' | 'owner' | 'person' | 'definition' | 'list' | 'count' | 'text' | 'none';

export interface IntentTraits {
  /** What its lead states. */
  answers: AnswerType;
  /** Answers without reading agreement years: a year with no source does not stop it ("who is the coordinator 2025?"). */
  yearless: boolean;
  /** Quotes the sources' sentences, in which a year may be a date ("the review of urology in 2022"). */
  quotesSentences: boolean;
  /** Lists what another answer would list per year (areas, tasks, dates, people): a comparison without money is this answer for each year. */
  listsPerYear: boolean;
  /** Its answers are about totals, a year's lines, payments or several years' figures: it offers a chart. */
  offersChart: boolean;
  /** States one figure, which Slack shows in bold beside its year. */
  oneFigure: boolean;
  /** When it finds no figure for a year without a source, it shows the nearest year's figure for the topic. */
  nearYearFigure: boolean;
  /** Worth saying unasked in an answer channel (a question answered from the sources). */
  worthSaying: boolean;
  /** Its answer says who does or pays something, whatever else it states (a payment names its payer). */
  namesWho: boolean;
  /** Its answer states dates, or says there is none (a source's publication): it answers "när". */
  statesDates: boolean;
  /** Its answer is the year a "vilket år"/"när" question asks for (an agreement's total, a source's publication). */
  answersYear: boolean;
  /** An uncertain reading of it offers rephrased questions (not help, thanks, refusals of form, or a source's metadata). */
  offersRephrasing: boolean;
  /** Not a question at all (nothing typed, or more than a message holds): never a curator's gap. */
  notAQuestion: boolean;
}

const traits = (answers: AnswerType, set: Partial<Omit<IntentTraits, 'answers'>> = {}): IntentTraits => ({
  answers,
  yearless: false,
  quotesSentences: false,
  listsPerYear: false,
  offersChart: false,
  oneFigure: false,
  nearYearFigure: false,
  worthSaying: true,
  notAQuestion: false,
  namesWho: answers === 'owner' || answers === 'person',
  statesDates: answers === 'date',
  answersYear: false,
  offersRephrasing: true,
  ...set,
});

/** Every intent, in no particular order (the lexicon's priorities break ties between scores). */
export const INTENTS = {
  thanks: traits('none', { yearless: true, worthSaying: false, offersRephrasing: false }),
  help: traits('none', { yearless: true, worthSaying: false, offersRephrasing: false }),
  source: traits('text', { statesDates: true, answersYear: true, offersRephrasing: false }),
  payment: traits('amount', { offersChart: true, namesWho: true, statesDates: true }),
  overview: traits('text', { listsPerYear: true }),
  new: traits('text', { listsPerYear: true }),
  compare: traits('amount', { offersChart: true, nearYearFigure: true }),
  trend: traits('amount', { offersChart: true, nearYearFigure: true, statesDates: true }),
  deadlines: traits('date', { yearless: true, quotesSentences: true, listsPerYear: true }),
  people: traits('person', { yearless: true, quotesSentences: true, listsPerYear: true }),
  responsible: traits('owner', { quotesSentences: true }),
  areas: traits('list', { listsPerYear: true }),
  lines: traits('amount', { offersChart: true }),
  funding: traits('amount'),
  tasks: traits('list', { quotesSentences: true, listsPerYear: true }),
  total: traits('amount', { offersChart: true, oneFigure: true, statesDates: true, answersYear: true }),
  definition: traits('definition', { yearless: true, quotesSentences: true }),
  amount: traits('amount', { oneFigure: true, nearYearFigure: true }),
  topic: traits('text', { quotesSentences: true, nearYearFigure: true }),
  unknown: traits('none', { worthSaying: false }),
  empty: traits('none', { worthSaying: false, notAQuestion: true, offersRephrasing: false }),
  'too-long': traits('none', { worthSaying: false, notAQuestion: true, offersRephrasing: false }),
} satisfies Record<string, IntentTraits>;

export type Intent = keyof typeof INTENTS;

export const isIntent = (name: string): name is Intent => Object.hasOwn(INTENTS, name);

/** The record of an intent by name; an unknown name (an answer from another version) has none. */
export const intentOf = (name: string): IntentTraits | undefined => (isIntent(name) ? INTENTS[name] : undefined);

/** Whether the named intent has a trait: the one way shells and the core ask about intents. */
export const hasTrait = (name: string, trait: Exclude<keyof IntentTraits, 'answers'>): boolean => intentOf(name)?.[trait] ?? false;

const checked = new WeakSet<Lexicon>();

/**
 * The lexicon's intents (intents.json) are exactly the registry's: an intent the lexicon weighs
 * toward must have a composer, and one with a composer must be reachable. Throws a DataError
 * naming the file otherwise. Checked once per lexicon.
 */
export function checkIntents(lex: Lexicon): void {
  if (checked.has(lex)) return;
  const named = new Set(lex.intents.map((i) => i.intent));
  const missing = [...named].filter((n) => !isIntent(n));
  const unlisted = Object.keys(INTENTS).filter((n) => !named.has(n) && n !== 'empty' && n !== 'too-long');
  if (missing.length) throw new DataError('data/lexicon/intents.json', null, `intent(s) ${missing.join(', ')} have no composer (src/answer/intents/traits.ts lists ${Object.keys(INTENTS).join(', ')})`);
  if (unlisted.length) throw new DataError('data/lexicon/intents.json', null, `intent(s) ${unlisted.join(', ')} of the registry are missing`);
  checked.add(lex);
}
