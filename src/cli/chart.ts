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

import { CliError, checkArgs, fileProblem, runMain, usageError } from './cli.ts';

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
  const [kind, year, ...rest] = positional;
  if (kind === undefined) return fail('which chart: totals, lines YEAR or flows YEAR');
  if (kind !== 'totals' && kind !== 'lines' && kind !== 'flows') return fail(`unknown chart ${JSON.stringify(kind)}: totals, lines YEAR or flows YEAR`);
  if (rest.length) return fail(`unexpected ${JSON.stringify(rest.join(' '))}`);
  if (kind === 'totals' && year !== undefined) return fail('totals takes no year');
  if (kind !== 'totals' && (year === undefined || !/^\d{4}$/.test(year))) return fail(`${kind} needs a year written YYYY, not ${JSON.stringify(year ?? '')}`);
  if (spec === (out !== null)) return fail('give exactly one of --out FILE.png and --spec');
  return kind === 'totals' ? { request: { kind }, language, out } : { request: { kind, year: Number(year) }, language, out };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  checkArgs(argv, {
    usage: USAGE,
    flags: ['--spec'],
    values: ['--lang', '--out'],
    help: ['  totals            the agreements\' totals per year', '  lines YEAR        a year\'s budget lines', '  flows YEAR        how a year\'s money is paid out', '  --lang sv|en      the language of the labels (default sv)', '  --out FILE.png    write the chart as a PNG', '  --spec            print its Vega-Lite spec as JSON instead', 'example: npm run --silent chart -- lines 2024 --lang en --out lines-2024.png'],
  });
  await runMain('chart', async () => {
    const args = parseArgs(argv);
    if ('error' in args) return usageError(args.error.split('\n')[0]!, { usage: USAGE });
    const chart = buildChart(corpusOrExit(), args.request, args.language);
    if (!chart.ok) throw new CliError(chart.message);
    if (args.out === null) process.stdout.write(JSON.stringify(chart.spec, null, 2) + '\n');
    else {
      const png = await chartPng(chart.spec);
      try {
        writeFileSync(args.out, png);
      } catch (e) {
        throw fileProblem(args.out, e);
      }
      process.stdout.write(`${args.out}\n`);
    }
  });
}
