/**
 * What ingest tells a maintainer about each source: how many facts of each kind it gave, the
 * facts it left out because another source states them, and every sentence that states an amount
 * or an "ska" but gave no fact of its own kind — the sentences a new layout may need a rule for.
 */
import { findAmounts } from '../corpus/amounts.ts';
import type { Fact } from '../corpus/schema.ts';
import type { SourceDoc } from './context.ts';
import type { Sentence } from './document.ts';

export interface Unread {
  line: number;
  quote: string;
  /** What the sentence has that no fact took: an amount, or a task ("ska") with no owner named. */
  why: 'amount' | 'task';
}

export interface SourceReport {
  sourceId: string;
  counts: Record<string, number>;
  restated: { line: number; kind: string; sameAs: string }[];
  unread: Unread[];
  /** Publication stamps found on the page ("Publicerad 3 maj 2022"), when sources.json has no date. */
  stamps: { line: number; text: string }[];
}

const TASK = /\b(?:ska|skall)\b/u;

/** Whether a fact cites (part of) a sentence: its quote holds the sentence, or the sentence holds it, at the sentence's lines. */
function cites(f: Fact, s: Sentence): boolean {
  const last = s.block.segments.filter((x) => x.text).at(-1)?.line ?? s.line;
  const lines = [f.citation.line, ...(f.alsoAt ?? [])];
  if (f.citation.quote.includes(s.quote)) return lines.some((l) => l <= s.line && s.line <= l + 40);
  return s.quote.includes(f.citation.quote) && lines.some((l) => s.line <= l && l <= last);
}

export function reportSource(doc: SourceDoc, facts: Fact[], restated: SourceReport['restated'], stamps: SourceReport['stamps']): SourceReport {
  const counts: Record<string, number> = {};
  for (const f of facts) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  const restatedLines = new Set(restated.map((r) => r.line));
  const units = [...doc.sentences, ...doc.blocks.filter((b) => b.kind === 'heading').map((b): Sentence => ({ text: b.text, line: b.line, quote: b.quote, block: b, start: 0 }))];
  const unread: Unread[] = [];
  for (const s of units) {
    if (restatedLines.has(s.line)) continue;
    const mine = facts.filter((f) => cites(f, s));
    const amounts = findAmounts(s.text).filter((a) => !a.approximate);
    // A heading that repeats an amount a fact of the source states (a page title) is read.
    const known = (v: number) => s.block.kind === 'heading' && facts.some((f) => f.amountSEK === v);
    if (amounts.length && !mine.some((f) => f.amountSEK !== null || f.unit) && !amounts.every((a) => known(a.value))) unread.push({ line: s.line, quote: s.quote, why: 'amount' });
    else if (TASK.test(s.text) && s.block.kind !== 'heading' && !mine.some((f) => f.kind === 'insats' || f.kind === 'deadline')) unread.push({ line: s.line, quote: s.quote, why: 'task' });
  }
  unread.sort((a, b) => a.line - b.line);
  return { sourceId: doc.source.id, counts, restated, unread, stamps };
}

/** The report as a maintainer reads it on the terminal. */
export function formatReport(reports: SourceReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    const counts = Object.entries(r.counts).sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(', ');
    out.push(`${r.sourceId}: ${counts || 'no facts'}`);
    for (const s of r.stamps) out.push(`  line ${s.line}: publication stamp «${s.text}» (sources.json has no "published"; set it from this)`);
    if (r.restated.length) out.push(`  ${r.restated.length} fact(s) left out, stated already by a better source: ${r.restated.map((x) => `line ${x.line} (${x.kind}, as ${x.sameAs})`).join('; ')}`);
    const amounts = r.unread.filter((u) => u.why === 'amount');
    const tasks = r.unread.filter((u) => u.why === 'task');
    for (const u of amounts) out.push(`  line ${u.line}: states an amount but gave no money fact: «${short(u.quote)}»`);
    for (const u of tasks) out.push(`  line ${u.line}: "ska" but no task read (no owner named as its subject): «${short(u.quote)}»`);
  }
  return out.join('\n');
}

const short = (s: string) => (s.length > 140 ? `${s.slice(0, 137)}…` : s);
