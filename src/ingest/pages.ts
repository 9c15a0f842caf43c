/**
 * Page furniture of a text made from a PDF: where pages are marked by a form feed ("\f", as
 * pdftotext and `source add` write them), the lines at the top and foot of each page that are page
 * numbers ("3", "Sida 3 av 7", "3 (7)") or that repeat at the edge of other pages (a running
 * header or footer, its page number aside; never a line that states an amount). A paragraph runs on across them; no fact is read from them.
 */

const PAGE_NUMBER = /^(?:(?:sida|sid\.|page|s\.)\s*)?\d{1,3}(?:\s*(?:\(\s*\d{1,3}\s*\)|(?:av|of|\/)\s*\d{1,3}))?$/iu;
/** Lines looked at from each edge of a page. */
const EDGE = 3;
const MAX_WORDS = 14;

/** A line as it repeats from page to page: its page number (the page's own) left out. */
const shape = (line: string, page: number): string =>
  line.replace(/\f/g, '').replace(/\s+/g, ' ').trim().toLowerCase().replace(/\d+/g, (n) => (Number(n) === page ? '#' : n));
/** A line that states an amount is content, however often it recurs. */
const AMOUNT = /\b(?:kronor|kr|miljon(?:er)?|miljard(?:er)?|mnkr|mkr|tkr|procent)\b|%/iu;

/** Indexes (0-based) of the lines that are page headers, footers or numbers. */
export function pageFurniture(lines: string[]): Set<number> {
  const out = new Set<number>();
  const starts = [0];
  lines.forEach((line, i) => {
    if (i > 0 && line.includes('\f')) starts.push(line.replace(/\f/g, '').trim() ? i : i + 1);
    if (line.includes('\f') && !line.replace(/\f/g, '').trim()) out.add(i);
  });
  if (starts.length < 2) return out;
  const edges = starts.map((start, p) => {
    const end = p + 1 < starts.length ? starts[p + 1]! : lines.length;
    const filled: number[] = [];
    for (let i = start; i < end; i++) if (lines[i]!.replace(/\f/g, '').trim()) filled.push(i);
    return [...new Set([...filled.slice(0, EDGE), ...filled.slice(-EDGE)])];
  });
  const seen = new Map<string, number>();
  edges.forEach((page, p) => {
    for (const s of new Set(page.map((i) => shape(lines[i]!, p + 1)))) seen.set(s, (seen.get(s) ?? 0) + 1);
  });
  edges.forEach((page, p) => {
    for (const i of page) {
      const text = lines[i]!.replace(/\f/g, '').replace(/\s+/g, ' ').trim();
      if (text.split(' ').length > MAX_WORDS) continue;
      if (PAGE_NUMBER.test(text) || (!AMOUNT.test(text) && (seen.get(shape(text, p + 1)) ?? 0) >= 2)) out.add(i);
    }
  });
  return out;
}
