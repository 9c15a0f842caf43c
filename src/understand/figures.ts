/**
 * Amounts a question itself states: "280 miljoner", "de 280 miljonerna", "SEK 1,005 million",
 * "1,005 miljarder" (a decimal comma), "en miljard", "600m", "1.5bn". Used to find the facts that state them, and
 * never echoed when no fact does.
 */
import { unicodeWords } from '../text/analyze.ts';
import { DASH_YEAR } from './years.ts';

const FIGURE = /(?:sek\s*)?\b(\d{1,3}(?:[ ,]\d{3})+|\d+)(?:[.,](\d+))?\s*(miljon\w*|million\w*|mille|mkr|msek|mnkr|miljard\w*|billion\w*|mdkr|mdr|bn|mn|mln|m)\b/gu;
const KRONOR = /(?<![\d.,])(\d{1,3}(?: \d{3}){2,})(?![\d]|[.,]\d|\s*(?:miljon|million|miljard|billion|mkr|msek|mdkr|bn|m\b))/gu;

const ONE_BILLION = /\b(?:(?:en|ett|one|a|the) (?:miljard\w*|billion)|miljarden)\b/u;
const HALF_BILLION = /\b(?:en halv miljard\w*|half a billion)\b/u;

export function readFigures(text: string): number[] {
  const out: number[] = [];
  // "total -26 msek" is the total of 2026 in millions, not 26 million.
  const t = text.toLowerCase().replace(/\u00a0|\u202f/g, ' ').replace(DASH_YEAR, '$1');
  for (const m of t.matchAll(unicodeWords(FIGURE))) {
    // "2024 m.m." is a year and "med mera": a bare "m" after a year is no unit.
    if (/^(?:m|mn|mln)$/.test(m[3]!) && /^20\d{2}$/.test(m[1]!) && !m[2]) continue;
    let whole = Number(m[1]!.replace(/[ ,]/g, ''));
    let frac = m[2] ? Number(`0.${m[2]}`) : 0;
    const unit = /^(?:miljard|billion|mdkr|mdr|bn)/.test(m[3]!) ? 1e9 : 1e6;
    // "1,005 miljarder" is a decimal comma: a thousand billions is no amount of these agreements.
    const comma = /^(\d{1,3}),(\d{3})$/.exec(m[1]!);
    // So is "0,556 miljarder": no digit group begins with a zero.
    if (comma && !m[2] && (whole * unit >= 1e12 || comma[1] === '0')) [whole, frac] = [Number(comma[1]), Number(`0.${comma[2]}`)];
    out.push(Math.round((whole + frac) * unit));
  }
  // "9 000 000-posterna", "500 000 000 kronor": an amount in kronor, written out.
  for (const m of t.matchAll(KRONOR)) {
    const n = Number(m[1]!.replace(/ /g, ''));
    if (n >= 1e6) out.push(n);
  }
  // "250 + 250", "365+405+39": a sum of millions written out, as the 2026 chart caption writes its lines.
  for (const terms of writtenTerms(t)) out.push(terms.reduce((n, x) => n + x, 0));
  if (unicodeWords(HALF_BILLION).test(t)) out.push(5e8);
  else if (unicodeWords(ONE_BILLION).test(t)) out.push(1e9);
  return [...new Set(out)];
}

/** Two or more numbers joined by "+", each a number of millions: "60 + 60 + 100 + 365", "3+8+15 mkr", "133,5 + 9". */
const SUM = /(?<![\d.,])\d+(?:,\d+)?(?:\s*\+\s*\d+(?:,\d+)?)+(?![\d.,])/gu;

/**
 * The terms of the sums a text writes, in kronor. One in a parenthesis only says which amount the
 * words before it mean ("till regionerna (250 + 250)"), and is not read.
 */
export function writtenTerms(text: string): number[][] {
  return [...text.replace(/\([^)]*\)/gu, ' ').matchAll(SUM)]
    .map((m) => m[0].split('+').map((x) => Number(x.trim().replace(',', '.'))))
    .filter((parts) => parts.every((x) => x >= 1 && x < 2000))
    .map((parts) => parts.map((x) => Math.round(x * 1e6)));
}

/** Things a number before them counts: regions, centres, areas, years, people, tasks, lines, per cent. */
const COUNTED = /^(?:region\w*|rcc\w*|landsting\w*|sjukvårdsregion\w*|omr[aå]d\w*|areas?|år|åren|years?|månad\w*|months?|dagar|days?|veckor|weeks?|expert\w*|person\w*|people|insats\w*|tasks?|uppdrag\w*|rader|raden|lines?|poster|items?|procent|percent|%|diagnos\w*|centr\w*|cent\w*)$/u;

/** Words that give a number its unit of money ("280 miljoner", "SEK 80m", "10 msek"). */
const UNIT = /^(?:miljon\w*|million\w*|mille|milj|mkr|msek|mnkr|miljard\w*|billion\w*|mdkr|mdr|bn|m|kronor|kr|sek)$/u;

/**
 * Where the figures of a question stand among its words: the unit words beside a number, which are
 * no topic words; and bare numbers that are an amount of the sources in millions ("the 809",
 * "365/405/39", "133,5"), which count as figures too.
 * @param words the word and number tokens
 * @param amounts every amount the corpus states, in kronor
 */
export function figureWords(words: string[], amounts: ReadonlySet<number>): { consumed: Set<number>; bare: number[] } {
  const consumed = new Set<number>();
  const bare: number[] = [];
  const isNumber = (i: number) => /^\d+$/.test(words[i] ?? '');
  for (let i = 0; i < words.length; i++) {
    // "600m", "1bn", "80msek": the number and its unit typed as one word.
    if (/^\d+(?:m|mn|mln|bn|msek|mkr|mnkr|mdkr|mdr)$/u.test(words[i]!)) {
      consumed.add(i);
      continue;
    }
    // "miljarden", "the billion": the one billion the sources state.
    if (words[i] === 'miljarden' || (words[i] === 'billion' && words[i - 1] === 'the')) {
      consumed.add(i);
      if (words[i - 1] === 'the') consumed.add(i - 1);
      continue;
    }
    if (UNIT.test(words[i]!) && (isNumber(i - 1) || /^(?:en|ett|one|a)$/.test(words[i - 1] ?? ''))) {
      consumed.add(i);
      if (!isNumber(i - 1)) consumed.add(i - 1);
      continue;
    }
    if (!isNumber(i) || /^20\d{2}$/.test(words[i]!) || UNIT.test(words[i + 1] ?? '') || UNIT.test(words[i + 2] ?? '')) continue;
    // "each of the 21 regions", "de 6 RCC:erna", "49 experter": a number of things counted is no amount.
    if (COUNTED.test(words[i + 1] ?? '') && Number(words[i]) <= 100) continue;
    // "133 500 000" arrives as three numbers: groups before a last "000" are one amount in kronor, read whole by `readFigures`.
    if (words[i + 1] === '000' || (/^\d{3}$/.test(words[i + 1] ?? '') && words[i + 2] === '000')) continue;
    // "133,5" arrives as two numbers; a decimal of one or two digits belongs to the number before it.
    const decimal = isNumber(i + 1) && words[i + 1]!.length <= 2 ? Number(`${words[i]}.${words[i + 1]}`) : null;
    for (const n of [decimal, Number(words[i])]) {
      // A bare number under ten is more often a count or a line number than an amount ("rad 5", "3 years ago").
      if (n !== null && n >= 10 && amounts.has(Math.round(n * 1e6))) {
        bare.push(Math.round(n * 1e6));
        break;
      }
    }
  }
  return { consumed, bare };
}
