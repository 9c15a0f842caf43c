/**
 * The daily digest for one day: overdue user deadlines, what falls due within 7 days, then the
 * rest up to the horizon (DIGEST_HORIZON_DAYS), each with its source; one "nothing due" line when
 * nothing is. Slack, `/cancer-digest preview` and `npm run digest` all print this same text.
 */
import type { Corpus } from '../corpus/load.ts';
import type { UserDeadline } from '../store/types.ts';
import { swedishDate } from '../dates.ts';
import { type DeadlineFact, selectDeadlines, toDeadlineFact } from './deadlines.ts';
import { deadlineLine } from './render.ts';

/** How far ahead the digest looks unless DIGEST_HORIZON_DAYS says otherwise. */
export const DEFAULT_HORIZON_DAYS = 60;

/** The first section: what falls due within this many days. */
export const SOON_DAYS = 7;

/** A day's digest (CONTRACT §2's `--json` shape). */
export interface Digest {
  date: string;
  text: string;
  /** Every deadline the text lists, in the order listed. */
  facts: DeadlineFact[];
}

export interface DigestInput {
  corpus: Corpus;
  userDeadlines: UserDeadline[];
  /** The Stockholm date the digest is for. */
  today: string;
  horizonDays?: number;
}

/** Compose the digest for a day. */
export function buildDigest(input: DigestInput): Digest {
  const horizon = input.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const sel = selectDeadlines({ corpus: input.corpus, userDeadlines: input.userDeadlines, today: input.today, days: horizon });
  const soon = sel.upcoming.filter((d) => d.daysLeft <= SOON_DAYS);
  const later = sel.upcoming.filter((d) => d.daysLeft > SOON_DAYS);
  const lines = [`*Deadlines ${swedishDate(input.today)}*`];
  const section = (title: string, items: typeof soon) => {
    if (items.length) lines.push('', `*${title}*`, ...items.map((d) => deadlineLine(d, input.corpus)));
  };
  section('Försenade', sel.overdue);
  section(`Inom ${SOON_DAYS} dagar`, soon);
  section(`Inom ${horizon} dagar`, later);
  if (sel.overdue.length + sel.upcoming.length === 0) lines.push(`Inget förfaller de närmaste ${horizon} dagarna (t.o.m. ${sel.until}).`);
  return { date: input.today, text: lines.join('\n'), facts: [...sel.overdue, ...soon, ...later].map(toDeadlineFact) };
}
