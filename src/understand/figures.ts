/**
 * Amounts a question itself states: "280 miljoner", "de 280 miljonerna", "SEK 1,005 million",
 * "1,005 miljarder" (a decimal comma), "en miljard". Used to find the facts that state them, and
 * never echoed when no fact does.
 */
import { unicodeWords } from '../text/analyze.ts';

const FIGURE = /(?:sek\s*)?\b(\d{1,3}(?:[ ,]\d{3})+|\d+)(?:[.,](\d+))?\s*(miljon\w*|million\w*|mille|mkr|msek|mnkr|miljard\w*|billion\w*|mdkr|bn)\b/gu;
const ONE_BILLION = /\b(?:en|ett|one|a) (?:miljard\w*|billion)\b/u;

export function readFigures(text: string): number[] {
  const out: number[] = [];
  const t = text.toLowerCase().replace(/\u00a0|\u202f/g, ' ');
  for (const m of t.matchAll(unicodeWords(FIGURE))) {
    let whole = Number(m[1]!.replace(/[ ,]/g, ''));
    let frac = m[2] ? Number(`0.${m[2]}`) : 0;
    const unit = /^(?:miljard|billion|mdkr|bn)/.test(m[3]!) ? 1e9 : 1e6;
    // "1,005 miljarder" is a decimal comma: a thousand billions is no amount of these agreements.
    const comma = /^(\d{1,3}),(\d{3})$/.exec(m[1]!);
    if (comma && !m[2] && whole * unit >= 1e12) [whole, frac] = [Number(comma[1]), Number(`0.${comma[2]}`)];
    out.push(Math.round((whole + frac) * unit));
  }
  if (unicodeWords(ONE_BILLION).test(t)) out.push(1e9);
  return [...new Set(out)];
}
