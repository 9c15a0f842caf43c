/**
 * A source text read as a document: headings, bullets and paragraphs, each knowing the source
 * lines it came from, split into sentences whose exact source text (the quote) and starting line
 * are kept. Page headers and publication stamps are recognised as noise: they are left out of the
 * text the rules read, but stay inside a quote that runs across them, so quotes remain exact.
 */

import { pageFurniture } from './pages.ts';

/** Why a line is not content. */
export type Noise = 'pagebreak' | 'chrome';

export interface Segment {
  line: number;
  /** The line with runs of whitespace collapsed and trimmed. */
  text: string;
  noise?: Noise;
  /**
   * The line ends in a hyphen that joins its word to the next line's ("standardi-" / "serade"):
   * 'drop' when the hyphen only broke the word, 'keep' when it belongs to it ("SVF-" / "arbetet").
   */
  hyphen?: 'drop' | 'keep';
}

export type BlockKind = 'heading' | 'bullet' | 'paragraph';

export interface Block {
  kind: BlockKind;
  /** Line of the first content segment. */
  line: number;
  /** Content text: segments joined by one space, noise left out, bullet marker removed. */
  text: string;
  /** The block's exact source text (whitespace collapsed): what a fact quoting the whole block cites. */
  quote: string;
  segments: Segment[];
  /** Index of the block in the document. */
  index: number;
}

export interface Sentence {
  text: string;
  line: number;
  /** Exact source text (whitespace collapsed) from the sentence's first to its last character. */
  quote: string;
  block: Block;
  /** Offset of the sentence in `block.text`. */
  start: number;
}

/** Page headers and footers of a PDF turned to text: a paragraph runs on across them. */
const PAGEBREAK = [
  /^\d{4}-\d{2}-\d{2}(?: Vårt ärendenr:?)?$/,
  /^Vårt ärendenr:?$/,
  /^\d{2}\/\d{5}$/,
  /^mailto:\S+$/,
];
/** A stamp line is short: "Publicerad 3 maj 2022", "Uppdaterad: 2022-05-04 kl. 10.15". */
const STAMP = /^(?:Sidan (?:publicerades|uppdaterades|ändrades)|Publicerad|Publicerat|Uppdaterad|Uppdaterat|Senast (?:uppdaterad|ändrad|granskad)|Granskad|Ändrad)\b[\s:]*(?:den\s+)?(?:\d|\p{Ll}+dag\b)/u;
/** A publication stamp line: page furniture, never a fact (its date is the page's, not a deadline). */
export const isStamp = (text: string): boolean => STAMP.test(text) && text.split(' ').length <= 10;

const COOKIES = /\b(?:använder (?:kakor|cookies)|cookies? (?:på|för) (?:webbplatsen|att))\b/iu;

/** Web page chrome and publication stamps: never content, never joined across. */
const CHROME = [
  /\d{1,2}\.\d{1,2}\.\d{4} \d{2}:\d{2}:\d{2} [A-Z]{3,4}\b/,
  // Link texts of a file: "Överenskommelsen 2022 (PDF) Pdf, 1 MB", "(pdf, 245 kB)".
  /\b(?:pdf|docx?|xlsx?|pptx?)\b[\s,)]*\d+(?:[.,]\d+)?\s*(?:kB|KB|kb|MB|Mb|mb|GB)\b/i,
  /\((?:pdf|PDF)\)\s*$/,
  /^(?:Läs mer|Läs hela|Ladda (?:ned|ner)|Till toppen|Skriv ut|Dela (?:sidan|på|artikeln)|Tipsa|Hoppa till|Gå till|Prenumerera|Visa fler|Se alla|Tillbaka)\b.{0,80}$/u,
  /^(?:Start|Startsida|Hem)\s*[/>›»|]/u,
  /^(?:Meny|Sök|Stäng|Kontakta oss|Cookies|Kakor|Om webbplatsen|Tillgänglighetsredogörelse|Kontakt|Press|Pressrum|Nyheter|Bild|Foto:.*)$/u,
  COOKIES,
  // A breadcrumb trail: "Hälsa och sjukvård > Kunskapsstöd > Cancervård".
  /^[^.!?]{0,150}(?:\s[>›»]\s[^>›»]+){2,}$/u,
  // Labels whose date the page left out (regeringen.se), and news-room stamps ("Nyheter • Dec 16, 2016 14:54 CET").
  /^(?:Publicerad|Publicerat|Uppdaterad|Uppdaterat|Diarienummer:.*)$/u,
  /\b[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2}(?: [AP]M)? [A-Z]{3,4}\b/,
  /^Media no image$/,
  /\d{1,2}\.\d{1,2}\.\d{4} \d{2}:\d{2}:\d{2} [A-Z]{3,4}\b/,
  /\(pdf, nytt fönster\)$/i,
  /^(?:Dela|Nyckelord|Kontakter|Bilder|Länkar|Ladda ned bild|Besök vårt pressrum)$/,
  /^(?:Post|Tfn|Fax|Org nr):/,
  /Icon Library/,
  /%[0-9A-F]{2}.*%[0-9A-F]{2}/,
];

/** A heading after which a web page only has its feed and sign-up boxes ("Följ ...", "Senaste pressmeddelandena"). */
const TRAILER = /^(?:Följ \p{Lu}|Senaste (?:pressmeddelandena|nyheterna)\b|Abonnera på\b|Prenumerera på\b|Relaterade (?:nyheter|pressmeddelanden|sidor|länkar)$|Fler nyheter$|Taggar:?$|Ämnen:?$)/u;

export function classifyNoise(text: string, raw = text): Noise | undefined {
  // A PDF's outline (bookmarks) is printed tab-indented after the last page.
  if (raw.startsWith('\t')) return 'chrome';
  if (PAGEBREAK.some((r) => r.test(text))) return 'pagebreak';
  if (isStamp(text)) return 'chrome';
  if (CHROME.some((r) => r.test(text))) return 'chrome';
  return undefined;
}

const BULLET = /^(?:[•*·▪◦‣]|\d{1,2}\.)\s+/u;
/** A dash opens a list item only in a run of them; one dash before a paragraph opens a quote ("– Det är …, säger …"). */
const DASH = /^[-–—]\s+(?=\p{Lu})/u;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const TERMINAL = /[.!?:;,]$/;

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Split a source text into blocks. */
export function readDocument(source: string): Block[] {
  let trailer = false;
  const raws = source.split('\n');
  const furniture = pageFurniture(raws);
  const segments: Segment[] = raws.map((raw, i) => {
    const text = collapse(raw);
    if (TRAILER.test(text)) trailer = true;
    const noise = furniture.has(i) ? 'pagebreak' : trailer && text ? 'chrome' : text ? classifyNoise(text, raw) : undefined;
    return noise ? { line: i + 1, text, noise } : { line: i + 1, text };
  });

  const blocks: Block[] = [];
  let current: { kind: BlockKind; segs: Segment[] } | null = null;
  const close = () => {
    // Page chrome broken over lines (a web page printed to PDF): the lines joined are chrome.
    const lines = current?.segs.filter((s) => !s.noise && s.text) ?? [];
    const joined = lines.map((s) => s.text).join(' ');
    const chrome = lines.length > 1 && ((lines.length <= 3 && classifyNoise(joined) === 'chrome') || (lines.length <= 8 && COOKIES.test(joined)));
    if (current && lines.length && !chrome) pushBlock(blocks, current.kind, current.segs);
    current = null;
  };

  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.noise === 'chrome') {
      close();
      continue;
    }
    if (!seg.text || seg.noise === 'pagebreak') {
      // A paragraph that stops mid-sentence runs on across a page break (blank and header lines).
      const open = current as { kind: BlockKind; segs: Segment[] } | null;
      if (open && open.kind !== 'heading') {
        const last = [...open.segs].reverse().find((s) => !s.noise && s.text);
        let j = i;
        let sawBreak = false;
        while (j < segments.length && (!segments[j]!.text || segments[j]!.noise === 'pagebreak')) {
          if (segments[j]!.noise === 'pagebreak') sawBreak = true;
          j++;
        }
        const next = segments[j];
        // A list item, or a line that may be a heading, runs on only with a word that continues it
        // ("… – 220 miljoner" / "kronor"); a paragraph of several lines also with a capital.
        const lines = open.segs.filter((s) => !s.noise && s.text).length;
        const runsOn = /^[\p{Ll}\d]/u.test(next?.text ?? '') || (open.kind === 'paragraph' && (lines > 1 || (last?.text.split(' ').length ?? 0) > 14));
        if (sawBreak && last && !TERMINAL.test(last.text) && next && !next.noise && !BULLET.test(next.text) && runsOn) {
          open.segs.push(...segments.slice(i, j));
          i = j - 1;
          continue;
        }
      }
      close();
      continue;
    }
    if (MARKDOWN_HEADING.test(seg.text)) {
      close();
      pushBlock(blocks, 'heading', [{ ...seg, text: seg.text.replace(MARKDOWN_HEADING, '') }]);
      continue;
    }
    const marker = BULLET.test(seg.text) ? BULLET : DASH.test(seg.text) && dashRun(segments, i) ? DASH : null;
    if (marker) {
      close();
      current = { kind: 'bullet', segs: [{ ...seg, text: seg.text.replace(marker, '') }] };
      continue;
    }
    if (!current) current = { kind: 'paragraph', segs: [] };
    current.segs.push(seg);
  }
  close();
  return blocks;
}

/** Whether the dashed line i stands in a run of dashed lines (the nearest content line above or below is dashed too). */
function dashRun(segments: Segment[], i: number): boolean {
  const near = (step: number) => {
    for (let j = i + step; j >= 0 && j < segments.length; j += step) if (segments[j]!.text && !segments[j]!.noise) return segments[j]!.text;
    return '';
  };
  const item = (t: string) => DASH.test(t) && !QUOTED.test(t) && t.split(' ').length <= 40;
  // A list item broken over lines (a PDF's text): another item within the same paragraph counts too.
  const inParagraph = (step: number) => {
    for (let j = i + step, n = 0; j >= 0 && j < segments.length && n < 4; j += step) {
      const s = segments[j]!;
      if (s.noise) continue;
      if (!s.text) return false;
      if (item(s.text)) return true;
      n++;
    }
    return false;
  };
  return item(segments[i]!.text) && (item(near(-1)) || item(near(1)) || inParagraph(-1) || inParagraph(1));
}

/** A quotation: "– Det är …, säger Anna Andersson, ordförande." */
const QUOTED = /,\s+(?:säger|sa|menar|konstaterar|berättar)\s+\p{L}/u;

function pushBlock(blocks: Block[], kind: BlockKind, segs: Segment[]): void {
  const content = segs.filter((s) => !s.noise && s.text);
  // A short unpunctuated first line followed by more text is a heading run into its paragraph
  // (PDF text: "Bakgrund" directly above "Den nationella cancerstrategin ...").
  if (kind === 'paragraph' && content.length > 1) {
    const first = content[0]!;
    const words = first.text.split(' ').length;
    if (words <= 4 && !TERMINAL.test(first.text) && /^\p{Lu}/u.test(first.text) && /^\p{Lu}/u.test(content[1]!.text)) {
      pushBlock(blocks, 'heading', [first]);
      pushBlock(blocks, 'paragraph', segs.slice(segs.indexOf(first) + 1));
      return;
    }
  }
  const joined = segs.map((s) => (s.noise || !s.text ? s : { ...s }));
  const text = joinLines(joined.filter((s) => !s.noise && s.text));
  // A short unpunctuated line, or one broken over two lines by a PDF's width (the second line runs on), is a heading.
  const brokenTitle = content.length === 2 && (/^[\p{Ll}\d]/u.test(content[1]!.text) || joined.some((s) => s.hyphen));
  if (kind === 'paragraph' && (content.length === 1 || brokenTitle) && !TERMINAL.test(text) && text.split(' ').length <= 14) kind = 'heading';
  const block: Block = { kind, line: content[0]!.line, text, quote: text, segments: joined, index: blocks.length };
  block.quote = sourceSpan(block, 0, text.length).quote;
  blocks.push(block);
}

/** Words that follow a hyphen that stands for a shared ending ("bild- och funktionsmedicin"): no join. */
const AFTER_SHARED_ENDING = /^(?:och|eller|samt|respektive|resp\.|som|till|men|and|or|to)\b/u;

/** How a line ending in a hyphen joins the next line, if it does. */
function hyphenJoin(line: string, next: string): Segment['hyphen'] {
  if (!/\p{L}[-\u00AD]$/u.test(line) || !/^\p{Ll}/u.test(next) || AFTER_SHARED_ENDING.test(next)) return undefined;
  return /\p{Ll}[-\u00AD]$/u.test(line) ? 'drop' : 'keep';
}

/** Content lines joined by one space, or by nothing where a hyphen breaks a word over two lines (marking the line). */
function joinLines(content: Segment[]): string {
  let text = '';
  content.forEach((s, i) => {
    const next = content[i + 1];
    const hyphen = next ? hyphenJoin(s.text, next.text) : undefined;
    if (hyphen) s.hyphen = hyphen;
    text += (hyphen === 'drop' ? s.text.slice(0, -1) : s.text) + (next && !hyphen ? ' ' : '');
  });
  return text;
}

/**
 * The exact source text of a stretch of a block's content text: [start, end) in `block.text`,
 * mapped back through the segments, keeping any noise lines that stand in between.
 */
export function sourceSpan(block: Block, start: number, end: number): { line: number; quote: string } {
  let offset = 0;
  let line = block.line;
  const parts: string[] = [];
  let started = false;
  for (const seg of block.segments) {
    if (!seg.text) continue;
    if (seg.noise) {
      if (started) parts.push(seg.text);
      continue;
    }
    const length = seg.hyphen === 'drop' ? seg.text.length - 1 : seg.text.length;
    const segStart = offset;
    const segEnd = offset + length;
    offset = segEnd + (seg.hyphen ? 0 : 1); // the joining space, none across a hyphen
    if (segEnd <= start) continue;
    if (segStart >= end) break;
    if (!started) {
      started = true;
      line = seg.line;
    }
    const part = seg.text.slice(Math.max(0, start - segStart), Math.min(length, end - segStart));
    // A word broken by a hyphen is quoted as printed: "standardi- serade".
    parts.push(seg.hyphen === 'drop' && end > segEnd ? `${part}${seg.text.at(-1)!}` : part);
  }
  // Noise kept after the last content part is not part of the quote.
  while (parts.length && block.segments.some((s) => s.noise && s.text === parts[parts.length - 1])) parts.pop();
  return { line, quote: collapse(parts.join(' ')) };
}

const ABBREVIATIONS = /(?:\b(?:bl\.a|m\.m|t\.ex|t ex|s\.k|dvs|resp|jfr|ca|nr|Dnr|kap|st|inkl|exkl|fr\.o\.m|t\.o\.m)\.)$/i;

/** Sentences of a block, each with its quote and starting line. */
export function sentences(block: Block): Sentence[] {
  const out: Sentence[] = [];
  const text = block.text;
  let start = 0;
  const boundary = /[.!?](?=\s+(?:[\p{Lu}\d–"(•[]))/gu;
  const cut = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const s = start + lead;
    const e = start + raw.trimEnd().length;
    if (e > s) {
      const { line, quote } = sourceSpan(block, s, e);
      out.push({ text: text.slice(s, e), line, quote, block, start: s });
    }
  };
  for (const m of text.matchAll(boundary)) {
    const end = m.index + 1;
    if (ABBREVIATIONS.test(text.slice(Math.max(0, end - 8), end))) continue;
    cut(end);
    start = end;
  }
  cut(text.length);
  return out;
}

/** The exact source span of a stretch of one sentence: [start, end) in `sentence.text`. */
export function subSpan(sentence: Sentence, start: number, end: number): { line: number; quote: string } {
  return sourceSpan(sentence.block, sentence.start + start, sentence.start + end);
}
