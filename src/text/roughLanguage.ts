/**
 * A quick guess at a message's language from its commonest words, for the few lines the bot says
 * before (or instead of) reading a question: "many questions right now" when it is too busy to
 * read it. The answer's own language comes from the full reading (understand/language.ts).
 */
const SWEDISH = new Set('och är hur vad vilka vilken vilket vem när var för till det den som på med inte mycket många om av fick får ska kan finns har gick summan totalen pengar år'.split(' '));
const ENGLISH = new Set('the and is are how what which who when where for to of did does do much many was were with not money year total tasks get got'.split(' '));

export function roughLanguage(text: string): 'sv' | 'en' {
  let sv = /[åäö]/i.test(text) ? 1 : 0;
  let en = 0;
  for (const word of text.toLowerCase().slice(0, 2_000).split(/[^\p{L}]+/u)) {
    if (SWEDISH.has(word)) sv++;
    else if (ENGLISH.has(word)) en++;
  }
  return en > sv ? 'en' : 'sv';
}
