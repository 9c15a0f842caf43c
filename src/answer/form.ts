/**
 * Which composed answer a question's form accepts. The form says what kind of thing is asked —
 * an amount, a date or year, who, a count, what a term stands for — whatever the topic; an answer
 * whose lead states another kind of thing is no answer to it, however well its facts match the
 * words ("vem ska delta i …?" is not answered by "no figure for …"). Pure.
 */
import type { Form } from '../understand/question.ts';
import type { Composed } from './compose.ts';
import { intentOf } from './intents/traits.ts';

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/** The answer states the kind of thing the form asks for (an unanswered one says the sources hold none of it). */
export function ofForm(c: Composed, form: Form | null): boolean {
  const answers = intentOf(c.intent)?.answers ?? 'none';
  switch (form) {
    case null:
    case 'check':
    case 'count':
      return true;
    case 'amount':
      return answers === 'amount';
    case 'date':
      return answers === 'date';
    case 'who':
      return answers !== 'amount' && answers !== 'date';
    case 'definition':
      return answers === 'definition' || answers === 'text';
  }
}

/**
 * An answered answer that the form accepts: of its kind, or, for a date or a year, one whose first
 * facts name a year (the sentence "testades första gången 2024", the first agreement's year).
 */
export function answersForm(c: Composed, form: Form | null): boolean {
  if (!c.answered) return false;
  if (ofForm(c, form)) return true;
  if (form === 'date') return c.facts.slice(0, 3).some((f) => f.date !== null || f.year !== null && YEAR.test(f.citation.quote) || f.kind === 'total');
  return false;
}

/**
 * The answer to give among those composed in ranked order: the first answered one the form accepts;
 * else the first of the form's kind (which says the sources hold none); else the first.
 */
export function choose(candidates: Composed[], form: Form | null): Composed | undefined {
  return candidates.find((c) => answersForm(c, form)) ?? candidates.find((c) => ofForm(c, form)) ?? candidates[0];
}
