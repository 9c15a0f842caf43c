/**
 * What every extraction rule gets: one source read as a document, and the shape of what a rule
 * returns (a draft fact, before ids are given and cross-source choices are made).
 */
import type { Fact, Source } from '../corpus/schema.ts';
import { type Block, type Sentence, readDocument, sentences } from './document.ts';

export interface SourceDoc {
  source: Source;
  blocks: Block[];
  /** Sentences of every paragraph and bullet block, in order. */
  sentences: Sentence[];
  /** The agreement year facts of this source belong to when the text names none. */
  year: number | null;
}

/** A fact as a rule finds it: no id yet. `claims` names the sentence(s) it uses up. */
export type Draft = Omit<Fact, 'id'> & {
  /** Lines of sentences this fact uses, so the passage rule does not quote them again. */
  claims?: string[];
  /** Internal hints for the cross-source pass; removed before writing. */
  hint?: { governmentMoney?: boolean };
};

export function openSource(source: Source, text: string): SourceDoc {
  const blocks = readDocument(text);
  return {
    source,
    blocks,
    sentences: blocks.filter((b) => b.kind !== 'heading').flatMap((b) => sentences(b)),
    year: source.years.length === 1 ? source.years[0]! : null,
  };
}

/** A key naming one sentence, for claims. */
export const sentenceKey = (s: Sentence): string => `${s.line}:${s.start}:${s.block.index}`;

/** The nearest heading above a block, if any. */
export function headingAbove(doc: SourceDoc, block: Block): Block | undefined {
  for (let i = block.index - 1; i >= 0; i--) if (doc.blocks[i]!.kind === 'heading') return doc.blocks[i];
  return undefined;
}

/** The nearest non-bullet block above a block: the lead-in or heading a list stands under. */
export function leadAbove(doc: SourceDoc, block: Block): Block | undefined {
  for (let i = block.index - 1; i >= 0; i--) if (doc.blocks[i]!.kind !== 'bullet') return doc.blocks[i];
  return undefined;
}

/** Text with a trailing colon or full stop removed. */
export const trimEnd = (s: string): string => s.replace(/[\s:.;,]+$/u, '');

export const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

/** Normalised owner names, including the sources' typos ("RCC i samverkans", "RCC samverkan"). */
export function normaliseOwner(raw: string): 'RCC i samverkan' | 'RCC' | 'Regionerna' | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^rcc (?:i )?samverkans?$/.test(s)) return 'RCC i samverkan';
  if (/^(?:rcc|rcc:s|respektive rcc|de regionala rcc|de sex sjukvårdsregionala rcc|sjukvårdsregionala rcc|stödjande rcc)$/.test(s)) return 'RCC';
  if (/^regionern?a$|^regioner$/.test(s)) return 'Regionerna';
  return null;
}

/** Who receives money named in a text ("till regionerna", "fördelas lika mellan RCC"), if a rule can tell. */
export function recipientIn(...texts: (string | undefined)[]): string | null {
  for (const t of texts) {
    if (!t) continue;
    const distributor = /\b(RCC i samverkan) fördelar\b/i.exec(t);
    if (distributor) return 'RCC i samverkan';
    const m = /\b(?:till|via|mellan|genom|i)\s+(?:de sex sjukvårdsregionala\s+|respektive\s+)?(RCC i samverkan|RCC(?::s)?|regionerna|SKR)(?![\p{L}])/iu.exec(t);
    if (m) return m[1]!.toUpperCase() === 'SKR' ? 'SKR' : normaliseOwner(m[1]!.replace(/:s$/, ''));
  }
  return null;
}
