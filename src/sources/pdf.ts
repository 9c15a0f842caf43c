/**
 * A PDF's text, page by page, in reading order, with pdf.js: the words of a line joined as they
 * stand on the page, a blank line where the spacing opens a new paragraph, and a form feed ("\f") on
 * its own line between pages, as pdftotext writes it. Page headers and footers stay in the text (ingest
 * knows them as page furniture); a word hyphenated at a line end stays hyphenated (ingest reads it whole).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SourceFileError } from './errors.ts';

export interface PdfText {
  text: string;
  pages: number;
  /** The document information dictionary's title, author and creation date, where set. */
  info: { title: string | null; author: string | null; created: string | null };
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  items: Item[];
  x: number;
  end: number;
  y: number;
  size: number;
}

/** Symbol- and Wingdings-font bullets as pdf.js reads them, and the ligatures of embedded fonts. */
const BULLETS = /^[\uF0B7\uF0A7\uF076\uF0D8\uF0FC\u25AA\u25CF\u2023\u2043\u25E6]$/u;

function readItems(content: { items: unknown[] }): Item[] {
  const out: Item[] = [];
  for (const raw of content.items) {
    const it = raw as { str?: string; transform?: number[]; width?: number };
    if (typeof it.str !== 'string' || !it.transform || !it.str.trim()) continue;
    const [a, b, , , x, y] = it.transform as [number, number, number, number, number, number];
    const str = BULLETS.test(it.str.trim()) ? '•' : it.str.replace(/[\uFB00-\uFB06]/gu, (l) => l.normalize('NFKC'));
    out.push({ str, x, y, width: it.width ?? 0, size: Math.hypot(a, b) || 10 });
  }
  return out;
}

/** Items into lines: consecutive items on one baseline, split where a wide gap parts two columns. */
function toLines(items: Item[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  for (const it of items) {
    const sameBaseline = line && Math.abs(it.y - line.y) < Math.max(2, 0.4 * Math.min(it.size, line.size));
    const gap = line ? it.x - line.end : 0;
    if (line && sameBaseline && gap > -0.5 * it.size && gap < 3 * it.size) {
      line.items.push(it);
      line.end = Math.max(line.end, it.x + it.width);
      line.size = Math.max(line.size, it.size);
    } else {
      line = { items: [it], x: it.x, end: it.x + it.width, y: it.y, size: it.size };
      lines.push(line);
    }
  }
  return lines;
}

function lineText(line: Line): string {
  let text = '';
  let end = -Infinity;
  for (const it of [...line.items].sort((p, q) => p.x - q.x)) {
    const gap = it.x - end;
    if (text && !/\s$/u.test(text) && !/^\s/u.test(it.str) && gap > 0.15 * it.size) text += gap > 1.5 * it.size ? '   ' : ' ';
    text += it.str;
    end = Math.max(end, it.x + it.width);
  }
  return text.normalize('NFC').replace(/\s+$/u, '').replace(/^\s+/u, '');
}

/**
 * Reading order: top to bottom; on a page set in two columns (lines starting right of the middle
 * beside lines ending left of it), the left column before the right.
 */
function readingOrder(lines: Line[], pageWidth: number): Line[][] {
  const mid = pageWidth / 2;
  const right = lines.filter((l) => l.x >= mid - 0.02 * pageWidth);
  const beside = right.filter((r) => lines.some((l) => l.end < mid && Math.abs(l.y - r.y) < l.size));
  const byY = (p: Line, q: Line) => q.y - p.y || p.x - q.x;
  if (beside.length < 3) return [[...lines].sort(byY)];
  const rightSet = new Set(right);
  return [lines.filter((l) => !rightSet.has(l)).sort(byY), right.sort(byY)];
}

/** The usual distance between two lines of body text: the median step between consecutive lines. */
function usualStep(columns: Line[][]): number {
  const steps: number[] = [];
  for (const col of columns) for (let i = 1; i < col.length; i++) {
    const step = col[i - 1]!.y - col[i]!.y;
    if (step > 0 && step < 4 * col[i]!.size) steps.push(step);
  }
  steps.sort((a, b) => a - b);
  return steps.length ? steps[Math.floor(steps.length / 2)]! : 14;
}

function pageText(columns: Line[][], step: number): string[] {
  const out: string[] = [];
  columns.forEach((col, c) => {
    col.forEach((line, i) => {
      const prev = col[i - 1];
      if (prev && prev.y - line.y > 1.35 * Math.max(step, 1.1 * line.size) && out.at(-1) !== '') out.push('');
      const text = lineText(line);
      if (text) out.push(text);
    });
    // A paragraph runs on from the foot of one column to the head of the next.
    const runsOn = c + 1 < columns.length && !/[.!?:;]$/.test(out.at(-1) ?? '.');
    if (out.at(-1) !== '' && !runsOn) out.push('');
  });
  return out;
}

const pdfDate = (d: unknown): string | null => {
  const m = typeof d === 'string' ? /^D:(\d{4})(\d{2})(\d{2})/.exec(d) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
};

const cleanInfo = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The text of a PDF; a SourceFileError for an encrypted, broken or scanned one. */
export async function pdfText(data: Uint8Array, name: string): Promise<PdfText> {
  let pdf;
  try {
    pdf = await getDocument({ data: new Uint8Array(data), verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  } catch (e) {
    const kind = (e as { name?: string }).name;
    if (kind === 'PasswordException') throw new SourceFileError(`${name}: an encrypted PDF: it needs a password to read; save an unprotected copy and add that`);
    throw new SourceFileError(`${name}: not a readable PDF (${(e as Error).message})`);
  }
  try {
    const lines: string[] = [];
    const pages: Line[][][] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      pages.push(readingOrder(toLines(readItems(content)), page.view[2]! - page.view[0]!));
      page.cleanup();
    }
    const step = usualStep(pages.flat());
    pages.forEach((columns, p) => {
      if (p > 0) lines.push('\f');
      lines.push(...pageText(columns, step));
    });
    while (lines.at(-1) === '') lines.pop();
    const text = lines.join('\n') + '\n';
    if (!text.replace(/\f/g, '').trim()) throw new SourceFileError(`${name}: a scanned PDF: it has no text to read; OCR is not supported`);
    const meta = await pdf.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    return { text, pages: pdf.numPages, info: { title: cleanInfo(info.Title), author: cleanInfo(info.Author), created: pdfDate(info.CreationDate) } };
  } finally {
    await pdf.destroy();
  }
}
