/**
 * How wide a text is when drawn with the chart font, read from the font file itself (its `cmap`
 * and `hmtx` tables), and wrapping a text to a width. Headless Vega has no canvas to measure
 * with: it guesses, and cuts labels it guesses too long with "…". The charts measure here instead,
 * so every label is laid out whole (`layout.ts`).
 */
import { readFileSync } from 'node:fs';
import { CHART_FONT } from './font.ts';

/** One face's advance widths, in font units, by code point; `unitsPerEm` scales them to pixels. */
interface Metrics {
  unitsPerEm: number;
  advance: Map<number, number>;
  /** The advance of a character the font lacks (its glyph 0). */
  missing: number;
}

/** The advance widths of a TrueType file: the Unicode BMP subtable of `cmap` (format 4) and `hmtx`. */
function readMetrics(file: string): Metrics {
  const font = readFileSync(file);
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    tables.set(font.toString('latin1', at, at + 4), font.readUInt32BE(at + 8));
  }
  const table = (tag: string): number => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`${file}: no ${tag} table`);
    return at;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const hMetrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const glyphAdvance = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, hMetrics - 1));

  const cmap = table('cmap');
  let sub = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const at = cmap + 4 + 8 * i;
    const [platform, encoding] = [font.readUInt16BE(at), font.readUInt16BE(at + 2)];
    const offset = cmap + font.readUInt32BE(at + 4);
    if (platform === 3 && encoding === 1 && font.readUInt16BE(offset) === 4) sub = offset;
  }
  if (sub < 0) throw new Error(`${file}: no Unicode BMP cmap (format 4)`);
  const segments = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const advance = new Map<number, number>();
  for (let s = 0; s < segments; s++) {
    const [start, end] = [font.readUInt16BE(starts + 2 * s), font.readUInt16BE(ends + 2 * s)];
    const delta = font.readInt16BE(deltas + 2 * s);
    const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = font.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) advance.set(c, glyphAdvance(glyph));
    }
  }
  return { unitsPerEm, advance, missing: glyphAdvance(0) };
}

let faces: { regular: Metrics; bold: Metrics } | null = null;
/** Read once per process, on first use (about 10 ms). */
const metrics = (bold: boolean): Metrics => {
  faces ??= { regular: readMetrics(CHART_FONT.files[0]), bold: readMetrics(CHART_FONT.files[1]) };
  return bold ? faces.bold : faces.regular;
};

/** The text's width in pixels at this font size, as the chart font draws it (kerning left out). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const m = metrics(bold);
  let units = 0;
  for (const ch of text) units += m.advance.get(ch.codePointAt(0)!) ?? m.missing;
  return (units / m.unitsPerEm) * fontSize;
}

/**
 * The text broken into lines no wider than `width`, between words, every word kept whole: a word
 * wider than the width alone gets a line of its own (and is drawn whole, past the width).
 */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  // Only plain spaces break: a no-break space keeps "rad 139" together.
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (line && textWidth(tried, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  if (line) lines.push(line);
  return lines;
}
