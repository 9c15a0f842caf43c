/**
 * What every extraction rule gets: one source read as a document, and the shape of what a rule
 * returns (a draft fact, before ids are given and cross-source choices are made).
 */
import type { Fact, Source } from '../corpus/schema.ts';
import { type Block, type Sentence, collapse, isStamp, readDocument, sentences } from './document.ts';

export interface SourceDoc {
  source: Source;
  blocks: Block[];
  /** Sentences of every paragraph and bullet block, in order. */
  sentences: Sentence[];
  /** The agreement year facts of this source belong to when the text names none. */
  year: number | null;
  /** Publication stamps of a web page ("Publicerad 3 maj 2022"): page furniture, kept for the report. */
  stamps: { line: number; text: string }[];
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
    stamps: text.split('\n').flatMap((raw, i) => (isStamp(collapse(raw)) ? [{ line: i + 1, text: collapse(raw) }] : [])),
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

/**
 * Normalised owner names, including the sources' typos ("RCC i samverkans", "RCC samverkan") and the
 * older and longer names ("Regionala cancercentrum i samverkan", "landstingen", "varje landsting").
 */
export function normaliseOwner(raw: string): 'RCC i samverkan' | 'RCC' | 'Regionerna' | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').replace(/ \(rcc\)$/, '').trim();
  if (/^(?:rcc (?:i )?samverkans?|regionala cancercentrum i samverkan)$/.test(s)) return 'RCC i samverkan';
  if (/^(?:rcc|rcc:s|respektive rcc|de regionala rcc|de sex sjukvårdsregionala rcc|sjukvårdsregionala rcc|stödjande rcc|(?:de )?regionala cancercentrumen?|regionalt cancercentrum|respektive regionalt cancercentrum)$/.test(s)) return 'RCC';
  if (/^(?:regionern?a|regioner|landstingen|landstinget|landsting|varje (?:region|landsting)|landsting och regioner|alla (?:regioner|landsting)|respektive (?:region|landsting))$/.test(s)) return 'Regionerna';
  return null;
}

/**
 * What "RCC" means in one source: an older text writes "Regionala cancercentrum i samverkan (RCC)"
 * and then "RCC ska …" for RCC i samverkan. A text that spells its own abbreviation so is read by it.
 */
export function rccMeaning(doc: SourceDoc): 'RCC i samverkan' | 'RCC' {
  const defined = doc.blocks.find((b) => /\bcancercentrum(?:en)?(?: i samverkan)? \(RCC\)/u.test(b.text));
  return defined && /\bcancercentrum i samverkan \(RCC\)/u.test(defined.text) && !/\bRCC i samverkan\b/u.test(doc.blocks.map((b) => b.text).join(' ')) ? 'RCC i samverkan' : 'RCC';
}

/** Who receives money named in a text ("till regionerna", "fördelas lika mellan RCC"), if a rule can tell. */
export function recipientIn(...texts: (string | undefined)[]): string | null {
  for (const t of texts) {
    if (!t) continue;
    const distributor = /\b(RCC i samverkan) fördelar\b/i.exec(t);
    if (distributor) return 'RCC i samverkan';
    const m = /\b(?:till|via|mellan|genom|i)\s+(?:de sex sjukvårdsregionala\s+|respektive\s+)?(RCC i samverkan|RCC(?::s)?|regionerna|landstingen|SKR|SKL|Sveriges Kommuner och (?:Regioner|Landsting))(?![\p{L}])/iu.exec(t);
    if (m) return /^(?:SK[RL]|Sveriges)/iu.test(m[1]!) ? 'SKR' : normaliseOwner(m[1]!.replace(/:s$/, ''));
  }
  return null;
}
