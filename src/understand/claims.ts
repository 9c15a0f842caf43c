/**
 * Amounts in a question, read for what they are: an amount the asker states as true, to be checked
 * ("var totalen 2021 450 mkr?", "rehab got 150 MSEK in 2024, correct?"); a year's own total, which
 * names that year ("Hur mycket av 556 miljoner …"); or an amount to look up ("vad är posten på 25
 * mkr?"). Returns the claims, the years and figures the question asks, and the intents re-ranked
 * without a figure that is no longer looked up.
 */
import type { CueValue, Lexicon } from '../lexicon/load.ts';
import type { PhraseMatch } from '../lexicon/pattern.ts';
import type { Cue } from '../lexicon/schema.ts';
import type { Concept } from '../search/index.ts';
import { rankIntents } from './intents.ts';
import type { Question } from './question.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface ClaimInput {
  /** The question as read (for a guess stated in its last clause). */
  text: string;
  signals: Set<string>;
  cues: PhraseMatch<CueValue>[];
  words: string[];
  figures: number[];
  years: number[];
  concepts: Concept[];
  owner: string | null;
  features: string[];
  cueList: Cue[];
  /** The question names a topic that must be covered. */
  required: boolean;
  /** A question word opens a sentence: it asks what, not whether. */
  asksWhat: boolean;
  /** A question word stands anywhere in it. */
  hasWh: boolean;
}

export interface Claims {
  claimed: number[];
  intents: Question['intents'];
  years: number[];
  /** The figures to look up. */
  asked: number[];
  /** The question asks whether something is so ("stämmer det att …"), not what. */
  whether: boolean;
}

/**
 * "hur mycket fick barncancer 2024, var det 80?", "how much did rehab get, was it 150 million?": a
 * question that asks what and ends in a yes/no clause stating an amount. The amount is a guess to
 * check, and the answer says whether it is right. Only when every number before that clause is a
 * year: "hur mycket av 809 …, var det 80?" is left as it is.
 */
const GUESS = /[,;–—]\s*(?:(?:var|är|blev|blir)\s+(?:det|den)|(?:was|is|were)\s+(?:it|that|this))\s+[^,;?]*?\d[^,;?]*\?*\s*$/iu;
function guessAtEnd(text: string): boolean {
  const m = GUESS.exec(text);
  return m !== null && !/\d/u.test(text.slice(0, m.index).replace(/(?:^|[^\d])(?:19|20)\d\d(?!\d)/gu, ' ').replace(/['’]\d\d\b/gu, ' '));
}

/** Cues that relate amounts ("hur stor del av 809", "mer än 500"): an amount beside one is no claim. */
const RELATING = ['part-of', 'how-much-of', 'share-of', 'compare-word', 'more-than', 'same-as', 'below', 'above', 'increase-word', 'change-word'];

export function readClaims(q: ClaimInput, v: Vocabulary): Claims {
  const { signals, words, figures, concepts, owner, features, cueList } = q;
  const lex: Lexicon = v.lexicon;
  const guess = guessAtEnd(q.text);
  const asksWhat = q.asksWhat && !guess;
  const checks = guess || signals.has('check') || q.cues.some((m) => m.value.cue.id === 'yes-no' || m.value.cue.id === 'check');
  // "Is it 1 billion or 1.005 billion?" asks which, not whether.
  // "600 miljoner – är det överenskommelsen eller något annat?" too; "var det 450 eller?" is still a check.
  const alternatives = words.some((w, i) => (w === 'or' || w === 'eller') && i < words.length - 1);
  // "Finns det någon post på 30 miljoner?", "is there a line of 30 million?" looks the amount up.
  const exists = /^(?:finns|fanns|is there|are there|was there|any)$/u.test(words[0] ?? '') || (words[0] === 'is' && words[1] === 'there');
  // "Does 250 + 250 mean 500 million?" names nothing the amount is claimed of (no year, topic, owner or
  // the agreement): it is looked up, not checked against some year's total that happens to be 500.
  // "Blir det verkligen 1 005 mkr?": an amount that is only ever a year's total is claimed of that total.
  const onlyTotal = (x: number) => v.totalYears.has(x) && !v.moneyAmounts.has(x);
  const claimedOf = q.years.length > 0 || concepts.some((c) => !c.soft) || !!owner || signals.has('agreement-word') || signals.has('total-word') || (figures.length > 0 && figures.every(onlyTotal));
  const claimed = figures.length && checks && claimedOf && !alternatives && !asksWhat && !exists && !RELATING.some((r) => signals.has(r)) ? figures : [];
  // A year's own total stated as true ("809 miljoner 2024, stämmer det?") is a question about that agreement.
  // So is an amount claimed of a year and nothing else ("En kollega skrev att 2023 var 565 mkr. Rätt?").
  const claimsTotal = claimed.length > 0 && (claimed.every((x) => (v.totalYears.get(x) ?? []).some((y) => !q.years.length || q.years.includes(y))) || (q.years.length > 0 && !owner && !concepts.some((c) => !c.soft) && (signals.has('check') || !q.hasWh)));
  let intents = rankIntents(cueList, claimed.length ? [...features.filter((f) => f !== 'figure'), ...(claimsTotal ? ['total-figure'] : q.required ? ['claimed-figure'] : [])] : features, lex);
  const top = intents[0]?.intent;

  // "Hur mycket av 556 miljoner …", "vad består 809 miljonerna av": a year's total named without its
  // year names that year; it is then no figure to look up.
  let years = q.years;
  let asked = figures;
  if (claimed.length) {
    asked = [];
    // "var det 809 för 2024?" names its year; "the 2024 agreement was one billion" names it too.
    if (!years.length) years = [...new Set(claimed.flatMap((x) => v.totalYears.get(x) ?? []))].sort();
  } else if (!years.length && top !== 'deadlines') {
    const named = [...new Set(figures.filter((x) => onlyTotal(x) || signals.has('total-word')).flatMap((x) => v.totalYears.get(x) ?? []))].sort();
    if (named.length) {
      years = named;
      if (figures.every((x) => v.totalYears.has(x)) && !signals.has('part-of')) {
        asked = [];
        intents = rankIntents(cueList, features.filter((f) => f !== 'figure'), lex);
      }
    }
  } else if (figures.length && figures.every((x) => (v.totalYears.get(x) ?? []).some((y) => years.includes(y))) && !signals.has('part-of') && top !== 'deadlines') {
    // "does the 2024 breakdown add up to 809?": the year's own total, named beside its year, is that
    // year's agreement, not an amount to look up.
    // "Av de 809 miljonerna 2024, hur mycket betalar Kammarkollegiet ut?": the total is what the part asked is of.
    const partAsked = signals.has('how-much') && cueList.some((c) => (c.weights.payment ?? 0) > 0);
    asked = [];
    intents = rankIntents(cueList, [...features.filter((f) => f !== 'figure'), ...(partAsked ? [] : ['total-figure'])], lex);
  }
  return { claimed, intents, years, asked, whether: checks && !asksWhat };
}
