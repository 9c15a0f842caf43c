/**
 * Deadlines: every dated or datable milestone, with the ISO date it falls on.
 *  - explicit dates: "den 31 januari 2024", "den 18 december 2020";
 *  - a month: "i mars 2023" (the month's last day, tagged "month");
 *  - the end of a period: "handlingsplan 2023–2025", "per år 2024–2026", "under åren 2021-2023";
 *  - "till år 2023", "fram till år 2025": the end of that year;
 *  - "Under 2024 ska ...": due by the end of 2024.
 * Page headers and publication stamps never reach here (document.ts reads them as noise).
 * One period named several times in a source is one deadline, with the other lines in `alsoAt`.
 */
import type { Tag } from '../corpus/schema.ts';
import { SWEDISH_MONTHS } from '../dates.ts';
import { withoutAmounts } from '../corpus/amounts.ts';
import { type Sentence } from './document.ts';
import { type Draft, type SourceDoc, capitalise, trimEnd } from './context.ts';

const MONTHS = SWEDISH_MONTHS;
const M = MONTHS.join('|');

interface Hit {
  key: string;
  date: string;
  start: number;
  end: number;
  tags: Tag[];
  period?: { from: number; to: number };
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function hits(text: string): Hit[] {
  const out: Hit[] = [];
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:den\s+)?(\d{1,2})\s+(${M})\s+(\d{4})\b`, 'giu'))) {
    const mo = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    const date = `${m[3]}-${pad(mo)}-${pad(Number(m[1]))}`;
    out.push({ key: `date:${date}`, date, start: m.index, end: m.index + m[0].length, tags: ['explicit'] });
  }
  for (const m of text.matchAll(new RegExp(String.raw`\bi\s+(${M})\s+(\d{4})\b`, 'giu'))) {
    const y = Number(m[2]);
    const mo = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    const date = `${y}-${pad(mo)}-${pad(lastDayOfMonth(y, mo))}`;
    out.push({ key: `month:${date}`, date, start: m.index, end: m.index + m[0].length, tags: ['month'] });
  }
  for (const m of text.matchAll(/\b(\d{4})\s?[–-]\s?(\d{4})\b/gu)) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (!(to > from && to - from < 50)) continue;
    out.push({ key: `period:${from}-${to}`, date: `${to}-12-31`, start: m.index, end: m.index + m[0].length, tags: ['period'], period: { from, to } });
  }
  for (const m of text.matchAll(/\b(?:fram\s+)?till\s+år\s+(\d{4})\b/gu)) {
    out.push({ key: `until:${m[1]}`, date: `${m[1]}-12-31`, start: m.index, end: m.index + m[0].length, tags: ['period'] });
  }
  for (const m of text.matchAll(/\bUnder\s+(\d{4})\s+ska\b/gu)) {
    out.push({ key: `within:${m[1]}`, date: `${m[1]}-12-31`, start: m.index, end: m.index + m[0].length, tags: ['within-year'] });
  }
  return out;
}

export function readDeadlines(doc: SourceDoc): Draft[] {
  const byKey = new Map<string, Draft>();
  for (const sentence of doc.sentences) {
    for (const hit of hits(sentence.text)) {
      const known = byKey.get(hit.key);
      if (known) {
        const seen = [known.citation, ...(known.mentions ?? [])].some((c) => c.line === sentence.line && c.quote === sentence.quote);
        if (!seen) (known.mentions ??= []).push({ path: doc.source.path, line: sentence.line, quote: sentence.quote });
        continue;
      }
      const draft: Draft = {
        kind: 'deadline',
        year: doc.year,
        amountSEK: null,
        owner: null,
        date: hit.date,
        label: deadlineLabel(sentence, hit),
        citation: { path: doc.source.path, line: sentence.line, quote: sentence.quote },
        sourceId: doc.source.id,
        tags: hit.tags,
      };
      if (hit.period) draft.period = hit.period;
      byKey.set(hit.key, draft);
    }
  }
  return [...byKey.values()];
}

const LEADS = /^.+\b(?:i linje med|i enlighet med|utifrån|enligt|genom|med|om|av)\s+/iu;

/**
 * What falls due, in the source's words: for a period, the noun phrase it closes ("den nationella
 * handlingsplanen för prevention 2024–2030"); otherwise the sentence. Amounts are left out:
 * a deadline states no money.
 */
function deadlineLabel(sentence: Sentence, hit: Hit): string {
  const text = sentence.text;
  let label = text;
  if (hit.tags.includes('period') && hit.period) {
    const clauseStart = Math.max(0, text.lastIndexOf(',', hit.start) + 1);
    let phrase = withoutAmounts(text.slice(clauseStart, hit.end));
    phrase = phrase.replace(LEADS, '');
    if (phrase.split(/\s+/).length >= 3 && !/^(?:och|även|per år|under)\b/iu.test(phrase)) label = phrase;
  }
  return capitalise(trimEnd(withoutAmounts(label).replace(/(\d)- (\d)/g, '$1-$2')));
}
