/**
 * Reading amounts of money as the Swedish sources write them, and writing them as answers must.
 *
 * Read: "80 miljoner kronor", "133,5 miljoner kronor", "1,005 miljarder kronor" (a decimal comma),
 * "en miljard kronor", "500 000 000 kronor", "9 000 000 till SKR" (digit groups with no unit word),
 * "500\nmiljoner avsätts" (no "kronor"), and "250 + 250" under a "miljoner kronor" caption.
 */

/** One amount found in a text: its value in whole kronor and where it stands. */
export interface AmountMatch {
  value: number;
  start: number;
  end: number;
  raw: string;
  /** Preceded by "över", "drygt", "cirka" ...: a bound, not a stated amount. */
  approximate: boolean;
}

const UNIT_WORD = String.raw`miljarder|miljard|miljoner|miljon|mdkr|mnkr|mkr|msek|mdr`;
const NUMBER_WORDS: Record<string, number> = { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10 };

// "1 005", "133,5", "80" followed by a unit word; optionally "kronor".
const SCALED = new RegExp(
  String.raw`(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?\s*(${UNIT_WORD})(?![\p{L}])(?:\s+kronor)?`,
  'giu',
);
// "en miljard kronor", "två miljoner"
const WORDED = new RegExp(String.raw`(?<![\p{L}])(${Object.keys(NUMBER_WORDS).join('|')})\s+(${UNIT_WORD})(?![\p{L}])(?:\s+kronor)?`, 'giu');
// "500 000 000 kronor", "9 000 000 till": at least two groups of three digits.
const GROUPED = /(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3}){2,})(?![\d,])(?:\s*kronor)?/gu;
const APPROX = /(?:över|drygt|nästan|närmare|cirka|ca\.?|runt|omkring|uppemot|minst|högst)\s+$/iu;

function scale(unit: string): number {
  return /^(miljard|miljarder|mdkr|mdr)$/i.test(unit) ? 1e9 : 1e6;
}

/** Every amount stated in `text`, in order. Overlapping readings are resolved in favour of the longer. */
export function findAmounts(text: string): AmountMatch[] {
  const found: AmountMatch[] = [];
  const push = (start: number, raw: string, value: number) => {
    const end = start + raw.length;
    if (found.some((f) => start < f.end && end > f.start)) return;
    const before = text.slice(Math.max(0, start - 16), start);
    found.push({ value: Math.round(value), start, end, raw, approximate: APPROX.test(before) });
  };
  for (const m of text.matchAll(SCALED)) {
    const whole = Number(m[1]!.replace(/\D/g, ''));
    const frac = m[2] ? Number(`0.${m[2]}`) : 0;
    push(m.index, m[0], (whole + frac) * scale(m[3]!));
  }
  for (const m of text.matchAll(WORDED)) push(m.index, m[0], NUMBER_WORDS[m[1]!.toLowerCase()]! * scale(m[2]!));
  for (const m of text.matchAll(GROUPED)) push(m.index, m[0], Number(m[1]!.replace(/\D/g, '')));
  return found.sort((a, b) => a.start - b.start);
}

/** The unit a caption states ("Antal miljoner kronor per område" → 1e6), or null. */
export function captionUnit(caption: string): number | null {
  const m = new RegExp(String.raw`(?<![\p{L}])(${UNIT_WORD})\s+kronor`, 'iu').exec(caption);
  return m ? scale(m[1]!) : null;
}

/** "250 + 250" → 500; "280" → 280; anything else → null. */
export function sumExpression(expr: string): number | null {
  if (!/^\s*\d+(?:[.,]\d+)?(?:\s*\+\s*\d+(?:[.,]\d+)?)*\s*$/.test(expr)) return null;
  return expr.split('+').reduce((s, p) => s + Number(p.trim().replace(',', '.')), 0);
}

/**
 * The amount a quote states, given the unit caption where the quote has none.
 * Returns null when the quote states no amount or more than one.
 */
export function statedAmount(quote: string, unitCaption?: string): number | null {
  if (unitCaption !== undefined) {
    const unit = captionUnit(unitCaption);
    const m = /:\s*([\d\s+.,]+?)\.?\s*$/.exec(quote);
    const n = m ? sumExpression(m[1]!) : null;
    return unit !== null && n !== null ? Math.round(n * unit) : null;
  }
  const all = findAmounts(quote).filter((a) => !a.approximate);
  return all.length === 1 ? all[0]!.value : null;
}

/**
 * A text with its amounts taken out, along with the word that introduced each ("om", "med",
 * "uppgår till"): "ökar med 100 miljoner kronor för 2021" → "ökar för 2021".
 * Labels of facts that state no amount use it, so that no figure reaches an answer uncited.
 */
export function withoutAmounts(text: string): string {
  let out = text;
  for (const a of findAmounts(text).reverse()) {
    const before = out.slice(0, a.start).replace(/\s*(?:\b(?:om|med|på|uppgår(?: därmed)? till|till)\s*)?$/u, ' ');
    out = before + out.slice(a.end);
  }
  return out.replace(/\s+([,.;:])/g, '$1').replace(/\s+/g, ' ').trim();
}

/** Group digits with a space: 1005 → "1 005" (Swedish), with a comma for English. */
function groupDigits(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * An amount written as answers write it (CONTRACT §2): "80 miljoner kronor", "1 005 miljoner kronor",
 * "133,5 miljoner kronor" in Swedish; "SEK 80 million", "SEK 1,005 million", "SEK 133.5 million" in English.
 */
export function formatAmount(sek: number, language: 'sv' | 'en'): string {
  const millions = sek / 1e6;
  const whole = Math.trunc(millions);
  const frac = Math.round((millions - whole) * 1000) / 1000;
  const fracDigits = frac ? String(frac).slice(2) : '';
  if (language === 'sv') return `${groupDigits(whole, ' ')}${fracDigits ? ',' + fracDigits : ''} miljoner kronor`;
  return `SEK ${groupDigits(whole, ',')}${fracDigits ? '.' + fracDigits : ''} million`;
}
