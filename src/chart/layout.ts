/**
 * A chart laid out in pixels, text measured with the chart font (`measure.ts`), then written as
 * Vega-Lite layers whose positions are those pixels (`scale: null`). Vega-Lite only draws: its own
 * axes, legends and titles would be placed by a headless Vega that cannot measure text, and that
 * cuts what it guesses too long with "…". Laid out here, every label is whole, wrapped between
 * words, clear of the bars, and the picture's size is known before it is drawn.
 *
 * The sizes suit Slack's preview: 960 pixels wide (drawn at twice that), never less tall than 16:9.
 */
import type { TopLevelSpec } from 'vega-lite';
import { CHART_FONT } from './font.ts';
import { textWidth, wrapText } from './measure.ts';

/** The chart's width, in spec pixels. */
export const WIDTH = 960;
/** White space around everything. */
export const MARGIN = 28;
/** The width text and bars may take. */
export const CONTENT = WIDTH - 2 * MARGIN;
/** The least height: 16:9, what Slack's preview shows whole and with its text large enough. */
export const MIN_HEIGHT = Math.ceil((WIDTH * 9) / 16);

/** Colours of the series, in the order the series first appear (Vega's tableau10). */
export const PALETTE = ['#4c78a8', '#f58518', '#e45756', '#72b7b2', '#54a24b', '#eeca3b', '#b279a2', '#ff9da6', '#9d755d', '#bab0ac'];

/** How a kind of text is drawn. */
export interface TextStyle {
  size: number;
  lineHeight: number;
  bold?: boolean;
  italic?: boolean;
  colour: string;
}

/** Every kind of text a chart writes; each is one layer of the spec, named by its role. */
export const STYLES = {
  title: { size: 24, lineHeight: 30, bold: true, colour: '#111' },
  subtitle: { size: 16, lineHeight: 21, colour: '#333' },
  legendTitle: { size: 14, lineHeight: 19, bold: true, colour: '#333' },
  legend: { size: 15, lineHeight: 19, colour: '#222' },
  label: { size: 15, lineHeight: 19, colour: '#111' },
  axis: { size: 16, lineHeight: 20, colour: '#222' },
  value: { size: 16, lineHeight: 20, bold: true, colour: '#111' },
  gap: { size: 15, lineHeight: 19, italic: true, colour: '#777' },
  caption: { size: 13, lineHeight: 17, colour: '#555' },
} satisfies Record<string, TextStyle>;
export type Role = keyof typeof STYLES;
export type Align = 'left' | 'center' | 'right';

/** A text's lines, each wrapped to `width` between words (a string[] keeps its own breaks too). */
export function wrap(role: Role, text: string | string[], width = CONTENT): string[] {
  const s: TextStyle = STYLES[role];
  return (Array.isArray(text) ? text : [text]).flatMap((t) => wrapText(t, width, s.size, s.bold));
}

/** The widest of the lines, in pixels. */
export function linesWidth(role: Role, lines: string[]): number {
  const s: TextStyle = STYLES[role];
  return Math.max(0, ...lines.map((l) => textWidth(l, s.size, s.bold)));
}

/** The height the lines take. */
export const linesHeight = (role: Role, lines: string[]): number => lines.length * STYLES[role].lineHeight;

/** A rectangle, in pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where text written at x (by its alignment) and y (its top) stands. */
export function textBox(role: Role, x: number, y: number, lines: string[], align: Align = 'left'): Box {
  const w = linesWidth(role, lines);
  const x0 = align === 'left' ? x : align === 'right' ? x - w : x - w / 2;
  return { x0, y0: y, x1: x0 + w, y1: y + linesHeight(role, lines) };
}

/** The text marks of one role and alignment, drawn from the fields x, y (the top) and text (the lines). */
export function textLayer(role: Role, align: Align, name: string, values?: object[], fields = { x: 'x', y: 'y', text: 'text' }) {
  const s: TextStyle = STYLES[role];
  return {
    name,
    ...(values ? { data: { values } } : {}),
    mark: {
      type: 'text' as const,
      align,
      baseline: 'top' as const,
      // Vega's top baseline leaves the glyphs high in their line: centred in it, they sit level with a bar.
      dy: Math.round((s.lineHeight - s.size) / 2) + 1,
      fontSize: s.size,
      lineHeight: s.lineHeight,
      fill: s.colour,
      ...(s.bold ? { fontWeight: 'bold' as const } : {}),
      ...(s.italic ? { fontStyle: 'italic' } : {}),
    },
    encoding: {
      x: { field: fields.x, type: 'quantitative' as const, scale: null },
      y: { field: fields.y, type: 'quantitative' as const, scale: null },
      text: { field: fields.text },
    },
  };
}

/** Rectangles (bars, legend swatches, a baseline) from the fields x0, x1, y0, y1 and colour. */
export function rectLayer(name: string, values?: object[], cornerRadius = 0) {
  return {
    name,
    ...(values ? { data: { values } } : {}),
    mark: { type: 'rect' as const, cornerRadius },
    encoding: {
      x: { field: 'x0', type: 'quantitative' as const, scale: null },
      x2: { field: 'x1' },
      y: { field: 'y0', type: 'quantitative' as const, scale: null },
      y2: { field: 'y1' },
      color: { field: 'colour', type: 'nominal' as const, scale: null },
    },
  };
}

/**
 * Texts and shapes placed one by one, top to bottom; `layers()` gives them as Vega-Lite layers,
 * one per role and alignment, named so a reader of `--spec` (and the tests) can find each.
 */
export class Sheet {
  private readonly texts = new Map<string, { role: Role; align: Align; items: { x: number; y: number; text: string[] }[] }>();
  private readonly shapes: (Box & { colour: string })[] = [];

  /** Writes the lines with their top at y; returns the y under them. */
  write(role: Role, x: number, y: number, lines: string[], align: Align = 'left'): number {
    const name = align === 'left' ? role : `${role}-${align}`;
    const layer = this.texts.get(name) ?? this.texts.set(name, { role, align, items: [] }).get(name)!;
    layer.items.push({ x, y, text: lines });
    return y + linesHeight(role, lines);
  }

  shape(box: Box, colour: string): void {
    this.shapes.push({ ...box, colour });
  }

  /** The title, then the subtitle under it, wrapped to the content's width; returns the y under them. */
  header(title: string, subtitle: string): number {
    const y = this.write('title', MARGIN, MARGIN, wrap('title', title));
    return this.write('subtitle', MARGIN, y + 4, wrap('subtitle', subtitle));
  }

  /** A legend, one entry a line (wrapped under itself), in the order given: the colours' order. */
  legend(y: number, title: string, entries: { name: string; colour: string }[]): number {
    y = this.write('legendTitle', MARGIN, y, [title]) + 3;
    const swatch = STYLES.legend.size - 2;
    for (const e of entries) {
      this.shape({ x0: MARGIN, y0: y + 2, x1: MARGIN + swatch, y1: y + 2 + swatch }, e.colour);
      y = this.write('legend', MARGIN + swatch + 8, y, wrap('legend', e.name, CONTENT - swatch - 8)) + 3;
    }
    return y;
  }

  /** Vega-Lite layers of the shapes and texts written so far. */
  layers(): object[] {
    return [
      ...(this.shapes.length ? [rectLayer('shapes', this.shapes)] : []),
      ...[...this.texts].map(([name, { role, align, items }]) => textLayer(role, align, name, items)),
    ];
  }
}

/** A whole spec: the sheet's layers and the bars' layers over the bars' data, at this size. */
export function sheetSpec(height: number, bars: object[], barLayers: object[], sheet: Sheet): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: WIDTH,
    height: Math.ceil(height),
    autosize: { type: 'none' },
    padding: 0,
    background: 'white',
    data: { values: bars },
    layer: [...barLayers, ...sheet.layers()],
    config: { font: CHART_FONT.family, view: { stroke: null } },
  } as TopLevelSpec;
}
