/**
 * `npm run --silent chart -- totals|lines YEAR|flows YEAR [--lang sv|en] (--out FILE.png | --spec)`
 * (CONTRACT §2): draws a chart to a PNG file, or prints its Vega-Lite spec as JSON, whose data
 * values carry each bar's `amountSEK` and its fact's `citation`.
 * Exit 2 on bad arguments, 1 when the year has no such facts (the reason on stderr).
 */
import { writeFileSync } from 'node:fs';
import { buildChart, type ChartRequest } from '../chart/chart.ts';
import { chartPng } from '../chart/render.ts';
import type { ChartLanguage } from '../chart/words.ts';
import { corpusOrExit } from './corpusOrExit.ts';

const USAGE = 'usage: npm run --silent chart -- totals|lines YEAR|flows YEAR [--lang sv|en] (--out FILE.png | --spec)';

export interface ChartArgs {
  request: ChartRequest;
  language: ChartLanguage;
  /** Where to write the PNG; null prints the spec. */
  out: string | null;
}

/** The CLI's arguments, or what is wrong with them. */
export function parseArgs(argv: string[]): ChartArgs | { error: string } {
  const fail = (problem: string) => ({ error: `${problem}\n${USAGE}` });
  const positional: string[] = [];
  let language: ChartLanguage = 'sv';
  let out: string | null = null;
  let spec = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--spec') spec = true;
    else if (a === '--lang') {
      const v = argv[++i];
      if (v !== 'sv' && v !== 'en') return fail(`--lang takes sv or en, not ${JSON.stringify(v ?? '')}`);
      language = v;
    } else if (a === '--out') {
      const v = argv[++i];
      if (!v || v.startsWith('--')) return fail('--out needs a file name');
      out = v;
    } else if (a.startsWith('--')) return fail(`unknown option ${JSON.stringify(a)}`);
    else positional.push(a);
  }
  if (spec === (out !== null)) return fail('give exactly one of --out FILE.png and --spec');
  const [kind, year, ...rest] = positional;
  if (rest.length) return fail(`unexpected ${JSON.stringify(rest.join(' '))}`);
  if (kind === 'totals') return year === undefined ? { request: { kind }, language, out } : fail('totals takes no year');
  if (kind === 'lines' || kind === 'flows') {
    if (year === undefined || !/^\d{4}$/.test(year)) return fail(`${kind} needs a year written YYYY, not ${JSON.stringify(year ?? '')}`);
    return { request: { kind, year: Number(year) }, language, out };
  }
  return fail(`unknown chart ${JSON.stringify(kind ?? '')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) {
    process.stderr.write(args.error + '\n');
    process.exit(2);
  }
  const chart = buildChart(corpusOrExit(), args.request, args.language);
  if (!chart.ok) {
    process.stderr.write(chart.message + '\n');
    process.exit(1);
  }
  if (args.out === null) process.stdout.write(JSON.stringify(chart.spec, null, 2) + '\n');
  else {
    writeFileSync(args.out, await chartPng(chart.spec));
    process.stdout.write(`${args.out}\n`);
  }
}
