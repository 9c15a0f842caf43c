/**
 * The App Home tab: the yearly totals (and their chart, once uploaded), the next deadlines (from the sources and those admins
 * added, written as in the digest), and example questions to copy; for admins, at the bottom, the
 * questions the bot most often could not answer. Rebuilt each time the tab is opened.
 */
import type { types } from '@slack/bolt';
import { formatAmount } from '../corpus/amounts.ts';
import type { Corpus } from '../corpus/load.ts';
import { yearsWithTotal } from '../commands/totals.ts';
import { selectDeadlines } from '../digest/deadlines.ts';
import { deadlineLine } from '../digest/render.ts';
import type { ReportEntry } from '../curation/report.ts';
import type { UserDeadline } from '../store/types.ts';
import type { Block } from './answer.ts';
import { askId, writeValue } from './actions.ts';
import { escapeMrkdwn, truncate } from '../text/mrkdwn.ts';

/** Questions shown on the Home tab; each is answered by the core. */
export const EXAMPLE_QUESTIONS = [
  'Hur mycket gick till barncancer 2024?',
  'Vad är totalen för överenskommelsen 2026?',
  'Vilka insatser ska RCC i samverkan göra 2024?',
  'Hur betalas pengarna ut 2024?',
  'How much went to childhood cancer in 2024?',
];

/** How many upcoming deadlines the Home tab lists. */
export const HOME_DEADLINES = 5;

/** How far ahead the Home tab looks for deadlines (the sources' milestones run to 2030). */
const HOME_HORIZON_DAYS = 20 * 366;

/** The example questions as buttons that ask them (at most five to a row of actions). */
function exampleButtons(): Block[] {
  const buttons = EXAMPLE_QUESTIONS.flatMap((q, i) => {
    const value = writeValue({ q });
    return value ? [{ type: 'button' as const, action_id: askId(i), text: { type: 'plain_text' as const, text: truncate(q, 75) }, value }] : [];
  });
  const rows: Block[] = [];
  for (let i = 0; i < buttons.length; i += 5) rows.push({ type: 'actions', elements: buttons.slice(i, i + 5) });
  return rows;
}

/** How many unanswered questions an admin's Home tab lists. */
export const HOME_UNANSWERED = 5;

/** The admins' section: the most frequent unanswered questions, and where to act on them. */
function unansweredBlocks(unanswered: readonly ReportEntry[]): Block[] {
  const lines = unanswered.slice(0, HOME_UNANSWERED).map((e) => `• ${e.count} × «${escapeMrkdwn(truncate(e.question, 150))}»${e.answeredNow ? ' _(besvaras nu)_' : ''}`);
  return [
    { type: 'divider' },
    { type: 'section', text: { type: 'mrkdwn', text: `*Obesvarade frågor* (för administratörer)\n${lines.length ? lines.join('\n') : '_Inga obesvarade frågor sparade._'}` } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: 'Hela rapporten: `/cancer-admin report`. Lär mig en fras: `/cancer-admin synonym add "fras" = ord i källorna`.' }] },
  ];
}

/** The totals chart as uploaded to Slack (slack/homeChart.ts): its file id, alt text stating every figure, and title. */
export interface HomeChart {
  fileId: string;
  alt: string;
  title: string;
}

/**
 * @param unanswered for an admin: the most frequent unanswered questions (the report's list), shown
 * at the bottom; absent for everyone else.
 * @param chart the totals chart, shown under the totals when it was uploaded.
 */
export function homeView(corpus: Corpus, today: string, userDeadlines: UserDeadline[] = [], unanswered?: readonly ReportEntry[], chart?: HomeChart | null): types.HomeView {
  const years = yearsWithTotal(corpus);
  const totals: string[] = [];
  for (let y = years[0] ?? 0; years.length && y <= years.at(-1)!; y++) {
    const total = corpus.facts.find((f) => f.kind === 'total' && f.year === y);
    totals.push(total ? `*${y}*  ${formatAmount(total.amountSEK!, 'sv')}` : `*${y}*  _ingen källa_`);
  }
  const sel = selectDeadlines({ corpus, userDeadlines, today, days: HOME_HORIZON_DAYS });
  const deadlines = [...sel.overdue, ...sel.upcoming].slice(0, HOME_DEADLINES).map((d) => deadlineLine(d, corpus));
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Cancervårdens överenskommelser' } },
    { type: 'section', text: { type: 'mrkdwn', text: 'Svar ur överenskommelserna mellan regeringen och SKR, med källa för varje siffra.' } },
    { type: 'divider' },
    { type: 'section', text: { type: 'mrkdwn', text: `*Totaler per år*\n${totals.join('\n')}` } },
    ...(chart ? [{ type: 'image' as const, slack_file: { id: chart.fileId }, alt_text: truncate(chart.alt, 2000), title: { type: 'plain_text' as const, text: truncate(chart.title, 2000) } }] : []),
    { type: 'context', elements: [{ type: 'mrkdwn', text: 'Skriv `/cancer-totals 2024` för budgetrader och hur pengarna betalas ut.' }] },
    { type: 'divider' },
    { type: 'section', text: { type: 'mrkdwn', text: `*Nästa deadlines* (från ${today})\n${deadlines.length ? deadlines.join('\n') : '_Inga kommande deadlines i källorna._'}` } },
    { type: 'divider' },
    { type: 'section', text: { type: 'mrkdwn', text: '*Exempel på frågor*: klicka på en så svarar jag under Meddelanden, eller skriv till mig där, nämn mig i en kanal eller använd `/cancer-ask`.' } },
    ...exampleButtons(),
    ...(unanswered ? unansweredBlocks(unanswered) : []),
  ];
  return { type: 'home', blocks };
}
