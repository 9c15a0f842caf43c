import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/chart/chart.ts';
import { type Chart, type ChartDatum, flowsChart, lineRanges, linesChart, sourceCaption, totalsChart } from '../../src/chart/specs.ts';
import { formatAmount } from '../../src/corpus/amounts.ts';
import type { Fact } from '../../src/corpus/schema.ts';
import { realCorpus } from '../helpers/bot.ts';

const drawn = (chart: Chart): Extract<Chart, { ok: true }> => {
  if (!chart.ok) throw new Error(`expected a chart, got: ${chart.message}`);
  return chart;
};
const factsOf = (kind: Fact['kind'], year?: number) => realCorpus().facts.filter((f) => f.kind === kind && (year === undefined || f.year === year));
/** What a bar must carry: its fact's amount and citation, and the amount as the language writes it. */
const expected = (f: Fact, language: 'sv' | 'en') => ({ factId: f.id, amountSEK: f.amountSEK, citation: f.citation, text: formatAmount(f.amountSEK!, language) });
const carried = (d: ChartDatum) => ({ factId: d.factId, amountSEK: d.amountSEK, citation: d.citation, text: d.text });
/** Every text the spec would draw (titles, labels, captions), as one string. */
const specText = (chart: Extract<Chart, { ok: true }>) => JSON.stringify(chart.spec);
/** The bars as drawn, top to bottom (left to right for totals): the spec's data values. */
const barsOf = (chart: Extract<Chart, { ok: true }>) => (chart.spec as { data: { values: (ChartDatum & { label?: string[] })[] } }).data.values;
const layerValues = (chart: Extract<Chart, { ok: true }>, name: string) =>
  (chart.spec as { layer: { name: string; data?: { values: { x: number; y: number; text: string[] }[] } }[] }).layer.find((l) => l.name === name)!.data!.values;
const layerNames = (chart: Extract<Chart, { ok: true }>) => ((chart.spec as { layer: { name: string }[] }).layer).map((l) => l.name);

describe('the totals chart', () => {
  it('has a bar for each year with a total, carrying its amount and citation, and nothing else', () => {
    const chart = drawn(totalsChart(realCorpus(), 'sv'));
    const totals = factsOf('total').sort((a, b) => a.year! - b.year!);
    expect(totals.map((f) => f.year)).toEqual([2021, 2023, 2024, 2026]);
    expect(chart.data.map(carried)).toEqual(totals.map((f) => expected(f, 'sv')));
    expect(chart.data.map((d) => d.key)).toEqual(['2021', '2023', '2024', '2026']);
  });

  it('shows 2022 and 2025 as gaps labelled "ingen källa" / "no source", never as zero bars', () => {
    for (const [language, gap] of [['sv', 'ingen källa'], ['en', 'no source']] as const) {
      const chart = drawn(totalsChart(realCorpus(), language));
      const years = layerValues(chart, 'axis-center');
      expect(years.map((y) => y.text)).toEqual([['2021'], ['2022'], ['2023'], ['2024'], ['2025'], ['2026']]);
      const xOf = (year: string) => years.find((y) => y.text[0] === year)!.x;
      expect(layerValues(chart, 'gap-center')).toEqual([
        expect.objectContaining({ x: xOf('2022'), text: [gap] }),
        expect.objectContaining({ x: xOf('2025'), text: [gap] }),
      ]);
      expect(chart.data.some((d) => d.amountSEK === 0)).toBe(false);
    }
  });

  it('names the years in its title and every source by its title, with its line, in its caption, in both languages', () => {
    const sv = specText(drawn(totalsChart(realCorpus(), 'sv')));
    expect(sv).toContain('Canceröverenskommelsernas totaler 2021–2026');
    expect(sv).toContain('"value":"1 005*"');
    expect(sv).toContain('2024: Överenskommelsen jämlik och effektiv cancervård med kortare väntetider 2024, rad\u00a03');
    expect(sv).not.toContain('.txt,');
    const en = specText(drawn(totalsChart(realCorpus(), 'en')));
    expect(en).toContain("The cancer agreements' totals 2021–2026");
    expect(en).toContain('"value":"1,005*"');
    expect(en).toContain('2024: Överenskommelsen jämlik och effektiv cancervård med kortare väntetider 2024, line\u00a03');
  });

  it('has alt text that states every year\'s figure or that it has no source', () => {
    expect(drawn(totalsChart(realCorpus(), 'en')).alt).toBe(
      "The cancer agreements' totals 2021–2026: 2021: SEK 500 million; 2022: no source; 2023: SEK 556 million (news page); 2024: SEK 809 million; 2025: no source; 2026: SEK 1,005 million (press release).",
    );
  });
});

describe('the budget lines chart', () => {
  it('for every year with lines, carries exactly that year\'s budget facts, coloured by their group', () => {
    for (const year of [2021, 2024, 2026]) {
      const lines = factsOf('budget', year);
      expect(lines.length).toBeGreaterThan(0);
      const chart = drawn(linesChart(realCorpus(), year, 'sv'));
      expect(chart.data.map(carried)).toEqual(lines.map((f) => expected(f, 'sv')));
      expect(chart.data.map((d) => d.series)).toEqual(lines.map((f) => f.group!.replace(/\s+/g, ' ').trim()));
    }
  });

  it('draws the 14 lines of 2024 largest first, barncancer written "80" on its bar, "80 miljoner kronor" / "SEK 80 million" in the alt text', () => {
    const sv = drawn(linesChart(realCorpus(), 2024, 'sv'));
    expect(sv.data).toHaveLength(14);
    const bars = barsOf(sv);
    expect(bars[0]!.key).toBe('Arbete med standardiseradevårdförlopp');
    const amounts = bars.map((b) => b.amountSEK);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(bars.find((d) => d.key === 'Barncancer')!.value).toBe('80');
    expect(sv.data.find((d) => d.key === 'Barncancer')!.text).toBe('80 miljoner kronor');
    expect(sv.alt).toContain('Barncancer: 80 miljoner kronor');
    expect(drawn(linesChart(realCorpus(), 2024, 'en')).alt).toContain('Barncancer: SEK 80 million');
    expect(specText(sv)).toContain('Budgetgrupp (vem som fördelar)');
    expect(specText(sv)).toContain('Källa: Överenskommelsen jämlik och effektiv cancervård med kortare väntetider 2024, rader\u00a03, 205, 209–211, 215–219, 223–227');
  });

  it('for 2023, which has only a total, gives a clear message instead of a chart', () => {
    expect(linesChart(realCorpus(), 2023, 'sv')).toEqual({ ok: false, message: 'Källan för 2023 har inga budgetrader, bara totalen (556 miljoner kronor); inget diagram att rita.' });
    expect(linesChart(realCorpus(), 2023, 'en')).toEqual({ ok: false, message: 'The source for 2023 has no budget lines, only the total (SEK 556 million); no chart to draw.' });
  });

  it('for a year no source covers, says which years the sources cover', () => {
    expect(linesChart(realCorpus(), 2022, 'sv')).toEqual({ ok: false, message: 'Ingen källa för 2022; källorna täcker 2021, 2023, 2024 och 2026.' });
  });
});

describe('the payment flows chart', () => {
  it('for every year with flows, carries exactly that year\'s flow facts, coloured by payer', () => {
    const years = [...new Set(factsOf('flow').map((f) => f.year!))];
    expect(years).toContain(2024);
    for (const year of years) {
      const flows = factsOf('flow', year);
      const chart = drawn(flowsChart(realCorpus(), year, 'en'));
      expect(chart.data.map(carried)).toEqual(flows.map((f) => expected(f, 'en')));
      expect(chart.data.map((d) => d.series)).toEqual(flows.map((f) => f.payer));
    }
  });

  it('for 2024 carries the three flows: Kammarkollegiet 365, SKR → RCC 405, SKR → RCC i samverkan 39', () => {
    const chart = drawn(flowsChart(realCorpus(), 2024, 'sv'));
    const flows = factsOf('flow', 2024);
    expect(chart.data.map(carried)).toEqual(flows.map((f) => expected(f, 'sv')));
    expect(chart.data.map((d) => [d.key, d.amountSEK / 1e6])).toEqual([
      ['Kammarkollegiet → Regionerna', 365],
      ['SKR → RCC', 405],
      ['SKR → RCC i samverkan', 39],
    ]);
  });

  it('is titled as the same money seen by payer, not more money, in both languages', () => {
    expect(specText(drawn(flowsChart(realCorpus(), 2024, 'sv')))).toContain('Miljoner kronor: samma pengar som budgetraderna (809 totalt), sedda per betalare – inte mer pengar');
    expect(drawn(flowsChart(realCorpus(), 2024, 'sv')).alt).toContain('Samma pengar som budgetraderna (809 miljoner kronor), sedda per betalare – inte mer pengar');
    expect(specText(drawn(flowsChart(realCorpus(), 2024, 'en')))).toContain('SEK million: the same money as the budget lines (809 in total), seen by payer – not more money');
  });

  it('for a year whose sources do not say how the money is paid out, says so', () => {
    expect(flowsChart(realCorpus(), 2021, 'en')).toEqual({ ok: false, message: 'The sources for 2021 do not say how the money is paid out; no chart to draw.' });
  });
});

describe('captions', () => {
  it('writes runs of lines as ranges', () => {
    expect(lineRanges([205, 211, 209, 210, 3])).toBe('3, 205, 209–211');
  });

  it('gives the 2026 lines, which only a press release states, each marked, with the mark explained, and no legend for their single group', () => {
    const chart = drawn(linesChart(realCorpus(), 2026, 'en'));
    expect(barsOf(chart).map((b) => b.value)).toEqual(['500*', '280*', '176*', '49*']);
    expect(specText(chart)).toContain('Source: Regeringen och SKR överens om en miljard till cancervården (press release)*, lines\u00a09, 11"');
    expect(specText(chart)).toContain("* Press release figure, not from the agreement's own text.");
    expect(layerNames(chart)).not.toContain('legend');
  });

  it('lists one source per line, after its years, when the facts come from several sources', () => {
    const caption = sourceCaption(factsOf('total'), realCorpus().sources, 'en');
    expect(caption[0]).toBe('Sources:');
    expect(caption[1]).toBe('2021: Meddelande från styrelsen nr 19/2020: Överenskommelse om en jämlik och effektiv cancervård med kortare väntetider 2021, line\u00a0139');
    expect(buildChart(realCorpus(), { kind: 'totals' }, 'sv').ok).toBe(true);
  });
});
