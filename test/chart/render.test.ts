import { describe, expect, it } from 'vitest';
import { buildChart, type ChartRequest } from '../../src/chart/chart.ts';
import { CHART_SCALE, chartPng, chartSvg } from '../../src/chart/render.ts';
import { colourCount, decodePng, PNG_SIGNATURE } from '../helpers/png.ts';
import { realCorpus } from '../helpers/bot.ts';

const specOf = (request: ChartRequest, language: 'sv' | 'en') => {
  const chart = buildChart(realCorpus(), request, language);
  if (!chart.ok) throw new Error(chart.message);
  return chart.spec as { width: number; height: number };
};

describe('drawing a chart', () => {
  const cases: [string, ChartRequest][] = [
    ['totals', { kind: 'totals' }],
    ['lines 2024', { kind: 'lines', year: 2024 }],
    ['flows 2024', { kind: 'flows', year: 2024 }],
  ];
  for (const [name, request] of cases) {
    it(`${name}: a PNG that decodes, CHART_SCALE times the spec's size, and is not blank`, async () => {
      const spec = specOf(request, 'sv');
      const png = await chartPng(spec as never);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      const image = decodePng(png);
      expect([image.width, image.height]).toEqual([spec.width * CHART_SCALE, spec.height * CHART_SCALE]);
      // A chart has a white background, bars in several colours and anti-aliased text.
      expect(colourCount(image)).toBeGreaterThan(20);
    });
  }

  it('writes the labels as text with the packaged font, in either language', async () => {
    const sv = await chartSvg(specOf({ kind: 'totals' }, 'sv') as never);
    expect(sv).toContain('ingen källa');
    expect(sv).toContain('1 005*');
    expect(sv).toContain('DejaVu Sans');
    const en = await chartSvg(specOf({ kind: 'lines', year: 2024 }, 'en') as never);
    expect(en).toContain('Barncancer');
    expect(en).toContain('Budget group (who distributes)');
    expect(en).toContain('Healthcare-region funds, shared equally among the RCCs');
  });
});
