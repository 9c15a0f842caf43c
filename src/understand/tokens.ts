/**
 * A question's tokens: its words (and numbers) and the punctuation that matters to reading it
 * (dashes of a year range or between clauses, "/" and "," between topics, "?" and ":" that end
 * a clause). Everything else is dropped.
 */

export interface Token {
  /** Lower case, NFC. */
  text: string;
  kind: 'word' | 'number' | 'punct';
  /** Written with a capital where no sentence begins: a name ("Region Skåne", "Norrland"). */
  name: boolean;
  /** Inside a parenthesis: "(the 9 msek to SKR)". */
  inParens?: boolean;
  /** The first token after a full stop, "!" or ";": a new sentence ("… 2024 tack! ska göra ett diagram"). */
  afterStop?: boolean;
}

const TOKEN = /[\p{L}\p{N}]+|\s-\s|[?–—\-/,&+]|:(?=\s)/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const source = text.normalize('NFC');
  // Linear: what lies between one token and the next is read once (its stops and parentheses).
  let depth = 0;
  let last = 0;
  let lastMark = '';
  for (const m of source.matchAll(TOKEN)) {
    const between = source.slice(last, m.index);
    for (const ch of between) {
      if (ch === '(') depth++;
      else if (ch === ')') depth = Math.max(0, depth - 1);
    }
    const mark = between.trimEnd().slice(-1) || (between.trim() ? '' : lastMark);
    last = m.index + m[0].length;
    // A hyphen between spaces is a dash: "SVF 2024 - hur mycket …".
    const raw = m[0].trim() === '-' && m[0].length === 3 ? '–' : m[0];
    const t = raw.toLowerCase();
    const kind = /^\p{N}+$/u.test(t) ? 'number' : /^[\p{L}\p{N}]/u.test(t) ? 'word' : 'punct';
    const opens = !out.length || /[.?!:;]/.test(mark);
    out.push({
      text: t,
      kind,
      name: kind === 'word' && !opens && /^\p{Lu}\p{Ll}/u.test(raw),
      ...(depth > 0 ? { inParens: true } : {}),
      ...(out.length && /[.!;]/.test(mark) ? { afterStop: true } : {}),
    });
    lastMark = raw.trim() === ':' || raw === '?' ? raw : '';
  }
  return out;
}

/** Whether a token is a year of the agreements' century ("2024"). */
export const isYear = (t: Token | undefined): boolean => !!t && t.kind === 'number' && /^20\d{2}$/.test(t.text);

/** Punctuation after which a new clause, and maybe a new question, begins ("… 2024 – hur mycket …", "Fråga: vem …"). */
export const CLAUSE_BREAK = new Set(['–', '—', ':', '?']);

/** Where a question may begin after a lead-in ("According to the agreement, who …"): also after a comma. */
export const LEAD_IN_BREAK = new Set([...CLAUSE_BREAK, ',']);
