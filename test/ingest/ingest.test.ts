import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, serialise } from '../../src/ingest/ingest.ts';
import { DataError, ROOT, loadCorpus } from '../../src/corpus/load.ts';

/** A throw-away project root holding copies of the real data, to break on purpose. */
function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'corpus-'));
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
  return root;
}

describe('ingest', () => {
  it('is deterministic: the committed facts are exactly what ingest writes now', () => {
    const out = execFileSync('npx', ['tsx', 'src/cli/ingest.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/up to date/);
  });

  it('fails --check when a committed facts file is stale', () => {
    const root = copyOfData();
    const file = join(root, 'data/facts/2024-rcc.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Barncancer"', '"Barncancer (ändrad)"'));
    const facts = extract(root);
    const fresh = serialise(facts.get('2024-rcc')!);
    expect(readFileSync(file, 'utf8')).not.toBe(fresh);
  });

  it('reads a future year\'s agreement (an invented fixture) without any code change', () => {
    const root = mkdtempSync(join(tmpdir(), 'future-'));
    mkdirSync(join(root, 'data/sources'), { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/2027-invented-agreement.txt'), join(root, 'data/sources/2027-invented.txt'));
    writeFileSync(
      join(root, 'data/sources/sources.json'),
      JSON.stringify([{ id: '2027-invented', path: 'data/sources/2027-invented.txt', title: 'Invented 2027 agreement (test fixture)', publisher: null, url: null, published: null, years: [2027] }]),
    );
    const facts = extract(root).get('2027-invented')!;
    const of = (kind: string) => facts.filter((f) => f.kind === kind);
    expect(of('total').map((f) => f.amountSEK)).toEqual([120_000_000]);
    expect(of('budget').map((f) => [f.label, f.amountSEK, f.group])).toEqual([
      ['Screeningsamordning', 20_000_000, 'Nationella medel'],
      ['Standardiserade vårdförlopp', 100_000_000, 'Nationella medel'],
    ]);
    expect(of('insats').map((f) => [f.owner, f.area, f.level])).toEqual([
      ['RCC i samverkan', 'Prevention och tidig upptäckt', 'nationellt'],
      ['RCC', 'Prevention och tidig upptäckt', 'nationellt'], // level follows the heading above it
      ['Regionerna', 'Tillgänglig och god vård', 'regionalt'],
    ]);
  });
});

describe('a broken data file stops loading with the file, the line and what is wrong', () => {
  it('names the line of a wrong amount', () => {
    const root = copyOfData();
    const file = join(root, 'data/facts/2024-rcc.json');
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('"amountSEK": 80000000');
    writeFileSync(file, text.replace('"amountSEK": 80000000', '"amountSEK": 81000000'));
    const line = text.slice(0, at).split('\n').length;
    expect(() => loadCorpus(root)).toThrowError(DataError);
    expect(() => loadCorpus(root)).toThrow(new RegExp(`^data/facts/2024-rcc\\.json:${line}: .*amountSEK is 81000000, but the quote states 80000000`));
  });

  it('names the line of a quote that is not in its source', () => {
    const root = copyOfData();
    const file = join(root, 'data/facts/2024-rcc.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"quote": "Barncancer - 80 miljoner kronor"', '"quote": "Barncancer - 90 miljoner kronor"'));
    expect(() => loadCorpus(root)).toThrow(/^data\/facts\/2024-rcc\.json:\d+: .*quote not found/);
  });

  it('names the line of invalid JSON and of a field of the wrong type', () => {
    const root = copyOfData();
    const file = join(root, 'data/sources/sources.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"years": [2024]', '"years": "2024"'));
    expect(() => loadCorpus(root)).toThrow(/^data\/sources\/sources\.json:\d+: years: /);
    writeFileSync(file, '[\n  { "id": "x",\n  ]\n');
    expect(() => loadCorpus(root)).toThrow(/^data\/sources\/sources\.json:3: not valid JSON/);
  });
});
