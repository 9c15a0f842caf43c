/**
 * `npm run corpus`: a readable overview of the corpus per agreement year (total, budget lines,
 * tasks per owner, deadlines). `npm run --silent corpus -- --json`: every fact as one JSON array.
 */
import { formatAmount } from '../corpus/amounts.ts';
import type { Corpus } from '../corpus/load.ts';
import { corpusOrExit } from './corpusOrExit.ts';
import { checkArgs, runMain, usageError } from './cli.ts';

export function overview(corpus: Corpus): string {
  const years = [...new Set(corpus.facts.map((f) => f.year).filter((y): y is number => y !== null))].sort();
  const out: string[] = [];
  for (const year of years) {
    const of = (kind: string) => corpus.facts.filter((f) => f.kind === kind && f.year === year);
    const total = of('total')[0];
    const lines = of('budget');
    const sum = lines.reduce((s, f) => s + (f.amountSEK ?? 0), 0);
    out.push(`${year}`);
    out.push(`  total:     ${total ? `${formatAmount(total.amountSEK!, 'sv')} (${total.citation.path}:${total.citation.line})` : 'none stated'}`);
    out.push(`  budget:    ${lines.length ? `${lines.length} lines summing to ${formatAmount(sum, 'sv')}` : 'no lines'}`);
    const flows = of('flow');
    if (flows.length) out.push(`  flows:     ${flows.map((f) => `${f.payer} → ${f.owner}: ${formatAmount(f.amountSEK!, 'sv')}`).join('; ')}`);
    const funding = corpus.facts.filter((f) => f.kind === 'funding' && (f.year === year || (f.period && f.period.from <= year && year <= f.period.to)));
    if (funding.length) out.push(`  funding:   ${funding.map((f) => `${formatAmount(f.amountSEK!, 'sv')} (${f.label})`).join('; ')}`);
    const owners = new Map<string, number>();
    for (const f of of('insats')) owners.set(f.owner!, (owners.get(f.owner!) ?? 0) + 1);
    out.push(`  insatser:  ${owners.size ? [...owners].map(([o, n]) => `${o} ${n}`).join(', ') : 'none'}`);
    const deadlines = of('deadline');
    if (deadlines.length) out.push(`  deadlines: ${deadlines.map((f) => `${f.date} ${f.label.slice(0, 60)}`).join('\n             ')}`);
    out.push('');
  }
  const covered = new Set(years);
  const missing = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) if (!covered.has(y)) missing.push(y);
  if (missing.length) out.push(`No source for: ${missing.join(', ')}`);
  out.push(`${corpus.facts.length} facts from ${corpus.sources.length} sources.`);
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const usage = 'usage: npm run --silent corpus -- [--json]';
  checkArgs(argv, { usage, flags: ['--json'], help: ['  --json   every fact as one JSON array (CONTRACT §1); without it, an overview'] });
  const extra = argv.filter((a) => a !== '--json');
  if (extra.length) usageError(`unexpected ${JSON.stringify(extra.join(' '))}`, { usage });
  await runMain('corpus', () => {
    const corpus = corpusOrExit();
    if (argv.includes('--json')) process.stdout.write(JSON.stringify(corpus.facts) + '\n');
    else console.log(overview(corpus));
  });
}
