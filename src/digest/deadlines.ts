/**
 * Deadline selection: the corpus's dated milestones and the deadlines users added, as one list
 * relative to a day. Past corpus deadlines are history and never listed; past user deadlines are
 * "overdue" until an admin removes them.
 */
import type { Corpus } from '../corpus/load.ts';
import type { Fact } from '../corpus/schema.ts';
import type { UserDeadline } from '../store/types.ts';
import { addDays, daysBetween } from '../dates.ts';

/** One deadline relative to today: from the corpus (with its fact) or added by a user. */
export type DeadlineItem =
  | { source: 'corpus'; date: string; daysLeft: number; label: string; fact: Fact }
  | { source: 'user'; date: string; daysLeft: number; label: string; user: UserDeadline };

/** The deadlines from today up to `days` ahead (inclusive), and the overdue user deadlines. */
export interface DeadlineSelection {
  today: string;
  /** The last date included. */
  until: string;
  /** User deadlines before today, oldest first. */
  overdue: DeadlineItem[];
  /** Deadlines from today to `until`, soonest first (corpus before user on the same day). */
  upcoming: DeadlineItem[];
}

/** Select the deadlines to list for a day and a horizon in days. */
export function selectDeadlines(opts: { corpus: Corpus; userDeadlines: UserDeadline[]; today: string; days: number }): DeadlineSelection {
  const { today, days } = opts;
  const until = addDays(today, days);
  const corpusItems: DeadlineItem[] = opts.corpus.facts
    .filter((f) => f.kind === 'deadline' && f.date !== null)
    .map((f) => ({ source: 'corpus', date: f.date!, daysLeft: daysBetween(today, f.date!), label: f.label, fact: f }));
  const userItems: DeadlineItem[] = opts.userDeadlines.map((u) => ({ source: 'user', date: u.date, daysLeft: daysBetween(today, u.date), label: u.text, user: u }));
  const byDate = (a: DeadlineItem, b: DeadlineItem) => a.date.localeCompare(b.date) || (a.source === b.source ? 0 : a.source === 'corpus' ? -1 : 1);
  return {
    today,
    until,
    overdue: userItems.filter((d) => d.date < today).sort(byDate),
    upcoming: [...corpusItems, ...userItems].filter((d) => d.date >= today && d.date <= until).sort(byDate),
  };
}

/**
 * A deadline as it appears in JSON output (CONTRACT §2): a corpus deadline is its fact with
 * `source: "corpus"`; a user deadline has the same shape with `citation: null` and says who
 * added it and when.
 */
export type DeadlineFact =
  | (Fact & { source: 'corpus' })
  | (Omit<Fact, 'citation' | 'sourceId'> & { source: 'user'; citation: null; sourceId: null; addedBy: string; addedByName: string | null; addedAt: string });

export function toDeadlineFact(d: DeadlineItem): DeadlineFact {
  if (d.source === 'corpus') return { ...d.fact, source: 'corpus' };
  return {
    id: `user:${d.user.id}`,
    kind: 'deadline',
    year: Number(d.date.slice(0, 4)),
    amountSEK: null,
    owner: null,
    date: d.date,
    label: d.user.text,
    citation: null,
    sourceId: null,
    source: 'user',
    addedBy: d.user.addedBy,
    addedByName: d.user.addedByName,
    addedAt: d.user.addedAt,
  };
}
