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
import { cite } from './format.ts';
import { asksWhether } from './form.ts';

const NUMBERS: Record<string, number> = { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12 };
const ENGLISH = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** The most words between a number and the thing it counts ("tre övergripande mål", "sex regionala cancercentrum"). */
const GAP = 3;

export function counted(ctx: Ctx, c: Composed): Composed {
  if (ctx.q.form !== 'count') return c;
  // The noun right after "hur många"/"how many": "Hur många områden …" counts areas, not the tasks a list shows.
  const [noun, after] = countedNoun(ctx.q.text);
  // "How many employees does RCC i samverkan have?": a thing no source names is never counted; what
  // the sources say of the rest is shown under that.
  // (Not "hur många egna uppdrag": an unknown word before a known one qualifies it.)
  // "How many people work at RCC Norr?", "how many RCC employees …": no source counts staff.
  const staff = !!noun && (STAFF.test(noun) || STAFF.test(after ?? '') || WORKS.test(noun) || (PEOPLE.test(noun) && WORKS.test(after ?? '')));
  if (staff || (noun && ctx.q.unknown.includes(noun) && !(after && !ctx.q.unknown.includes(after) && ctx.q.words.includes(after)))) {
    const lead = t(ctx, 'Källorna anger inte det antalet.', 'The sources do not give that number.');
    const note = staff ? t(ctx, 'Källorna anger inte hur många som arbetar någonstans.', 'The sources do not say how many people work anywhere.') : t(ctx, `Källorna nämner inte "${noun}".`, `The sources do not mention "${noun}".`);
    return { ...c, answered: false, lead, notes: [note, ...c.notes.filter((n) => !n.includes(`"${noun}"`))], sections: c.lead ? [{ title: c.lead, items: [] }, ...c.sections] : c.sections };
  }
  // A lead that already counts the thing asked ("… delas in i 3 områden") needs no other number.
  if (/(?<!\d)\d{1,2}(?!\d)/.test(c.lead) && (!noun || new RegExp(`(?<!\\d)\\d{1,2}\\s+${noun.slice(0, 4)}`, 'iu').test(c.lead))) return c;
  // The thing counted, in the sources' words (the topic's wordings) or the question's own.
  const wanted = [...ctx.topic.filter((x) => !x.soft).flatMap((x) => x.wordings.flatMap((w) => w.words.flatMap((word) => tokens(word)))), ...ctx.q.words].map(stem).filter((s) => s.length >= 3);
  if (!wanted.length) return c;
  // A sentence of the years asked that counts the noun, when the answer's own facts do not ("fyra områden").
  // (The noun as the sources write it: "regions" is no count of "regionala cancercentrum".)
  const own = noun ? [stem(noun)] : [];
  const counts = (f: Fact) => !own.length || !!countIn(f, own, true);
  const counting = own.length ? ctx.corpus.facts.filter((f) => f.kind === 'passage' && (!ctx.q.years.length || ctx.q.years.includes(f.year ?? 0)) && counts(f)) : [];
  const shown = c.answered ? c.facts.slice(0, 6) : [];
  // A noun the sources never use ("overarching goals") is counted by the answer's own words, as before.
  const candidates = [...shown.filter(counts), ...counting];
  for (const f of candidates.length ? candidates : shown) {
    const found = countIn(f, wanted) ?? countIn(f, own, true);
    if (!found) continue;
    if (!c.facts.includes(f)) {
      const lead = t(ctx, `Källorna anger ${found.word}: ”${found.phrase}” ${cite(f, 'sv')}.`, `The sources say ${ENGLISH[found.n] ?? found.n}: “${found.phrase}” ${cite(f, 'en')}.`);
      const line = { text: `${f.year}: ${f.citation.quote} ${cite(f, ctx.lang)}`, facts: [f], depth: 0 };
      return { ...c, answered: true, lead, facts: [f, ...c.facts], sections: [{ items: [line] }, { title: c.lead, items: [] }, ...c.sections] };
    }
    const words = ctx.lang === 'sv' ? found.word : found.word.endsWith('-tal') ? `about ${found.n}` : (ENGLISH[found.n] ?? String(found.n));
    return {
      ...c,
      lead: t(ctx, `Källorna anger ${words}: ”${found.phrase}”.`, `The sources say ${words}: “${found.phrase}”.`) + ` ${c.lead}`,
      facts: [f, ...c.facts.filter((x) => x !== f)],
    };
  }
  // "How many budget lines does the 2024 agreement have?": the lines the answer lists, counted.
  const lines = c.facts.filter((f) => f.kind === 'budget');
  const years = new Set(lines.map((f) => f.year));
  if (noun && LINE_WORD.test(noun) && lines.length && years.size === 1) {
    const [year] = years;
    return { ...c, lead: t(ctx, `${year} har ${lines.length} budgetrader.`, `${year} has ${lines.length} budget lines.`), sections: [{ title: c.lead, items: [] }, ...c.sections] };
  }
  // "How many patients used Min vårdplan?": no sentence states that number, nor names the thing
  // counted, and the answer counts something else (tasks about it): it says so, over what they do say.
  const mentioned = noun ? c.facts.some((f) => tokens(f.citation.quote).some((w) => stem(w).startsWith(stem(noun).slice(0, 5)))) : true;
  const countsNoun = noun ? new RegExp(`(?<!\\d)\\d{1,3}\\s+${noun.slice(0, 4)}`, 'iu').test(c.lead) : false;
  const countsOther = /(?<![\d,.])\d{1,3}\s+\p{L}{3,}/u.test(c.lead) && !countsNoun;
  // (A list of budget lines answers "how many spending lines" by its length.)
  const listsLines = c.intent === 'lines' || LINE_WORD.test(after ?? '') || /satsning|effort|investment|spending|allocation/u.test(`${noun} ${after}`);
  const ofItems = ITEM_WORD.test(noun ?? '') || ITEM_WORD.test(after ?? '');
  if (noun && (!mentioned || countsOther) && !listsLines && !LINE_WORD.test(noun) && !ofItems && !countsNoun) {
    const lead = t(ctx, 'Källorna anger inte det antalet.', 'The sources do not give that number.');
    return { ...c, answered: false, lead, sections: c.lead ? [{ title: c.lead, items: [] }, ...c.sections] : c.sections };
  }
  return c;
}

/** What an answer's own list counts: tasks ("ska-uppdrag", "egna uppdrag"), areas, sources, people, dates. */
const ITEM_WORD = /insats|uppdrag|uppgift|task|assignment|område|area|källa|källor|source|person|people|datum|date|deadline|frist/u;

/** Staff, who no source counts ("employees", "anställda"), and people who work somewhere. */
const STAFF = /^(?:employees?|staff|staffers|workers?|anställda|medarbetare|personal|personalen|årsarbetare|heltidstjänster|tjänster)$/u;
const PEOPLE = /^(?:people|persons|personer|människor|pers)$/u;
const WORKS = /^(?:work|works|working|employed|arbetar|jobbar|anställda)$/u;

/** Words for budget lines ("budget lines", "poster", "rader"). */
const LINE_WORD = /^(?:budget|line|item|post|rad|rader|budgetpost|budgetrad)/u;

/** The word counted — the first word after "hur många"/"how many" that is not a filler — and the word after it. */
function countedNoun(text: string): [string | null, string | null] {
  const m = /(?:hur\s+många|how\s+many)\s+(?:(?:olika|separate|different|st|distinct)\s+)?([\p{L}-]{3,})(?:\s+([\p{L}-]{3,}))?/iu.exec(text);
  // "areas — how many were there?": a verb after "how many" counts the thing named before it, which the answer's list shows.
  if (m?.[1] && COUNT_VERB.test(m[1])) return [null, null];
  return [m?.[1]?.toLowerCase() ?? null, m?.[2]?.toLowerCase() ?? null];
}

/** Verbs right after "how many"/"hur många": no noun is named there. */
const COUNT_VERB = /^(?:were|was|are|is|there|exist|exists|existed|finns|fanns|var|är|blev|blir)$/iu;

/** A number word in the fact's sentence followed, within a few words, by a word the question counts. */
function countIn(f: Fact, wanted: string[], exact = false): { n: number; word: string; phrase: string } | null {
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
      if (s.length >= 3 && wanted.some((x) => (exact ? s === x : s.startsWith(x) || x.startsWith(s)))) last = k;
      if (/[.,;:]$/u.test(words[k]!)) break;
    }
    if (last > 0) return { n, word: w, phrase: words.slice(i, last + 1).join(' ').replace(/[.,;:]$/u, '') };
  }
  return null;
}

/** Words of money: a number before them is an amount, not a count. */
const MONEY_WORD = /^(?:miljon\p{L}*|miljard\p{L}*|million\p{L}*|billion\p{L}*|mkr|msek|mnkr|kronor|kr|sek|procent|percent)$/iu;

/**
 * "Was the 2021 agreement split into four areas?", "Stämmer det att 2024 har fyra områden?": a number
 * the question states of a thing, when the lead states the number of that thing, is confirmed or
 * corrected first ("Nej." before "… delas in i 3 områden"), so that a yes/no question gets its yes or no.
 */
export function countChecked(ctx: Ctx, c: Composed): Composed {
  if (!c.answered || !asksWhether(ctx.q)) return c;
  const claim = /(?<![\p{L}\d,.])(två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(\p{L}{4,})/iu.exec(ctx.q.text);
  if (!claim) return c;
  const word = claim[1]!.toLowerCase();
  const claimed = NUMBERS[word] ?? (ENGLISH.indexOf(word) > 0 ? ENGLISH.indexOf(word) : /^\d+$/u.test(word) ? Number(word) : NaN);
  // An amount is checked against the facts elsewhere (check.ts); a lead that already says yes or no needs no other.
  if (MONEY_WORD.test(claim[2]!) || /^(?:ja|nej|yes|no)(?![\p{L}])/iu.test(c.lead)) return c;
  const noun = claim[2]!.toLowerCase().slice(0, 4);
  const stated = new RegExp(`(?<![\\d,.])(\\d{1,2})\\s+${noun}`, 'iu').exec(c.lead);
  if (!stated || Number.isNaN(claimed)) return c;
  const n = Number(stated[1]);
  const verdict = n === claimed ? t(ctx, 'Ja.', 'Yes.') : t(ctx, 'Nej.', 'No.');
  return { ...c, lead: `${verdict} ${c.lead}` };
}

