/**
 * The three charts as Vega-Lite specs, built from the corpus's facts only (issue 13), laid out to
 * be read at a glance in Slack's preview (issue 20; the pixels are `layout.ts`'s):
 *
 * - `totalsChart`: the agreements' totals per year; a year between two sources without one is a
 *   gap labelled "ingen källa" / "no source", never a zero bar;
 * - `linesChart`: a year's budget lines, horizontal bars largest first, coloured by their group;
 * - `flowsChart`: how a year's money is paid out, by payer (the same money, not more).
 *
 * Every bar is labelled whole (wrapped, never cut) with its bare number; the unit is said once, in
 * the subtitle. A figure that comes only from a press release or a news page is marked, and the
 * caption says so under the titles of the sources. Pure: no drawing here (that is `render.ts`).
 * The spec's data values are the bars, each carrying its fact's `amountSEK`, `citation` and id,
 * so `--spec` can be checked against the corpus figure by figure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { formatAmount } from '../corpus/amounts.ts';
import type { Corpus } from '../corpus/load.ts';
import type { Citation, Fact, Source, SourceKind } from '../corpus/schema.ts';
import { groupInEnglish } from './groups.ts';
import {
  type Align,
  CONTENT,
  linesHeight,
  linesWidth,
  MARGIN,
  MIN_HEIGHT,
  PALETTE,
  rectLayer,
  Sheet,
  sheetSpec,
  STYLES,
  textLayer,
  WIDTH,
  wrap,
} from './layout.ts';
import { type ChartLanguage, WORDS } from './words.ts';

/** Kinds of source that report an agreement rather than state it, and the mark their figures get. */
const MARKS = { 'press-release': '*', news: '†' } as const;
type Reported = keyof typeof MARKS;
const isReported = (kind: SourceKind | undefined): kind is Reported => kind !== undefined && kind in MARKS;

/** One bar: the figure drawn, as the language writes it, and where the source states it. */
export interface ChartDatum {
  /** What the bar stands for, whole: a year, a budget line's label, "payer → recipient". */
  key: string;
  amountSEK: number;
  /** amountSEK in millions: the unit the subtitle names. */
  millions: number;
  /** The amount as answers in that language write it ("80 miljoner kronor"): the alt text's. */
  text: string;
  /** The number written on the bar: bare, with its source's mark ("80", "1 005*"). */
  value: string;
  /** The colour's category: the budget line's group (in the chart's language), the flow's payer. */
  series?: string;
  /** The kind of source, when the figure comes only from a press release or a news page. */
  reported?: Reported;
  factId: string;
  citation: Citation;
}

/** A chart that can be drawn, or why not (a year with no such facts). */
export type Chart =
  | { ok: true; spec: TopLevelSpec; data: ChartDatum[]; alt: string; facts: Fact[] }
  | { ok: false; message: string };

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const sourceOf = (corpus: Corpus, f: Fact): Source | undefined => corpus.sources.find((s) => s.id === f.sourceId);

/** "80", "1 005", "133,5" / "1,005", "133.5": the amount in millions as the language writes it, no unit. */
export function bareMillions(sek: number, language: ChartLanguage): string {
  const written = formatAmount(sek, language);
  return language === 'sv' ? written.replace(/ miljoner kronor$/, '') : written.replace(/^SEK /, '').replace(/ million$/, '');
}

function datum(corpus: Corpus, f: Fact, key: string, language: ChartLanguage, series?: string): ChartDatum {
  const kind = sourceOf(corpus, f)?.kind;
  const reported = isReported(kind) ? kind : undefined;
  return {
    key,
    amountSEK: f.amountSEK!,
    millions: f.amountSEK! / 1e6,
    text: formatAmount(f.amountSEK!, language),
    value: bareMillions(f.amountSEK!, language) + (reported ? MARKS[reported] : ''),
    ...(series === undefined ? {} : { series }),
    ...(reported ? { reported } : {}),
    factId: f.id,
    citation: f.citation,
  };
}

/** Keys made distinct: a key two facts share becomes each fact's own label, then gets its line. */
function distinctKeys(facts: Fact[], keyOf: (f: Fact) => string): string[] {
  const keys = facts.map(keyOf);
  const repeated = (k: string, list: string[]) => list.filter((x) => x === k).length > 1;
  const labelled = keys.map((k, i) => (repeated(k, keys) ? collapse(facts[i]!.label) : k));
  return labelled.map((k, i) => (repeated(k, labelled) ? `${k} (${facts[i]!.citation.line})` : k));
}

/** "205, 209–211" from [205, 209, 210, 211]: a caption stays short for fourteen bars. */
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
 * The caption: the sources of the drawn facts by title, with their lines ("Källa: Överenskommelsen
 * … 2024, rader 205, 209–211"), a source that reports the agreement named as what it is and its
 * mark; with several sources, one a line, each after the years it gives; then what each mark means.
 */
export function sourceCaption(facts: Fact[], sources: Source[], language: ChartLanguage): string[] {
  const w = WORDS[language];
  const bySource = new Map<string, Fact[]>();
  for (const f of facts) bySource.set(f.sourceId, [...(bySource.get(f.sourceId) ?? []), f]);
  const marks = new Set<Reported>();
  const parts = [...bySource].map(([id, list]) => {
    const source = sources.find((s) => s.id === id);
    const kind = isReported(source?.kind) ? source.kind : undefined;
    if (kind) marks.add(kind);
    const lines = list.map((f) => f.citation.line);
    const title = source?.title ?? list[0]!.citation.path.split('/').at(-1)!;
    const what = kind ? ` (${w.reported[kind].kind})${MARKS[kind]}` : '';
    // A no-break space: "rad" never ends a caption line without its number.
    return `${title}${what}, ${new Set(lines).size > 1 ? w.lines : w.line}\u00a0${lineRanges(lines)}`;
  });
  const notes = (Object.keys(MARKS) as Reported[]).filter((k) => marks.has(k)).map((k) => `${MARKS[k]} ${w.reported[k].note}.`);
  if (parts.length === 1) return [`${w.source}: ${parts[0]}`, ...notes];
  const years = [...bySource.values()].map((list) => [...new Set(list.map((f) => f.year))].filter((y) => y !== null).sort());
  return [`${w.sources}:`, ...parts.map((p, i) => (years[i]!.length ? `${years[i]!.join(', ')}: ${p}` : p)), ...notes];
}

/** Where the caption starts: under what is above it, or lower so the picture is at least MIN_HEIGHT. */
function captionPlace(sheet: Sheet, above: number, caption: string[]): number {
  const height = Math.max(MIN_HEIGHT, above + 22 + linesHeight('caption', caption) + MARGIN);
  sheet.write('caption', MARGIN, height - MARGIN - linesHeight('caption', caption), caption);
  return height;
}

const totalOf = (corpus: Corpus, year: number) => corpus.facts.find((f) => f.kind === 'total' && f.year === year);

/** The alt text's note on a marked figure: " (pressmeddelande)". */
const altMark = (d: ChartDatum, language: ChartLanguage) => (d.reported ? ` (${WORDS[language].reported[d.reported].kind})` : '');

/** Totals per year, first to last source; a year with no total is a labelled gap. */
export function totalsChart(corpus: Corpus, language: ChartLanguage): Chart {
  const w = WORDS[language];
  const totals = corpus.facts.filter((f) => f.kind === 'total' && f.year !== null).sort((a, b) => a.year! - b.year!);
  const first = totals[0]?.year;
  const last = totals.at(-1)?.year;
  if (first == null || last == null) return { ok: false, message: w.noTotals };
  const years: string[] = [];
  for (let y = first; y <= last; y++) years.push(String(y));
  const data = totals.map((f) => datum(corpus, f, String(f.year), language));
  const title = w.totalsTitle(first, last);

  const sheet = new Sheet();
  const plotTop = sheet.header(title, w.totalsSubtitle) + 20;
  const caption = wrap('caption', sourceCaption(totals, corpus.sources, language));
  const below = 8 + STYLES.axis.lineHeight + 18 + linesHeight('caption', caption) + MARGIN;
  const height = Math.max(MIN_HEIGHT, plotTop + 280 + below);
  const baseline = height - below;
  const tallest = baseline - plotTop - STYLES.value.lineHeight - 6;
  const max = Math.max(...data.map((d) => d.millions));
  const column = CONTENT / years.length;
  const barWidth = Math.min(column * 0.62, 120);
  const centre = (year: string) => MARGIN + column * (years.indexOf(year) + 0.5);

  sheet.shape({ x0: MARGIN, x1: WIDTH - MARGIN, y0: baseline, y1: baseline + 1 }, '#888');
  for (const year of years) {
    sheet.write('axis', centre(year), baseline + 8, [year], 'center');
    if (!data.some((d) => d.key === year)) sheet.write('gap', centre(year), baseline - 6 - STYLES.gap.lineHeight, [w.noSource], 'center');
  }
  sheet.write('caption', MARGIN, baseline + 8 + STYLES.axis.lineHeight + 18, caption);
  const bars = data.map((d) => {
    const top = baseline - (d.millions / max) * tallest;
    const x = centre(d.key);
    return { ...d, colour: PALETTE[0], x0: x - barWidth / 2, x1: x + barWidth / 2, y0: top, y1: baseline, valueX: x, valueY: top - 6 - STYLES.value.lineHeight };
  });
  const spec = sheetSpec(height, bars, [rectLayer('bars', undefined, 2), textLayer('value', 'center', 'values', undefined, { x: 'valueX', y: 'valueY', text: 'value' })], sheet);
  const alt = `${title}: ${years.map((y) => {
    const d = data.find((x) => x.key === y);
    return `${y}: ${d ? d.text + altMark(d, language) : w.noSource}`;
  }).join('; ')}.`;
  return { ok: true, spec, data, alt, facts: totals };
}

/**
 * Horizontal bars, largest first, each with its number at its end. Labels stand left of the bars,
 * right-aligned and wrapped to two lines at most, when that leaves the bars most of the width;
 * otherwise each label stands whole above its bar. Colours follow the series in the order they
 * first appear, top to bottom, and the legend lists them in that order.
 */
function horizontalBars(data: ChartDatum[], words: { title: string; subtitle: string; legend: string; caption: string[] }): TopLevelSpec {
  const sorted = [...data].sort((a, b) => b.amountSEK - a.amountSEK);
  const series = [...new Set(sorted.map((d) => d.series ?? ''))];
  const colourOf = (s: string | undefined) => PALETTE[series.indexOf(s ?? '') % PALETTE.length]!;

  const sheet = new Sheet();
  let y = sheet.header(words.title, words.subtitle) + 16;
  // One series only (2021 and 2026 list every line under one heading): a legend would tell nothing.
  if (series.length > 1) y = sheet.legend(y, words.legend, series.map((s) => ({ name: s, colour: colourOf(s) }))) + 18;

  const column = Math.min(CONTENT * 0.4, linesWidth('label', sorted.map((d) => d.key)));
  const beside = sorted.map((d) => wrap('label', d.key, column));
  const above = beside.some((lines) => lines.length > 2);
  const labels = above ? sorted.map((d) => wrap('label', d.key, CONTENT)) : beside;
  const barsLeft = above ? MARGIN : MARGIN + linesWidth('label', labels.flat()) + 12;
  const right = WIDTH - MARGIN;
  // The scale leaves room right of every bar for its number, so each stays inside the picture.
  const room = right - barsLeft;
  const valueWidth = sorted.map((d) => linesWidth('value', [d.value]) + 8);
  const scaleMax = Math.max(...sorted.map((d, i) => (d.millions * room) / (room - valueWidth[i]!)), 1e-9);
  const caption = wrap('caption', words.caption);

  /** The rows from `top` down, bars this thick and this far apart: where each bar and label stands, and the y under them. */
  const rows = (top: number, thickness: number, gap: number) => {
    const placed = sorted.map((d, i) => {
      const labelHeight = linesHeight('label', labels[i]!);
      const row = above ? labelHeight + 4 + thickness : Math.max(labelHeight, thickness);
      const y0 = above ? top + labelHeight + 4 : top + (row - thickness) / 2;
      const x1 = barsLeft + (d.millions / scaleMax) * room;
      const bar = {
        ...d,
        label: labels[i]!,
        colour: colourOf(d.series),
        x0: barsLeft,
        x1,
        y0,
        y1: y0 + thickness,
        labelX: above ? MARGIN : barsLeft - 12,
        labelY: above ? top : top + (row - labelHeight) / 2,
        valueX: x1 + 8,
        valueY: y0 + (thickness - STYLES.value.lineHeight) / 2,
      };
      top += row + gap;
      return bar;
    });
    return { placed, bottom: top - gap };
  };
  // A short chart is made 16:9 by thicker bars (to 40 pixels), then wider gaps (to a bar's
  // thickness), then white space above and below the bars, never by stretching the text.
  const captionHeight = 22 + linesHeight('caption', caption) + MARGIN;
  const spare = (thickness: number, gap: number) => MIN_HEIGHT - (rows(y, thickness, gap).bottom + captionHeight);
  let thickness = 22;
  while (thickness < 40 && spare(thickness + 2, Math.round((thickness + 2) / 2)) >= 0) thickness += 2;
  let gap = Math.round(thickness / 2);
  gap += Math.max(0, Math.min(thickness - gap, Math.floor(spare(thickness, gap) / sorted.length)));
  const { placed, bottom } = rows(y + Math.max(0, spare(thickness, gap) / 2), thickness, gap);
  const height = captionPlace(sheet, bottom, caption);
  const labelAlign: Align = above ? 'left' : 'right';
  return sheetSpec(
    height,
    placed,
    [
      rectLayer('bars', undefined, 2),
      textLayer('label', labelAlign, 'bar-labels', undefined, { x: 'labelX', y: 'labelY', text: 'label' }),
      textLayer('value', 'left', 'values', undefined, { x: 'valueX', y: 'valueY', text: 'value' }),
    ],
    sheet,
  );
}

/** A budget group's name in the chart's language: the source's heading, or what it is in English. */
const groupName = (group: string | undefined, language: ChartLanguage): string => {
  if (group === undefined) return WORDS[language].otherGroup;
  return language === 'en' ? (groupInEnglish(group) ?? collapse(group)) : collapse(group);
};

/** A year's budget lines, largest first, coloured by the group that distributes them. */
export function linesChart(corpus: Corpus, year: number, language: ChartLanguage): Chart {
  const w = WORDS[language];
  const lines = corpus.facts.filter((f) => f.kind === 'budget' && f.year === year);
  const total = totalOf(corpus, year);
  if (!lines.length) return { ok: false, message: total ? w.onlyTotal(year, formatAmount(total.amountSEK!, language)) : w.noYear(year, coveredYears(corpus)) };
  const keys = distinctKeys(lines, (f) => collapse(f.label));
  const data = lines.map((f, i) => datum(corpus, f, keys[i]!, language, groupName(f.group, language)));
  const totalValue = total ? datum(corpus, total, '', language).value : null;
  const spec = horizontalBars(data, {
    title: w.linesTitle(year),
    subtitle: w.linesSubtitle(totalValue),
    legend: w.groupLegend,
    caption: sourceCaption(total ? [...lines, total] : lines, corpus.sources, language),
  });
  const alt = `${w.linesTitle(year)}: ${byAmount(data).map((d) => `${d.key}: ${d.text}${altMark(d, language)}`).join('; ')}.`;
  return { ok: true, spec, data, alt, facts: lines };
}

const byAmount = (data: ChartDatum[]) => [...data].sort((a, b) => b.amountSEK - a.amountSEK);

/** A year's payments by payer: the budget's money again, seen from who pays it out. */
export function flowsChart(corpus: Corpus, year: number, language: ChartLanguage): Chart {
  const w = WORDS[language];
  const flows = corpus.facts.filter((f) => f.kind === 'flow' && f.year === year);
  if (!flows.length) return { ok: false, message: totalOf(corpus, year) ? w.noFlows(year) : w.noYear(year, coveredYears(corpus)) };
  const keys = distinctKeys(flows, (f) => `${f.payer ?? '?'} → ${f.owner ?? '?'}`);
  const data = flows.map((f, i) => datum(corpus, f, keys[i]!, language, f.payer ?? '?'));
  const total = totalOf(corpus, year);
  const spec = horizontalBars(data, {
    title: w.flowsTitle(year),
    subtitle: w.flowsSubtitle(total ? datum(corpus, total, '', language).value : null),
    legend: w.payerLegend,
    caption: sourceCaption(total ? [...flows, total] : flows, corpus.sources, language),
  });
  const alt = `${w.flowsTitle(year)}: ${byAmount(data).map((d) => `${d.key}: ${d.text}${altMark(d, language)}`).join('; ')}. ${w.flowsAlt(total ? formatAmount(total.amountSEK!, language) : null)}`;
  return { ok: true, spec, data, alt, facts: flows };
}

/** The years with a total: what a "no source" message offers instead. */
export function coveredYears(corpus: Corpus): number[] {
  return [...new Set(corpus.facts.filter((f) => f.kind === 'total' && f.year !== null).map((f) => f.year!))].sort((a, b) => a - b);
}
