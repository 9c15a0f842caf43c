/**
 * The question in a long message: Slack allows 40 000 characters, and a question often comes at the
 * end of a long post ("Hej alla! Vi hade möte i går om budgeten … Så min fråga: hur mycket gick till
 * barncancer 2024?"). `questionPart` splits such a text into sentences and keeps the one that reads
 * most like a question. Linear time: one pass to split, one to score.
 */

/** Texts up to this many characters are read whole. */
export const SHORT_TEXT = 300;
/** A chosen sentence shorter than this ("Och 2024?") is read with the sentence before it. */
export const SHORT_SENTENCE = 25;

export interface Part {
  text: string;
  /** How many characters of the input were left out. */
  skipped: number;
}

/**
 * The question sentence(s) of a cleaned text: the best by `score`, the later one on a tie, with the
 * sentence before it when it is very short. Texts up to SHORT_TEXT characters are returned whole.
 */
export function questionPart(text: string, score: (sentence: string) => number = questionScore): Part {
  if (text.length <= SHORT_TEXT) return { text, skipped: 0 };
  const spans = sentenceSpans(text);
  if (!spans.length) return { text: '', skipped: text.length };
  let best = 0;
  let bestScore = -Infinity;
  for (let k = 0; k < spans.length; k += 2) {
    const s = score(text.slice(spans[k]!, spans[k + 1]!));
    if (s >= bestScore) {
      best = k;
      bestScore = s;
    }
  }
  const start = spans[best]!;
  const end = spans[best + 1]!;
  const from = end - start < SHORT_SENTENCE && best > 0 ? spans[best - 2]! : start;
  const part = text.slice(from, end);
  return { text: part, skipped: text.length - part.length };
}

/** The sentences of a text, trimmed, without empty ones. */
export function sentences(text: string): string[] {
  const spans = sentenceSpans(text);
  const out: string[] = [];
  for (let k = 0; k < spans.length; k += 2) out.push(text.slice(spans[k]!, spans[k + 1]!));
  return out;
}

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;
/** . ! ? */
const isTerminal = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f;
/** Closing quotes and brackets that may follow a sentence's last mark: 'Hon frågade "varför?" Sedan …'. */
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0xbb || c === 0x201d || c === 0x2019;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const DOT = 0x2e;

/**
 * Start and end (exclusive) of each sentence, one after the other in one array. A sentence ends at
 * a line break, or at ". ! ?" followed by a space or the end of the text; so a decimal or digit
 * group ("133,5", "1.005", "1 005") never ends one, nor does "RCC:s". A "." after an abbreviation
 * ("bl.a.", "t.ex.", "dvs.", "e.g.", an initial) does not end one, except after one that can close
 * a list ("etc.", "m.m.") when a capital follows.
 */
function sentenceSpans(text: string): number[] {
  const spans: number[] = [];
  const n = text.length;
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) spans.push(start, end);
  };
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE || c === RETURN) {
      push(start, i);
      start = ++i;
      continue;
    }
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    let k = i + 1;
    while (k < n && isTerminal(text.charCodeAt(k))) k++;
    while (k < n && isCloser(text.charCodeAt(k))) k++;
    if ((k === n || isSpace(text.charCodeAt(k))) && !(c === DOT && k === i + 1 && (abbreviationBefore(text, i) || cutShortBefore(text, start, i)))) {
      push(start, k);
      start = k;
    }
    i = k;
  }
  push(start, n);
  return spans;
}

/** Abbreviations that never end a sentence, written without their last "." (lower case). */
const ABBREVIATIONS = new Set([
  // Swedish
  'bl.a', 't.ex', 'dvs', 'd.v.s', 'ca', 'kl', 'nr', 'inkl', 'exkl', 'resp', 'jfr', 'enl', 'ang', 'ex', 's.k', 'p.g.a', 'pga', 't.o.m', 'fr.o.m', 'f.d', 'o.d', 'milj',
  // English
  'e.g', 'i.e', 'vs', 'approx', 'cf', 'mr', 'mrs', 'ms', 'dr', 'prof', 'fig', 'pp',
]);
/** Abbreviations that may end a list and with it a sentence: one then, when a capital follows. */
const LIST_ENDS = new Set(['etc', 'm.m', 'm.fl', 'mfl', 'osv', 'o.s.v', 'kr', 'mkr', 'mnkr', 'mdkr', 'tkr', 'st', 'inc']);
/** The longest word looked at before a ".". */
const MAX_ABBREVIATION = 8;

/** Whether the "." at `dot` closes an abbreviation (or an initial) rather than a sentence. */
function abbreviationBefore(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && dot - from <= MAX_ABBREVIATION && !isSpace(text.charCodeAt(from - 1)) && text[from - 1] !== '(' && text[from - 1] !== '"') from--;
  if (from === dot || dot - from > MAX_ABBREVIATION) return false;
  const word = text.slice(from, dot).toLowerCase();
  if (word.length === 1) return /\p{L}/u.test(word); // an initial: "K. Ivarsson", "t. ex."
  if (ABBREVIATIONS.has(word)) return true; // "ex." of "t ex." too
  if (LIST_ENDS.has(word)) return !capitalFollows(text, dot + 1);
  // Short letter groups joined by dots: "s.k.", "fr.o.m.", "p.g.a."
  const groups = word.split('.');
  return groups.length > 1 && groups.every((g) => g.length >= 1 && g.length <= 3 && /^\p{L}+$/u.test(g)) && !capitalFollows(text, dot + 1);
}

/**
 * Whether the "." at `dot` closes a word cut short at the start of a telegraphic ask, a figure
 * following: "forbattringsarb. 2026, hur mkt?", "övr. utv.arb. 2024". Only within a sentence's first
 * two words, and only before a digit: "Vi hade möte i går. 2024 …" still ends at the ".".
 */
function cutShortBefore(text: string, start: number, dot: number): boolean {
  // (Two words fit in 60 characters: a longer start is no telegraphic ask, and is not read.)
  if (dot - start > 60) return false;
  const words = text.slice(start, dot).trim().split(/\s+/u);
  if (words.length > 2 || !/^\p{Ll}[\p{Ll}.]{3,}$/u.test(words[words.length - 1]!)) return false;
  let at = dot + 1;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return /\d/u.test(text[at] ?? '');
}

function capitalFollows(text: string, at: number): boolean {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  const c = text[at];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Words that open a question or a request, Swedish and English. */
const QUESTION_WORDS = new Set([
  'när', 'vad', 'vem', 'vilka', 'vilken', 'vilket', 'hur', 'varför', 'finns', 'kan', 'visa', 'lista', 'berätta', 'jämför',
  'what', 'which', 'who', 'when', 'where', 'how', 'why', 'is', 'are', 'does', 'do', 'did', 'can', 'show', 'list', 'tell', 'compare',
]);

/** Lead-ins that say the question comes next: "Så min fråga:", "Question:", "I wonder". */
const LEAD_INS = ['så min fråga', 'min fråga', 'frågan', 'fråga', 'så jag undrar', 'jag undrar', 'undrar', 'so my question', 'my question', 'the question', 'question', 'i wonder'];
const LEAD_FIRST = new Set(LEAD_INS.map((l) => l.split(' ')[0]!));

/**
 * How much a sentence reads like a question: ending with "?" counts most, then opening with a
 * question word (after a lead-in like "Så min fråga:" too), a lead-in, and naming a year 20xx.
 */
export function questionScore(sentence: string): number {
  let score = 0;
  let end = sentence.length;
  while (end > 0 && (isSpace(sentence.charCodeAt(end - 1)) || isCloser(sentence.charCodeAt(end - 1)))) end--;
  if (sentence[end - 1] === '?') score += 3;
  const lower = sentence.slice(0, 60).toLowerCase().trimStart();
  const first = firstWord(lower);
  let opens = QUESTION_WORDS.has(first);
  const lead = LEAD_FIRST.has(first) ? LEAD_INS.find((l) => lower.startsWith(l) && !/\p{L}/u.test(lower[l.length] ?? '')) : undefined;
  if (lead) {
    score += 1;
    const rest = lower.slice(lead.length).replace(/^\s*(?:(?:är|is)(?!\p{L})\s*)?:?/u, '');
    opens ||= QUESTION_WORDS.has(firstWord(rest));
  }
  const colon = lower.indexOf(': ');
  if (colon !== -1 && colon < 40) opens ||= QUESTION_WORDS.has(firstWord(lower.slice(colon + 2)));
  if (opens) score += 2;
  if (sentence.includes('20') && /(?<!\d)20\d\d(?!\d)/.test(sentence)) score += 1;
  return score;
}

function firstWord(text: string): string {
  return /^[^\p{L}\p{N}]{0,3}(\p{L}+)/u.exec(text)?.[1] ?? '';
}
