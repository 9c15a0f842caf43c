/**
 * Budget lines: the allocations inside an agreement, in the three shapes the sources use.
 *  A. "Barncancer - 80 miljoner kronor": a bullet under a group heading.
 *  B. "80 000 000 kronor avsätts för sjukvårdsregionalt stöd via RCC för insatser inom
 *     barncancerområdet.": a bullet that starts with its amount, wrapped over lines.
 *  D. "407 miljoner kronor" alone on a line, with what it is for in the paragraph below (older SKL pages).
 *  C. "Till regionerna: 250 + 250. Till RCC stöd: 176." with the unit in a caption right below
 *     ("Antal miljoner kronor per område"). A caption printed again further down is the same chart.
 */
import { captionUnit, findAmounts, sumExpression } from '../corpus/amounts.ts';
import { type Block, sourceSpan } from './document.ts';
import { type Draft, type SourceDoc, capitalise, leadAbove, recipientIn, trimEnd } from './context.ts';

const TASK = /\bska\b/;

export function readBudget(doc: SourceDoc): Draft[] {
  if (doc.year === null) return [];
  const out: Draft[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'bullet' && !TASK.test(block.text)) {
      const draft = labelledLine(doc, block) ?? leadingAmountLine(doc, block);
      if (draft) out.push(draft);
    }
  }
  out.push(...amountHeadings(doc));
  out.push(...chartCaptions(doc));
  return out;
}

/** Shape D: an amount alone as a heading, the paragraph right below naming what it is for; two such at least. */
function amountHeadings(doc: SourceDoc): Draft[] {
  const lone = (b: Block | undefined) => {
    if (b?.kind !== 'heading') return null;
    const amounts = findAmounts(b.text);
    return amounts.length === 1 && !amounts[0]!.approximate && amounts[0]!.raw.trim() === b.text.trim() ? amounts[0]! : null;
  };
  const found = doc.blocks.flatMap((block, i) => {
    const amount = lone(block);
    const next = doc.blocks[i + 1];
    if (!amount || next?.kind !== 'paragraph') return [];
    const label = capitalise(trimEnd(/^(.+?[.!?])(?=\s|$)/u.exec(next.text)?.[1] ?? next.text).replace(/^Till\s+/u, 'Till '));
    const group = doc.blocks.slice(0, i).reverse().find((b) => b.kind === 'heading' && !lone(b));
    return [base(doc, block, label, amount.value, group && trimEnd(group.text))];
  });
  return found.length >= 2 ? found : [];
}

function base(doc: SourceDoc, block: Block, label: string, amountSEK: number, group: string | undefined): Draft {
  const draft: Draft = {
    kind: 'budget',
    year: doc.year,
    amountSEK,
    owner: recipientIn(label, group),
    date: null,
    label,
    citation: { path: doc.source.path, line: block.line, quote: block.quote },
    sourceId: doc.source.id,
  };
  if (group) draft.group = group;
  return draft;
}

/** Shape A: "Label - 80 miljoner kronor". */
function labelledLine(doc: SourceDoc, block: Block): Draft | null {
  const m = /^(.+?)\s+[-–]\s+(.+)$/u.exec(block.text);
  if (!m) return null;
  const amounts = findAmounts(m[2]!);
  if (amounts.length !== 1 || amounts[0]!.start !== 0 || amounts[0]!.raw.trim() !== m[2]!.trim()) return null;
  const lead = leadAbove(doc, block);
  return base(doc, block, m[1]!.trim(), amounts[0]!.value, lead && trimEnd(lead.text));
}

/** Shape B: "370 000 000 kronor avsett som stimulansmedel för ...". */
function leadingAmountLine(doc: SourceDoc, block: Block): Draft | null {
  const amounts = findAmounts(block.text);
  const first = amounts[0];
  if (!first || first.start !== 0 || amounts.length !== 1) return null;
  const rest = block.text
    .slice(first.end)
    .replace(/^\s*(?:kronor\s+)?(?:avsett som|avsätts för|avsätts|avsatt för|för)\s+/iu, '')
    .trim();
  if (!rest) return null;
  const lead = leadAbove(doc, block);
  return base(doc, block, capitalise(trimEnd(rest)), first.value, lead && trimEnd(lead.text));
}

/** "Till regionerna: 250 + 250. Till RCC stöd: 176." is a chart caption (shape C). */
export const isChartLine = (text: string): boolean => /^(?:[^:.]+:\s*[\d\s+,]+\.\s*){2,}/u.test(text);

const PAIR = /([^:.]+?):\s*(\d+(?:,\d+)?(?:\s*\+\s*\d+(?:,\d+)?)*)\./gu;

/**
 * Shape C: "Till regionerna: 250 + 250. ..." with a unit caption right after it. The pairs open
 * their block and the caption ends it; either may be broken over lines (a PDF's text).
 */
function chartCaptions(doc: SourceDoc): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<string>();
  for (const block of doc.blocks) {
    const pairs: RegExpMatchArray[] = [];
    for (const p of block.text.matchAll(PAIR)) {
      const from = pairs.length ? pairs.at(-1)!.index! + pairs.at(-1)![0].length : 0;
      if (block.text.slice(from, p.index).trim()) break;
      pairs.push(p);
    }
    if (pairs.length < 2) continue;
    const runEnd = pairs.at(-1)!.index! + pairs.at(-1)![0].length;
    const rest = block.text.slice(runEnd);
    // The caption ends the block, or is the block right after it (a figure's caption on a web page).
    const next = !rest.trim() ? doc.blocks[block.index + 1] : undefined;
    const unit = captionUnit((next?.text ?? rest).trim());
    if (unit === null) continue;
    const key = block.text.slice(0, runEnd).replace(/\s+/g, ' ').trim();
    if (seen.has(key)) continue; // the same chart again (e.g. an image gallery)
    seen.add(key);
    const captionStart = runEnd + (rest.length - rest.trimStart().length);
    const caption = next ? { line: next.line, quote: next.quote } : sourceSpan(block, captionStart, block.text.trimEnd().length);
    for (const p of pairs) {
      const label = p[1]!.trim();
      const lead = p[0].length - p[0].trimStart().length;
      const span = sourceSpan(block, p.index! + lead, p.index! + p[0].length);
      out.push({
        kind: 'budget',
        year: doc.year,
        amountSEK: Math.round(sumExpression(p[2]!)! * unit),
        owner: recipientIn(label),
        date: null,
        label,
        citation: { path: doc.source.path, line: span.line, quote: span.quote },
        sourceId: doc.source.id,
        group: caption.quote,
        unit: { path: doc.source.path, line: caption.line, quote: caption.quote },
      });
    }
  }
  return out;
}
