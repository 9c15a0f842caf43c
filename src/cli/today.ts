/** The `--today YYYY-MM-DD` option that fixes the date; today in Europe/Stockholm without it. */
import { isRealIsoDate } from '../corpus/schema.ts';
import { dateIn } from '../dates.ts';

/** The value of `--today`, validated; today in Stockholm when absent. Throws a friendly message. */
export function todayOption(argv: string[]): string {
  const i = argv.indexOf('--today');
  if (i < 0) return dateIn(new Date());
  const value = argv[i + 1] ?? '';
  if (!isRealIsoDate(value)) throw new Error(`--today needs a real date written YYYY-MM-DD, got "${value}"`);
  return value;
}
