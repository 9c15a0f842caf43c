/**
 * The bot's buttons: their action ids and what their `value` carries. Render writes the values,
 * the Slack listeners read them back; both go through these schemas (a button's value is input
 * from Slack like any other, so it is validated).
 */
import { z } from 'zod';
import { Language } from '../answer/types.ts';

export const ACTIONS = {
  share: 'share_answer',
  showMore: 'show_more',
  /** One per cited fact on a message: show_source_0, show_source_1, ... */
  showSource: /^show_source_\d+$/,
  voteUp: 'feedback_up',
  voteDown: 'feedback_down',
  /** Slack's own feedback buttons (a feedback_buttons element): which way is in the value's `d`. */
  feedback: 'feedback',
  /** A question asked by a button (a Home tab example, "show the budget lines"): ask_question_0, ... */
  ask: /^ask_question_\d+$/,
  /** "Visa diagram": draws the chart of what the message shows and uploads it into the conversation. */
  showChart: 'show_chart',
} as const;

export const askId = (i: number): string => `ask_question_${i}`;

export const showSourceId = (i: number): string => `show_source_${i}`;

/** Slack's limit on a button's value. */
export const MAX_VALUE = 2000;

/** share_answer, show_more: the question, answered again when clicked (the core is pure). */
export const QuestionValue = z.object({ q: z.string().min(1) });
export type QuestionValue = z.infer<typeof QuestionValue>;

/**
 * feedback_up/down: which answer (a key over question and facts), the question for the record, the
 * language to thank in, and the answer's intent for the curators' record of 👎 (absent on buttons
 * rendered before it was written), and on Slack's feedback buttons which of the two (`d`).
 */
export const VoteValue = z.object({ k: z.string().min(1), q: z.string(), l: Language, i: z.string().max(40).optional(), d: z.enum(['up', 'down']).optional() });
export type VoteValue = z.infer<typeof VoteValue>;

/** show_source_N: the fact whose citation to open, and the language to label it in. */
export const SourceValue = z.object({ f: z.string().min(1), l: Language });
export type SourceValue = z.infer<typeof SourceValue>;

/** show_chart: which chart (totals, or a year's lines or flows) and the language to draw it in. */
export const ChartValue = z.discriminatedUnion('c', [
  z.object({ c: z.literal('totals'), l: Language }),
  z.object({ c: z.enum(['lines', 'flows']), y: z.number().int().min(2000).max(2100), l: Language }),
]);
export type ChartValue = z.infer<typeof ChartValue>;

/** Parse a button value against its schema; null when it is not what the bot wrote. */
export function readValue<T>(schema: z.ZodType<T>, value: string | undefined): T | null {
  if (!value) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A value fit for a button, or null when it would pass Slack's limit. */
export function writeValue(value: object): string | null {
  const json = JSON.stringify(value);
  return json.length <= MAX_VALUE ? json : null;
}
