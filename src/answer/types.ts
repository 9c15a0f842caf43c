/**
 * What the answering core returns (CONTRACT §2). Every shell — Slack, console, CLI — renders this.
 */
import { z } from 'zod';
import { Fact } from '../corpus/schema.ts';

export const Language = z.enum(['sv', 'en']);
export type Language = z.infer<typeof Language>;

export const Answer = z.object({
  question: z.string(),
  /** The answer is written in the question's language; quotes stay in Swedish. */
  language: Language,
  /** The program's own name for what was asked ("amount", "total", "tasks", "deadlines", ...). */
  intent: z.string(),
  /** false when the sources hold no answer: the text then says so and names what is there. */
  answered: z.boolean(),
  /** The full answer as plain text. Every amount in it is one of `facts`' amounts (or their sum, for one year). */
  text: z.string(),
  /** The facts the answer rests on, most relevant first. */
  facts: z.array(Fact),
});
export type Answer = z.infer<typeof Answer>;

export interface AnswerOptions {
  corpus: import('../corpus/load.ts').Corpus;
  /** ISO date used for "i år", "förra året" and "upcoming". */
  today: string;
}
