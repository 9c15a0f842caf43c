/**
 * Insatser: tasks someone "ska" do. The owner is the subject of the sentence ("RCC i samverkan
 * ska", the typo "RCC i samverkans ska", "RCC ska", "Regionerna ska"), never the heading above it.
 *  - In a source that lists tasks as bullets, every such bullet is one insats; a bullet printed
 *    twice in a row is one insats with both lines known (`alsoAt`).
 *  - In a source without such bullets (2021, 2023), the narrative tasks: sentences where RCC i
 *    samverkan "ska" or is given "ett uppdrag".
 */
import type { Level } from '../corpus/schema.ts';
import { collapse, type Sentence } from './document.ts';
import { type Areas } from './area.ts';
import { type Draft, type SourceDoc, headingAbove, normaliseOwner, sentenceKey, trimEnd } from './context.ts';

const BULLET_SUBJECT = /^(RCC i samverkans?|RCC samverkan|RCC|Regionerna) ska\b/u;
const NARRATIVE_OWNER: [RegExp, string][] = [
  [/\bRCC (?:i )?samverkans? ska\b/u, 'RCC i samverkan'],
  [/\bska (?:\p{Ll}+ )?RCC (?:i )?samverkan\b/u, 'RCC i samverkan'],
  [/\buppdrag (?:till|åt) RCC i samverkan\b/u, 'RCC i samverkan'],
  [/\bRCC i samverkan (?:får|har|fått)(?: också)? (?:ett |i )?uppdrag/u, 'RCC i samverkan'],
  [/(?<!samverkan )\bRCC ska\b/u, 'RCC'],
  [/\bRegionerna ska\b/u, 'Regionerna'],
];
const ROLE = /stödjande, stimulerande och samordnande/u;

/** Level from the heading's first word; where the heading is silent, the owner's usual level. */
function levelOf(heading: string | undefined, owner: string): Level {
  if (heading && /^Nationell/u.test(heading)) return 'nationellt';
  if (heading && /^Samverkansregional|^Sjukvårdsregional/u.test(heading)) return 'samverkansregionalt';
  if (heading && /^Regional/u.test(heading)) return 'regionalt';
  return owner === 'RCC i samverkan' ? 'nationellt' : owner === 'RCC' ? 'samverkansregionalt' : 'regionalt';
}

/** The first sentence of a text, as the label of the task. */
function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(?=\s+\p{Lu})/u.exec(text);
  return trimEnd(m ? m[1]! : text);
}

export function readInsatser(doc: SourceDoc, areas: Areas): Draft[] {
  const bullets = doc.blocks.filter((b) => b.kind === 'bullet' && BULLET_SUBJECT.test(b.text));
  if (bullets.length) {
    const out: Draft[] = [];
    let previous: Draft | undefined;
    for (const block of bullets) {
      if (previous && previous.citation.quote === block.text && isNextBullet(doc, previous.citation.line, block.line)) {
        (previous.alsoAt ??= []).push(block.line);
        continue;
      }
      const owner = normaliseOwner(BULLET_SUBJECT.exec(block.text)![1]!)!;
      const heading = headingAbove(doc, block)?.text;
      const draft = task(doc, owner, firstSentence(block.text), block.line, block.text, heading, areas.at(block));
      out.push(draft);
      previous = draft;
    }
    return out;
  }
  return doc.sentences.filter((s) => s.block.kind === 'paragraph').flatMap((s) => narrative(doc, s, areas));
}

function narrative(doc: SourceDoc, sentence: Sentence, areas: Areas): Draft[] {
  const hit = NARRATIVE_OWNER.find(([re]) => re.test(sentence.text));
  if (!hit) return [];
  const heading = headingAbove(doc, sentence.block)?.text;
  const draft = task(doc, hit[1], trimEnd(collapse(sentence.text)), sentence.line, sentence.quote, heading, areas.at(sentence.block));
  draft.narrative = true;
  draft.claims = [sentenceKey(sentence)];
  return [draft];
}

function task(doc: SourceDoc, owner: string, label: string, line: number, quote: string, heading?: string, area?: string): Draft {
  const draft: Draft = {
    kind: 'insats',
    year: doc.year,
    amountSEK: null,
    owner,
    date: null,
    label,
    citation: { path: doc.source.path, line, quote },
    sourceId: doc.source.id,
    level: levelOf(heading, owner),
  };
  if (heading) draft.heading = heading;
  if (area) draft.area = area;
  if (ROLE.test(quote)) {
    draft.tags = ['definition'];
    draft.term = 'RCC i samverkan';
  }
  return draft;
}

/** Two bullets are printed "twice in a row" when nothing but blank lines stands between them. */
function isNextBullet(doc: SourceDoc, a: number, b: number): boolean {
  const between = doc.blocks.filter((x) => x.line > a && x.line < b);
  return between.length === 0;
}
