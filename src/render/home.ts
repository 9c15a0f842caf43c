/**
 * The App Home tab: the yearly totals, the next deadlines from the sources, and example questions
 * to copy. Rebuilt from the corpus each time the tab is opened.
 */
import type { types } from '@slack/bolt';
import { formatAmount } from '../corpus/amounts.ts';
import type { Corpus } from '../corpus/load.ts';
import type { Fact } from '../corpus/schema.ts';
import { yearsWithTotal } from '../commands/totals.ts';
import type { Block } from './answer.ts';
import { escapeMrkdwn, truncate } from './mrkdwn.ts';

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

/** Deadline facts on or after `today`, soonest first. */
export function upcomingDeadlines(corpus: Corpus, today: string, limit = HOME_DEADLINES): Fact[] {
  return corpus.facts
    .filter((f) => f.kind === 'deadline' && f.date !== null && f.date >= today)
    .sort((a, b) => a.date!.localeCompare(b.date!) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

export function homeView(corpus: Corpus, today: string): types.HomeView {
  const years = yearsWithTotal(corpus);
  const totals: string[] = [];
  for (let y = years[0] ?? 0; years.length && y <= years.at(-1)!; y++) {
    const total = corpus.facts.find((f) => f.kind === 'total' && f.year === y);
    totals.push(total ? `*${y}*  ${formatAmount(total.amountSEK!, 'sv')}` : `*${y}*  _ingen källa_`);
  }
  const deadlines = upcomingDeadlines(corpus, today).map((f) => {
    const source = corpus.sources.find((s) => s.id === f.sourceId);
    return `• *${f.date}* ${escapeMrkdwn(truncate(f.label.replace(/\s+/g, ' '), 200))}\n   _${escapeMrkdwn(truncate(source?.title ?? f.citation.path, 120))}, rad ${f.citation.line}_`;
  });
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Cancervårdens överenskommelser' } },
    { type: 'section', text: { type: 'mrkdwn', text: 'Svar ur överenskommelserna mellan regeringen och SKR, med källa för varje siffra.' } },
    { type: 'divider' },
    { type: 'section', text: { type: 'mrkdwn', text: `*Totaler per år*\n${totals.join('\n')}` } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: 'Skriv `/cancer-totals 2024` för budgetrader och hur pengarna betalas ut.' }] },
    { type: 'divider' },
    { type: 'section', text: { type: 'mrkdwn', text: `*Nästa deadlines* (från ${today})\n${deadlines.length ? deadlines.join('\n') : '_Inga kommande deadlines i källorna._'}` } },
    { type: 'divider' },
    { type: 'section', text: { type: 'mrkdwn', text: `*Exempel på frågor* (skriv till mig här, nämn mig i en kanal eller använd \`/cancer-ask\`)\n${EXAMPLE_QUESTIONS.map((q) => `• \`${q}\``).join('\n')}` } },
  ];
  return { type: 'home', blocks };
}
