/**
 * A web page saved from a browser, as text: its main content found by Mozilla's Readability (the
 * reader view of Firefox) after the page's navigation, banners and footers are taken out, then
 * written as lines — headings on their own lines, list items and table rows as "•" lines (a row's
 * cells joined by " – "), paragraphs apart by a blank line. What the page says of itself (title,
 * site, publication date) is read from its head and its stamps for the curator to confirm.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { dateStated } from './dateText.ts';
import { SourceFileError } from './errors.ts';

export interface HtmlText {
  text: string;
  title: string | null;
  site: string | null;
  /** ISO date the page says it was published, where it says so. */
  published: string | null;
}

/** Elements that are never content, and classes or ids of page furniture. */
const NEVER = 'script, style, noscript, template, svg, iframe, form, button, select, input, nav, aside, dialog, [hidden], [aria-hidden="true"], [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [role="dialog"]';
const FURNITURE = /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|kakor|breadcrumbs?|brodsmulor|share|sharing|dela|social|skip|skiplink|sidebar|menu|meny|toolbar|newsletter|prenumerera)(?:$|[\s_-])/i;
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'PRE', 'ADDRESS', 'HEADER', 'FOOTER', 'UL', 'OL', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'CAPTION', 'HR', 'TIME']);
const HEADING = /^H[1-6]$/;
const UNIT = /\b(?:kronor|kr|mnkr|mkr|tkr|miljoner|miljarder|tusen)\b/iu;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function clean(doc: Document): void {
  for (const el of [...doc.querySelectorAll(NEVER)]) el.remove();
  for (const el of [...doc.querySelectorAll('header, footer')]) if (!el.closest('article, main')) el.remove();
  for (const el of [...doc.querySelectorAll('[class], [id]')]) {
    if (el.closest('article, main') === el) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (FURNITURE.test(names) && el.isConnected) el.remove();
  }
}

/** The lines of an element's content. */
function toLines(root: Element): string[] {
  const out: string[] = [];
  let line = '';
  const flush = (blank: boolean) => {
    const text = squash(line);
    if (text) out.push(text);
    line = '';
    if (blank && out.length && out.at(-1) !== '') out.push('');
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName;
    if (tag === 'BR') return flush(false);
    if (tag === 'IMG') return;
    if (HEADING.test(tag)) {
      flush(true);
      line = squash(el.textContent ?? '');
      return flush(true);
    }
    if (tag === 'LI') {
      flush(false);
      const text = squash([...el.childNodes].filter((c) => !(c.nodeType === 1 && /^(?:UL|OL)$/.test((c as Element).tagName))).map((c) => c.textContent ?? '').join(' '));
      if (text) out.push(`• ${text}`);
      for (const sub of el.querySelectorAll(':scope > ul > li, :scope > ol > li')) walk(sub);
      return;
    }
    if (tag === 'TR') {
      flush(false);
      const cells = [...el.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH').map((c) => squash(c.textContent ?? '')).filter(Boolean);
      // A header row ("Område – Belopp") is kept only when it gives the unit the rows are in.
      const header = [...el.children].every((c) => c.tagName === 'TH');
      if (cells.length && !header) out.push(`• ${cells.join(' – ')}`);
      else if (cells.length && UNIT.test(cells.join(' '))) out.push(cells.join(' – '));
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush(tag !== 'DIV');
    for (const child of el.childNodes) walk(child);
    if (block) flush(tag === 'P' || tag === 'UL' || tag === 'OL' || tag === 'TABLE' || tag === 'BLOCKQUOTE' || tag === 'DIV' || tag === 'SECTION');
  };
  walk(root);
  flush(false);
  while (out.at(-1) === '') out.pop();
  while (out[0] === '') out.shift();
  return out;
}

/** What the page says of its publication: its meta tags, a <time> in the article, a "Publicerad …" stamp. */
function publishedOf(doc: Document): string | null {
  for (const sel of ['meta[property="article:published_time"]', 'meta[name="publish-date"]', 'meta[name="DC.date.issued"]', 'meta[name="dcterms.issued"]', 'meta[name="date"]']) {
    const v = doc.querySelector(sel)?.getAttribute('content');
    const d = v ? dateStated(v) : null;
    if (d) return d;
  }
  const body = doc.body?.textContent ?? '';
  const stamp = /(?:Sidan publicerades|Publicerad|Publicerat|Publiceringsdatum)[:\s]+(?:den\s+)?([^\n]{6,40})/i.exec(body);
  const fromStamp = stamp ? dateStated(stamp[1]!) : null;
  if (fromStamp) return fromStamp;
  const time = doc.querySelector('article time[datetime], main time[datetime]')?.getAttribute('datetime');
  return time ? dateStated(time) : null;
}

/** The text of a saved web page; a SourceFileError when it has no content. */
export function htmlText(html: string, name: string): HtmlText {
  const dom = new JSDOM(html);
  const doc = dom.window.document;
  const published = publishedOf(doc);
  const site = squash(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '') || null;
  const headTitle = squash(doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.title ?? '') || null;
  clean(doc);
  const h1 = squash(doc.querySelector('main h1, article h1, h1')?.textContent ?? '') || null;
  const fallback = doc.querySelector('main, article, [role="main"]') ?? doc.body;
  const fallbackLines = fallback ? toLines(fallback) : [];
  const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200, keepClasses: false }).parse();
  let lines = fallbackLines;
  if (article?.content) {
    const content = new JSDOM(`<body>${article.content}</body>`).window.document.body;
    const read = toLines(content);
    // Readability can leave out part of a page it judged to be a teaser; the page's own main element is then the better text.
    const words = (l: string[]) => l.join(' ').split(' ').length;
    if (words(read) >= 0.7 * words(fallbackLines)) lines = read;
  }
  const title = h1 ?? headTitle;
  if (title && !lines.slice(0, 3).some((l) => squash(l.replace(/^• /, '')) === title)) lines = [title, '', ...lines];
  const text = lines.join('\n').trim();
  if (!text || text === title) throw new SourceFileError(`${name}: the page has no text to read (an empty page, or one its scripts fill in: save it after it has loaded)`);
  dom.window.close();
  return { text: `${text}\n`, title, site, published };
}
