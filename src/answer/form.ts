/**
 * Which composed answer a question's form accepts. The form says what kind of thing is asked —
 * an amount, a date or year, who, a count, what a term stands for — whatever the topic; an answer
 * whose lead states another kind of thing is no answer to it, however well its facts match the
 * words ("vem ska delta i …?" is not answered by "no figure for …"). Pure.
 */
import type { Form } from '../understand/question.ts';
import type { Composed } from './compose.ts';
import { intentOf } from './intents/traits.ts';

/** The answer states the kind of thing the form asks for (an unanswered one says the sources hold none of it). */
export function ofForm(c: { intent: string }, form: Form | null): boolean {
  const answers = intentOf(c.intent)?.answers ?? 'none';
  switch (form) {
    case null:
    case 'check':
    case 'count':
      return true;
    case 'amount':
      return answers === 'amount';
    case 'date':
      return answers === 'date' || !!intentOf(c.intent)?.statesDates;
    case 'who':
      return answers !== 'amount' && answers !== 'date';
    case 'definition':
      return answers === 'definition' || answers === 'text';
  }
}

/**
 * An answered answer that the form accepts: no figure for who or what a term means (a payment
 * names who pays, so it answers who), only a figure for how much, and for when only an answer
 * that states dates or a year (a total, a ranking of years, a payment's timing, a publication).
 */
export function answersForm(c: Composed, form: Form | null): boolean {
  if (!c.answered) return false;
  const record = intentOf(c.intent);
  if ((form === 'who' || form === 'definition') && record?.answers === 'amount' && !record.namesWho) return false;
  // "Hur mycket var överenskommelsen som publicerades i december 2022 på?" asks the amount, not the date.
  if (form === 'amount' && record?.answers !== 'amount') return false;
  // "Until when do the increases run?" asks a date: no figure answers it, but a total, a ranking of
  // years or a payment's timing says the year or date asked.
  if (form === 'date' && record?.answers === 'amount' && !record.statesDates) return false;
  // Nor does a list of what is new or of areas ("Från vilket år är inriktningen som fokuserar på …?"); a quoted sentence may say the year.
  if (form === 'date' && (record?.answers === 'text' || record?.answers === 'list') && !record.statesDates && !record.quotesSentences) return false;
  return true;
}

/**
 * The answer to give among those composed in ranked order: the first answered one the form accepts;
 * else the first of the form's kind (which says the sources hold none); else the first.
 */
export function choose(candidates: Composed[], form: Form | null): Composed | undefined {
  return candidates.find((c) => answersForm(c, form)) ?? candidates.find((c) => ofForm(c, form)) ?? candidates[0];
}

/** A question that asks whether by its first word ("Was …", "Betalar …", "Stämmer det …", "Is it true that …"). */
const OPENS_WHETHER = /^(?:is it (?:true|correct|right)(?: that)?\s+)?(?:was|were|is|are|did|does|do|has|had|stämmer|stämde|är|var|har|hade|blev|delas|delades|betalar|betalade|betalas|fördelar|fördelade)(?![\p{L}])/iu;

/** Whether the question asks whether something is so: read so by the understanding, or by its first word. */
export const asksWhether = (q: { whether: boolean; text: string }): boolean => q.whether || OPENS_WHETHER.test(q.text.trim());
