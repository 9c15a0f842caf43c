/**
 * Cleaning what a user typed before anything reads it: Slack markup, HTML entities, emoji codes,
 * repeated punctuation, odd spacing and Unicode forms. Special mentions (<!channel>, <!here>,
 * <!everyone>) are dropped so they can never be echoed back.
 *
 * Linear time on any input: the raw text is cut to RAW_LIMIT first, `<…>` markup and entities are
 * read by single-pass scanners (a regex like /<[^>]*>/g rescans to the end of the text from every
 * unclosed "<", which is quadratic), and the regexes left have no quantifier that can backtrack
 * over what another one matched.
 */

/** Slack's own limit on a message's text. Longer messages are refused with a friendly message. */
export const MAX_MESSAGE_LENGTH = 40_000;

/**
 * Raw input beyond this is cut before anything else. Slack's markup makes the raw text longer
 * than what was typed ("<" arrives as "&lt;", a mention as "<@U0123456789>"), so the cut leaves
 * room for a message of MAX_MESSAGE_LENGTH written in it, and still clean something too long.
 */
export const RAW_LIMIT = 8 * MAX_MESSAGE_LENGTH;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const ENTITY_NAMES = Object.keys(ENTITIES);

const GT = 0x3e;
const PIPE = 0x7c;
const HASH = 0x23;
const SEMI = 0x3b;

export function cleanQuestion(raw: string): string {
  let text = raw.length > RAW_LIMIT ? cut(raw, RAW_LIMIT) : raw;
  text = text.normalize('NFC');
  // <@U123> user and <#C123|name> channel mentions; <!here> and other special mentions; <!subteam^S1|@team>
  text = idMarkup(text, '<@', () => ' ');
  text = idMarkup(text, '<#', (name) => (name ? ` ${name} ` : ' '));
  text = specialMentions(text);
  // <https://x|text> → text; <https://x> → nothing
  text = links(text);
  text = entities(text);
  // Anything that still looks like markup or an entity after decoding is not a question's words.
  text = anyMarkup(text);
  return (
    text
      // A mention typed as plain text ("@cancerbot", "@here") names who is asked, not what.
      .replace(/(^|[\s(])@[\p{L}\p{N}._-]+/gu, '$1 ')
      .replace(/:[a-z0-9_+-]+:/gi, ' ')
      .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' ')
      .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029]/g, ' ')
      .replace(/([?!.,;:])\1+/g, '$1')
      // A year run together with a word ("patologi2024", "2024budget") is two words.
      .replace(/(\p{L})(20\d{2})(?!\d)/gu, '$1 $2')
      .replace(/(?<!\d)(20\d{2})(\p{L})/gu, '$1 $2')
      .replace(/[*_~`]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The first `limit` code units, without splitting a surrogate pair. */
function cut(text: string, limit: number): string {
  const c = text.charCodeAt(limit - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit);
}

/**
 * The next index of `ch` at or after `from`, for `from` that never decreases: each part of the
 * text is searched once, however many unclosed "<" ask.
 */
function nextOf(text: string, ch: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = text.indexOf(ch, from);
    return found;
  };
}

const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHexDigit = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** Whether `word` (lower-case ASCII) is at `at`, in any ASCII case. */
function hasAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * `/<@[A-Z0-9]+(?:\|([^>]*))?>/gi` (and the same for "<#") replaced by `replace(name)`: the prefix,
 * an ASCII id, then ">" or "|" and anything up to the next ">".
 */
function idMarkup(text: string, prefix: string, replace: (name: string | undefined) => string): string {
  let i = text.indexOf(prefix);
  if (i === -1) return text;
  const gt = nextOf(text, '>');
  const parts: string[] = [];
  let last = 0;
  while (i !== -1) {
    const idStart = i + prefix.length;
    let k = idStart;
    while (k < text.length && isAsciiAlnum(text.charCodeAt(k))) k++;
    let end = -1;
    let name: string | undefined;
    if (k > idStart) {
      const c = text.charCodeAt(k);
      if (c === GT) end = k + 1;
      else if (c === PIPE) {
        const g = gt(k + 1);
        if (g !== -1) {
          end = g + 1;
          name = text.slice(k + 1, g);
        }
      }
    }
    if (end === -1) {
      // The id is letters and digits only, so the next prefix starts after it.
      i = text.indexOf(prefix, Math.max(k, i + 1));
      continue;
    }
    parts.push(text.slice(last, i), replace(name));
    last = end;
    i = text.indexOf(prefix, end);
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** `/<![^>]*>/g` → " ". */
function specialMentions(text: string): string {
  return upToNextGt(text, '<!');
}

/** `/<[^>]*>/g` → " ". */
function anyMarkup(text: string): string {
  return upToNextGt(text, '<');
}

/** Each `open` and what follows it up to the next ">" → " ". Without a ">" after it, nothing later matches either. */
function upToNextGt(text: string, open: string): string {
  let i = text.indexOf(open);
  if (i === -1) return text;
  const parts: string[] = [];
  let last = 0;
  while (i !== -1) {
    const g = text.indexOf('>', i + open.length);
    if (g === -1) break;
    parts.push(text.slice(last, i), ' ');
    last = g + 1;
    i = text.indexOf(open, last);
  }
  parts.push(text.slice(last));
  return parts.join('');
}

const SCHEMES = ['https:', 'http:', 'mailto:'];

/** `/<((?:https?|mailto):[^|>]*)(?:\|([^>]*))?>/gi` → " text " or " ". */
function links(text: string): string {
  let i = text.indexOf('<');
  if (i === -1) return text;
  const gt = nextOf(text, '>');
  const pipe = nextOf(text, '|');
  const parts: string[] = [];
  let last = 0;
  while (i !== -1) {
    const scheme = SCHEMES.find((s) => hasAt(text, i + 1, s));
    if (!scheme) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    // The scheme has no "<", so `from` only grows from one "<" to the next.
    const from = i + 1 + scheme.length;
    const g = gt(from);
    const p = pipe(from);
    let end: number;
    let label: string | undefined;
    if (g !== -1 && (p === -1 || g < p)) end = g + 1;
    else if (p !== -1) {
      const g2 = gt(p + 1);
      if (g2 === -1) break; // no ">" after this "|": no later link can close either
      end = g2 + 1;
      label = text.slice(p + 1, g2);
    } else break; // neither "|" nor ">" after this: no later link can close either
    parts.push(text.slice(last, i), label ? ` ${label} ` : ' ');
    last = end;
    i = text.indexOf('<', end);
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/**
 * `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&nbsp;` (any case), `&#65;` and `&#x41;`. A number that
 * is no Unicode scalar value (0, a surrogate, above U+10FFFF) is dropped.
 */
function entities(text: string): string {
  let i = text.indexOf('&');
  if (i === -1) return text;
  const parts: string[] = [];
  let last = 0;
  while (i !== -1) {
    let end = -1;
    let value = '';
    const name = ENTITY_NAMES.find((n) => hasAt(text, i + 1, n) && text.charCodeAt(i + 1 + n.length) === SEMI);
    if (name) {
      end = i + 2 + name.length;
      value = ENTITIES[name]!;
    } else if (text.charCodeAt(i + 1) === HASH) {
      const hex = hasAt(text, i + 2, 'x');
      const digitsStart = hex ? i + 3 : i + 2;
      let k = digitsStart;
      while (k < text.length && (hex ? isHexDigit : isDigit)(text.charCodeAt(k))) k++;
      if (k > digitsStart && text.charCodeAt(k) === SEMI) {
        end = k + 1;
        value = codePoint(text.slice(digitsStart, k), hex ? 16 : 10);
      }
    }
    if (end === -1) {
      i = text.indexOf('&', i + 1);
      continue;
    }
    parts.push(text.slice(last, i), value);
    last = end;
    i = text.indexOf('&', end);
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** The character numbered `digits`, or "" when that is no Unicode scalar value. */
function codePoint(digits: string, radix: 10 | 16): string {
  let k = 0;
  while (k < digits.length - 1 && digits.charCodeAt(k) === 0x30) k++;
  const significant = digits.slice(k);
  if (significant.length > (radix === 16 ? 6 : 7)) return '';
  const n = parseInt(significant, radix);
  if (n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '';
  return String.fromCodePoint(n);
}
