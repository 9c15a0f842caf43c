/**
 * PDFs made in the tests from source texts, laid out as published PDFs are: A4 pages with a running
 * header and a page-number footer, lines broken at the text width with long words hyphenated at
 * line ends, and paragraphs (and lists) that run on across page breaks.
 */
import PDFDocument from 'pdfkit';

export interface PdfLayout {
  /** Printed at the top of every page. */
  header?: string;
  /** Printed at the foot of every page; `{page}` and `{pages}` are filled in. */
  footer?: string;
  /** Break long words at line ends with a hyphen (default true). */
  hyphenate?: boolean;
  /** Text width in points (narrower means more line breaks; default 360). */
  width?: number;
  /** Lines per page before a page break (default 40). */
  linesPerPage?: number;
  /** Document information. */
  info?: { Title?: string; Author?: string; CreationDate?: Date };
  /** Encrypt with this user password. */
  password?: string;
  /** Start a new page before the first line that begins with this (to put a page break inside a list). */
  breakBefore?: string;
}

const LEFT = 72;
const TOP = 90;
const SIZE = 11;
const LEADING = 15;

/** The lines of one source line at the given width (in points), hyphenating words that do not fit. */
function wrap(doc: PDFKit.PDFDocument, line: string, width: number, hyphenate: boolean): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ').filter(Boolean)) {
    const tried = current ? `${current} ${word}` : word;
    if (doc.widthOfString(tried) <= width) {
      current = tried;
      continue;
    }
    // A long word of letters is split at the line end: "standardi-" / "serade".
    if (hyphenate && /^\p{Ll}{10,}[.,]?$/u.test(word)) {
      for (let cut = word.length - 4; cut >= 4; cut--) {
        const head = `${current ? `${current} ` : ''}${word.slice(0, cut)}-`;
        if (doc.widthOfString(head) <= width) {
          out.push(head);
          current = word.slice(cut);
          break;
        }
        if (cut === 4) {
          if (current) out.push(current);
          current = word;
        }
      }
      continue;
    }
    if (current) out.push(current);
    current = word;
  }
  if (current) out.push(current);
  return out;
}

/** A PDF of `text`: each paragraph (lines between blank lines) flowed into lines; blank lines kept. */
export function makePdf(text: string, layout: PdfLayout = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    autoFirstPage: false,
    margins: { top: 0, bottom: 0, left: LEFT, right: LEFT },
    info: layout.info ?? {},
    ...(layout.password ? { userPassword: layout.password, ownerPassword: `${layout.password}-owner`, pdfVersion: '1.7' as const } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica').fontSize(SIZE);
  const width = layout.width ?? 360;
  const lines: string[] = [];
  for (const paragraph of text.split(/\n[ \t]*\n/)) {
    for (const line of paragraph.split('\n')) lines.push(...wrap(doc, line.trim(), width, layout.hyphenate ?? true));
    lines.push('');
  }
  const perPage = layout.linesPerPage ?? 40;
  const pages: string[][] = [[]];
  let broke = false;
  for (const line of lines) {
    const forced = !broke && layout.breakBefore !== undefined && line.startsWith(layout.breakBefore);
    if (forced) broke = true;
    if (forced || pages.at(-1)!.length >= perPage) pages.push([]);
    pages.at(-1)!.push(line);
  }
  pages.forEach((page, p) => {
    doc.addPage();
    if (layout.header) doc.fontSize(8).text(layout.header, LEFT, 40, { lineBreak: false });
    if (layout.footer) doc.fontSize(8).text(layout.footer.replace('{page}', String(p + 1)).replace('{pages}', String(pages.length)), LEFT, 800, { lineBreak: false });
    doc.fontSize(SIZE);
    page.forEach((line, i) => {
      if (line) doc.text(line, LEFT, TOP + i * LEADING, { lineBreak: false });
    });
  });
  doc.end();
  return done;
}

/** A PDF as a scanner makes it: a page with a picture (here, shapes) and no text layer. */
export function makeScannedPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let i = 0; i < 20; i++) doc.rect(72, 72 + i * 30, 300 + (i % 3) * 60, 12).fill('#333');
  doc.end();
  return done;
}
