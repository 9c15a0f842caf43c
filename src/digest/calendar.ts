/**
 * When digests go out: on weekdays that are not Swedish public holidays (date-holidays), at a
 * channel's Europe/Stockholm wall-clock time. The wall-clock → instant step is croner's, so it
 * stays right across daylight-saving changes.
 */
import { Cron } from 'croner';
import Holidays from 'date-holidays';
import { addDays, dateIn, TIME_ZONE, weekday } from '../dates.ts';

/**
 * Holiday types that count as days off. date-holidays marks midsommarafton, julafton and
 * nyårsafton as 'bank' days; they are days off in Swedish workplaces, so they are skipped too.
 */
const DAYS_OFF = new Set(['public', 'bank']);

const holidays = new Holidays('SE');
const daysOffByYear = new Map<number, Set<string>>();

/** The dates (ISO) of a year's Swedish public holidays and de facto days off. */
export function swedishDaysOff(year: number): Set<string> {
  let days = daysOffByYear.get(year);
  if (!days) {
    days = new Set(holidays.getHolidays(year).filter((h) => DAYS_OFF.has(h.type)).map((h) => h.date.slice(0, 10)));
    daysOffByYear.set(year, days);
  }
  return days;
}

/** Whether a digest goes out on a date: a weekday and, when skipHolidays, not a Swedish holiday. */
export function isDigestDay(iso: string, skipHolidays = true): boolean {
  const d = weekday(iso);
  if (d === 0 || d === 6) return false;
  return !(skipHolidays && swedishDaysOff(Number(iso.slice(0, 4))).has(iso));
}

/** A digest time as written by users: "8:00" or "08:00", 00:00–23:59. Returns HH:MM, or null when it is not a time. */
export function parseTime(s: string): string | null {
  const m = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(s.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}

/**
 * The instant a wall-clock time (HH:MM) happens on a date in the time zone. A time inside a
 * spring-forward gap (02:30 on the last Sunday of March) is moved forward by croner.
 */
export function instantOf(date: string, time: string, timeZone = TIME_ZONE): Date | null {
  const [h, m] = time.split(':').map(Number);
  const job = new Cron(`0 ${m} ${h} * * *`, { timezone: timeZone, paused: true });
  try {
    // Noon UTC the day before lies before the local midnight of `date` in European zones; of the
    // next runs from there, the one on `date` is the answer.
    const runs = job.nextRuns(3, new Date(`${addDays(date, -1)}T12:00:00Z`));
    return runs.find((r) => dateIn(r, timeZone) === date) ?? null;
  } finally {
    job.stop();
  }
}
