/**
 * The curators' report (CONTRACT §2, `npm run report`; `/cancer-admin report`; the admins' Home
 * tab): the questions the bot could not answer and the answers given 👎, grouped by question, most
 * frequent first, and the votes counted. No user id is in it, nor in what it is made from.
 *
 * An unanswered question that the taught phrases now answer is marked `answeredNow`: the core is
 * run again on it with them, so a curator sees which gaps a taught phrase closed.
 */
import { answer } from '../answer/answer.ts';
import type { TaughtPhrase } from '../answer/types.ts';
import type { Corpus } from '../corpus/load.ts';
import { dateIn, timeIn } from '../dates.ts';
import { escapeMrkdwn, truncate } from '../text/mrkdwn.ts';
import type { CurationNote, VoteCounts } from '../store/types.ts';
import { mentionsTaught } from '../understand/taught.ts';
import { isNoSourceAnswer } from './outcome.ts';

/** One question of the report: how often it came, and when last. */
export interface ReportEntry {
  /** The question normalised: trimmed, lower case, whitespace collapsed. */
  question: string;
  count: number;
  /** The latest time it came (ISO instant, UTC). */
  last: string;
  /** Unanswered questions only: a taught phrase makes the bot answer it now. */
  answeredNow?: true;
  /** 👎 only: what people wrote was wrong, newest first (at most three), when anyone wrote something. */
  comments?: string[];
}

export interface Report {
  unanswered: ReportEntry[];
  downvoted: ReportEntry[];
  votes: VoteCounts;
}

export interface ReportInput {
  notes: readonly CurationNote[];
  votes: VoteCounts;
  taught: readonly TaughtPhrase[];
  corpus: Corpus;
  /** The day questions are answered again for `answeredNow`. */
  today: string;
  /** Keep only the most frequent this many of each list (all when absent). */
  top?: number;
}

/** How questions are grouped: "  Hur mycket  till X? " and "hur mycket till x?" are one. */
export const normaliseQuestion = (q: string): string => q.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

interface Group extends ReportEntry {
  /** The latest question as it was written: what the core is asked again (capitals mark names). */
  latest: string;
  /** Comments on it, newest first. */
  said: string[];
}

/** The notes of one kind grouped by question, most frequent first, then most recent, then alphabetical. */
function grouped(notes: readonly CurationNote[], kind: CurationNote['kind']): Group[] {
  const groups = new Map<string, Group>();
  for (const n of notes) {
    if (n.kind !== kind) continue;
    const question = normaliseQuestion(n.question);
    if (!question) continue;
    const g = groups.get(question);
    if (!g) groups.set(question, { question, count: 1, last: n.at, latest: n.question, said: n.comment ? [n.comment] : [] });
    else {
      g.count++;
      if (n.at >= g.last) Object.assign(g, { last: n.at, latest: n.question });
      if (n.comment) g.said.unshift(n.comment);
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || b.last.localeCompare(a.last) || a.question.localeCompare(b.question));
}

/** Whether a taught phrase in the question makes the core answer it now. */
function answeredNow(question: string, input: ReportInput): boolean {
  if (!input.taught.some((t) => mentionsTaught(question, t.phrase))) return false;
  const a = answer(question, { corpus: input.corpus, today: input.today, taught: input.taught });
  return a.answered && !isNoSourceAnswer(a);
}

export function buildReport(input: ReportInput): Report {
  const cut = <T>(list: T[]) => (input.top === undefined ? list : list.slice(0, input.top));
  const entry = ({ question, count, last }: Group): ReportEntry => ({ question, count, last });
  return {
    unanswered: cut(grouped(input.notes, 'unanswered')).map((g) => (answeredNow(g.latest, input) ? { ...entry(g), answeredNow: true as const } : entry(g))),
    downvoted: cut(grouped(input.notes, 'downvote')).map((g) => (g.said.length ? { ...entry(g), comments: g.said.slice(0, 3) } : entry(g))),
    votes: { up: input.votes.up, down: input.votes.down },
  };
}

export interface ReportTextOptions {
  /** The days the report covers; absent: all that is recorded. */
  days?: number;
  /** Slack mrkdwn (questions escaped, headings bold) or plain terminal text. */
  format: 'mrkdwn' | 'plain';
  /** Show only the most frequent this many of each list (all when absent). */
  top?: number;
}

/** "2026-03-02 09:00", Stockholm time. */
const when = (isoInstant: string) => `${dateIn(new Date(isoInstant))} ${timeIn(new Date(isoInstant))}`;

function entryLines(all: ReportEntry[], format: ReportTextOptions['format'], top = all.length): string[] {
  if (!all.length) return ['  (inga)'];
  const entries = all.slice(0, top);
  const more = all.length > entries.length ? [`  … och ${all.length - entries.length} till (hela listan: npm run report)`] : [];
  return [...entries.map((e) => {
    const q = truncate(e.question, 200);
    const shown = format === 'mrkdwn' ? `«${escapeMrkdwn(q)}»` : `«${q}»`;
    const now = e.answeredNow ? ' – besvaras nu tack vare en inlärd fras' : '';
    const said = (e.comments ?? []).map((c) => `      vad som var fel: «${format === 'mrkdwn' ? escapeMrkdwn(truncate(c, 300)) : truncate(c, 300)}»`);
    return [`  ${e.count} × ${shown} (senast ${when(e.last)})${now}`, ...said].join('\n');
  }), ...more];
}

/** The report as text a curator reads: the period, the votes, then both lists. */
export function reportText(report: Report, { days, format, top }: ReportTextOptions): string {
  const bold = (s: string) => (format === 'mrkdwn' ? `*${s}*` : s);
  const period = days === undefined ? 'allt som sparats' : days === 1 ? 'det senaste dygnet' : `de senaste ${days} dagarna`;
  return [
    `${bold('Rapport för kuratorer')} (${period}; inga användar-id sparas)`,
    `Röster: ${report.votes.up} 👍, ${report.votes.down} 👎`,
    '',
    bold(`Obesvarade frågor (${report.unanswered.length})`),
    ...entryLines(report.unanswered, format, top),
    '',
    bold(`Nedröstade svar (${report.downvoted.length})`),
    ...entryLines(report.downvoted, format, top),
  ].join('\n');
}
