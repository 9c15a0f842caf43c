/** Dates as documents write them. */
import { isRealIsoDate } from '../corpus/schema.ts';
import { SWEDISH_MONTHS } from '../dates.ts';

const MONTHS = SWEDISH_MONTHS;

/** The first date a text states: "2020-12-18", "18 december 2020". */
export function dateStated(text: string): string | null {
  const found = firstDate(text);
  return found && isRealIsoDate(found) ? found : null;
}

function firstDate(text: string): string | null {
  const iso = /\b(20\d{2})-(\d{2})-(\d{2})\b/.exec(text);
  const sv = new RegExp(String.raw`\b(\d{1,2}) (${MONTHS.join('|')}) (20\d{2})\b`, 'i').exec(text);
  if (iso && (!sv || iso.index <= sv.index)) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (sv) return `${sv[3]}-${String(MONTHS.indexOf(sv[2]!.toLowerCase()) + 1).padStart(2, '0')}-${sv[1]!.padStart(2, '0')}`;
  return null;
}
