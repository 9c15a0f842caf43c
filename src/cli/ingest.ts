/**
 * `npm run ingest`: extract the facts from the source texts and write them to data/facts/.
 * `npm run ingest -- --check`: write nothing; fail when the committed facts differ from what
 * ingest would write now (a source, rule or correction changed without re-running ingest).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, serialise } from '../ingest/ingest.ts';
import { formatReport, type SourceReport } from '../ingest/report.ts';
import type { Fact } from '../corpus/schema.ts';
import { type Corpus, FACTS_DIR, ROOT, factsFile, loadCorpus } from '../corpus/load.ts';
import { checkArgs, runMain, usageError } from './cli.ts';

export function runIngest(argv: string[], root = ROOT): number {
  const check = argv.includes('--check');
  if (check) {
    const { facts: extracted, report } = ingest(root);
    if (!argv.includes('--quiet')) console.log(formatReport(report));
    const stale = staleFiles(root, extracted);
    if (stale.length) {
      console.error(`Stale facts: ${stale.join(', ')}\nRun \`npm run ingest\` and review the diff.`);
      return 1;
    }
    console.log(`Facts are up to date (${[...extracted.values()].flat().length} facts from ${extracted.size} sources).`);
    return 0;
  }
  const { report, corpus, changed, sources } = ingestInto(root);
  if (!argv.includes('--quiet')) console.log(formatReport(report));
  console.log(`Wrote ${corpus.facts.length} facts from ${sources} sources to ${FACTS_DIR}/ (${changed.length} files changed).`);
  return 0;
}

/** The facts files that differ from what ingest gives now, or that no source gives any more. */
function staleFiles(root: string, extracted: Map<string, Fact[]>): string[] {
  const wanted = new Map([...extracted].map(([id, facts]) => [factsFile(id), serialise(facts)]));
  const dir = join(root, FACTS_DIR);
  const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => `${FACTS_DIR}/${f}`) : [];
  return [
    ...[...wanted].filter(([file, text]) => !existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== text).map(([f]) => f),
    ...present.filter((f) => !wanted.has(f)),
  ];
}

/**
 * Ingest the sources under `root` and write their facts, then load what was written (every
 * citation, amount and sum checked: a DataError when one fails). Returns the report, the corpus
 * and the facts files that changed.
 */
export function ingestInto(root: string): { report: SourceReport[]; corpus: Corpus; changed: string[]; sources: number } {
  const { facts: extracted, report } = ingest(root);
  const wanted = new Map([...extracted].map(([id, facts]) => [factsFile(id), serialise(facts)]));
  const changed = staleFiles(root, extracted);
  const dir = join(root, FACTS_DIR);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => `${FACTS_DIR}/${f}`)) if (!wanted.has(f)) rmSync(join(root, f));
  for (const [file, text] of wanted) writeFileSync(join(root, file), text);
  return { report, corpus: loadCorpus(root), changed, sources: extracted.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const usage = 'usage: npm run ingest -- [--check] [--quiet]';
  checkArgs(argv, { usage, flags: ['--check', '--quiet'], help: ['  --check   write nothing; fail when the committed facts differ from what the sources give', '  --quiet   print no report'] });
  const extra = argv.filter((a) => !a.startsWith('--'));
  if (extra.length) usageError(`unexpected ${JSON.stringify(extra.join(' '))}`, { usage });
  await runMain('ingest', () => runIngest(argv));
}
