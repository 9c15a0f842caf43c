/**
 * Charts a Slack reader gets at a glance (issue 20), for every chart the corpus can draw, in both
 * languages: every bar label whole and distinct, clear of the bars; every number bare, inside the
 * picture, the unit said once; the legend in the chart's language and in the colours' order; a
 * shape Slack's preview shows whole (16:9 or taller); a caption that names the sources by title
 * and marks what only a press release states; alt text with every figure. What is drawn is read
 * back from the SVG, so a label Vega cut or left out fails here.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { buildChart, type ChartRequest } from '../../src/chart/chart.ts';
import { CHART_FONT } from '../../src/chart/font.ts';
import { groupInEnglish } from '../../src/chart/groups.ts';
import { type Align, type Box, MARGIN, PALETTE, textBox, WIDTH } from '../../src/chart/layout.ts';
import { textWidth, wrapText } from '../../src/chart/measure.ts';
import { chartSvg } from '../../src/chart/render.ts';
import type { Chart, ChartDatum } from '../../src/chart/specs.ts';
import { realCorpus } from '../helpers/bot.ts';

type Drawn = Extract<Chart, { ok: true }>;
type Language = 'sv' | 'en';
interface Bar extends ChartDatum {
  colour: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  label?: string[];
  labelX?: number;
  labelY?: number;
  valueX: number;
  valueY: number;
}
interface Layer {
  name: string;
  mark: { type: string; align?: Align };
  data?: { values: { x: number; y: number; text: string[]; colour?: string }[] };
}
interface Spec {
  width: number;
  height: number;
  data: { values: Bar[] };
  layer: Layer[];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const facts = realCorpus().facts;
const yearsOf = (kind: 'budget' | 'flow') => [...new Set(facts.filter((f) => f.kind === kind).map((f) => f.year!))].sort();

/** Every chart the corpus can draw: the totals, the lines of every year with lines, the flows of every year with flows. */
const REQUESTS: [string, ChartRequest][] = [
  ['totals', { kind: 'totals' }],
  ...yearsOf('budget').map((year): [string, ChartRequest] => [`lines ${year}`, { kind: 'lines', year }]),
  ...yearsOf('flow').map((year): [string, ChartRequest] => [`flows ${year}`, { kind: 'flows', year }]),
];

const chartOf = (request: ChartRequest, language: Language): Drawn => {
  const chart = buildChart(realCorpus(), request, language);
  if (!chart.ok) throw new Error(chart.message);
  return chart;
};
const specOf = (chart: Drawn) => chart.spec as unknown as Spec;
const layer = (chart: Drawn, name: string) => specOf(chart).layer.find((l) => l.name === name);
const texts = (chart: Drawn, name: string) => layer(chart, name)?.data?.values ?? [];

/** The texts an SVG draws, each a list of its lines (Vega writes a line per tspan). */
function drawnTexts(svg: string): string[][] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    m[1]!.replace(/<tspan\b[^>]*>/g, '\n').replace(/<\/tspan>/g, '').split('\n').map(decode).filter((l) => l.length > 0),
  );
}

/** What each bar is called where it is drawn: the label beside or above it, or the year under it. */
function barLabels(chart: Drawn): { bar: Bar; label: string[]; box: Box }[] {
  const bars = specOf(chart).data.values;
  const labels = layer(chart, 'bar-labels');
  if (labels) return bars.map((bar) => ({ bar, label: bar.label!, box: textBox('label', bar.labelX!, bar.labelY!, bar.label!, labels.mark.align) }));
  const years = texts(chart, 'axis-center');
  return bars.map((bar) => {
    const year = years.find((y) => y.text.join(' ') === bar.key)!;
    return { bar, label: year?.text ?? [], box: year ? textBox('axis', year.x, year.y, year.text, 'center') : { x0: 0, y0: 0, x1: 0, y1: 0 } };
  });
}

const apart = (a: Box, b: Box, by: number) => a.x1 + by <= b.x0 || b.x1 + by <= a.x0 || a.y1 + by <= b.y0 || b.y1 + by <= a.y0;
const UNIT = { sv: /miljoner kronor/gi, en: /SEK million/gi };

for (const [name, request] of REQUESTS) {
  for (const language of ['sv', 'en'] as const) {
    describe(`${name} (${language})`, () => {
      const chart = chartOf(request, language);
      const spec = specOf(chart);
      const svg = chartSvg(chart.spec);

      it('draws no text cut short: no "…" anywhere', async () => {
        const lines = drawnTexts(await svg).flat();
        expect(lines.length).toBeGreaterThan(5);
        expect(lines.filter((l) => l.includes('…') || l.includes('...'))).toEqual([]);
      });

      it('labels every bar whole, each label drawn and distinct from the others', async () => {
        const drawn = drawnTexts(await svg).map((lines) => lines.join(' '));
        const labels = barLabels(chart).map(({ bar, label }) => ({ bar, label: label.join(' ') }));
        expect(labels).toHaveLength(chart.data.length);
        for (const { bar, label } of labels) {
          const fact = facts.find((f) => f.id === bar.factId)!;
          // A budget line is called by its whole label as the source words it.
          if (request.kind === 'lines') expect(label).toBe(collapse(fact.label));
          expect(label).toBe(bar.key);
          expect(drawn).toContain(label);
        }
        expect(new Set(labels.map((l) => l.label)).size).toBe(labels.length);
      });

      it('keeps every label clear of every bar', () => {
        const bars = spec.data.values;
        for (const { label, box } of barLabels(chart)) {
          for (const bar of bars) expect(apart(box, bar, 4), `"${label.join(' ')}" against the bar of "${bar.key}"`).toBe(true);
        }
      });

      it('writes each bar\'s bare number inside the picture, clear of the bars, and the unit once', () => {
        const bars = spec.data.values;
        const align = layer(chart, 'values')!.mark.align ?? 'left';
        for (const bar of bars) {
          expect(bar.value).toMatch(/^\d{1,3}(?:[ ,]\d{3})*(?:[.,]\d+)?[*†]?$/);
          const box = textBox('value', bar.valueX, bar.valueY, [bar.value], align);
          expect(box.x0, bar.value).toBeGreaterThanOrEqual(MARGIN / 2);
          expect(box.x1, bar.value).toBeLessThanOrEqual(WIDTH - MARGIN / 2);
          expect(box.y0).toBeGreaterThanOrEqual(0);
          expect(box.y1).toBeLessThanOrEqual(spec.height);
          for (const other of bars) expect(apart(box, other, 3), `${bar.value} against the bar of "${other.key}"`).toBe(true);
        }
        // The unit stands in the subtitle and nowhere else outside the caption (whose titles may name amounts).
        const written = spec.layer.filter((l) => l.name !== 'caption').flatMap((l) => (l.data?.values ?? []).flatMap((v) => v.text ?? [])).join('\n');
        expect(written.match(UNIT[language])).toHaveLength(1);
        expect(texts(chart, 'subtitle').flatMap((t) => t.text).join(' ')).toMatch(UNIT[language]);
      });

      it('lists the legend, if any, in the colours\' order and in the chart\'s language', () => {
        const bars = spec.data.values;
        const series = [...new Set(bars.map((b) => b.series))];
        const entries = texts(chart, 'legend');
        if (series.length <= 1) {
          expect(entries).toEqual([]);
          return;
        }
        const names = entries.map((e) => e.text.join(' '));
        // Colours are given in the order the series first appear, top to bottom, and the legend follows it.
        expect(names).toEqual(series);
        const swatches = texts(chart, 'shapes') as unknown as { colour: string }[];
        expect(swatches.map((s) => s.colour)).toEqual(PALETTE.slice(0, series.length));
        for (const b of bars) expect(b.colour).toBe(PALETTE[series.indexOf(b.series)]);
        const title = texts(chart, 'legendTitle')[0]!.text.join(' ');
        if (request.kind === 'lines') {
          const headings = new Set(facts.filter((f) => f.kind === 'budget').map((f) => collapse(f.group ?? '')));
          if (language === 'en') {
            expect(title).toBe('Budget group (who distributes)');
            for (const n of names) expect(headings.has(n), `"${n}" is a Swedish heading`).toBe(false);
            expect(names.join(' ')).not.toMatch(/\b(?:medel|fördela[rs]?|mellan|regionerna|efter ansökan)\b/i);
          } else {
            expect(title).toBe('Budgetgrupp (vem som fördelar)');
            for (const n of names) expect(headings.has(n), n).toBe(true);
          }
        } else expect(title).toBe(language === 'en' ? 'Payer' : 'Betalare');
      });

      it('has a shape Slack\'s preview shows whole: 16:9 or taller, never wider than 2:1', async () => {
        expect(spec.width / spec.height).toBeLessThanOrEqual(16 / 9 + 0.01);
        const [, width, height] = (await svg).match(/<svg[^>]*\swidth="(\d+)"\s+height="(\d+)"/)!;
        expect(Number(width) / Number(height)).toBeLessThanOrEqual(2);
        expect([Number(width), Number(height)]).toEqual([spec.width, spec.height]);
      });

      it('names its sources by title, never by file name, and marks what only a press release or a news page states', async () => {
        const lines = drawnTexts(await svg).flat();
        const drawn = lines.join(' ');
        const sources = realCorpus().sources.filter((s) => chart.data.some((d) => d.citation.path === s.path));
        expect(sources.length).toBeGreaterThan(0);
        for (const s of sources) expect(drawn).toContain(s.title.split(' ').slice(0, 4).join(' '));
        expect(drawn).not.toMatch(/\.txt\b/);
        for (const d of chart.data) {
          const kind = realCorpus().sources.find((s) => s.path === d.citation.path)!.kind;
          const mark = kind === 'press-release' ? '*' : kind === 'news' ? '†' : '';
          expect(d.value.endsWith('*') || d.value.endsWith('†') ? d.value.slice(-1) : '', d.key).toBe(mark);
          if (mark) expect(lines.join('\n')).toMatch(new RegExp(`^\\${mark} .*${kind === 'news' ? (language === 'sv' ? 'nyhetssida' : 'News page') : language === 'sv' ? 'pressmeddelande' : 'Press release'}`, 'm'));
        }
      });

      it('states every figure in its alt text, the title first', () => {
        expect(chart.alt.split(':')[0]).toBe(texts(chart, 'title')[0]!.text.join(' '));
        for (const d of chart.data) expect(chart.alt).toContain(`${d.key}: ${d.text}`);
      });
    });
  }
}

describe('the English legend', () => {
  it('has an English name for every budget group of the corpus', () => {
    const headings = [...new Set(facts.filter((f) => f.kind === 'budget' && f.group).map((f) => f.group!))];
    expect(headings.length).toBeGreaterThan(3);
    expect(headings.filter((h) => groupInEnglish(h) === null)).toEqual([]);
  });
});

describe('measuring text with the chart font', () => {
  it('measures a text as wide as resvg draws it (a little wider: the advance, not the ink)', () => {
    for (const [text, bold] of [['Samverkansregionalt stöd i standardiserade vårdförlopp', false], ['1 005*', true], ['Kammarkollegiet → Regionerna', false]] as const) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="40"><text x="10" y="30" font-family="DejaVu Sans" font-size="15"${bold ? ' font-weight="bold"' : ''}>${text}</text></svg>`;
      const ink = new Resvg(svg, { font: { fontFiles: [...CHART_FONT.files], loadSystemFonts: false, defaultFontFamily: CHART_FONT.family } }).getBBox()!.width;
      const measured = textWidth(text, 15, bold);
      expect(measured, text).toBeGreaterThanOrEqual(ink);
      expect(measured, text).toBeLessThan(ink * 1.06);
    }
  });

  it('wraps between words only, every word whole, each line within the width', () => {
    const label = 'Sjukvårdsregionalt stöd för arbete med standardiserade vårdförlopp genom bl.a. RCC:s stödjande, stimulerande och sammanhållande arbete';
    const lines = wrapText(label, 300, 15);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(label);
    for (const l of lines) expect(textWidth(l, 15)).toBeLessThanOrEqual(300);
    expect(wrapText('rad\u00a0139', 10, 15)).toEqual(['rad\u00a0139']);
  });
});
