/**
 * Which chart a message can offer ("Visa diagram"), from the facts it shows: payments → that
 * year's flows, a year's budget lines → that chart, totals (one year, a comparison, a trend, the
 * /cancer-totals table) → the totals chart. Nothing else gets a chart: a chart of one insats or a
 * deadline would say nothing a sentence does not.
 */
import type { Fact } from '../corpus/schema.ts';
import type { ChartRequest } from './chart.ts';
import { hasTrait } from '../answer/intents/traits.ts';

const yearOfOnly = (facts: Fact[]): number | null => {
  const years = new Set(facts.map((f) => f.year));
  const [year] = years;
  return years.size === 1 && typeof year === 'number' ? year : null;
};

/** The chart for these facts, best first: flows, then lines, then totals; null when none fits. */
export function chartForFacts(facts: Fact[]): ChartRequest | null {
  const flowYear = yearOfOnly(facts.filter((f) => f.kind === 'flow'));
  if (flowYear !== null && !facts.some((f) => f.kind === 'budget')) return { kind: 'flows', year: flowYear };
  const linesYear = yearOfOnly(facts.filter((f) => f.kind === 'budget'));
  if (linesYear !== null) return { kind: 'lines', year: linesYear };
  if (facts.some((f) => f.kind === 'total')) return { kind: 'totals' };
  return null;
}

/** The chart an answer offers, by its intent and facts. */
export function chartForAnswer(intent: string, facts: Fact[]): ChartRequest | null {
  return hasTrait(intent, 'offersChart') ? chartForFacts(facts) : null;
}

/** Words that ask for a chart: "visa ett diagram över totalerna", "graf", "chart of the 2024 lines". */
const CHART_WORDS = /(?<![\p{L}])(?:diagram\p{L}*|grafer?|graph\p{L}*|charts?|stapeldiagram\p{L}*)(?![\p{L}])/iu;

/** Whether a question asks for a chart with its answer. */
export const asksForChart = (question: string): boolean => CHART_WORDS.test(question);
