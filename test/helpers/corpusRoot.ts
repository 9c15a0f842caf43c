/**
 * A corpus root in a temporary folder: the project's sources, plus any fixture sources, ingested
 * there exactly as a maintainer's `npm run ingest` would, so that tests can load what ingest wrote.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Source } from '../../src/corpus/schema.ts';
import { ROOT } from '../../src/corpus/load.ts';
import { runIngest } from '../../src/cli/ingest.ts';

export const FIXTURE_SOURCES = join(ROOT, 'test/fixtures/sources');

/** The fixture sources of test/fixtures/sources/sources.json, by id. */
export function fixtureSources(): Source[] {
  return JSON.parse(readFileSync(join(FIXTURE_SOURCES, 'sources.json'), 'utf8')) as Source[];
}

/** A fresh root holding the project's data plus the fixture sources named (and any texts given inline), ingested. */
export function rootWith(ids: string[], inline: { source: Source; text: string }[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'corpus-'));
  cpSync(join(ROOT, 'data/sources'), join(root, 'data/sources'), { recursive: true });
  cpSync(join(ROOT, 'data/curated.json'), join(root, 'data/curated.json'));
  const sources = JSON.parse(readFileSync(join(root, 'data/sources/sources.json'), 'utf8')) as Source[];
  for (const id of ids) {
    const source = fixtureSources().find((s) => s.id === id);
    if (!source) throw new Error(`no fixture source ${id}`);
    cpSync(join(FIXTURE_SOURCES, source.path.replace('data/sources/', '')), join(root, source.path));
    sources.push(source);
  }
  for (const { source, text } of inline) {
    writeFileSync(join(root, source.path), text);
    sources.push(source);
  }
  writeFileSync(join(root, 'data/sources/sources.json'), JSON.stringify(sources, null, 2) + '\n');
  const log = console.log;
  console.log = () => {};
  try {
    if (runIngest(['--quiet'], root) !== 0) throw new Error('ingest failed');
  } finally {
    console.log = log;
  }
  return root;
}
