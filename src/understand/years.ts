/**
 * All year logic: the years a question names (single, several, ranges, "sedan", "efter", "före",
 * relative to today: "i år", "förra året", "för två år sedan", "senaste", "första"), resolved
 * against the years the sources cover. A year right after a month ("i december 2020"), or one
 * before the first source that opens a range ("sedan 2009"), is a date in the question, not a
 * year asked about.
 */
import type { Lexicon, RelativeYear } from '../lexicon/load.ts';
import { longestFirst } from '../lexicon/pattern.ts';
import { isYear, type Token } from './tokens.ts';

export interface YearsRead {
  years: number[];
  range: boolean;
  openEnded: boolean;
  dates: number[];
  /** Months the question names with their year ("i december 2022"): a date, maybe a source's publication. */
  months: { year: number; month: number }[];
  /** "varje år", "every year": every year with a source, asked for as such. */
  everyYear: boolean;
  /** Word indexes (into the word list) that only said which years. */
  consumed: Set<number>;
}

interface Span {
  /** Token index of each word of the word list. */
  wordAt: number[];
}

/**
 * @param tokens every token of the question
 * @param words the word and number tokens' texts, and where each stands among the tokens
 */
/**
 * `agreementYears` are the years with an agreement total: "the first agreement" is the earliest of
 * them, whatever older texts without a total the corpus also holds.
 */
/** Phrases of the year before that count from a year the question names, when it names one. */
const ANCHORED = new Set(['the year before', 'previous year', 'the previous year', 'prior year', 'föregående år', 'föregående års', 'året innan', 'året före', 'året dessförinnan']);

/** Words that compare what follows with something: the last year after them is compared with this one. */
const COMPARED_WITH = /(?:^|\s)(?:jämfört med|jämfört mot|jämförelse med|i jämförelse med|compared with|compared to|in comparison with|mot|än|than|vs|versus)$/u;

export function readYears(tokens: Token[], span: Span, words: string[], lex: Lexicon, today: string, sourceYears: number[], agreementYears: number[] = sourceYears): YearsRead {
  const thisYear = Number(today.slice(0, 4));
  const years = new Set<number>();
  const excluded = new Set<number>();
  const dates = new Set<number>();
  const months: { year: number; month: number }[] = [];
  const consumedTokens = new Set<number>();
  let range = false;
  let openEnded = false;
  let before: number | null = null;
  const first = sourceYears[0] ?? thisYear;
  const w = lex.yearWords;
  const text = (i: number) => tokens[i]?.text ?? '';
  const tokenOfWord = new Map(span.wordAt.map((t, wi) => [t, wi]));
  /** Whether a phrase of `set` ends right before token i (over words only). */
  const phraseBefore = (set: typeof w.since, i: number): number | null => {
    const wi = tokenOfWord.get(i);
    if (wi === undefined) return null;
    for (const m of set.findAll(words.slice(Math.max(0, wi - 4), wi))) {
      const start = Math.max(0, wi - 4) + m.from;
      if (Math.max(0, wi - 4) + m.to === wi) return span.wordAt[start]!;
    }
    return null;
  };

  for (let i = 0; i < tokens.length; i++) {
    if (!isYear(tokens[i])) continue;
    // "meddelande nr 19/2020", "S2023/02344": a number of a document, not a year.
    if ((text(i - 1) === '/' && tokens[i - 2]?.kind === 'number') || (text(i + 1) === '/' && tokens[i + 2]?.kind === 'number' && !isYear(tokens[i + 2]))) continue;
    const y = Number(text(i));
    // "2021–2024", "2021 till 2024"
    if ((tokens[i + 1]?.kind === 'punct' && /^[–—-]$/.test(text(i + 1))) || w.through.has(text(i + 1))) {
      if (isYear(tokens[i + 2])) {
        const [a, b] = [y, Number(text(i + 2))].sort((p, q) => p - q) as [number, number];
        if (b - a <= 30) {
          for (let x = a; x <= b; x++) years.add(x);
          range = true;
          const since = phraseBefore(w.since, i);
          for (let k = since ?? i; k <= i + 2; k++) consumedTokens.add(k);
          i += 2;
          continue;
        }
      }
    }
    // "mellan 2021 och 2024"
    if (w.between.has(text(i - 1)) && /^(?:och|and|&)$/.test(text(i + 1)) && isYear(tokens[i + 2])) {
      const [a, b] = [y, Number(text(i + 2))].sort((p, q) => p - q) as [number, number];
      for (let x = a; x <= b; x++) years.add(x);
      range = true;
      for (let k = i - 1; k <= i + 2; k++) consumedTokens.add(k);
      i += 2;
      continue;
    }
    // "i december 2020", "den 18 december 2020": a date.
    const month = w.months.get(text(i - 1)) ?? (tokens[i - 1]?.kind === 'number' ? w.months.get(text(i - 2)) : undefined);
    if (month !== undefined) {
      dates.add(y);
      months.push({ year: y, month });
      consumedTokens.add(i);
      continue;
    }
    const since = phraseBefore(w.since, i);
    const after = phraseBefore(w.after, i);
    const prior = phraseBefore(w.before, i);
    if (prior !== null) {
      before = y;
      excluded.add(y);
      range = true;
      for (let k = prior; k <= i; k++) consumedTokens.add(k);
      continue;
    }
    // "hur skilde sig stödet 2021 från 2024?": a year right after another year compares them; it starts no range.
    if (since !== null && after === null && isYear(tokens[since - 1])) {
      years.add(y);
      continue;
    }
    if (since !== null || after !== null) {
      const from = y + (after !== null ? 1 : 0);
      if (after !== null) excluded.add(y);
      if (y < first) dates.add(y);
      for (let x = Math.max(from, y < first ? first : from); x <= Math.max(from, thisYear); x++) years.add(x);
      range = true;
      openEnded = true;
      for (let k = since ?? after!; k <= i; k++) consumedTokens.add(k);
      continue;
    }
    years.add(y);
  }

  // "för två år sedan", "3 years ago"
  for (let i = 0; i + 2 < tokens.length; i++) {
    const n = /^\d$/.test(text(i)) ? Number(text(i)) : lex.years.numbers[text(i)];
    if (n === undefined || !/^(?:år|ar|years?)$/.test(text(i + 1)) || !w.ago.has(text(i + 2))) continue;
    years.add(thisYear - n);
    for (let k = i; k <= i + 2; k++) consumedTokens.add(k);
    if (text(i - 1) === 'för' || text(i - 1) === 'for') consumedTokens.add(i - 1);
  }

  const consumed = new Set<number>();
  span.wordAt.forEach((t, wi) => consumedTokens.has(t) && consumed.add(wi));

  // "varje år", "every year"
  let everyYear = false;
  for (const m of w.every.findAll(words)) {
    if (m.covered.some((i) => consumed.has(i))) continue;
    everyYear = true;
    for (const i of m.covered) consumed.add(i);
  }

  // Relative years: "i år", "förra årets", "the year before last", "senaste", "första".
  const relative = new Set<RelativeYear>();
  for (const m of longestFirst(lex.relativeYears.findAll(words).filter((m) => !m.covered.some((i) => consumed.has(i))))) {
    // "de senaste åren", "first time", "den nuvarande cancerstrategin": no year. It is one only before
    // a word for the agreement or a year ("den senaste överenskommelsen", "första året"), or at the end.
    const next = words[m.to];
    if ((m.value === 'latest' || m.value === 'first') && next) {
      if (/^(?:åren|aren|years|time|times|gången|gangen|gangerna)$/.test(next)) continue;
      const near = words.slice(m.to, m.to + 4);
      if (!w.relativeNouns.findAll(near).length) continue;
    }
    for (const i of m.covered) consumed.add(i);
    // "the 2024 total compared to the year before", "året innan": the year before the year named, not before today.
    const named = [...years];
    if (m.value === -1 && named.length && ANCHORED.has(m.phrase)) years.add(Math.min(...named) - 1);
    else if (m.value === -1 && !named.length && COMPARED_WITH.test(words.slice(Math.max(0, m.covered[0]! - 2), m.covered[0]).join(' '))) {
      // "vad är nytt jämfört med förra årets överenskommelse?": this year, compared with the last.
      years.add(thisYear - 1).add(thisYear);
    } else if (typeof m.value === 'number') years.add(thisYear + m.value);
    else relative.add(m.value);
  }
  for (const y of excluded) years.delete(y);

  let list = [...years].sort((a, b) => a - b);
  if (!list.length && before !== null) list = sourceYears.filter((y) => y < before!);
  const latest = sourceYears.filter((y) => y <= thisYear).pop();
  if (relative.has('latest') && latest !== undefined) list = [...new Set([...list, latest])];
  const earliest = agreementYears[0] ?? sourceYears[0];
  if (relative.has('first') && earliest !== undefined) list = [...new Set([earliest, ...list])];
  return { years: list.sort((a, b) => a - b), range, openEnded, dates: [...dates].sort(), months, everyYear, consumed };
}

/**
 * "… 2021 – men vad fick barncancer det året?": the year a phrase like "det året"/"that year" in the
 * question points back to — the last year the message named before the question — or null.
 */
export function yearReferredTo(ask: string, message: string, lex: Lexicon): string | null {
  if (/(?<!\d)20\d{2}(?!\d)/u.test(ask)) return null;
  const lower = ask.toLowerCase();
  if (!lex.yearWords.referring.some((p) => new RegExp(`(?<![\\p{L}])${p}(?![\\p{L}])`, 'u').test(lower))) return null;
  const at = message.indexOf(ask);
  const before = at > 0 ? message.slice(0, at) : message.replace(ask, '');
  return [...before.matchAll(/(?<![\d/-])20\d{2}(?![\d/-])/gu)].at(-1)?.[0] ?? null;
}

/** A year written "-24" after a space (not after a number: "5 -10 mkr"): the Swedish short form, like "'24". */
export const DASH_YEAR = /(^|[^\d\s]\s+|^\s*)[-–](2\d)(?![\d%]|[.,:]\d)/gu;

/** Words after which a number is no year ("kl 19", "rad 24", "page 21"). */
const NOT_YEAR_AFTER = new Set(['kl', 'klockan', 'nr', 'nummer', 'number', 'no', 'rad', 'raden', 'line', 'sidan', 'sida', 'page', 'vecka', 'v', 'week', 'punkt', 'paragraf', 'de', 'the', 'alla', 'all', 'top', 'topp']);
/** What may follow a year written short: the end, a stop, or a word joining it to another year. */
/** (A number before "/" and a full year is a document's: "meddelande 19/2020"; "21/24" is two years.) */
const AFTER_SHORT_YEAR = /^(?:$|[?!.,;:)\]]|och\b|o\b|and\b|vs\.?|versus\b|resp\.?|respektive\b|eller\b|or\b|till\b|to\b|[-–—&+]\s*(?:'|’)?(?:20)?\d{2}\b|\/\s*(?:'|’)?\d{2}(?!\d))/iu;

/** "25 eller 35 mkr", "25–35 MSEK": a number joined to an amount is an amount too, not a year. */
const AMOUNT_PAIR = /^(?:eller|or|och|and|till|to|[-–—])\s*\d+(?:[.,]\d+)?\s*(?:mkr|mnkr|msek|mdkr|miljoner|miljarder|milj|million|millions|billion|kronor|kr|sek)\b/iu;

/**
 * Years written short, as in Slack: "barncancer 23", "rehab24", "SVF 21 vs 24", "'24" — read as
 * 2023, 2024, …. Only 19–29, only where nothing but the end, a stop or another year follows (so
 * "21 regioner", "25 mkr" and "kl 19" stay numbers), and a number glued to a word only after three
 * letters ("rehab24"); "2021-24" is 2021–2024; "-24" after a space is 2024.
 */
export function withFullYears(text: string): string {
  // "tot -21 o -23", "backenrehab -24": a dash after a space (not after a number: "5 -10 mkr") marks a year like "'24".
  const dashed = text.replace(DASH_YEAR, "$1'$2");
  const glued = dashed.replace(/(?<=\p{L}{3})(?=(?:2\d|20(?:19|2\d))(?!\d))/gu, ' ').replace(/(?<!\d)(20[12]\d)\s*([-–])\s*(2\d)(?![\d%])/gu, '$1$220$3');
  return glued.replace(/(?<![\p{L}\d,.:/-])(['’])?(19|2\d)(?![\d%]|[.,:]\d)/gu, (whole, mark: string | undefined, digits: string, at: number, all: string) => {
    const before = /([\p{L}]+)\W*$/u.exec(all.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase() ?? '';
    const after = all.slice(at + whole.length).trimStart();
    if (!mark && (NOT_YEAR_AFTER.has(before) || !AFTER_SHORT_YEAR.test(after) || AMOUNT_PAIR.test(after))) return whole;
    return `20${digits}`;
  });
}
