/**
 * A composed answer: the parts a composer builds — a lead sentence, sections of items (each with
 * the facts it shows), and notes — from which both the plain text and Slack's blocks are
 * rendered. Nothing re-reads the prose to find its parts again.
 */
import type { Fact } from '../corpus/schema.ts';
import type { Intent } from './intents/traits.ts';

/** One line of an answer and the facts it states. */
export interface Item {
  text: string;
  facts: Fact[];
  /** 0 for a list item, 1 for an item under a group heading. */
  depth?: number;
}

export interface Section {
  /** A heading over the items ("Sjukvårdsregionala medel", "RCC i samverkan (12):"). */
  title?: string;
  items: Item[];
}

export interface Composed {
  intent: Intent;
  /** false when the sources hold no answer: the lead then says so. */
  answered: boolean;
  /** The answer sentence. */
  lead: string;
  sections: Section[];
  /** What is said after the list: missing years, what was not understood, how to ask for more. */
  notes: string[];
  /** Every fact the answer rests on, most relevant first. */
  facts: Fact[];
  /** A comparison's computed difference between its two amounts (also one of its notes). */
  difference?: string;
  /** The answer is "no source covers the year asked": correct, and no gap in what the bot knows. */
  noSource?: boolean;
}

/** A composer: the answer for its intent, or null when the question is not its own. */
export type Composer<C> = (ctx: C) => Composed | null;

/** One section of items, or none when there are no items. */
export const section = (items: Item[], title?: string): Section[] => (items.length ? [{ title, items }] : []);

/** An item that states one fact. */
export const item = (text: string, fact: Fact, depth = 0): Item => ({ text, facts: [fact], depth });
