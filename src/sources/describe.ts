/**
 * What a new source is, read from the document where it says so — its title, publisher,
 * publication date, the agreement years it covers and its kind — each with where it was read, for
 * the curator to confirm before committing (options of `source add` override every one).
 */
import type { SourceKind } from '../corpus/schema.ts';
import { isStamp, readDocument } from '../ingest/document.ts';
import { dateStated } from './dateText.ts';
import type { ReadSource } from './read.ts';

export interface Described {
  title: string | null;
  publisher: string | null;
  published: string | null;
  years: number[];
  kind: SourceKind;
  /** Where each was read ("the PDF's information", "the first heading", …), by field. */
  from: Partial<Record<'title' | 'publisher' | 'published' | 'years' | 'kind', string>>;
}

/** A title a PDF writer put in by itself: a file name, "Microsoft Word - …", "untitled". */
const MACHINE_TITLE = /\.(?:docx?|odt|pdf|indd|rtf)\b|^microsoft|^untitled$|^namnlös|^dokument\d*$|^\s*$/i;
const TOPIC = /överenskommelse|cancer|canceröverenskommelse/i;

function titleOf(source: ReadSource, blocks: ReturnType<typeof readDocument>): { value: string | null; from?: string } {
  const hinted = source.hints.title?.replace(/\s+/g, ' ').trim();
  if (hinted && !MACHINE_TITLE.test(hinted) && hinted.split(' ').length >= 3) return { value: hinted, from: source.format === 'pdf' ? "the PDF's information" : "the page's title" };
  const headings = blocks.slice(0, 40).filter((b) => b.kind === 'heading' && b.text.split(' ').length >= 3 && !/^\d/.test(b.text));
  const heading = headings.find((b) => TOPIC.test(b.text)) ?? headings[0];
  if (heading) return { value: heading.text, from: `the heading on line ${heading.line}` };
  const first = blocks.find((b) => b.text.split(' ').length >= 3);
  return first ? { value: first.text.slice(0, 120).replace(/\s\S*$/, ''), from: `the text on line ${first.line}` } : { value: null };
}

const PUBLISHERS: [RegExp, string][] = [
  [/Sveriges Kommuner och Regioner|\bSKR\b/, 'Sveriges Kommuner och Regioner (SKR)'],
  [/Sveriges Kommuner och Landsting|\bSKL\b/, 'Sveriges Kommuner och Landsting (SKL)'],
  [/Regeringskansliet|regeringen\.se|Socialdepartementet/, 'Regeringskansliet'],
  [/Regionala cancercentrum|cancercentrum\.se/, 'Regionala cancercentrum i samverkan'],
];

function publisherOf(source: ReadSource, head: string): { value: string | null; from?: string } {
  const hinted = source.hints.publisher?.trim();
  if (hinted && hinted.length >= 3 && !/^(?:user|admin|owner|author)$/i.test(hinted)) return { value: hinted, from: source.format === 'pdf' ? "the PDF's author" : "the page's site name" };
  const found = PUBLISHERS.map(([re, name]) => ({ at: head.search(re), name })).filter((p) => p.at >= 0).sort((a, b) => a.at - b.at)[0];
  return found ? { value: found.name, from: 'the first lines of the text' } : { value: null };
}

function publishedOf(source: ReadSource, lines: string[]): { value: string | null; from?: string } {
  if (source.hints.published) return { value: source.hints.published, from: "the page's publication date" };
  const stamp = lines.find((l) => isStamp(l.trim()) || /^(?:Sidan publicerades|Publicerad|Publicerat)\b/.test(l.trim()));
  const stamped = stamp ? dateStated(stamp) : null;
  if (stamped) return { value: stamped, from: `"${stamp!.trim()}"` };
  // A letter or board message dates itself at its head ("2020-12-18").
  const head = lines.slice(0, 15).find((l) => /^\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2} \p{L}+ \d{4})\s*$/u.test(l) && dateStated(l));
  return head ? { value: dateStated(head), from: `the date at the head of the text ("${head.trim()}")` } : { value: null };
}

/** The years an agreement text covers: those its title names, else the year its agreement sentences name most. */
function yearsOf(title: string | null, text: string): { value: number[]; from?: string } {
  const inTitle = [...new Set([...(title ?? '').matchAll(/\b(20\d{2})\b/g)].map((m) => Number(m[1])))];
  if (inTitle.length === 1) return { value: inTitle, from: 'the title' };
  const counts = new Map<number, number>();
  const bump = (y: number, n: number) => counts.set(y, (counts.get(y) ?? 0) + n);
  for (const sentence of text.split(/(?<=[.!?])\s+|\n\s*\n/)) {
    const weight = /överenskommelse|ramen|satsning/i.test(sentence) ? 3 : 1;
    for (const m of sentence.matchAll(/\b(20\d{2})\b(?!-\d{2}-\d{2})/g)) bump(Number(m[1]), /\b(?:för|under|om|inför)\s+20\d{2}|20\d{2} års/i.test(sentence) ? weight + 1 : weight);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (inTitle.length > 1 && best && inTitle.includes(best[0])) return { value: [best[0]], from: 'the title, and the year the text speaks of most' };
  return best ? { value: [best[0]], from: 'the year the text speaks of most' } : { value: [] };
}

function kindOf(source: ReadSource, title: string | null, head: string): { value: SourceKind; from: string } {
  const t = `${title ?? ''}\n${head}`;
  if (/Meddelande från styrelsen/i.test(t)) return { value: 'board-message', from: '"Meddelande från styrelsen"' };
  if (/Pressmeddelande/i.test(t)) return { value: 'press-release', from: '"Pressmeddelande"' };
  if (/Regeringsbeslut|Regeringen beslutar|Utbetalning av (?:stats)?(?:bidrag|medel)/i.test(t)) return { value: 'government-decision', from: 'a government decision\'s wording' };
  if (/^\s*Överenskommelse(?:n)? (?:mellan staten|om|för)/im.test(title ?? '') && source.format === 'pdf') return { value: 'agreement', from: 'an agreement\'s title in a PDF' };
  if (/Regeringskansliet|regeringen\.se/i.test(t)) return { value: 'government-page', from: 'Regeringskansliet' };
  return { value: 'news', from: 'no other kind named' };
}

export function describe(source: ReadSource): Described {
  const blocks = readDocument(source.text);
  const lines = source.text.split('\n');
  const head = lines.slice(0, 40).join('\n');
  const title = titleOf(source, blocks);
  const publisher = publisherOf(source, head);
  const published = publishedOf(source, lines.slice(0, 60));
  const years = yearsOf(title.value, source.text);
  const kind = kindOf(source, title.value, head);
  const from: Described['from'] = { kind: kind.from };
  if (title.from) from.title = title.from;
  if (publisher.from) from.publisher = publisher.from;
  if (published.from) from.published = published.from;
  if (years.from) from.years = years.from;
  return { title: title.value, publisher: publisher.value, published: published.value, years: years.value, kind: kind.value, from };
}

/** An id from the years and the title: "2027-overenskommelse-om-jamlik". */
export function idFor(years: number[], title: string | null): string {
  const words = (title ?? 'kalla')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b20\d{2}\b/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1)
    .slice(0, 4);
  const span = years.length > 1 ? `${years[0]}-${years.at(-1)}` : String(years[0] ?? 'okant-ar');
  return [span, ...words].join('-').slice(0, 60).replace(/-+$/, '');
}
