/** What the charts say, in Swedish and English: titles, subtitles (the unit, said once), legend names, captions, the messages instead of a chart. */

export type ChartLanguage = 'sv' | 'en';

/** "2021, 2023 och 2024" / "2021, 2023 and 2024". */
const listYears = (years: number[], and: string): string =>
  years.length <= 1 ? years.join('') : `${years.slice(0, -1).join(', ')} ${and} ${years.at(-1)}`;

export const WORDS = {
  sv: {
    totalsTitle: (from: number, to: number) => `Canceröverenskommelsernas totaler ${from}–${to}`,
    totalsSubtitle: 'Miljoner kronor per år i överenskommelsen mellan regeringen och SKR',
    noSource: 'ingen källa',
    linesTitle: (year: number) => `Budgetrader ${year}`,
    linesSubtitle: (total: string | null) => `Miljoner kronor per budgetrad${total ? ` (överenskommelsen totalt: ${total})` : ''}`,
    groupLegend: 'Budgetgrupp (vem som fördelar)',
    otherGroup: 'Övrigt',
    flowsTitle: (year: number) => `Så betalas pengarna ut ${year}, per betalare`,
    flowsSubtitle: (total: string | null) =>
      `Miljoner kronor: samma pengar som budgetraderna${total ? ` (${total} totalt)` : ''}, sedda per betalare – inte mer pengar`,
    /** The alt text's closing sentence, with the amount written out. */
    flowsAlt: (total: string | null) => `Samma pengar som budgetraderna${total ? ` (${total})` : ''}, sedda per betalare – inte mer pengar`,
    payerLegend: 'Betalare',
    source: 'Källa',
    sources: 'Källor',
    line: 'rad',
    lines: 'rader',
    /** A source that reports the agreement, as the caption names its kind, and the footnote of its mark. */
    reported: {
      'press-release': { kind: 'pressmeddelande', note: 'Enligt ett pressmeddelande, inte överenskommelsens egen text' },
      news: { kind: 'nyhetssida', note: 'Enligt en nyhetssida, inte överenskommelsens egen text' },
    },
    noTotals: 'Källorna anger inga totaler.',
    onlyTotal: (year: number, total: string) => `Källan för ${year} har inga budgetrader, bara totalen (${total}); inget diagram att rita.`,
    noFlows: (year: number) => `Källorna för ${year} säger inte hur pengarna betalas ut; inget diagram att rita.`,
    noYear: (year: number, covered: number[]) => `Ingen källa för ${year}; källorna täcker ${listYears(covered, 'och')}.`,
  },
  en: {
    totalsTitle: (from: number, to: number) => `The cancer agreements' totals ${from}–${to}`,
    totalsSubtitle: 'SEK million per year in the agreement between the Government and SKR',
    noSource: 'no source',
    linesTitle: (year: number) => `Budget lines ${year}`,
    linesSubtitle: (total: string | null) => `SEK million per budget line${total ? ` (the agreement's total: ${total})` : ''}`,
    groupLegend: 'Budget group (who distributes)',
    otherGroup: 'Other',
    flowsTitle: (year: number) => `How the money is paid out in ${year}, by payer`,
    flowsSubtitle: (total: string | null) =>
      `SEK million: the same money as the budget lines${total ? ` (${total} in total)` : ''}, seen by payer – not more money`,
    flowsAlt: (total: string | null) => `The same money as the budget lines${total ? ` (${total})` : ''}, seen by payer – not more money`,
    payerLegend: 'Payer',
    source: 'Source',
    sources: 'Sources',
    line: 'line',
    lines: 'lines',
    reported: {
      'press-release': { kind: 'press release', note: "Press release figure, not from the agreement's own text" },
      news: { kind: 'news page', note: "News page figure, not from the agreement's own text" },
    },
    noTotals: 'The sources state no totals.',
    onlyTotal: (year: number, total: string) => `The source for ${year} has no budget lines, only the total (${total}); no chart to draw.`,
    noFlows: (year: number) => `The sources for ${year} do not say how the money is paid out; no chart to draw.`,
    noYear: (year: number, covered: number[]) => `No source for ${year}; the sources cover ${listYears(covered, 'and')}.`,
  },
} satisfies Record<ChartLanguage, unknown>;
