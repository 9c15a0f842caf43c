/**
 * A file a curator adds, read as a source: what it is (judged by its bytes, checked against its
 * name), its text, and what it says of itself (title, site, date, PDF information).
 */
import { extname } from 'node:path';
import { SourceFileError } from './errors.ts';
import { htmlText } from './html.ts';
import { pdfText } from './pdf.ts';

export type FileFormat = 'pdf' | 'html' | 'text';

export interface ReadSource {
  format: FileFormat;
  text: string;
  /** Pages of a PDF. */
  pages?: number;
  /** What the file says of itself, each null where it says nothing. */
  hints: { title: string | null; publisher: string | null; published: string | null; created: string | null };
}

const NAMED: Record<string, FileFormat> = { '.pdf': 'pdf', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.txt': 'text', '.text': 'text', '.md': 'text' };
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body)\b/i;

/** What the bytes are: a PDF, an HTML page or UTF-8 text; null for anything else (an image, a Word file, a zip). */
export function formatOf(bytes: Uint8Array): FileFormat | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (/^\s{0,16}%PDF-/.test(head)) return 'pdf';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (text.includes('\u0000')) return null;
  return HTML_START.test(text.replace(/^\uFEFF/, '')) ? 'html' : 'text';
}

const DESCRIBED: Record<FileFormat, string> = { pdf: 'a PDF', html: 'an HTML page', text: 'a text file' };

/** The file's text and what it says of itself; a SourceFileError when it cannot be a source. */
export async function readSourceFile(bytes: Uint8Array, name: string): Promise<ReadSource> {
  const format = formatOf(bytes);
  const named = NAMED[extname(name).toLowerCase()];
  if (format === null) throw new SourceFileError(`${name}: not a PDF, an HTML page or UTF-8 text${named ? ` (its name says ${DESCRIBED[named]})` : ''}`);
  if (named && named !== format && !(named === 'text' && format === 'html')) throw new SourceFileError(`${name}: its name says ${DESCRIBED[named]}, but it is ${DESCRIBED[format]}`);
  if (format === 'pdf') {
    const pdf = await pdfText(bytes, name);
    return { format, text: pdf.text, pages: pdf.pages, hints: { title: pdf.info.title, publisher: pdf.info.author, published: null, created: pdf.info.created } };
  }
  const raw = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (format === 'html') {
    const page = htmlText(raw, name);
    return { format, text: page.text, hints: { title: page.title, publisher: page.site, published: page.published, created: null } };
  }
  const text = raw.replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new SourceFileError(`${name}: the file is empty`);
  return { format, text: text.endsWith('\n') ? text : `${text}\n`, hints: { title: null, publisher: null, published: null, created: null } };
}
