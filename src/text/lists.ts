/**
 * Asks listed on one line of a message: numbered ("1) … 2) …", "Q1: … Q2: …"), between commas each
 * with its year ("total 2026, nationellt arbete 2026"), or as short questions in a row ("2021:
 * totalen? stimulansmedlen? barncancer?"). Text level; each pattern anchored and bounded.
 */

/**
 * The parts of a one-line message that lists its asks between commas, each naming a year and
 * something of its own ("total 2026, nationellt arbete 2026, RCC stöd 2026"), after an optional
 * lead-in and colon; none otherwise ("barncancer 2021, 2024" asks one thing of two years).
 */
export function yearList(text: string): string[] {
  if (/\n/u.test(text.trim())) return [];
  const body = text.replace(/^[^:]{0,30}:\s+/u, '').replace(/[?.!\s]+$/u, '');
  const parts = body.split(/\s*[,;]\s*(?:och\s+|and\s+)?/u);
  const year = /(?<!\d)20\d{2}(?!\d)/u;
  // Each part a short ask of its own: no question or dash inside, not "inte 2024" (what follows leaves out).
  const own = (p: string) => !/[?–—]|\s-\s/u.test(p) && !/^(?:inte|ej|not|utom|förutom|except|utan|without|alltså|i\.e)\b/iu.test(p);
  // (Years joined by "och" are no ask of their own: "Barncancer 2021, 2023 och 2024?" asks one thing of three years.)
  const named = (p: string) => p.replace(/(?<!\d)20\d{2}(?!\d)/gu, '').trim().split(/\s+/u).filter((w) => /\p{L}{2}/u.test(w) && !/^(?:och|and|samt|eller|or|resp|respektive|vs)$/iu.test(w)).length >= 1;
  const ok = parts.length >= 2 && parts.every((p) => own(p) && year.test(p) && named(p) && p.split(/\s+/u).length <= 6);
  return ok ? parts : [];
}

/** The asks of one line numbered "1) … 2) …" (or "1. … 2. …"), counting up from 1; none when it is not so numbered. */
export function inlineNumbered(text: string): string[] {
  // "1) …", "a) …", "1. …", and labels "Q1: …", "F2: …", "Fråga 1: …", "Question 2: …".
  const marks = [...text.matchAll(/(?:^|\s)\(?(\d|[a-e])\)\s+|(?:^|\s)(\d)\.\s+|(?:^|\s)(?:q|f|fråga\s?|question\s?)(\d)\s?[:.)]\s+/giu)];
  const run: RegExpMatchArray[] = [];
  const order = (m: RegExpMatchArray) => { const k = (m[1] ?? m[2] ?? m[3])!.toLowerCase(); return /\d/.test(k) ? Number(k) : k.charCodeAt(0) - 96; };
  for (const m of marks) if (order(m) === run.length + 1) run.push(m);
  if (run.length < 2) return [];
  return run.map((m, i) => text.slice(m.index! + m[0].length, i + 1 < run.length ? run[i + 1]!.index : undefined).trim()).filter((a) => /\p{L}/u.test(a));
}

/** "barncancer" under "Två snabba om 2024:" is barncancer 2024. */
export function withYearsOf(item: string, intro: string): string {
  if (/(?<!\d)20\d{2}(?!\d)/.test(item)) return item;
  const years = intro.match(/(?<!\d)20\d{2}(?!\d)/g);
  if (!years) return item;
  const end = /[\s?.!]*$/u.exec(item)!;
  return `${item.slice(0, end.index)} ${[...new Set(years)].join(' ')}${end[0].trim()}`;
}

/**
 * Short questions in a row, each with its own question mark and no question word, after an optional
 * "2021:" that gives them their year: "2021: totalen? stimulansmedlen till regionerna? barncancer?".
 * Three or more; none otherwise (two short ones read as an ask and its clarification).
 */
export function shortAsks(text: string): string[] {
  if (/\n/u.test(text.trim())) return [];
  const parts = text.trim().split(/(?<=\?)\s+/u);
  const head = /^([^:?]{0,20}(?<!\d)20\d{2}(?!\d)[^:?]{0,20}):\s+/u.exec(parts[0] ?? '');
  const asks = parts.map((p, i) => (i === 0 && head ? p.slice(head[0].length) : p));
  const short = (p: string) => p.endsWith('?') && p.split(/\s+/u).length <= 5 && !QUESTION_WORD.test(p);
  if (asks.length < 3 || !asks.every(short)) return [];
  return asks.map((a) => withYearsOf(a, head?.[1] ?? ''));
}

/** Words that open a question of their own. */
const QUESTION_WORD = /^(?:hur|vad|vem|vilk\p{L}*|när|how|what|who|which|when)(?![\p{L}])/iu;

/**
 * A year's total asked beside one topic, joined by "och"/"and"/"+": "Kort om 2026: totalbelopp och
 * nationellt arbete", "the total and national work 2026?", "nationellt arbete och totalen 2026".
 * Two asks, each given the message's years; none otherwise. (A total is a cue, not a topic: read as
 * one question, the topic would take its place.) Short messages only, and not a share of the total.
 */
export function totalAnd(text: string): string[] {
  if (/\n/u.test(text.trim()) || text.split(/\s+/u).length > 14 || SHARE.test(text)) return [];
  const body = text.replace(/[?.!\s]+$/u, '');
  const intro = /^[^:]{0,40}:\s+/u.exec(body)?.[0] ?? '';
  const rest = body.slice(intro.length).replace(/,?\s*(?:tack|thanks|please|pls|tia)$/iu, '');
  const first = new RegExp(`^(${TOTAL})((?:\\s+(?:19|20)\\d{2})*)\\s+(?:och|and|samt|plus|\\+|&)\\s+(.+)$`, 'iu').exec(rest);
  const last = new RegExp(`^(.+?)\\s+(?:och|and|samt|plus|\\+|&)\\s+(${TOTAL})((?:\\s+(?:19|20)\\d{2})*)$`, 'iu').exec(rest);
  const [total, topic] = first ? [`${first[1]}${first[2]}`, first[3]!] : last ? [`${last[2]}${last[3]}`, last[1]!] : [];
  if (!total || !topic || topic.split(/\s+/u).length > 6 || !/\p{L}{3}/u.test(topic.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu, '')) || new RegExp(`(?<![\\p{L}])${TOTAL}(?![\\p{L}])`, 'iu').test(topic) || COMPARES.test(rest)) return [];
  const years = `${intro} ${body}`;
  return first ? [withYearsOf(total, years), withYearsOf(topic, years)] : [withYearsOf(topic, years), withYearsOf(total, years)];
}

const TOTAL = '(?:totalen|totalbeloppet|totalbelopp|totalsumman|totalsumma|the total|total|summan|hela summan|helheten)';
/** "skillnaden mellan totalen 2024 och totalen 2026": two totals compared, one ask. */
const COMPARES = /(?<![\p{L}])(?:mellan|between|skillnad\p{L}*|difference|jämför\p{L}*|compare\p{L}*|vs|versus|mot)(?![\p{L}])/iu;
const SHARE = /(?<![\p{L}])(?:del av|andel|procent|share|percent|part of|of the total|av totalen)(?![\p{L}])/iu;
