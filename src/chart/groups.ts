/**
 * What a budget group is, in English: the legend of an English chart names each group by what it
 * means (who distributes the money, and how), not by the Swedish heading the source prints.
 * Keyed by the heading as the facts carry it (whitespace collapsed); a new year's heading needs a
 * row here, and `test/chart/legend.test.ts` fails until it has one.
 */

/** The source's heading → what the group is, in English. */
const GROUPS_EN: Record<string, string> = {
  // 2021, SKR's board message: one heading over every line.
  'Ersättningen fördelar sig på följande insatsområden': 'The payment, by area of work',
  // 2024, the agreement's budget table: four groups, by who distributes the money.
  'Medel som fördelas mellan regionerna': 'Shared out among the regions',
  'Medel respektive RCC fördelar till regionerna efter ansökan': 'Granted by each RCC to the regions on application',
  'Nationella medel – RCC i samverkan fördelar delar av medlen till stödjande RCC':
    'National funds: RCC i samverkan passes parts on to supporting RCCs',
  'Sjukvårdsregionala medel, fördelas lika mellan RCC': 'Healthcare-region funds, shared equally among the RCCs',
  // 2026, the press release's chart caption: one heading over every line.
  'Antal miljoner kronor per område i canceröverenskommelsen mellan regeringen och SKR': 'The agreement, by area',
};

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The group's English name, or null when the table has none for this heading. */
export function groupInEnglish(heading: string): string | null {
  return GROUPS_EN[collapse(heading)] ?? null;
}
