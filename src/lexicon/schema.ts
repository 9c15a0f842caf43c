/**
 * The shapes of the vocabulary in data/lexicon/: every word the bot knows that is not in the
 * sources themselves. Each shape is a zod schema and its type is derived from it. Every entry
 * carries an example that test/lexicon/examples.test.ts runs through `understand()`.
 *
 * Phrases are written in lower case, words separated by spaces, and matched against a question's
 * words (see pattern.ts): `budget*` matches any word starting with "budget"; `…` stands for up to
 * five words of any kind ("betalar … ut" matches "betalar SKR ut"). A word of four letters or
 * more also matches its inflected forms (the endings in heads.json), and a Swedish word matches
 * its form typed without å, ä and ö ("nar" for "när").
 */
import { z } from 'zod';

const Phrase = z
  .string()
  .min(1)
  .refine((p) => p === p.toLowerCase() && p.trim() === p && !/\s{2}/.test(p), { message: 'expected a phrase in lower case, single spaces, no padding' });
const Example = z.string().min(2);
const Reason = z.string().min(8);
const Lang = z.enum(['sv', 'en']);

/** Words that are never a topic: the maintained stop-word lists plus reviewed additions. */
export const FunctionWords = z
  .object({
    about: z.string(),
    additions: z.array(
      z
        .object({
          language: z.enum(['sv', 'en', 'both']),
          words: z.array(Phrase).min(1),
          reason: Reason,
          example: Example,
        })
        .strict(),
    ),
    /** Words of the maintained lists that this domain needs as words of their own. */
    exceptions: z.array(z.object({ word: Phrase, reason: Reason, example: Example }).strict()),
  })
  .strict();
export type FunctionWords = z.infer<typeof FunctionWords>;

/** The intents and how the question's shape weighs toward each. */
export const Intents = z
  .object({
    about: z.string(),
    intents: z.array(
      z
        .object({
          intent: z.string().regex(/^[a-z-]+$/),
          /** Breaks ties between equal scores: higher first. */
          priority: z.number().int(),
          about: z.string(),
          example: Example,
        })
        .strict(),
    ),
    /** Weights that structural features of a question add (or take away) per intent. */
    features: z.array(
      z
        .object({
          feature: z.string(),
          weights: z.record(z.string(), z.number()),
          /** Something the question states (a figure, a person), which counts as much as a cue. */
          explicit: z.boolean().default(false),
          about: z.string(),
          example: Example,
        })
        .strict(),
    ),
  })
  .strict();
export type Intents = z.infer<typeof Intents>;

/**
 * A cue: phrases that say what kind of question it is. Its weights add to intents' scores; its id
 * is also a signal the composers read ("upcoming", "part-of"). A cue's words are question words,
 * not topic words, unless `topic` is set.
 */
export const Cue = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    sv: z.array(Phrase).default([]),
    en: z.array(Phrase).default([]),
    weights: z.record(z.string(), z.number()).default({}),
    /** Only at the start of the question (after a greeting). */
    at: z.enum(['start', 'anywhere']).default('anywhere'),
    /** The words stay available as topic words too. */
    topic: z.boolean().default(false),
    about: z.string().optional(),
    example: Example,
  })
  .strict()
  .refine((c) => c.sv.length + c.en.length > 0, { message: 'a cue needs at least one phrase' });
export type Cue = z.infer<typeof Cue>;

export const Cues = z.object({ about: z.string(), cues: z.array(Cue) }).strict();

/**
 * A concept: one thing the sources speak of, with the wordings the sources use (`sv`, searched
 * in the facts; every word of a wording must match) and what people write for it (`en`, and
 * `alias` for other Swedish ways of saying it). Source typos are listed among `sv`.
 */
export const Concept = z
  .object({
    id: z.string().regex(/^[a-z0-9åäö-]+$/),
    sv: z.array(Phrase).min(1),
    en: z.array(Phrase).default([]),
    alias: z.array(Phrase).default([]),
    /** An acronym the bot can expand ("SVF" → "standardiserade vårdförlopp"). */
    acronym: z.object({ short: z.string().min(2), long: z.string().min(3) }).strict().optional(),
    /** Adds to a fact's score but is not needed to cover the topic ("arbete", "support"). */
    soft: z.boolean().default(false),
    /** Narrower concepts (ids) whose facts this one covers too, ranked below its own ("screening" includes "mammografi"). */
    includes: z.array(z.string()).default([]),
    example: Example,
  })
  .strict();
export type Concept = z.infer<typeof Concept>;

export const Concepts = z.object({ about: z.string(), concepts: z.array(Concept) }).strict();

/** Who the tasks belong to, and other actors a question may name. */
export const Owners = z
  .object({
    about: z.string(),
    owners: z.array(
      z
        .object({
          owner: z.string().min(2),
          /** An owner of tasks (the facts' owner field), or an actor that only pays or decides. */
          role: z.enum(['owner', 'actor']),
          phrases: z.array(Phrase).min(1),
          /** What the owner's name stands for, when it is an acronym ("RCC" → "regionala cancercentrum"). */
          long: z.string().optional(),
          example: Example,
        })
        .strict(),
    ),
  })
  .strict();
export type Owners = z.infer<typeof Owners>;

/**
 * Documents a question may name ("the press release"), and what marks a source as that document:
 * text in its title, publisher, address or file name.
 */
export const Documents = z
  .object({
    about: z.string(),
    documents: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          sv: z.array(Phrase).default([]),
          en: z.array(Phrase).default([]),
          known: z.array(z.string().min(2)).min(1),
          example: Example,
        })
        .strict()
        .refine((d) => d.sv.length + d.en.length > 0, { message: 'a document needs at least one phrase' }),
    ),
  })
  .strict();
export type Documents = z.infer<typeof Documents>;

/** Words for years: relative years, ranges, months and number words. */
export const Years = z
  .object({
    about: z.string(),
    relative: z.array(
      z
        .object({
          /** Years from today (0 this year, -1 last year), or the newest/first year with a source. */
          year: z.union([z.number().int().min(-10).max(10), z.enum(['latest', 'first'])]),
          sv: z.array(Phrase).default([]),
          en: z.array(Phrase).default([]),
          example: Example,
        })
        .strict(),
    ),
    /** Words that open a range at a year: "sedan 2021" (from it), "efter 2025" (after it), "före 2024" (before it). */
    since: z.array(Phrase),
    after: z.array(Phrase),
    before: z.array(Phrase),
    /** Words between two years: "2021 till 2024", "mellan 2021 och 2024". */
    through: z.array(Phrase),
    between: z.array(Phrase),
    /** A year after a month is a date, not an agreement year ("i december 2020"); the month's number. */
    months: z.record(z.string(), z.number().int().min(1).max(12)),
    /** "varje år", "every year": every year with a source, said so. */
    every: z.array(Phrase),
    /** "senaste", "första" name a year only before one of these ("den senaste överenskommelsen", "the first year"), or at the end. */
    relativeNouns: z.array(Phrase),
    /** "för två år sedan", "3 years ago". */
    numbers: z.record(z.string(), z.number().int().min(1).max(10)),
    ago: z.array(Phrase),
    /** "det året", "that year": the year the message named before the question ("… 2021 – men vad fick barncancer det året?"). */
    referring: z.array(Phrase),
    examples: z.array(z.object({ q: Example, today: z.string(), years: z.array(z.number().int()) }).strict()),
  })
  .strict();
export type Years = z.infer<typeof Years>;

/** Parts of compounds and word endings the analysis needs. */
export const Heads = z
  .object({
    about: z.string(),
    /** Last parts of a compound that add nothing to its topic ("barncancervården" is barncancer). */
    generic: z.object({ words: z.array(Phrase), reason: Reason, example: Example }).strict(),
    /** Last parts that only say "money" ("barncancerpengar" is barncancer). */
    money: z.object({ words: z.array(Phrase), reason: Reason, example: Example }).strict(),
    /** Words for the effort itself: soft, and never the topic even alone ("satsningen 2024"). */
    effort: z.object({ words: z.array(Phrase), reason: Reason, example: Example }).strict(),
    /** Words that add to a score but are not needed to cover a topic; alone they are the topic ("övrigt 2024"). */
    soft: z.object({ words: z.array(Phrase), reason: Reason, example: Example }).strict(),
    /** A word nobody knows right after one of these is the topic, not a filler ("budget for psychiatry"). */
    topicAfter: z.object({ words: z.array(Phrase), reason: Reason, example: Example }).strict(),
    /** The regions by name ("västra götaland"): a recipient named, whose own amount no source states. */
    regions: z.object({ words: z.array(Phrase), reason: Reason, example: Example }).strict(),
    /** Inflection endings a word of four letters or more may carry and still match. */
    endings: z.array(z.string().regex(/^[a-zåäö:]+$/)),
    /** A word found in at least this share of the facts is soft: it adds to a score, it covers nothing. */
    commonShare: z.number().min(0.01).max(1),
  })
  .strict();
export type Heads = z.infer<typeof Heads>;

export type Language = z.infer<typeof Lang>;
