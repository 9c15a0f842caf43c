/**
 * Which answers curators should see: a question the bot could not answer from the sources. Not
 * every `answered: false` is one — "no source for that year" (2022, 2025) is the correct answer to
 * a question about a year the agreements do not cover, and an empty or far too long message asks
 * nothing the sources could answer — so those are left out of the record.
 */
import type { Answer } from '../answer/types.ts';

/**
 * The lead of the "no source for that year" answer (src/answer/intents/nosource.ts, whose lead is
 * `missingNote` of src/answer/words.ts). That composer keeps the intent it stood in for ("amount",
 * "total"), so its lead is what tells it apart; test/curation/record.test.ts pins both wordings.
 */
const NO_SOURCE_LEAD = /^(?:Det finns ingen källa för |There is no source for )/;

/** Intents that are no question about the sources: nothing for a curator to teach. */
const NOT_A_QUESTION = new Set(['empty', 'too-long']);

/** The "no source for that year" answer: correct, and no gap in what the bot knows. */
export const isNoSourceAnswer = (a: Pick<Answer, 'answered' | 'lead'>): boolean => !a.answered && NO_SOURCE_LEAD.test(a.lead);

/** Whether an answer is a question the bot could not answer, for the curators' report. */
export const isUnansweredQuestion = (a: Pick<Answer, 'answered' | 'lead' | 'intent'>): boolean =>
  !a.answered && !isNoSourceAnswer(a) && !NOT_A_QUESTION.has(a.intent);
