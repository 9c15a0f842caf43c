/** Dates as the users live them: Europe/Stockholm wall-clock time. */

const stockholm = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The ISO date (YYYY-MM-DD) it is in Stockholm at `instant`; 23:30 UTC on 31 Dec is already 1 Jan there. */
export function stockholmDate(instant: Date): string {
  const parts = Object.fromEntries(stockholm.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
