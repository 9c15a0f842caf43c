/**
 * Chart drawing time (docs/performance.md): `npm run bench:chart` draws each chart (totals,
 * lines 2024, flows 2024) spec → SVG → PNG, once cold (the first draw in this process: Vega's
 * first parse, resvg's first font load) and then ROUNDS times warm, and prints a table against
 * the 300 ms target; `-- --check` exits with 1 when a target is missed.
 * Loading the modules is measured apart: a bot pays it once at start.
 */
import { performance } from 'node:perf_hooks';

const TARGET_MS = 300;
const ROUNDS = 10;

const t0 = performance.now();
const { buildChart } = await import('../src/chart/chart.ts');
const { chartPng } = await import('../src/chart/render.ts');
const { loadCorpus } = await import('../src/corpus/load.ts');
const importMs = performance.now() - t0;
const corpus = loadCorpus();

type Request = Parameters<typeof buildChart>[1];
const CHARTS: [string, Request][] = [
  ['totals', { kind: 'totals' }],
  ['lines 2024', { kind: 'lines', year: 2024 }],
  ['flows 2024', { kind: 'flows', year: 2024 }],
];

/** One draw from the corpus to PNG bytes, in ms. */
async function draw(request: Request): Promise<number> {
  const start = performance.now();
  const chart = buildChart(corpus, request, 'sv');
  if (!chart.ok) throw new Error(chart.message);
  await chartPng(chart.spec);
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: { chart: string; coldMs: number; warmMedianMs: number; warmMaxMs: number }[] = [];
for (const [name, request] of CHARTS) {
  const coldMs = await draw(request);
  const warm: number[] = [];
  for (let i = 0; i < ROUNDS; i++) warm.push(await draw(request));
  rows.push({ chart: name, coldMs, warmMedianMs: median(warm), warmMaxMs: Math.max(...warm) });
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(`modules loaded in ${ms(importMs)} (once per process)`);
console.log(`| chart | cold | warm median | warm max | target | met |\n|---|---|---|---|---|---|`);
let missed = false;
for (const r of rows) {
  const met = r.coldMs < TARGET_MS && r.warmMaxMs < TARGET_MS;
  missed ||= !met;
  console.log(`| ${r.chart} | ${ms(r.coldMs)} | ${ms(r.warmMedianMs)} | ${ms(r.warmMaxMs)} | < ${TARGET_MS} ms | ${met ? 'yes' : 'no'} |`);
}
if (process.argv.includes('--check') && missed) process.exit(1);
