/**
 * `npm run ingest`: extract the facts from the source texts and write them to data/facts/.
 * `npm run ingest -- --check`: write nothing; fail when the committed facts differ from what
 * ingest would write now (a source, rule or correction changed without re-running ingest).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, serialise } from '../ingest/ingest.ts';
import { formatReport } from '../ingest/report.ts';
import { FACTS_DIR, ROOT, factsFile, loadCorpus } from '../corpus/load.ts';
import { checkArgs, runMain, usageError } from './cli.ts';

export function runIngest(argv: string[], root = ROOT): number {
  const check = argv.includes('--check');
  const { facts: extracted, report } = ingest(root);
  if (!argv.includes('--quiet')) console.log(formatReport(report));
  const wanted = new Map([...extracted].map(([id, facts]) => [factsFile(id), serialise(facts)]));
  const dir = join(root, FACTS_DIR);
  const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => `${FACTS_DIR}/${f}`) : [];
  const stale = [
    ...[...wanted].filter(([file, text]) => !existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== text).map(([f]) => f),
    ...present.filter((f) => !wanted.has(f)),
  ];
  if (check) {
    if (stale.length) {
      console.error(`Stale facts: ${stale.join(', ')}\nRun \`npm run ingest\` and review the diff.`);
      return 1;
    }
    console.log(`Facts are up to date (${[...extracted.values()].flat().length} facts from ${extracted.size} sources).`);
    return 0;
  }
  mkdirSync(dir, { recursive: true });
  for (const f of present) if (!wanted.has(f)) rmSync(join(root, f));
  for (const [file, text] of wanted) writeFileSync(join(root, file), text);
  const corpus = loadCorpus(root); // validate what was written: citations, amounts, sums
  console.log(`Wrote ${corpus.facts.length} facts from ${extracted.size} sources to ${FACTS_DIR}/ (${stale.length} files changed).`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const usage = 'usage: npm run ingest -- [--check] [--quiet]';
  checkArgs(argv, { usage, flags: ['--check', '--quiet'], help: ['  --check   write nothing; fail when the committed facts differ from what the sources give', '  --quiet   print no report'] });
  const extra = argv.filter((a) => !a.startsWith('--'));
  if (extra.length) usageError(`unexpected ${JSON.stringify(extra.join(' '))}`, { usage });
  await runMain('ingest', () => runIngest(argv));
}
