/**
 * How many ("hur många regionala cancercentrum finns det?", "How many overarching goals does the
 * strategy have?"): where a quoted sentence states the number beside the thing counted ("sex
 * regionala cancercentrum", "tre övergripande mål"), the answer leads with that number, the sentence
 * first. A number the sources do not state is never counted up here.
 */
import type { Fact } from '../corpus/schema.ts';
import { stem, tokens } from '../text/analyze.ts';
import type { Composed } from './compose.ts';
import type { Ctx } from './context.ts';
import { t } from './words.ts';

const NUMBERS: Record<string, number> = { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12 };
const ENGLISH = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** The most words between a number and the thing it counts ("tre övergripande mål", "sex regionala cancercentrum"). */
const GAP = 3;

export function counted(ctx: Ctx, c: Composed): Composed {
  // A lead that already counts ("… delas in i 3 områden") needs no other number.
  if (ctx.q.form !== 'count' || !c.answered || /(?<!\d)\d{1,2}(?!\d)/.test(c.lead)) return c;
  // The thing counted, in the sources' words (the topic's wordings) or the question's own.
  const wanted = [...ctx.topic.filter((x) => !x.soft).flatMap((x) => x.wordings.flatMap((w) => w.words.flatMap((word) => tokens(word)))), ...ctx.q.words].map(stem).filter((s) => s.length >= 3);
  if (!wanted.length) return c;
  for (const f of c.facts.slice(0, 6)) {
    const found = countIn(f, wanted);
    if (!found) continue;
    const words = ctx.lang === 'sv' ? found.word : found.word.endsWith('-tal') ? `about ${found.n}` : (ENGLISH[found.n] ?? String(found.n));
    return {
      ...c,
      lead: t(ctx, `Källorna anger ${words}: ”${found.phrase}”.`, `The sources say ${words}: “${found.phrase}”.`) + ` ${c.lead}`,
      facts: [f, ...c.facts.filter((x) => x !== f)],
    };
  }
  return c;
}

/** A number word in the fact's sentence followed, within a few words, by a word the question counts. */
function countIn(f: Fact, wanted: string[]): { n: number; word: string; phrase: string } | null {
  const words = f.citation.quote.split(/\s+/u);
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!.toLowerCase().replace(/[^\p{L}\d-]/gu, '');
    // "ett 60-tal experter": about sixty.
    const about = /^\d{1,3}-tal$/u.test(raw);
    const w = about ? raw : raw.replace(/-/g, '');
    const n = NUMBERS[w] ?? (/^\d{1,3}(?:-tal)?$/u.test(w) ? parseInt(w, 10) : undefined);
    if (n === undefined || n === 1) continue;
    let last = -1;
    for (let k = i + 1; k <= i + GAP && k < words.length; k++) {
      const s = stem(words[k]!.toLowerCase().replace(/[^\p{L}]/gu, ''));
      if (s.length >= 3 && wanted.some((x) => s.startsWith(x) || x.startsWith(s))) last = k;
      if (/[.,;:]$/u.test(words[k]!)) break;
    }
    if (last > 0) return { n, word: w, phrase: words.slice(i, last + 1).join(' ').replace(/[.,;:]$/u, '') };
  }
  return null;
}
