/**
 * The review `source add` and `source remove` print: the facts a source gives, by kind; each of its
 * years' total and whether the budget lines sum to it; the sentences with an amount or a "ska" that
 * gave no fact; and the answers to a standard set of questions about its years before and after.
 */
import { answer } from '../answer/answer.ts';
import { formatAmount } from '../corpus/amounts.ts';
import type { Corpus } from '../corpus/load.ts';
import type { Fact } from '../corpus/schema.ts';
import { formatReport, type SourceReport } from '../ingest/report.ts';

/** What a curator checks for a year: its total, lines, tasks per owner, deadlines, what is new. */
export const reviewQuestions = (year: number): string[] => [
  `Hur mycket omfattar överenskommelsen ${year}?`,
  `Vilka budgetposter finns ${year}?`,
  `Hur betalas pengarna ut ${year}?`,
  `Vad ska RCC i samverkan göra ${year}?`,
  `Vad ska regionerna göra ${year}?`,
  `Vilka deadlines finns ${year}?`,
  `Vad är nytt ${year}?`,
];

export type Answers = Map<string, string>;

/** The standard questions' answers (their text) for the years, on a corpus. */
export function answersFor(corpus: Corpus, years: number[], today: string): Answers {
  const out: Answers = new Map();
  for (const year of years) for (const q of reviewQuestions(year)) out.set(q, answer(q, { corpus, today }).text);
  return out;
}

/** Lines of `after` not in `before` (+) and of `before` not in `after` (-), in order, at most `max` each. */
function lineDiff(before: string, after: string, max = 8): string[] {
  const a = before.split('\n').filter((l) => l.trim());
  const b = after.split('\n').filter((l) => l.trim());
  const inA = new Set(a);
  const inB = new Set(b);
  const gone = a.filter((l) => !inB.has(l));
  const came = b.filter((l) => !inA.has(l));
  const cut = (lines: string[], sign: string) => [...lines.slice(0, max).map((l) => `      ${sign} ${l}`), ...(lines.length > max ? [`      ${sign} … ${lines.length - max} more lines`] : [])];
  return [...cut(gone, '-'), ...cut(came, '+')];
}

/** The answers that changed, as a diff per question; one line when none did. */
export function answerDiff(before: Answers, after: Answers): string[] {
  const out: string[] = [];
  for (const [q, was] of before) {
    const now = after.get(q) ?? '';
    if (now === was) continue;
    out.push(`  ${q}`, ...lineDiff(was, now));
  }
  return out.length ? ['Answers that change:', ...out] : ['No answer to the standard questions changes.'];
}

/** Facts by kind: "total 1, budget 6, insats 40". */
export function countsLine(facts: Fact[]): string {
  const counts = new Map<string, number>();
  for (const f of facts) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const order = ['total', 'budget', 'flow', 'funding', 'insats', 'deadline', 'passage'];
  return [...counts].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])).map(([k, n]) => `${k} ${n}`).join(', ') || 'no facts';
}

/** Each year's total (from whichever source states it) and whether its budget lines sum to it. */
export function yearLines(corpus: Corpus, years: number[]): string[] {
  return years.map((year) => {
    const total = corpus.facts.find((f) => f.kind === 'total' && f.year === year && f.amountSEK !== null);
    const lines = corpus.facts.filter((f) => f.kind === 'budget' && f.year === year && f.amountSEK !== null && !f.tags?.includes('restates'));
    const sum = lines.reduce((s, f) => s + f.amountSEK!, 0);
    const where = (f: Fact) => `${f.sourceId}, line ${f.citation.line}`;
    if (!total) return `${year}: no total stated${lines.length ? `; ${lines.length} budget lines summing to ${formatAmount(sum, 'sv')}` : ''}.`;
    const head = `${year}: total ${formatAmount(total.amountSEK!, 'sv')} (${where(total)})`;
    if (!lines.length) return `${head}; no budget lines.`;
    return sum === total.amountSEK ? `${head}; its ${lines.length} budget lines sum to it.` : `${head}; its ${lines.length} budget lines sum to ${formatAmount(sum, 'sv')}, not to the total.`;
  });
}

/** What ingest could not read in the source: its report, without the counts line. */
export function unreadLines(report: SourceReport | undefined): string[] {
  if (!report) return [];
  const lines = formatReport([report]).split('\n').slice(1);
  return lines.length ? ['Not read as facts (check these):', ...lines] : ['Every sentence with an amount or a "ska" gave a fact.'];
}
