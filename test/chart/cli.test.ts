import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/chart.ts';
import { ROOT } from '../../src/corpus/load.ts';
import { decodePng, PNG_SIGNATURE } from '../helpers/png.ts';

/** The CLI as `npm run --silent chart -- …` runs it. */
const chart = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/chart.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

interface SpecDatum {
  amountSEK: number;
  citation: { path: string; line: number; quote: string };
}

describe('npm run chart', () => {
  it('--spec prints the Vega-Lite spec, whose data values carry each bar\'s amountSEK and citation', () => {
    const run = chart('flows', '2024', '--spec', '--lang', 'en');
    expect(run.status).toBe(0);
    const spec = JSON.parse(run.stdout);
    expect(spec.$schema).toMatch(/vega-lite/);
    const values: SpecDatum[] = spec.data.values;
    // Largest first, as drawn.
    expect(values.map((d) => d.amountSEK)).toEqual([405_000_000, 365_000_000, 39_000_000]);
    expect(values.every((d) => d.citation.path === 'data/sources/2024-rcc-overenskommelsen.txt' && d.citation.quote.length > 0)).toBe(true);
  });

  it('--out writes a PNG and prints its path', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chart-')), 'totals.png');
    const run = chart('totals', '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(out);
    const png = readFileSync(out);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(decodePng(png).width).toBe(1920);
  });

  it('exits 1 with a clear message on stderr for a year with no such facts', () => {
    const run = chart('lines', '2023', '--spec');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Källan för 2023 har inga budgetrader');
    expect(chart('flows', '2022', '--spec', '--lang', 'en').stderr).toContain('No source for 2022');
  });

  it('exits 2 with the usage on bad arguments', () => {
    const run = chart('pie', '--spec');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('unknown chart "pie": totals, lines YEAR or flows YEAR\nusage: npm run --silent chart -- totals|lines YEAR|flows YEAR [--lang sv|en] (--out FILE.png | --spec)\n');
  });

  it('refuses what is not a chart request, saying what is wrong', () => {
    const cases: [string[], string][] = [
      [['--spec'], 'which chart: totals, lines YEAR or flows YEAR'],
      [['lines', '--spec'], 'lines needs a year written YYYY'],
      [['flows', '24', '--spec'], 'flows needs a year written YYYY, not "24"'],
      [['totals'], 'give exactly one of --out FILE.png and --spec'],
      [['totals', '--spec', '--out', 'x.png'], 'give exactly one of'],
      [['totals', '--lang', 'de', '--spec'], '--lang takes sv or en, not "de"'],
      [['totals', '2024', '--spec'], 'totals takes no year'],
      [['totals', '--spec', '--svg'], 'unknown option "--svg"'],
    ];
    for (const [args, problem] of cases) expect(parseArgs(args), args.join(' ')).toEqual({ error: expect.stringContaining(problem) });
    expect(parseArgs(['lines', '2024', '--lang', 'en', '--out', 'x.png'])).toEqual({ request: { kind: 'lines', year: 2024 }, language: 'en', out: 'x.png' });
  });
});
