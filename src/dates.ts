/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) and the Stockholm wall clock. Dates are plain
 * strings; arithmetic goes through UTC midnights, so no local time zone or DST leaks in.
 */

/** The bot's time zone: digests, "today" and days left are all reckoned here. */
export const TIME_ZONE = 'Europe/Stockholm';

/** The months as Swedish texts write them, January first. */
export const SWEDISH_MONTHS: readonly string[] = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const DAY_MS = 86_400_000;
const utc = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** Formatters by time zone: building one costs far more than using it, and every answer asks the date. */
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat => {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f;
};

/** The calendar date (YYYY-MM-DD) an instant falls on in a time zone (default Europe/Stockholm). */
export function dateIn(now: Date, timeZone = TIME_ZONE): string {
  const parts = formatter(`date ${timeZone}`, () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The wall-clock time (HH:MM) of an instant in a time zone (default Europe/Stockholm). */
export function timeIn(now: Date, timeZone = TIME_ZONE): string {
  const parts = formatter(`time ${timeZone}`, () => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('hour')}:${get('minute')}`;
}

/** The date n days after (or before, for negative n) an ISO date. */
export function addDays(iso: string, n: number): string {
  return new Date(utc(iso) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another: 1 from today to tomorrow, negative into the past. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** Day of the week of an ISO date: 0 Sunday … 6 Saturday. */
export function weekday(iso: string): number {
  return new Date(utc(iso)).getUTCDay();
}

/** A date written out without its weekday: "13 februari 2026" / "13 February 2026". */
export function writtenDate(iso: string, lang: 'sv' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(utc(iso));
}

/** A date written out in Swedish: "måndag 23 november 2026". */
export function swedishDate(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(utc(iso));
}
