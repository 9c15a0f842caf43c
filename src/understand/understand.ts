/**
 * Understanding a question: `understand(text, { today, vocabulary })` returns one complete
 * `Question` — language (read once), years, owner, figures, people, the topic as concepts, the
 * words nobody knows, the cues found, and the intents ranked with their evidence. Nothing
 * downstream reads the raw text again. Pure: the same text, day and vocabulary give the same
 * Question.
 *
 * The passes, in order: clean the Slack text; in a long message, keep the question sentence(s);
 * drop a greeting or thanks that opens it; read the years; find every lexicon phrase (owners,
 * cues, concepts, function phrases; the longest wins where they overlap); read the language;
 * read the remaining words against the corpus; score the intents.
 */
import type { ConceptValue, CueValue } from '../lexicon/load.ts';
import { type PhraseMatch, longestFirst, unshadowed } from '../lexicon/pattern.ts';
import type { Cue } from '../lexicon/schema.ts';
import type { Concept } from '../search/index.ts';
import { MAX_MESSAGE_LENGTH, cleanQuestion } from '../text/clean.ts';
import { readMessage } from '../text/message.ts';
import { figureWords, readFigures } from './figures.ts';
import { detectLanguage } from './language.ts';
import { type OwnerName, type Question, formOf } from './question.ts';
import { correctInPhrases } from './spelling.ts';
import { LEAD_IN_BREAK, tokenize } from './tokens.ts';
import { lexiconConcept, readWords, withElidedHeads } from './topic.ts';
import { type Vocabulary, wordsOfYears } from './vocabulary.ts';
import { readYears, withFullYears, yearReferredTo } from './years.ts';
import { titleMatches } from './titles.ts';
import { exclusions, leftOut } from './exclude.ts';
import { asideParentheses, partLists, topicOverParentheses, unanchoredClauses, withoutPreamble } from './clauses.ts';
import { perRecipientOf } from './recipients.ts';
import { readClaims } from './claims.ts';

import { type TaughtPhrase, applyTaught } from './taught.ts';

export interface UnderstandOptions {
  /** ISO date that "i år", "förra året" and "upcoming" are read against. */
  today: string;
  vocabulary: Vocabulary;
  /** Phrases admins taught: read as the sources' words (see taught.ts); the Question's text stays as typed. */
  taught?: readonly TaughtPhrase[];
  /** The language of the message this question is one ask of: its answer is written in it. */
  language?: Question['language'];
  /** Read the text whole, as one question, without looking for its asks (a whole message's language). */
  whole?: boolean;
}

/** Endings a colon splits off a name ("RCC:erna", "SKR:s"). */
const SPLIT_ENDINGS = new Set(['s', 'n', 'en', 'er', 'erna', 'ernas', 'ens', 'ets', 'et', 'ar', 'arna']);

/** The most of a message read as its question, in characters: a long question's last sentences. */
export const MAX_PART = 1200;

/** Cues that may stand beside "vad innebär överenskommelsen 2023?" and still ask for the overview. */
const ABOUT_AGREEMENT = new Set(['about-agreement', 'agreement-word', 'definition-word', 'which', 'yes-no', 'check']);

/** Words for budget lines: a question that states an amount and names them asks which lines. */
const LINE_NOUN = /^(?:post|poster|posterna|posten|rad|rader|raderna|budgetpost|budgetposter|budgetrad|budgetrader|line|lines|item|items|budget)$/u;

/** Question words that open a question of what, not of whether. */
/** Cues of a question about money, in which a parenthesis of examples narrows nothing (see `asideParentheses`). */
const MONEY_SUM = ['how-much', 'together', 'total-word', 'money-noun', 'money-figure'];
/** The plain "what is" of a definition: beside a word for money it asks the amount. */
/** "what's GMC …", "vad är KVÅ …": "what is" and an acronym written in capitals. */
const ACRONYM_ASKED = /(?:^|[\s,:])(?:what's|what is|whats|vad är|vad e|vad betyder)\s+(?:the\s+)?(\p{Lu}{2,6})(?:\s*[?.!]*\s*$|\s+(?!i samverkan)(?:in|i|inom|within|on|på|som|that|which)\s)/u;
/** "SVF = ?", "KVÅ står för?", "SVF stands for?": an acronym, as written, asked what it stands for. */
const ACRONYM_EQUALS = /(?<![\p{L}])(\p{Lu}{2,6})\s*(?:=|står för|stands for)\s*\?/u;
/** The acronym a question asks the meaning of with "=" or "står för" ("SVF = ?"), lower case; null when none. */
export const equatedAcronym = (text: string): string | null => ACRONYM_EQUALS.exec(text)?.[1]?.toLowerCase() ?? null;
/** The acronym a question asks the meaning of ("SVF = ?", "what is SVF in the RCC documents?"), lower case; null when none. */
export const askedAcronym = (text: string): string | null => equatedAcronym(text) ?? ACRONYM_ASKED.exec(text)?.[1]?.toLowerCase() ?? null;
const WHAT_IS = new Set(['vad är', 'vad e', "what's", 'what is', 'whats', 'what are']);
const WH = new Set(['vad', 'vem', 'vilka', 'vilken', 'vilket', 'hur', 'när', 'varför', 'varifrån', 'vart', 'varthän', 'what', 'which', 'who', 'whose', 'how', 'when', 'where', 'why']);

/** Words that join two topics: "patologi och radiologi", "barncancer/rehabilitering". */
const JOINS = new Set(['och', 'o', 'and', 'samt', 'respektive', 'resp', 'plus', '+', '&', '/', ',', 'eller', 'or', 'vs', 'versus', 'än', 'than', 'jämfört', 'compared', 'kontra', 'mot']);

function blank(text: string, language: Question['language']): Question {
  return { text, language, empty: false, tooLong: false, skipped: 0, years: [], range: false, openEnded: false, dates: [], everyYear: false, quoted: [], limit: null, owner: null, owners: [], ownerReceives: false, figures: [], people: [], documents: [], concepts: [], unknown: [], words: [], verb: null, signals: new Set(), ofDates: false, intents: [], form: null, claimed: [], whether: false, excluded: null, perRecipient: null };
}

/** Concepts that name a level (national, regional), not a thing of their own. */
const LEVELS = new Set(['nationell', 'regional']);

export function understand(raw: string, { today, vocabulary: v, taught, language: messageLanguage, whole }: UnderstandOptions): Question {
  const lex = v.lexicon;
  const cleaned = cleanQuestion(typeof raw === 'string' ? raw : '');
  if (!cleaned) return { ...blank('', 'sv'), empty: true, intents: [{ intent: 'help', score: 0, evidence: ['empty'], cued: false }] };
  if (cleaned.length > MAX_MESSAGE_LENGTH) {
    const head = understand(cleaned.slice(0, 300), { today, vocabulary: v });
    return { ...blank(cleaned.slice(0, 300), head.language), tooLong: true };
  }
  // The message's first ask, without what says who asks and why (src/text/message.ts); a shell that
  // answers each ask of a message reads them one by one (see answerTurn).
  const message = whole ? { asks: [cleaned] } : readMessage(typeof raw === 'string' ? raw : '');
  if (!message.asks.length) return { ...blank('', 'sv'), empty: true, intents: [{ intent: 'help', score: 0, evidence: ['empty'], cued: false }] };
  const found = { text: message.asks[0]!, skipped: Math.max(0, cleaned.length - message.asks[0]!.length) };
  // A question is a sentence or two: of a longer one (a message with no sentence breaks) the end is read.
  const cut = found.text.length > MAX_PART ? found.text.slice(found.text.indexOf(' ', found.text.length - MAX_PART) + 1) : found.text;
  const part = { text: cut, skipped: found.skipped + found.text.length - cut.length };
  // "… 2021 – men vad fick barncancer det året?": the year the message named before.
  const referred = yearReferredTo(found.text, cleaned, lex);
  let tokens = tokenize(withElidedHeads(withFullYears(applyTaught(referred ? `${part.text} ${referred}` : part.text, taught)), lex));

  // A greeting or thanks that opens a message which goes on to ask something is not the question.
  const openings = new Set(['greeting', 'thanks']);
  for (let round = 0; round < 3; round++) {
    const at = tokens.flatMap((t, i) => (t.kind === 'punct' ? [] : [i]));
    const words = at.map((i) => tokens[i]!.text);
    const opening = lex.cuePhrases.findAll(words.slice(0, 6)).filter((m) => m.from === 0 && openings.has(m.value.cue.id)).sort((a, b) => b.to - a.to)[0];
    if (!opening || opening.to >= words.length) break;
    const rest = tokens.slice(at[opening.to]);
    const restWords = words.slice(opening.to);
    if (!(restWords.length >= 3 || restWords.some((w) => /^20\d{2}$/.test(w)) || rest.some((t) => t.text === '?'))) break;
    tokens = rest;
  }

  tokens = withoutPreamble(tokens, lex);

  const wordAt: number[] = [];
  tokens.forEach((t, i) => t.kind !== 'punct' && wordAt.push(i));
  // Where clauses begin: the question's start, and after a dash, colon or question mark.
  const clauseStart = wordAt.map((t, wi) => wi === 0 || LEAD_IN_BREAK.has(tokens[t - 1]?.text ?? '') || !!tokens[t]!.afterStop);
  // "standardized care pathwyas": a typo inside a phrase of several words is read as the phrase's word.
  const known = (w: string) => v.index.lexicon.has(w) || v.unfolded.has(w) || lex.functionWords.has(w);
  const words = correctInPhrases(wordAt.map((i) => tokens[i]!.text), known, lex);
  const text = part.text;

  const yearsRead = readYears(tokens, { wordAt }, words, lex, today, v.sourceYears, v.agreementYears);
  const figureRead = figureWords(words, v.amounts);
  for (const i of figureRead.consumed) yearsRead.consumed.add(i);
  // What the question leaves out ("inte det regionala", "except the pelvic one") is read apart.
  const exclusion = exclusions(tokens, wordAt, words);
  const excluded = leftOut(exclusion.left, words, v);
  if (excluded.years.length) yearsRead.years = yearsRead.years.filter((y) => !excluded.years.includes(y) || words.some((w, i) => w === String(y) && !exclusion.words.has(i)));
  for (const i of exclusion.words) yearsRead.consumed.add(i);
  const free = (m: PhraseMatch<unknown>) => !m.covered.some((i) => yearsRead.consumed.has(i));

  // Phrases. "At start" cues count only where the question begins: after nothing but fillers.
  // A cue of one language made of words the (Swedish) sources use is a cue only in a question in
  // that language: "delta" asks for a difference in English, and means take part in "vem ska delta i …?".
  const cueMatches = lex.cuePhrases.findAll(words).filter(free);
  const bothLanguages = (m: PhraseMatch<CueValue>) => cueMatches.some((o) => o.value.language === 'sv' && o.covered.some((i) => m.covered.includes(i)));
  const swedishWord = (w: string) => (v.index.lexicon.has(w) && !lex.functionWords.has(w)) || lex.functionWords.get(w) === 'sv';
  const falseFriend = (m: PhraseMatch<CueValue>) => m.value.language === 'en' && !bothLanguages(m) && m.covered.every((i) => swedishWord(words[i]!));
  const conceptMatches = lex.conceptPhrases.findAll(words).filter(free);
  const before = messageLanguage ?? (cueMatches.some(falseFriend) ? detectLanguage(words, new Set(), cueMatches.filter((m) => !falseFriend(m)), conceptMatches, lex) : 'en');
  const allCues = before === 'sv' ? cueMatches.filter((m) => !falseFriend(m)) : cueMatches;
  const cueWords = new Set(allCues.flatMap((m) => m.covered));
  const atStart = (m: PhraseMatch<CueValue>) => {
    if (m.value.cue.at !== 'start') return true;
    let from = m.from;
    while (from > 0 && !clauseStart[from]) from--;
    return words.slice(from, m.from).every((w, k) => lex.functionWords.has(w) && !cueWords.has(from + k));
  };
  // Cues among themselves: a longer one covers a shorter ("go up" is a change, not "go"); two over the same words both count.
  const cues = unshadowed(allCues.filter(atStart));
  type Any = PhraseMatch<{ kind: 'owner'; owner: string } | { kind: 'document'; document: string } | { kind: 'cue'; cue: CueValue } | { kind: 'concept'; concept: ConceptValue } | { kind: 'function' }>;
  const blocking: Any[] = [
    ...lex.ownerPhrases.findAll(words).filter(free).map((m) => ({ ...m, value: { kind: 'owner' as const, owner: m.value } })),
    ...lex.documentPhrases.findAll(words).filter(free).map((m) => ({ ...m, value: { kind: 'document' as const, document: m.value } })),
    // (Its title may hold an amount, which is read as the title's words: "nyheten om 556 miljoner kronor till …".)
    ...titleMatches(words, v.titles, lex).filter((m) => !yearsRead.consumed.has(m.from)),
    ...cues.filter((m) => !m.value.cue.topic).map((m) => ({ ...m, value: { kind: 'cue' as const, cue: m.value } })),
    ...conceptMatches.map((m) => ({ ...m, value: { kind: 'concept' as const, concept: m.value } })),
    ...lex.functionPhrases.findAll(words).filter(free).map((m) => ({ ...m, value: { kind: 'function' as const } })),
  ];
  // "samordning av screening 2024 belopp, för intranätet", "(sorry, I'm from Norway)": a clause none
  // of whose words the lexicon or the sources know says why or who asks; it is no part of the question.
  // A cue made of small words anchors no clause unless it asks ("…, det är till en debattartikel",
  // "ska göra ett diagram i powerpoint"; but "barncancer 2024, hur mycket?").
  const small = (m: Any) => m.value.kind === 'cue' && m.covered.every((i) => lex.functionWords.has(words[i]!)) && !WH.has(words[m.from]!);
  const anchoring = blocking.filter((m) => m.value.kind !== 'function' && !small(m));
  for (const i of unanchoredClauses(tokens, wordAt, words, anchoring.flatMap((m) => m.covered), yearsRead.consumed, v)) yearsRead.consumed.add(i);
  const rank = { owner: 0, document: 1, cue: 2, concept: 3, function: 4 };
  const kept = longestFirst(blocking, (m) => rank[m.value.kind]);
  const taken = new Set(kept.flatMap((m) => m.covered));
  // "long-term follow-up after childhood cancer": two wordings of one concept that overlap are one
  // mention of it; the words only the shorter covers ("long-term") are not left over as unknown.
  const conceptOf = (m: Any) => (m.value.kind === 'concept' ? m.value.concept.concept.id : null);
  for (const m of blocking) {
    const id = conceptOf(m);
    if (id && !kept.includes(m) && kept.some((k) => conceptOf(k) === id && k.covered.some((i) => m.covered.includes(i)))) {
      for (const i of m.covered) taken.add(i);
    }
  }
  // "RCC:erna", "SVF:s": an ending split off a name by its colon belongs to the name.
  for (const m of kept) if (m.value.kind !== 'function' && SPLIT_ENDINGS.has(words[m.to] ?? '') && !taken.has(m.to)) taken.add(m.to);

  // The owner named first, unless it is named to be left out ("the RCC ones, not RCC i samverkan").
  const NOT = new Set(['not', 'inte', 'ej', 'utan', 'förutom', 'except', 'excluding', 'but not']);
  // Nor one among the parts a parenthesis lists ("SVF (regionerna + nationellt + samverkansregionalt)").
  const listed = partLists(tokens);
  const owners = kept.flatMap((m) => (m.value.kind === 'owner' && !NOT.has(words[m.from - 1] ?? '') && !listed.has(wordAt[m.from]!) ? [m.value.owner] : []));
  const owner = (owners[0] ?? null) as OwnerName | null;
  const ownerMatch = kept.find((m) => m.value.kind === 'owner' && m.value.owner === owner);
  const ownerReceives = !!ownerMatch && ['till', 'to', 'åt'].includes(words[ownerMatch.from - 1] ?? '') || (!!ownerMatch && ['till', 'to'].includes(words[ownerMatch.from - 2] ?? '') && ['de', 'the'].includes(words[ownerMatch.from - 1] ?? ''));

  // People of the sources named by a part of their name ("Brändström", "Kjell Ivarsson").
  const peopleWords = new Set<number>();
  const people = v.people.filter((p) => {
    let hit = false;
    words.forEach((w, i) => {
      if (!taken.has(i) && p.parts.includes(w)) {
        peopleWords.add(i);
        hit = true;
      }
    });
    return hit;
  });

  const ownerWords = new Set(kept.filter((m) => m.value.kind === 'owner').flatMap((m) => m.covered));
  const keptCues = kept.flatMap((m) => (m.value.kind === 'cue' ? [{ ...m, value: m.value.cue }] : []));
  // Two cues over the same words both count ("står för" is in charge of, and stands for).
  for (const m of cues) {
    if (!m.value.cue.topic && !keptCues.some((k) => k.value === m.value) && keptCues.some((k) => k.from === m.from && k.to === m.to)) keptCues.push(m);
  }
  // "the updated cancer strategy", "den uppdaterade strategin": a verb's form after an article describes a noun; no event is asked.
  const topicCues = cues.filter((m) => m.value.cue.topic && !(m.value.cue.id === 'event-verb' && ARTICLES.has(words[m.from - 1] ?? '')));
  const keptConcepts = kept.flatMap((m) => (m.value.kind === 'concept' ? [{ ...m, value: m.value.concept }] : []));
  // Words the question quotes are the sources' (Swedish) words, whatever language asks about them.
  const quotedWords = new Set(quotedPhrases(part.text).flatMap((p) => p.split(/[^\p{L}\d]+/u)));
  const inQuote = new Set(words.flatMap((w, i) => (quotedWords.has(w) ? [i] : [])));
  const language = messageLanguage ?? detectLanguage(words, new Set([...ownerWords, ...peopleWords, ...inQuote]), [...keptCues, ...topicCues].filter((m) => !m.covered.some((i) => inQuote.has(i))), keptConcepts.filter((m) => !m.covered.some((i) => inQuote.has(i))), lex);

  // Which part of the question each word stands in, when topics are joined ("patologi och radiologi").
  const group: number[] = [];
  let g = 0;
  tokens.forEach((t, ti) => {
    // "tjock- och ändtarmscancer" is one topic; so is "X, alltså Y" (a comma before a word that only explains).
    const next = tokens[ti + 1]?.text ?? '';
    const joined = JOINS.has(t.text) && !(t.text === 'och' && tokens[ti - 1]?.text === '-') && !(t.text === ',' && lex.functionWords.has(next) && !JOINS.has(next));
    if (joined) g++;
    if (t.kind !== 'punct') group.push(g);
  });

  const freeWords = words.map((_, i) => i).filter((i) => !taken.has(i) && !yearsRead.consumed.has(i) && !peopleWords.has(i) && !JOINS.has(words[i]!));
  // A word of a topic cue that the corpus does not know ("billion", "grown") is a question word, not an unknown one.
  const cueKnown = new Set(topicCues.flatMap((m) => m.covered));
  const names = new Set(wordAt.flatMap((t, wi) => (tokens[t]!.name ? [wi] : [])));
  // A question about named years knows the words of those years' sources only (see wordsOfYears);
  // one about dates reads them across years ("vad löper ut i år" asks of every year's plans).
  const ofDates = keptCues.some((m) => (m.value.cue.weights.deadlines ?? 0) > 0);
  const read = readWords(words, freeWords, group, v, cueKnown, names, ofDates ? undefined : wordsOfYears(v, yearsRead.years));
  const cuesAt = (covered: number[]) => [...new Set(topicCues.filter((m) => m.covered.some((i) => covered.includes(i))).map((m) => m.value.cue.id))];
  const concepts: Concept[] = [
    ...keptConcepts.map((m) => ({ ...lexiconConcept(m, words.slice(m.from, m.to).join(' ')), group: group[m.from], cues: cuesAt(m.covered), at: m.from })),
    ...read.concepts.map((c) => ({ ...c, cues: cuesAt(words.flatMap((w, i) => (w === c.text ? [i] : []))) })),
  ].sort((a, b) => (a.group ?? 0) - (b.group ?? 0));
  concepts.push(...topicOverParentheses(concepts, tokens, wordAt, group));

  // "hur mycket får varje RCC", "per region", "Region Norrbotten": money per recipient, which no source
  // states; the words that say so name no topic (see src/answer/recipient.ts).
  const per = perRecipientOf(words, names, lex.heads.regions);
  if (per) for (let k = concepts.length - 1; k >= 0; k--) if (per.words.has(concepts[k]!.at ?? -1) || (concepts[k]!.text === 'varje' && !concepts[k]!.id)) concepts.splice(k, 1);

  const cueList: Cue[] = [];
  // "What's the right figure for the regions?": "what is" before a word for money asks the amount, it defines nothing.
  const asksFigure = keptCues.some((m) => m.value.cue.id === 'money-figure') && keptCues.every((m) => m.value.cue.id !== 'definition-word' || WHAT_IS.has(m.phrase));
  for (const c of [...keptCues.map((m) => m.value.cue), ...topicCues.map((m) => m.value.cue), ...read.typoCues]) if (!cueList.includes(c) && !(asksFigure && c.id === 'definition-word')) cueList.push(c);
  // "what is GMC in the cancer genomics task?": an acronym, as written, after "what is" asks what it stands for.
  const standsFor = lex.cues.find((c) => c.id === 'stands-for');
  // "SVF = ?", "SVF står för?": that acronym is asked; other words of the message are its context.
  const equated = equatedAcronym(part.text);
  const isTerm = (c: Concept) => c.text.toLowerCase() === equated || c.wordings.some((w) => w.words.join(' ') === equated);
  if (equated && concepts.some(isTerm)) for (const c of concepts) if (!isTerm(c)) c.soft = true;
  // (An acronym and nothing else, "SKR = ?", is read by its own feature, acronym-alone.)
  const equatedAmongOthers = !!equated && !!part.text.replace(ACRONYM_EQUALS, '').trim();
  const acronymAsked = (ACRONYM_ASKED.test(part.text) || equatedAmongOthers) && !/(?<!\d)20\d{2}(?!\d)/u.test(part.text);
  if (standsFor && !cueList.includes(standsFor) && acronymAsked) cueList.push(standsFor);
  const signals = new Set(cueList.map((c) => c.id));
  if (acronymAsked) signals.add('acronym-asked');

  // "kunskapsutveckling, typ vårdprogram och sånt": what follows "typ"/"such as" after a topic is an example of it;
  // "SVF work, i.e. the money split by population": what follows "i.e."/"dvs" says it again.
  for (const m of cues.filter((c) => c.value.cue.id === 'example-of' || c.value.cue.id === 'restates')) {
    const before = concepts.filter((c) => !c.soft && (c.at ?? 0) < m.from);
    if (before.length) for (const c of concepts) if ((c.at ?? -1) >= m.to && !clauseStart.slice(m.to, (c.at ?? 0) + 1).some(Boolean)) c.soft = true;
  }
  const withAmount = asideParentheses(tokens, MONEY_SUM.some((id) => signals.has(id)), listed);
  const inParens = (c: Concept) => c.at !== undefined && withAmount.has(wordAt[c.at]!);
  if (concepts.some(inParens) && concepts.some((c) => !c.soft && !inParens(c))) for (const c of concepts) if (inParens(c)) c.soft = true;
  // "Summera SVF-pengarna 2021: stimulansmedlen, SKR:s del och det sjukvårdsregionala stödet": what
  // comes before the colon is said of every part after it, so it narrows none of them alone.
  const colon = tokens.findIndex((t) => t.text === ':');
  // (Levels are no parts: "Min vårdplan: who does what – nationally vs regionally?" asks of Min vårdplan at each level.)
  const partsAfter = colon >= 0 ? new Set(concepts.filter((c) => c.at !== undefined && wordAt[c.at]! > colon && !LEVELS.has(c.id ?? '')).map((c) => c.group)) : new Set();
  if (partsAfter.size >= 2) for (const c of concepts) if (c.at !== undefined && wordAt[c.at]! < colon) c.soft = true;
  // SKR named beside the Government is a party to the agreement, not a recipient.
  if (signals.has('government')) for (const c of concepts) if (c.id === 'skr') c.soft = true;
  // Soft words alone are the topic ("övrigt 2024", "national funds"); words for the effort itself never are ("satsningen"),
  // nor are they beside an amount the question names ("600 miljoner – är det överenskommelsen eller något annat?").
  const statedFigures = readFigures(text).length + figureRead.bare.length;
  if (!owner && !statedFigures && concepts.length && concepts.every((c) => c.soft)) for (const c of concepts) if ((c.source === 'corpus' && lex.heads.soft.has(c.text)) || (c.source === 'lexicon' && c.id !== 'skr')) c.soft = false;

  // "under 10 msek": an amount the lines must be below (or above) is a limit, not an amount asked about.
  const stated = readFigures(text).filter((x) => !excluded.figures.includes(x));
  const limitCue = cues.find((m) => (m.value.cue.id === 'below' || m.value.cue.id === 'above') && /^\d/.test(words[m.to] ?? ''));
  const limitAmount = limitCue ? readFigures(words.slice(limitCue.to, limitCue.to + 3).join(' '))[0] : undefined;
  const limit = limitCue && limitAmount !== undefined ? { below: limitCue.value.cue.id === 'below', amount: limitAmount } : null;
  const figures = [...new Set([...stated, ...figureRead.bare])].filter((x) => x !== limit?.amount && !excluded.figures.includes(x));
  const required = concepts.filter((c) => !c.soft).length;
  const features = [
    required ? 'topic' : read.unknown.length ? 'only-unknown' : 'no-topic',
    ...(owner ? ['owner'] : []),
    ...(yearsRead.years.length >= 2 ? ['years-2'] : []),
    ...(yearsRead.years.length === 1 && !required ? ['one-year-no-topic'] : []),
    ...(figures.length ? ['figure'] : []),
    ...(figures.length === 1 && signals.has('definition-word') && !signals.has('compare-word') ? ['figure-what'] : []),
    // "Who hands out the 405 million …?": who pays an amount is what the payments say.
    ...(figures.length && (signals.has('who') || signals.has('who-must')) ? ['who-figure'] : []),
    ...(people.length ? ['person'] : []),
    ...(limit ? ['limit'] : []),
    ...(verbOf([...keptCues, ...topicCues], words, ownerWords, lex) ? ['who-verb'] : []),
    ...(concepts.length === 1 && !cueList.length && !yearsRead.years.length && lex.concepts.find((c) => c.id === concepts[0]!.id)?.acronym ? ['acronym-alone'] : []),
    ...(yearsRead.everyYear ? ['every-year'] : []),
    // "Vad innebär överenskommelsen 2023?", "What is the 2026 agreement about?": that year's agreement, with no topic.
    ...(signals.has('about-agreement') && signals.has('agreement-word') && yearsRead.years.length && !required && !owner && !cueList.some((c) => !ABOUT_AGREEMENT.has(c.id) && Object.keys(c.weights).length) ? ['agreement-about'] : []),
  ];
  // Amounts the asker states as true, and the years and figures the question asks (./claims.ts).
  // "I have 405 million in my notes for 2024 – what was that?": a question word opening a clause asks what.
  const asksWhat = words.some((w, i) => clauseStart[i] && WH.has(w)) && !signals.has('check');
  const claims = readClaims({ text, signals, cues, words, figures, years: yearsRead.years, concepts, owner, features, cueList, required: required > 0, asksWhat, hasWh: words.some((w) => WH.has(w)) }, v);
  const { claimed, intents, asked } = claims;
  let { years } = claims;
  // "överenskommelsen som publicerades i december 2022": the years of the source published then.
  if (!years.length && yearsRead.months.length) {
    const sources = v.published.filter((p) => yearsRead.months.some((m) => m.year === p.year && m.month === p.month));
    years = [...new Set(sources.flatMap((p) => p.years))].sort();
  }

  // "SKR:s meddelande från styrelsen", "the press release": a document named, of the corpus, says where to look.
  const documents = [...new Set(kept.flatMap((m) => (m.value.kind === 'document' ? [m.value.document] : [])))].flatMap((id) => {
    const d = v.documents.get(id);
    return d ? [{ id, ...d }] : [];
  });
  if (!years.length && documents.length) years = [...new Set(documents.flatMap((d) => d.years))].sort();

  const verb = verbOf([...keptCues, ...topicCues], words, ownerWords, lex);

  return {
    text,
    language,
    empty: false,
    tooLong: false,
    skipped: part.skipped,
    years,
    range: yearsRead.range,
    openEnded: yearsRead.openEnded,
    dates: yearsRead.dates,
    everyYear: yearsRead.everyYear,
    quoted: quotedPhrases(text),
    limit,
    owner,
    owners: [...new Set(owners)] as OwnerName[],
    ownerReceives,
    figures: asked,
    people: people.map((p) => p.name),
    documents: documents.map(({ id, sources }) => ({ id, sources })),
    concepts,
    unknown: read.unknown,
    words: words.filter((w) => !lex.functionWords.has(w) && !/^\d+$/.test(w)),
    verb,
    signals,
    ofDates,
    intents,
    // "Två poster låg på 60 miljoner 2024 – vilka var det?": "which were they" asks for the lines of that amount, not people.
    form: asked.length && words.some((w) => LINE_NOUN.test(w)) && formOf(signals, claimed.length > 0) === 'who' ? 'amount' : formOf(signals, claimed.length > 0),
    claimed,
    whether: claims.whether,
    perRecipient: per ? { of: per.of, named: per.named, split: per.split } : null,
    excluded: excluded.concepts.length + excluded.figures.length + excluded.years.length + excluded.owners.length ? excluded : null,
  };
}

/** Quotation marks people type around the sources' words: "…", “…”, ”…”, '…', ‘…’, «…». */
const QUOTED = /["“”«»]([^"“”«»]{6,160})["“”«»]|(?<![\p{L}])['‘’]([^'‘’]{6,160})['‘’](?![\p{L}])/gu;

/** The phrases of two words or more the question quotes, lower case, spaces collapsed. */
export function quotedPhrases(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const phrase = (m[1] ?? m[2] ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
    if (phrase.split(' ').length >= 2) out.push(phrase);
  }
  return out;
}

/** "vem ska fördela …", "vem fördelar …", "who distributes …": the verb after "vem (ska)" says which task. */
const ARTICLES = new Set(['the', 'a', 'an', 'den', 'det', 'de']);

function verbOf(keptCues: PhraseMatch<CueValue>[], words: string[], ownerWords: Set<number>, lex: Vocabulary['lexicon']): string | null {
  const who = keptCues.find((m) => m.value.cue.id === 'who-must' || m.value.cue.id === 'who');
  // "who the national cancer coordinator is": an article after "who" opens a noun, not a verb.
  if (who && /^(?:the|a|an)$/u.test(words[who.to] ?? '')) return null;
  const after = who ? words.findIndex((w, i) => i >= who.to && !lex.functionWords.has(w) && w.length >= 4 && !ownerWords.has(i)) : -1;
  return after >= 0 && !keptCues.some((m) => m.covered.includes(after) && m.value.cue.id !== 'who') ? words[after]! : null;
}
