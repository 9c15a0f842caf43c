/**
 * The three charts as Vega-Lite specs, built from the corpus's facts only (issue 13):
 *
 * - `totalsChart`: the agreements' totals per year; a year between two sources without one is a
 *   gap labelled "ingen källa" / "no source", never a zero bar;
 * - `linesChart`: a year's budget lines, horizontal bars sorted by amount, coloured by their group;
 * - `flowsChart`: how a year's money is paid out, by payer (the same money, not more).
 *
 * Pure: no drawing here (that is `render.ts`). Every bar's datum carries its fact's `amountSEK`,
 * `citation` and id, so `--spec` can be checked against the corpus figure by figure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { formatAmount } from '../corpus/amounts.ts';
import type { Corpus } from '../corpus/load.ts';
import type { Citation, Fact } from '../corpus/schema.ts';
import { CHART_FONT } from './font.ts';
import { type ChartLanguage, WORDS } from './words.ts';

/** One bar: the figure drawn, as the language writes it, and where the source states it. */
export interface ChartDatum {
  /** What the bar stands for on its axis: a year, a budget line's label, "payer → recipient". */
  key: string;
  amountSEK: number;
  /** amountSEK in millions: the axis unit. */
  millions: number;
  /** The amount as answers in that language write it ("80 miljoner kronor"). */
  text: string;
  /** The colour's category: the budget line's group, the flow's payer. */
  series?: string;
  factId: string;
  citation: Citation;
}

/** A chart that can be drawn, or why not (a year with no such facts). */
export type Chart =
  | { ok: true; spec: TopLevelSpec; data: ChartDatum[]; alt: string; facts: Fact[] }
  | { ok: false; message: string };

const datum = (f: Fact, key: string, language: ChartLanguage, series?: string): ChartDatum => ({
  key,
  amountSEK: f.amountSEK!,
  millions: f.amountSEK! / 1e6,
  text: formatAmount(f.amountSEK!, language),
  ...(series === undefined ? {} : { series }),
  factId: f.id,
  citation: f.citation,
});

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** "205, 209–211" from [205, 209, 210, 211]: a caption stays one line for fourteen bars. */
export function lineRanges(lines: number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

/**
 * The sources of the drawn facts, one line per file ("2024-rcc-overenskommelsen.txt, rad 205, 209–211")
 * under "Källa:"/"Källor:": short lines, so the caption never widens the chart.
 */
export function sourceCaption(facts: Fact[], language: ChartLanguage): string[] {
  const w = WORDS[language];
  const byFile = new Map<string, number[]>();
  for (const f of facts) {
    const file = f.citation.path.split('/').at(-1)!;
    byFile.set(file, [...(byFile.get(file) ?? []), f.citation.line]);
  }
  const parts = [...byFile].map(([file, lines]) => `${file}, ${new Set(lines).size > 1 ? w.lines : w.line} ${lineRanges(lines)}`);
  if (parts.length === 1) return [`${w.source}: ${parts[0]}`];
  return [`${w.sources}:`, ...parts];
}

/** Axis numbers as the language writes them: "1 000" in Swedish, "1,000" in English. */
const LOCALE: Record<ChartLanguage, { decimal: string; thousands: string; grouping: number[]; currency: [string, string] }> = {
  sv: { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', ' kr'] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['SEK ', ''] },
};

/** Shared look: the packaged font everywhere (a bare machine has none), sizes readable on a slide. */
const config = (language: ChartLanguage) => ({
  locale: { number: LOCALE[language] },
  font: CHART_FONT.family,
  title: { fontSize: 20, subtitleFontSize: 14, anchor: 'start' as const, offset: 12, subtitlePadding: 6 },
  axis: { labelFontSize: 13, titleFontSize: 13, grid: false },
  legend: { labelFontSize: 13, titleFontSize: 13, labelLimit: 600 },
  view: { stroke: null },
});

/** The caption under the plot, as its own one-row layer so it is drawn once. */
const captionLayer = (lines: string[], dy: number) => ({
  data: { values: [{}] },
  mark: { type: 'text' as const, align: 'left' as const, baseline: 'top' as const, dy, fontSize: 12, color: '#555', lineHeight: 16 },
  encoding: { x: { value: 0 }, y: { value: { expr: 'height' } }, text: { value: lines } },
});

const totalOf = (corpus: Corpus, year: number) => corpus.facts.find((f) => f.kind === 'total' && f.year === year);

/** Totals per year, first to last source; a year with no total is a labelled gap. */
export function totalsChart(corpus: Corpus, language: ChartLanguage): Chart {
  const w = WORDS[language];
  const totals = corpus.facts.filter((f) => f.kind === 'total' && f.year !== null).sort((a, b) => a.year! - b.year!);
  const first = totals[0]?.year;
  const last = totals.at(-1)?.year;
  if (first == null || last == null) return { ok: false, message: w.noTotals };
  const years: string[] = [];
  for (let y = first; y <= last; y++) years.push(String(y));
  const data = totals.map((f) => datum(f, String(f.year), language));
  const max = Math.max(...data.map((d) => d.millions));
  const gaps = years.filter((y) => !data.some((d) => d.key === y)).map((key) => ({ key, gap: w.noSource }));
  const x = { field: 'key', type: 'ordinal' as const, title: null, scale: { domain: years }, axis: { labelAngle: 0, labelFontSize: 14 } };
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 800,
    height: 450,
    autosize: { type: 'fit', contains: 'padding' },
    padding: 20,
    background: 'white',
    title: { text: w.totalsTitle(first, last), subtitle: w.totalsSubtitle },
    layer: [
      {
        data: { values: data },
        layer: [
          {
            mark: { type: 'bar', color: '#2b6a99', cornerRadiusEnd: 2 },
            // Every bar carries its amount, so no value axis competes with the labels.
            encoding: { x, y: { field: 'millions', type: 'quantitative', title: w.millions, axis: null, scale: { domain: [0, max * 1.08], nice: false } } },
          },
          {
            mark: { type: 'text', baseline: 'bottom', dy: -6, fontSize: 14, fontWeight: 'bold' },
            encoding: { x, y: { field: 'millions', type: 'quantitative' }, text: { field: 'text' } },
          },
        ],
      },
      {
        data: { values: gaps },
        mark: { type: 'text', baseline: 'bottom', dy: -6, fontSize: 14, fontStyle: 'italic', color: '#888' },
        encoding: { x, y: { datum: 0, type: 'quantitative' }, text: { field: 'gap' } },
      },
      captionLayer(sourceCaption(totals, language), 36),
    ],
    config: config(language),
  };
  const alt = `${w.totalsTitle(first, last)}: ${years.map((y) => `${y}: ${data.find((d) => d.key === y)?.text ?? w.noSource}`).join('; ')}.`;
  return { ok: true, spec, data, alt, facts: totals };
}

/** Horizontal bars with the amount written at each bar's end; `series` picks the colour. */
function horizontalBars(language: ChartLanguage, data: ChartDatum[], title: { text: string; subtitle: string | string[] }, legendTitle: string, caption: string[]): TopLevelSpec {
  const order = [...data].sort((a, b) => b.amountSEK - a.amountSEK).map((d) => d.key);
  const max = Math.max(...data.map((d) => d.millions));
  const y = { field: 'key', type: 'nominal' as const, title: null, sort: order, axis: { labelLimit: 440, labelFontSize: 13, ticks: false, domain: false } };
  // Room right of the longest bar for its "365 miljoner kronor".
  const x = { field: 'millions', type: 'quantitative' as const, scale: { domain: [0, max * 1.45], nice: false }, axis: null };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 1200,
    height: 200 + 34 * data.length,
    autosize: { type: 'fit', contains: 'padding' },
    padding: 20,
    background: 'white',
    title,
    data: { values: data },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 2 },
        encoding: {
          y,
          x,
          // One group only (2021, 2026 list every line under one heading): a legend would tell nothing.
          color: {
            field: 'series',
            type: 'nominal',
            title: legendTitle,
            scale: { scheme: 'tableau10' },
            legend: new Set(data.map((d) => d.series)).size > 1 ? { orient: 'top', direction: 'vertical', labelLimit: 900, titleLimit: 900 } : null,
          },
        },
      },
      { mark: { type: 'text', align: 'left', dx: 6, fontSize: 13 }, encoding: { y, x, text: { field: 'text' } } },
      captionLayer(caption, 12),
    ],
    config: config(language),
  };
}

/** A year's budget lines, largest first, coloured by the group that distributes them. */
export function linesChart(corpus: Corpus, year: number, language: ChartLanguage): Chart {
  const w = WORDS[language];
  const lines = corpus.facts.filter((f) => f.kind === 'budget' && f.year === year);
  const total = totalOf(corpus, year);
  if (!lines.length) return { ok: false, message: total ? w.onlyTotal(year, formatAmount(total.amountSEK!, language)) : w.noYear(year, coveredYears(corpus)) };
  const data = lines.map((f) => datum(f, collapse(f.label), language, collapse(f.group ?? w.otherGroup)));
  const subtitle = total ? w.linesSubtitle(formatAmount(total.amountSEK!, language)) : '';
  const spec = horizontalBars(language, data, { text: w.linesTitle(year), subtitle }, w.groupLegend, sourceCaption(lines, language));
  const alt = `${w.linesTitle(year)}: ${[...data].sort((a, b) => b.amountSEK - a.amountSEK).map((d) => `${d.key}: ${d.text}`).join('; ')}.`;
  return { ok: true, spec, data, alt, facts: lines };
}

/** A year's payments by payer: the budget's money again, seen from who pays it out. */
export function flowsChart(corpus: Corpus, year: number, language: ChartLanguage): Chart {
  const w = WORDS[language];
  const flows = corpus.facts.filter((f) => f.kind === 'flow' && f.year === year);
  if (!flows.length) return { ok: false, message: totalOf(corpus, year) ? w.noFlows(year) : w.noYear(year, coveredYears(corpus)) };
  const data = flows.map((f) => datum(f, `${f.payer ?? '?'} → ${f.owner ?? '?'}`, language, f.payer ?? '?'));
  const total = totalOf(corpus, year);
  const spec = horizontalBars(language, data, { text: w.flowsTitle(year), subtitle: w.flowsSubtitle(total ? formatAmount(total.amountSEK!, language) : null) }, w.payerLegend, sourceCaption(flows, language));
  const alt = `${w.flowsTitle(year)}: ${data.map((d) => `${d.key}: ${d.text}`).join('; ')}. ${w.flowsSubtitle(total ? formatAmount(total.amountSEK!, language) : null)}`;
  return { ok: true, spec, data, alt, facts: flows };
}

/** The years with a total: what a "no source" message offers instead. */
export function coveredYears(corpus: Corpus): number[] {
  return [...new Set(corpus.facts.filter((f) => f.kind === 'total' && f.year !== null).map((f) => f.year!))].sort((a, b) => a - b);
}
