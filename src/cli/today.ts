/** Today's date in Europe/Stockholm, and the `--today YYYY-MM-DD` option that fixes it. */
import { isRealIsoDate } from '../corpus/schema.ts';

export function stockholmToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The value of `--today`, validated; today in Stockholm when absent. Throws a friendly message. */
export function todayOption(argv: string[]): string {
  const i = argv.indexOf('--today');
  if (i < 0) return stockholmToday();
  const value = argv[i + 1] ?? '';
  if (!isRealIsoDate(value)) throw new Error(`--today needs a real date written YYYY-MM-DD, got "${value}"`);
  return value;
}
