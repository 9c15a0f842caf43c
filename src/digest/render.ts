/**
 * Deadlines as plain text (Slack mrkdwn that also reads well on a terminal): one line per
 * deadline with its date, days left, what it is, and its source (document and line) or author.
 */
import type { Corpus } from '../corpus/load.ts';
import { escapeMrkdwn } from '../text/mrkdwn.ts';
import type { DeadlineItem } from './deadlines.ts';

/** Longest label shown on a deadline line; corpus labels can be whole sentences. */
const MAX_LABEL = 160;

/** Days left in Swedish: "i dag", "i morgon", "om 5 dagar", "1 dag sen", "12 dagar sen". */
export function describeDaysLeft(n: number): string {
  if (n === 0) return 'i dag';
  if (n === 1) return 'i morgon';
  if (n > 1) return `om ${n} dagar`;
  return n === -1 ? '1 dag sen' : `${-n} dagar sen`;
}

/**
 * Where a deadline comes from, as Slack text: the source's title and line, or the admin who added
 * it, by name: the digest goes to channels every weekday, and a mention would ping them each time.
 * (A deadline stored before names were kept falls back to a mention.)
 */
export function describeSource(d: DeadlineItem, corpus: Corpus): string {
  if (d.source === 'user') {
    const who = d.user.addedByName ? `@${escapeMrkdwn(d.user.addedByName)}` : `<@${d.user.addedBy}>`;
    return `tillagd av ${who} ${d.user.addedAt.slice(0, 10)}, nr ${d.user.id}`;
  }
  const source = corpus.sources.find((s) => s.path === d.fact.citation.path);
  return `${escapeMrkdwn(source?.title ?? d.fact.citation.path)}, rad ${d.fact.citation.line}`;
}

/** One deadline as a bullet line. */
export function deadlineLine(d: DeadlineItem, corpus: Corpus): string {
  const label = d.label.length > MAX_LABEL ? `${d.label.slice(0, MAX_LABEL - 1).trimEnd()}…` : d.label;
  return `• ${d.date} (${describeDaysLeft(d.daysLeft)}) – ${escapeMrkdwn(label)} _(${describeSource(d, corpus)})_`;
}
