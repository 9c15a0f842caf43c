/**
 * What the answering core returns (CONTRACT §2). Every shell — Slack, console, CLI — renders this:
 * the plain `text`, or the parts it was written from (`lead`, `sections`, `notes`).
 */
import { z } from 'zod';
import { Fact } from '../corpus/schema.ts';

export const Language = z.enum(['sv', 'en']);
export type Language = z.infer<typeof Language>;

const Item = z.object({ text: z.string(), facts: z.array(z.string()), depth: z.number().int().optional() });

const OneAnswer = z.object({
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
  /** The answer sentence. */
  lead: z.string(),
  /** A comparison's computed difference between its two amounts (also one of the notes). */
  difference: z.string().optional(),
  /** The answer is "no source covers the year asked" (2022, 2025): correct, and no gap in what the bot knows. */
  noSource: z.boolean().optional(),
  /** The lists under it: a heading each, and items with the ids of the facts they state. */
  sections: z.array(z.object({ title: z.string().optional(), items: z.array(Item) })),
  /** What is said after the lists. */
  notes: z.array(z.string()),
  /** A follow-up's reading: what it is about, taken in part from the previous question ("barncancer", "2021"). */
  followUp: z.array(z.string()).optional(),
  /** Why it answered so: the intents it weighed, best first, with their evidence; the words it did not know. */
  understood: z.object({
    intents: z.array(z.object({ intent: z.string(), score: z.number(), evidence: z.array(z.string()) })),
    unknown: z.array(z.string()),
    /** Characters of a long message left out as not the question. */
    skipped: z.number().int(),
    /** Lines the guard removed for stating an amount no fact states: always 0 unless a composer has a bug. */
    guarded: z.number().int(),
  }),
  /** Up to three rephrased questions the bot answers with confidence, offered when its reading was uncertain. */
  suggestions: z.array(z.string()).optional(),
});

export const Answer = OneAnswer.extend({
  /**
   * For a message that asks several things (a list, "två snabba: … och …"), one answer per ask, in
   * order; the top-level `facts` are their union in that order, and `text` answers each.
   */
  parts: z.array(OneAnswer).optional(),
});
export type Answer = z.infer<typeof Answer>;

export type { TaughtPhrase } from '../understand/taught.ts';
import type { TaughtPhrase } from '../understand/taught.ts';

export interface AnswerOptions {
  corpus: import('../corpus/load.ts').Corpus;
  /** ISO date used for "i år", "förra året" and "upcoming". */
  today: string;
  /**
   * The previous question of the conversation (a thread, a DM, a `--batch` thread): a follow-up that
   * lacks a topic, a year, an owner or an intent takes them from it ("och 2021?").
   */
  previous?: import('../understand/question.ts').Question;
  /** Phrases admins taught, applied before the question is read. */
  taught?: readonly TaughtPhrase[];
}
