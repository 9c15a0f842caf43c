/**
 * Which answers curators should see: a question the bot could not answer from the sources. Not
 * every `answered: false` is one — "no source for that year" (2022, 2025) is the correct answer to
 * a question about a year the agreements do not cover, and an empty or far too long message asks
 * nothing the sources could answer — so those are left out of the record.
 */
import type { Answer } from '../answer/types.ts';

import { hasTrait } from '../answer/intents/traits.ts';

/** The "no source for that year" answer: correct, and no gap in what the bot knows. */
export const isNoSourceAnswer = (a: Pick<Answer, 'answered' | 'noSource'>): boolean => !a.answered && !!a.noSource;

/** Whether an answer is a question the bot could not answer, for the curators' report. */
export const isUnansweredQuestion = (a: Pick<Answer, 'answered' | 'noSource' | 'intent'>): boolean =>
  !a.answered && !isNoSourceAnswer(a) && !hasTrait(a.intent, 'notAQuestion');
