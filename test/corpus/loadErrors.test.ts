/**
 * A data file that is not what it must be stops loading with `file:line: what is wrong` (or
 * `file: what is wrong` where no line applies): a facts file deleted, saved with a byte order
 * mark, or broken on one line. Never a silent start with facts missing, never a bare SyntaxError;
 * the bot and the CLIs print that one line without a stack trace and exit 1.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataError, ROOT, loadCorpus } from '../../src/corpus/load.ts';
import { NO_SLACK } from '../helpers/process.ts';

let roots: string[] = [];
afterEach(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
  roots = [];
});

/** A copy of the project's data in a temp folder: what loadCorpus(root) reads. */
function dataRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'corpus-errors-'));
  roots.push(root);
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
  return root;
}

/** Change line `n` (1-based) of a file in `root`. */
function editLine(root: string, file: string, n: number, change: (line: string) => string): void {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  lines[n - 1] = change(lines[n - 1]!);
  writeFileSync(join(root, file), lines.join('\n'));
}

/** What loadCorpus(root) throws: must be a DataError. */
function loadError(root: string): DataError {
  try {
    loadCorpus(root);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected the corpus to be refused');
}

describe('loading a corpus whose data files are wrong', () => {
  it('a deleted facts file is named with its source and what to run, not a silent start without its facts', () => {
    const root = dataRoot();
    rmSync(join(root, 'data/facts/2024-rcc.json'));
    const e = loadError(root);
    expect(e.message).toMatch(/^data\/facts\/2024-rcc\.json: missing; /);
    expect(e.message).toContain('"2024-rcc"');
    expect(e.message).toContain('npm run ingest');
  });

  it('a missing sources.json is named', () => {
    const root = dataRoot();
    rmSync(join(root, 'data/sources/sources.json'));
    expect(loadError(root).message).toMatch(/^data\/sources\/sources\.json: missing/);
  });

  it('a facts file saved with a byte order mark is refused at line 1, saying so', () => {
    const root = dataRoot();
    const file = join(root, 'data/facts/2024-rcc.json');
    writeFileSync(file, '\uFEFF' + readFileSync(file, 'utf8'));
    expect(loadError(root).message).toBe('data/facts/2024-rcc.json:1: starts with a byte order mark (BOM); save it as UTF-8 without a BOM');
  });

  it('a broken value is named with its line', () => {
    const root = dataRoot();
    editLine(root, 'data/facts/2023-nyhet.json', 6, (l) => l.replace('null', 'nul'));
    expect(loadError(root).message).toMatch(/^data\/facts\/2023-nyhet\.json:6: not valid JSON: /);
  });

  it('a number JSON does not allow (a leading zero) is named with its line, not a bare SyntaxError', () => {
    const root = dataRoot();
    editLine(root, 'data/facts/2024-rcc.json', 20, (l) => l.replace('2024', '02024'));
    expect(loadError(root).message).toMatch(/^data\/facts\/2024-rcc\.json:20: not valid JSON: /);
  });

  it('a bad escape in a string is named with its line', () => {
    const root = dataRoot();
    editLine(root, 'data/facts/2023-nyhet.json', 9, (l) => l.replace('"label": "', '"label": "\\q'));
    expect(loadError(root).message).toMatch(/^data\/facts\/2023-nyhet\.json:9: not valid JSON: /);
  });

  it('a facts file that is not UTF-8 is named with its line', () => {
    const root = dataRoot();
    const file = join(root, 'data/facts/2023-nyhet.json');
    writeFileSync(file, Buffer.from(readFileSync(file, 'utf8'), 'latin1')); // "träffat" on line 9 is the first letter past ASCII
    expect(loadError(root).message).toMatch(/^data\/facts\/2023-nyhet\.json:9: not UTF-8 text/);
  });
});

/**
 * The program itself on a copy of the project (its src, data and package.json, with node_modules
 * linked): ROOT is where the code stands, so a broken copy of the data breaks only the copy.
 */
function projectCopy(): string {
  const root = dataRoot();
  cpSync(join(ROOT, 'src'), join(root, 'src'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  const facts = join(root, 'data/facts/2024-rcc.json');
  writeFileSync(facts, '\uFEFF' + readFileSync(facts, 'utf8'));
  return root;
}
const BOM_LINE = 'data/facts/2024-rcc.json:1: starts with a byte order mark (BOM); save it as UTF-8 without a BOM';

describe('a broken facts file, run for real', { timeout: 60_000 }, () => {
  it('`npm run corpus` prints the file, the line and what is wrong, no stack, exit 1, nothing on stdout', () => {
    const root = projectCopy();
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/corpus.ts'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr.trim()).toBe(BOM_LINE);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(1);
  });

  it('`npm start` says the bot cannot start and why, no stack, exit 1', () => {
    const root = projectCopy();
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      encoding: 'utf8',
      input: '',
      env: { ...process.env, ...NO_SLACK, DATA_DIR: join(root, 'var'), ALLOW_NEW_DATABASE: '' },
    });
    expect(r.stderr.trim()).toBe(`The bot cannot start: ${BOM_LINE}`);
    expect(r.status).toBe(1);
  });
});
