/**
 * What a question leaves out: "hur mycket fick RCC 2021 för SVF-arbetet (inte det regionala)?",
 * "2024 lines for rehabilitation, excluding the pelvic one", "SVF-pengar 2021 utom de 370
 * miljonerna", "Barncancer 2021 alltså, inte 2024". A marker ("utom", "förutom", "except", "other
 * than", "apart from", "not counting", or "inte"/"not" opening a clause) leaves out what follows
 * it up to the end of its clause: those words name no topic, cue or year of the question; what they
 * name is left out of the answer. "inte bara"/"not only" leaves out nothing.
 */
import type { PhraseMatch } from '../lexicon/pattern.ts';
import { longestFirst } from '../lexicon/pattern.ts';
import { readFigures } from './figures.ts';
import type { Concept, Question } from './question.ts';
import type { Token } from './tokens.ts';
import { compoundConcept, lexiconConcept } from './topic.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Markers that leave out what follows wherever they stand. */
const ANYWHERE = [
  'utom', 'förutom', 'exklusive', 'exkl', 'bortsett från', 'bortser från', 'bortse från', 'annat än', 'andra än', 'annan än', 'med undantag av', 'med undantag för', 'oräknat', 'inte räknat', 'ej räknat', 'inte inräknat', 'frånsett',
  'utan', 'minus', 'räknar bort', 'räkna bort', 'räknat bort', 'drar av', 'dra av', 'drar bort', 'dra bort', 'inte till', 'ej till', 'inte för', 'inte på',
  'except', 'excluding', 'without', 'not to', 'not for', 'not on', 'ignoring', 'leaving aside', 'setting aside', 'taking away', 'take away', 'subtracting', 'exclude', 'other than', 'apart from', 'aside from', 'not counting', 'not including', 'leaving out', 'leave out', 'without counting', 'but not', 'men inte', 'alltså inte', 'dock inte',
].map((m) => m.split(' '));
/**
 * "utöver"/"besides" leaves out what follows in a question of what ("vilka nationella medel fanns
 * utöver generiskt kallelsesystem?"), and adds it in a question of whether ("är de 39 pengar utöver de 809?").
 */
const BESIDES = [['utöver'], ['besides'], ['in', 'addition', 'to']];
const ASKS_WHAT = new Set(['vad', 'vilka', 'vilken', 'vilket', 'hur', 'what', 'which', 'how', 'andra', 'annat', 'other', 'else']);
/** Markers that leave out what follows only where a clause begins: ", inte det nationella", "(not i samverkan)", "– not the Kammarkollegiet part". */
const CLAUSE_INITIAL = [['inte'], ['ej'], ['not']];
/** "inte bara", "not only", "utan även", "utan att", "without any": what follows is added, or nothing is left out. */
const ONLY = new Set(['bara', 'enbart', 'endast', 'only', 'just', 'merely', 'även', 'också', 'att', 'någon', 'några', 'något', 'any']);
/** Words between two things left out. */
const JOINS = new Set(['och', 'and', 'samt', 'eller', 'or', 'nor', 'plus']);
/** Where a left-out part ends. */
const ENDS = new Set([',', '–', '—', ':', '?']);

export interface Exclusion {
  /** Word indexes of the markers and of what they leave out. */
  words: Set<number>;
  /** Word indexes of what is left out (the markers' words not included). */
  left: Set<number>;
}

/**
 * The parts of a question it leaves out.
 * @param wordAt the token index of each word
 * @param words the question's words, lower case
 */
export function exclusions(tokens: Token[], wordAt: number[], words: string[]): Exclusion {
  const all = new Set<number>();
  const left = new Set<number>();
  const startsClause = (wi: number) => {
    const t = wordAt[wi]!;
    const prev = tokens[t - 1];
    if (!prev) return false;
    if (prev.kind === 'punct' && (ENDS.has(prev.text) || prev.text === '-')) return true;
    return !!tokens[t]!.inParens && !prev.inParens;
  };
  // ("Besides childhood cancer, what did …": a question of what that opens with the marker.)
  const asksWhat = ASKS_WHAT.has(words[0] ?? '') || words.some((w) => w === 'andra' || w === 'other') || (BESIDES.some((m) => m.every((w, k) => words[k] === w)) && words.some((w) => ASKS_WHAT.has(w)));
  const at = (i: number) => (m: string[]) => m.every((w, k) => words[i + k] === w);
  for (let i = 0; i < words.length; i++) {
    const marker = ANYWHERE.find(at(i)) ?? (asksWhat ? BESIDES.find(at(i)) : undefined) ?? (startsClause(i) ? CLAUSE_INITIAL.find(at(i)) : undefined);
    if (!marker) continue;
    const from = i + marker.length;
    if (ONLY.has(words[from] ?? '')) continue;
    let to = from;
    const parens = !!tokens[wordAt[i]!]!.inParens;
    while (to < words.length) {
      const t = wordAt[to]!;
      // The clause ends at a break before this word, or where a parenthesis closes.
      if (to > from && tokens.slice(wordAt[to - 1]! + 1, t).some((p) => ENDS.has(p.text))) break;
      if (parens && !tokens[t]!.inParens) break;
      to++;
    }
    if (to === from) continue;
    for (let k = i; k < to; k++) all.add(k);
    for (let k = from; k < to; k++) left.add(k);
    i = to - 1;
  }
  // "…, screeningsamordningen borträknad?", "KVÅ-uppdragen undantagna": a marker after what it leaves
  // out, which runs back to where its clause begins (never the question's first clause).
  for (let i = 1; i < words.length; i++) {
    if (!AFTER.has(words[i]!) || all.has(i)) continue;
    let from = i;
    // (A hyphen inside a word is no break: "SVF-pengarna oräknade" leaves out the SVF money.)
    while (from > 0 && !(startsClause(from) && tokens[wordAt[from]! - 1]!.text !== '-')) from--;
    if (from === 0 || from === i) continue;
    for (let k = from; k <= i; k++) all.add(k);
    for (let k = from; k < i; k++) left.add(k);
  }
  return { words: all, left };
}

/** Markers that follow what they leave out: "screeningsamordningen borträknad", "the register excluded". */
const AFTER = new Set(['borträknad', 'borträknat', 'borträknade', 'undantagen', 'undantaget', 'undantagna', 'frånräknad', 'frånräknat', 'frånräknade', 'oräknad', 'oräknade', 'excluded']);

/** What the words a question leaves out name: concepts of the lexicon or words of the corpus, owners, amounts, years. */
export function leftOut(left: Set<number>, words: string[], v: Vocabulary): NonNullable<Question['excluded']> {
  const out: NonNullable<Question['excluded']> = { concepts: [], figures: [], years: [], owners: [], ownerParts: [] };
  if (!left.size) return out;
  const lex = v.lexicon;
  const inside = (m: PhraseMatch<unknown>) => m.covered.every((i) => left.has(i));
  // "other than barncancer and the SVF stimulus": each part between "and"/"och"/"or" names one thing left out.
  const part = (at: number) => [...left].filter((i) => i < at && JOINS.has(words[i]!)).length;
  const taken = new Set<number>();
  // The longest owner named ("RCC i samverkan", not the "RCC" in it); "not i samverkan" names it too.
  for (const m of longestFirst(lex.ownerPhrases.findAll(words).filter(inside), () => 0)) {
    out.owners.push(m.value);
    out.ownerParts!.push(part(m.from));
    for (const i of m.covered) taken.add(i);
  }
  for (const i of left) {
    if (words[i] === 'samverkan' && words[i - 1] === 'i' && !taken.has(i)) {
      const rcc = lex.owners.find((o) => o.owner.toLowerCase() === 'rcc i samverkan')?.owner;
      if (rcc) out.owners.push(rcc), out.ownerParts!.push(part(i));
      taken.add(i).add(i - 1);
    }
  }
  for (const m of lex.conceptPhrases.findAll(words).filter(inside)) {
    if (m.covered.some((i) => taken.has(i))) continue;
    out.concepts.push({ ...lexiconConcept(m, words.slice(m.from, m.to).join(' ')), group: part(m.from) });
    for (const i of m.covered) taken.add(i);
  }
  // ("133.5 million" arrives as "133 5 million": a decimal of one or two digits before a unit belongs to the number.)
  const text = [...left].sort((a, b) => a - b).map((i) => words[i]).join(' ').replace(/(?<!\d)(\d{1,4}) (\d{1,2}) (?=milj|mill|mkr|msek|mnkr|mdkr|billion)/gu, '$1.$2 ');
  out.figures.push(...readFigures(text));
  const unit = /^(?:milj|mill|mkr|msek|mnkr|mdkr|billion)/u;
  const decimal = (i: number) => /^\d{1,2}$/u.test(words[i] ?? '') && /^\d+$/u.test(words[i - 1] ?? '') && unit.test(words[i + 1] ?? '');
  for (const i of left) {
    const w = words[i]!;
    if (decimal(i) || decimal(i + 1)) continue;
    // A year left out is one the marker names ("inte 2024", "utom 2021 och 2023"); one further into the
    // part says which year the rest is of ("annat än 'Till regionerna' i 2026 års överenskommelse").
    if (/^20\d{2}$/.test(w)) {
      if (!left.has(i - 1) || JOINS.has(words[i - 1]!) || /^(?:år|året|year|the|de|det)$/u.test(words[i - 1]!)) out.years.push(Number(w));
    }
    else if (/^\d+$/.test(w) && v.amounts.has(Number(w) * 1e6) && !out.figures.includes(Number(w) * 1e6)) out.figures.push(Number(w) * 1e6);
    else if (!taken.has(i) && w.length >= 4 && !lex.functionWords.has(w) && !/^\d/.test(w) && v.index.lexicon.has(w)) out.concepts.push({ text: w, wordings: [{ words: [w], weight: 1 }], source: 'corpus', group: part(i) });
    else if (!taken.has(i) && !v.index.lexicon.has(w)) {
      // "utan rehabiliteringssatsningen": a concept before a head word for the effort or money.
      const compound = compoundConcept(w, lex);
      if (compound) {
        // "rehabiliteringssatsningen" is the rehabilitation effort ("Särskild satsning på rehabilitering"), not every rehabilitation line.
        const concept = lexiconConcept(compound, w);
        const effort = /satsning/u.test(w) ? concept.wordings.map((x) => ({ ...x, words: [...x.words, 'satsning'] })) : concept.wordings;
        out.concepts.push({ ...concept, wordings: effort, group: part(i) });
        continue;
      }
      // "screeningsamordningen borträknad": a compound of the corpus's words ("Samordning av screening").
      const parts = v.index.lexicon.split(w);
      if (parts && parts.length >= 2) out.concepts.push({ text: w, wordings: [{ words: parts, weight: 1 }], source: 'corpus', group: part(i) });
    }
  }
  // "except the money to the regions (the 250 + 250)": numbers that are no amount of the sources but add up to one name it.
  const loose = [...left].filter((i) => /^\d+$/.test(words[i]!) && !/^20\d{2}$/.test(words[i]!) && !decimal(i) && !decimal(i + 1) && !out.figures.includes(Number(words[i]) * 1e6)).map((i) => Number(words[i]) * 1e6);
  const sum = loose.reduce((n, x) => n + x, 0);
  if (loose.length > 1 && v.amounts.has(sum)) out.figures.push(sum);
  // "except the 500 to the regions": the amount says which line; the words beside it only describe it.
  if (out.figures.length) return { ...out, concepts: [], owners: [] };
  return out;
}

/**
 * What a question leaves out, in its parts: "other than barncancer and the regions' SVF money" is
 * two things left out, each with the owners and concepts it names.
 */
export function partsOf(ex: NonNullable<Question['excluded']>): { owners: string[]; concepts: Concept[] }[] {
  const parts = new Map<number, { owners: string[]; concepts: Concept[] }>();
  const partOf = (k: number) => parts.get(k) ?? (parts.set(k, { owners: [], concepts: [] }), parts.get(k)!);
  ex.owners.forEach((o, i) => partOf(ex.ownerParts?.[i] ?? 0).owners.push(o));
  for (const c of ex.concepts) partOf(c.group ?? 0).concepts.push(c);
  return [...parts.values()];
}
