/**
 * The chart a request names: `totals`, `lines YEAR` or `flows YEAR` (CONTRACT §2), for the CLI,
 * Slack and the console alike.
 */
import type { Corpus } from '../corpus/load.ts';
import { type Chart, flowsChart, linesChart, totalsChart } from './specs.ts';
import type { ChartLanguage } from './words.ts';

export type ChartRequest = { kind: 'totals' } | { kind: 'lines' | 'flows'; year: number };

export function buildChart(corpus: Corpus, request: ChartRequest, language: ChartLanguage): Chart {
  if (request.kind === 'totals') return totalsChart(corpus, language);
  return request.kind === 'lines' ? linesChart(corpus, request.year, language) : flowsChart(corpus, request.year, language);
}
