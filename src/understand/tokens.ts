/**
 * A question's tokens: its words (and numbers) and the punctuation that matters to reading it
 * (dashes of a year range, "/" and "," between topics, "?"). Everything else is dropped.
 */

export interface Token {
  /** Lower case, NFC. */
  text: string;
  kind: 'word' | 'number' | 'punct';
}

const TOKEN = /[\p{L}\p{N}]+|[?–—\-/,&+]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.normalize('NFC').toLowerCase().matchAll(TOKEN)) {
    const t = m[0];
    out.push({ text: t, kind: /^\p{N}+$/u.test(t) ? 'number' : /^[\p{L}\p{N}]/u.test(t) ? 'word' : 'punct' });
  }
  return out;
}

/** Whether a token is a year of the agreements' century ("2024"). */
export const isYear = (t: Token | undefined): boolean => !!t && t.kind === 'number' && /^20\d{2}$/.test(t.text);
