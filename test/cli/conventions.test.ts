/**
 * Every command-line tool behaves alike (CONTRACT §2): --help prints its usage and exits 0; an
 * unknown option or a missing argument is one line naming it, with the usage line, exit 2; a file
 * it cannot read or write is one line with the path and the reason, exit 1; never a stack trace.
 * Run as `npm run --silent X -- …` runs them, in a DATA_DIR of their own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/corpus/load.ts';
import { databasePath } from '../../src/store/open.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'cli-conventions-'));
const run = (tool: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${tool}.ts`, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir, DEBUG: '' } });

const TOOLS = ['ask', 'chart', 'corpus', 'digest', 'ingest', 'lexicon', 'report', 'source', 'store'];
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)|node:internal/u);

describe('every CLI', () => {
  it.each(TOOLS)('%s --help prints its usage on stdout and exits 0', (tool) => {
    const r = run(tool, '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run (?:--silent )?\w+ --/u);
    expect(r.stderr).toBe('');
  });

  it.each(TOOLS)('%s --bogus names the option and the usage, exit 2', (tool) => {
    const r = run(tool, '--bogus');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^unknown option --bogus\nusage: npm run /u);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it.each([
    ['ask', [], 'no question given'],
    ['ask', ['--batch'], '--batch needs a value'],
    ['chart', [], 'which chart: totals, lines YEAR or flows YEAR'],
    ['chart', ['lines', '--spec'], 'lines needs a year written YYYY'],
    ['report', ['--days'], '--days needs a value'],
    ['digest', ['--today'], '--today needs a value'],
    ['lexicon', [], 'missing --export'],
    ['source', [], 'a command is needed: add, list or remove'],
    ['source', ['add'], 'add needs the FILE to add'],
    ['source', ['add', 'x.pdf', '--year', '20x5'], '--year needs a year such as 2027'],
    ['source', ['remove'], 'remove needs one source id'],
  ] as const)('%s %j: a missing argument is one line and the usage, exit 2', (tool, args, message) => {
    const r = run(tool, ...args);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    noStack(r.stderr);
  });

  it('a file that cannot be read or written is one line with its path and why, exit 1', () => {
    const batch = run('ask', '--json', '--batch', '/no/such/file.jsonl');
    expect([batch.status, batch.stderr]).toEqual([1, 'ask: /no/such/file.jsonl: no such file or directory\n']);
    const out = run('chart', 'lines', '2024', '--out', '/no/such/dir/x.png');
    expect([out.status, out.stderr]).toEqual([1, 'chart: /no/such/dir/x.png: no such file or directory\n']);
    const source = run('source', 'add', '/no/such/agreement.pdf');
    expect([source.status, source.stderr]).toEqual([1, 'source: /no/such/agreement.pdf: no such file or directory\n']);
    const report = run('report');
    expect(report.status).toBe(1);
    expect(report.stderr).toBe(`report: no database at ${databasePath(dataDir)}: set DATA_DIR to the folder the bot keeps its data in (or DATABASE_URL to its PostgreSQL database)\n`);
  });

  it('ask --batch answers every line, reports one that is not JSON by its line number, and exits 1', () => {
    const file = join(dataDir, 'batch.jsonl');
    writeFileSync(file, '"total 2024"\nnot json\n"total 2021"\n');
    const r = run('ask', '--json', '--batch', file);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    expect(r.stderr).toBe(`${file}:2: not JSON (a question string, or {"q": "…", "thread": "…"})\n`);
  });
});

describe('output read by a reader that stops early (| head)', () => {
  it('the console ends quietly with exit 0, no EPIPE stack trace', () => {
    const questions = Array.from({ length: 40 }, (_, i) => (i % 2 ? 'vilka insatser har RCC i samverkan 2024' : 'budgetraderna 2024')).join('\n');
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SLACK_')));
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `node --import tsx src/main.ts | head -n 1`], { cwd: ROOT, encoding: 'utf8', input: `${questions}\n`, env: { ...env, DATA_DIR: mkdtempSync(join(tmpdir(), 'cli-pipe-')), DEBUG: '' } });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /u);
    expect(r.status).toBe(0);
  });
});
