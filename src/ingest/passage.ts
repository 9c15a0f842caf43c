/**
 * Passages: sentences of running text that are no other fact, so that answers can quote what the
 * sources say about a topic. Rules tag the ones a question type looks for:
 *  - definition: what RCC, RCC i samverkan or an acronym is ("standardiserade vårdförlopp (SVF)");
 *  - person: "säger Kjell Ivarsson, nationell cancersamordnare", "statsminister Ulf Kristersson",
 *    and a signature ("Anders Knape" above "Ordförande");
 *  - new: what is new or singled out in a year ("Nytt för i år", "tillkommit", "särskilt fokusera");
 *  - payment: how the money is paid out ("Hälften ... prestationsbaserat").
 */
import type { Tag } from '../corpus/schema.ts';
import { collapse, type Sentence } from './document.ts';
import { type Draft, type SourceDoc, headingAbove, sentenceKey, trimEnd } from './context.ts';
import { isChartLine } from './budget.ts';
import { captionUnit } from '../corpus/amounts.ts';

/** A chart's unit caption ("Antal miljoner kronor per område ..."): read with the chart, not quoted alone. */
const isCaption = (text: string): boolean => /^Antal\b/u.test(text) && captionUnit(text) !== null;

const NEW = /\bNytt för i år\b|\bnytt fokusområde\b|\btillkommit\b|\bsärskilt fokusera\b|\butpekat område\b|\bsärskilt utpekade\b/iu;
const PAYMENT = /\bbetalas ut\b|\bprestationsbaserat\b|\butbetalning\b|\bfördelar medlen\b|\bextra medel tilldelas\b|\bsöka (?:finansiering|medel)\b/iu;
const DEFINITION: [RegExp, string][] = [
  [/\bRCC i samverkan som består av\b/u, 'RCC i samverkan'],
  [/\bRegionala cancercentrum i samverkan \(RCC\) är\b/u, 'RCC i samverkan'],
  [/\bfår RCC i samverkan uppdraget att vara\b/u, 'RCC i samverkan'],
  [/\bDe regionala RCC har\b/u, 'RCC'],
  [/\bSyftet med RCC är\b/u, 'RCC'],
  [/\bregionala cancercentrum \(RCC\)/u, 'RCC'],
];
const ACRONYM = /\b(\p{Lu}[\p{Ll}\p{Lu} -]{3,80}?) \((\p{Lu}{2,6})\)/gu;
const SAYS = /\bsäger (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}), ([^.]+?)\.?$/u;
const TITLE_BEFORE_NAME = /\b(statsminister|sjukvårdsminister|socialminister|finansminister|ordförande|generaldirektör) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})/gu;
const NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u;
/** A role on the line under a name: a signature ("Ordförande"), or a roster's "ordförande RCC i samverkan". */
const ROLE_LINE = /^(?:(?:Tf|Tillförordnad) )?(?:Ordförande|Generaldirektör|Förbundsdirektör|Nationell cancersamordnare|Cancersamordnare|Statsminister|Sjukvårdsminister|Socialminister|Finansminister|Statsråd|Äldre- och folkhälsominister|Folkhälsominister)(?: (?:för |vid |på |i )?(?:RCC i samverkan|SKR|SKL|Sveriges Kommuner och (?:Regioner|Landsting)|Regionala cancercentrum i samverkan))?$/iu;

export function readPassages(doc: SourceDoc, claimed: Set<string>): Draft[] {
  const out: Draft[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.block.kind !== 'paragraph' || claimed.has(sentenceKey(sentence))) continue;
    if (sentence.text.split(/\s+/).length < 4 || isChartLine(sentence.block.text) || isCaption(sentence.text)) continue;
    if (/^\[[^\]]*\]\([^)]*\)\.?$/u.test(sentence.text)) continue; // a link and nothing else
    out.push(...tagged(doc, sentence));
  }
  out.push(...signatures(doc));
  return out;
}

function passage(doc: SourceDoc, sentence: Sentence, tags: Tag[]): Draft {
  const draft: Draft = {
    kind: 'passage',
    year: doc.year,
    amountSEK: null,
    owner: null,
    date: null,
    label: trimEnd(collapse(sentence.text.replace(/^[–-]\s*/u, '').replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1'))),
    citation: { path: doc.source.path, line: sentence.line, quote: sentence.quote },
    sourceId: doc.source.id,
  };
  if (tags.length) draft.tags = tags;
  const heading = sectionOf(doc, sentence);
  if (heading) draft.heading = heading;
  return draft;
}

/**
 * The section heading a sentence stands under ("Regionernas förbättringsarbeten får medel även i
 * år"): what "Det här sättet … testades första gången 2024" is about. Not the page's title and
 * masthead (its first two blocks), nor a heading that states an amount.
 */
function sectionOf(doc: SourceDoc, sentence: Sentence): string | undefined {
  const heading = headingAbove(doc, sentence.block);
  if (!heading || heading.index < 2 || /\d/u.test(heading.text)) return undefined;
  return trimEnd(collapse(heading.text));
}

function tagged(doc: SourceDoc, sentence: Sentence): Draft[] {
  const text = sentence.text;
  const tags: Tag[] = [];
  if (NEW.test(text)) tags.push('new');
  if (PAYMENT.test(text)) tags.push('payment');
  const definition = DEFINITION.find(([re]) => re.test(text));
  const acronyms = [...text.matchAll(ACRONYM)];
  if (definition || acronyms.length) tags.push('definition');

  const people = [...persons(text)];
  if (people.length) tags.push('person');

  const base = passage(doc, sentence, tags);
  if (definition) base.term = definition[1];
  else if (acronyms.length) base.term = acronyms[0]![2];
  if (!people.length) return [base];
  // One passage per person named, so each can be found and cited by name.
  return people.map((person) => ({ ...base, person }));
}

function* persons(text: string): Generator<{ name: string; role: string }> {
  const says = SAYS.exec(text);
  if (says) yield { name: says[1]!, role: says[2]!.trim() };
  for (const m of text.matchAll(TITLE_BEFORE_NAME)) yield { name: m[2]!, role: m[1]! };
}

/** A name on one line with a role right below it: the signature of a letter. */
function signatures(doc: SourceDoc): Draft[] {
  const out: Draft[] = [];
  doc.blocks.forEach((block, i) => {
    const next = doc.blocks[i + 1];
    if (!next || !NAME.test(block.text) || !ROLE_LINE.test(next.text)) return;
    out.push({
      kind: 'passage',
      year: doc.year,
      amountSEK: null,
      owner: null,
      date: null,
      label: `${block.text}, ${next.text.toLowerCase()}`,
      citation: { path: doc.source.path, line: block.line, quote: `${block.quote} ${next.quote}` },
      sourceId: doc.source.id,
      tags: ['person'],
      person: { name: block.text, role: next.text.toLowerCase() },
    });
  });
  return out;
}
