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
import { type Draft, type SourceDoc, headingAbove, normaliseOwner, rccMeaning, sentenceKey, trimEnd } from './context.ts';

/** Who can own a task, as the sources write them (new and old names); normalised by normaliseOwner. */
const OWNER = String.raw`[Vv]arje (?:landsting|region)|RCC i samverkans?|RCC samverkan|Regionala cancercentrum i samverkan(?: \(RCC\))?|(?:de sex )?sjukvårdsregionala RCC|Regionala cancercentrum(?:en)?(?: \(RCC\))?|RCC|[Rr]egionerna|[Ll]andstingen|[Ll]andstinget`;
/** The owner as the subject, first: "RCC i samverkan ska", "Vidare ska …" (inverted, after an adverbial). */
const SUBJECT_FIRST = new RegExp(String.raw`(?:^|[\s,;:–-])(?<!\b(?:att|som|där|när|om|då|innan|eftersom|medan|så|hur|vad|av|för|med|från|hos|inom|genom|mellan|via) )(${OWNER}) (?:ska|skall)\b`, 'u');
const INVERTED = new RegExp(String.raw`^(.*?)\b(?:ska|skall) (?:(?:även|också|dessutom|fortsatt|därför|nu|särskilt) )?(${OWNER})(?![\p{L}])`, 'u');
/** A fronted object ("Vissa insatser ska regionerna genomföra"): a description of tasks, not a task. */
const FRONTED_OBJECT = /^(?:Vissa|Andra|Dessa|De|Följande|Flera|Några|Alla|Sådana)(?![\p{L}]).*(?<![\p{L}])(?:insats|uppgift|uppdrag|åtgärd)/u;
/** "ett uppdrag till RCC i samverkan", "RCC i samverkan har fått i uppdrag". */
const COMMISSIONED: [RegExp, string][] = [
  [/\buppdrag (?:till|åt) RCC i samverkan\b/u, 'RCC i samverkan'],
  [/\bRCC i samverkan (?:får|har|fått)(?: också)? (?:ett |i )?uppdrag/u, 'RCC i samverkan'],
];

/** Who "ska" do what a text says, if it names the owner as the subject; "RCC" read as the source spells it. */
export function ownerOf(text: string, rcc: 'RCC i samverkan' | 'RCC'): string | null {
  const inverted = INVERTED.exec(text);
  const first = SUBJECT_FIRST.exec(text);
  const raw = inverted && (!first || inverted.index + inverted[1]!.length < first.index) && !FRONTED_OBJECT.test(inverted[1]!) ? inverted[2]! : first?.[1];
  if (raw) {
    const owner = normaliseOwner(raw);
    return owner === 'RCC' && /^RCC$/u.test(raw) ? rcc : owner;
  }
  return COMMISSIONED.find(([re]) => re.test(text))?.[1] ?? null;
}

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
  const rcc = rccMeaning(doc);
  // A bullet whose first sentence names its owner as the subject is a task.
  const bullets = doc.blocks.flatMap((b) => {
    const owner = b.kind === 'bullet' ? ownerAtStart(firstSentence(b.text), rcc) : null;
    return owner ? [{ block: b, owner }] : [];
  });
  if (bullets.length) {
    const out: Draft[] = [];
    let previous: Draft | undefined;
    for (const { block, owner } of bullets) {
      if (previous && previous.citation.quote === block.quote && isNextBullet(doc, previous.citation.line, block.line)) {
        (previous.alsoAt ??= []).push(block.line);
        continue;
      }
      const heading = headingAbove(doc, block)?.text;
      const draft = task(doc, owner, firstSentence(block.text), block.line, block.quote, heading, areas.at(block));
      out.push(draft);
      previous = draft;
    }
    return out;
  }
  return doc.sentences.filter((s) => s.block.kind === 'paragraph').flatMap((s) => narrative(doc, s, areas, rcc));
}

/** The owner of a bullet when the bullet opens with it: "RCC ska …", "Vidare ska RCC i samverkan …", "Inom området X ska RCC …". */
function ownerAtStart(text: string, rcc: 'RCC i samverkan' | 'RCC'): string | null {
  const at = new RegExp(String.raw`^(?:(?:Vidare|Dessutom|Därtill|Även|Också|Slutligen|Därför|Inom [^,]{3,80}?|Under \d{4}),? )?(?:ska|skall) (?:(?:även|också|dessutom) )?(${OWNER})(?![\p{L}])|^(${OWNER}) (?:ska|skall)\b`, 'u').exec(text);
  if (!at) return null;
  const raw = (at[1] ?? at[2])!;
  const owner = normaliseOwner(raw);
  return owner === 'RCC' && raw === 'RCC' ? rcc : owner;
}

function narrative(doc: SourceDoc, sentence: Sentence, areas: Areas, rcc: 'RCC i samverkan' | 'RCC'): Draft[] {
  const owner = ownerOf(sentence.text, rcc);
  if (!owner) return [];
  const heading = headingAbove(doc, sentence.block)?.text;
  const draft = task(doc, owner, trimEnd(collapse(sentence.text)), sentence.line, sentence.quote, heading, areas.at(sentence.block));
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
