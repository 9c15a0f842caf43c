/**
 * Drawing a chart: Vega-Lite spec → Vega → SVG (Vega's headless View, no canvas) → PNG (resvg),
 * with the packaged font only, so a chart looks the same on every machine.
 */
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_FONT } from './font.ts';

/** PNG pixels per spec pixel: sharp when pasted into a slide. */
export const CHART_SCALE = 2;

/** The spec drawn as SVG text. */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The spec drawn as a PNG file's bytes, CHART_SCALE times the spec's size. */
export async function chartPng(spec: TopLevelSpec): Promise<Buffer> {
  const svg = await chartSvg(spec);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: CHART_SCALE },
    background: 'white',
    font: { fontFiles: [...CHART_FONT.files], loadSystemFonts: false, defaultFontFamily: CHART_FONT.family },
  });
  return resvg.render().asPng();
}
