/**
 * The answering core: a pure function of (question, corpus, today). No I/O, no Slack.
 *
 *   understand → rank → compose → provenance → guard
 *
 * The question is understood once (src/understand/); the intents are tried in the order of their
 * scores, each by its own composer (./intents/), which may decline; what the first one composes
 * is checked by the guard and rendered as plain text. Every amount in the text comes from a fact.
 */
import type { Corpus } from '../corpus/load.ts';
import type { Question } from '../understand/question.ts';
import { understand } from '../understand/understand.ts';
import { withPrevious } from '../understand/followUp.ts';
import { vocabularyOf, wordsOfYears } from '../understand/vocabulary.ts';
import { type Message, readMessage } from '../text/message.ts';
import type { Composed } from './compose.ts';
import { leadFirst, plainText } from './plain.ts';
import { type Ctx, contextOf } from './context.ts';
import { guard } from './guard.ts';
import { checked } from './check.ts';
import { related } from './relation.ts';
import { perRecipient } from './recipient.ts';
import { countChecked, counted } from './count.ts';
import { payerTotal } from './payer.ts';
import { suggestions, uncertain } from './suggest.ts';
import { answersForm, choose, ofForm } from './form.ts';
import { withProvenance } from './provenance.ts';
import { COMPOSERS, checkIntents, hasTrait, type Intent } from './intents/index.ts';
import { noSource } from './intents/nosource.ts';
import { intentOf } from './intents/traits.ts';
import { outsideSources } from './nofigure.ts';
import { shareOfTotal } from './share.ts';
import { writtenSum } from './written.ts';
import { lookedUp, notMentioned, totalInstead } from './evidence.ts';
import { escapeRegExp } from '../text/regex.ts';
import { sidesCompared, sidesOf } from './sides.ts';
import { saidBy } from './intents/people.ts';
import { asksMoney } from './match.ts';
import { unknown } from './intents/help.ts';
import type { Answer, AnswerOptions } from './types.ts';


export function answer(question: string, opts: AnswerOptions): Answer {
  return answerTurn(question, opts).answer;
}

/**
 * One turn of a conversation: the answer, and the question as it was read — with what it took from
 * `opts.previous` — for the shell to pass as `previous` to the next turn.
 */
export function answerTurn(question: string, opts: AnswerOptions): { answer: Answer; question: Question } {
  const vocabulary = vocabularyOf(opts.corpus);
  checkIntents(vocabulary.lexicon);
  const message = readMessage(typeof question === 'string' ? question : '');
  if (message.asks.length >= 2) return answerEach(question, message, opts);
  // A message that quotes another text is answered in the language the asker wrote in.
  const language = message.own ? understand(message.own, { today: opts.today, vocabulary, taught: opts.taught, whole: true }).language : undefined;
  return answerOne(question, opts, language);
}

/** The most asks of one message answered; the rest are named in a note. */
export const MAX_PARTS = 6;

/**
 * A message that asks several things: each ask answered in order, as one conversation (a later
 * ask may point back at an earlier: "och hur mycket av det gick till rehabilitering?"), all in the
 * message's language. The answer's facts are the parts' facts in order; its text answers each.
 */
function answerEach(question: string, message: Message, opts: AnswerOptions): { answer: Answer; question: Question } {
  const vocabulary = vocabularyOf(opts.corpus);
  // An ask that itself lists asks ("Kan du ge mig: X 2024, Y 2024" before "och vem …?") is those asks.
  const asks = message.asks.flatMap((a) => {
    const inner = readMessage(a).asks;
    return inner.length >= 2 ? inner : [a];
  });
  const language = understand(message.own ?? question, { today: opts.today, vocabulary, taught: opts.taught, whole: true }).language;
  const parts: Answer[] = [];
  let previous = opts.previous;
  for (const ask of asks.slice(0, MAX_PARTS)) {
    // "… 2024? show me the lines": an ask that names no year is about the year the ask before it
    // named, unless it needs none ("vem är nationell cancersamordnare?" asks who it is now).
    const read = understand(ask, { today: opts.today, vocabulary, taught: opts.taught, language });
    const top = read.intents.find((r) => r.cued)?.intent ?? read.intents[0]?.intent ?? 'topic';
    const years = !read.years.length && previous?.years.length && !hasTrait(top, 'yearless') ? previous.years : [];
    const turn = answerOne(years.length ? `${ask.replace(/[\s?.!]+$/u, '')} ${years.join(' ')}?` : ask, { ...opts, previous }, language);
    // Two asks that get the same answer ("… add up to 809? show me the lines") are answered once.
    const key = (x: Answer) => `${x.intent}|${x.facts.map((f) => f.id).join()}`;
    if (!parts.some((p) => key(p) === key(turn.answer))) parts.push(turn.answer);
    previous = turn.question;
  }
  if (parts.length === 1) return { answer: parts[0]!, question: previous! };
  const left = Math.max(0, asks.length - MAX_PARTS);
  const more = left > 0 ? [language === 'en' ? `I answered the first ${MAX_PARTS} questions; ask the other ${left} on their own.` : `Jag svarade på de första ${MAX_PARTS} frågorna; ställ de ${left} andra var för sig.`] : [];
  const facts = [...new Map(parts.flatMap((p) => p.facts).map((f) => [f.id, f])).values()];
  const first = parts[0]!;
  const answer: Answer = {
    question: asks.join(' · '),
    language,
    intent: first.intent,
    answered: parts.some((p) => p.answered),
    text: [...parts.map((p) => p.text), ...more].join('\n\n'),
    facts,
    lead: first.lead,
    sections: [],
    notes: more,
    understood: { ...first.understood, skipped: parts.reduce((n, p) => Math.max(n, p.understood.skipped), 0) },
    parts,
  };
  return { answer, question: previous! };
}

function answerOne(question: string, opts: AnswerOptions, language?: Answer['language'], offer = true): { answer: Answer; question: Question } {
  const vocabulary = vocabularyOf(opts.corpus);
  const { question: q, carried: took } = withPrevious(understand(question, { today: opts.today, vocabulary, taught: opts.taught, language }), opts.previous);
  // A question about named years ranks among the facts of those years (and of none): word weights are
  // counted over them alone, so a text added for another year changes no ranking of these. A
  // question of dates reads every year's.
  const index = (!q.ofDates && wordsOfYears(vocabulary, q.years)?.index) || vocabulary.index;
  const ctx = contextOf(q, opts.corpus, index, opts.today, vocabulary.sourceYears);
  // Two amounts named with a question of how they relate are answered by that relation.
  const read = writtenSum(ctx) ?? related(ctx) ?? checked(ctx, orDated(ctx, lookedUp(ctx, compose(ctx))));
  // A comparison that found no two amounts may compare two different things, each of its own year.
  const two = read.answered && read.facts.filter((f) => f.amountSEK !== null).length >= 2;
  const composed = leadFirst(withProvenance(ctx, outsideSources(ctx, notMentioned(ctx, payerTotal(ctx, shareOfTotal(ctx, countChecked(ctx, counted(ctx, perRecipient(ctx, (!two && bySides(ctx, opts)) || read)))))))), ctx.lang);
  // What a follow-up took from the question before, said with the answer: "(barncancer, 2021)" —
  // what the answer's sentence does not already say.
  const unsaid = took.filter((c) => !new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(String(c))}(?![\\p{L}\\d])`, 'iu').test(composed.lead));
  const end = /[.:]$/u.exec(composed.lead)?.[0] ?? '';
  const said = unsaid.length && composed.lead ? { ...composed, lead: `${composed.lead.slice(0, composed.lead.length - end.length)} (${unsaid.join(', ')})${end}` } : composed;
  const finished = finish(q, said, opts.corpus);
  // An uncertain reading offers questions the bot answers with confidence ("Menade du: …").
  const offered = offer && uncertain(finished, q) ? suggestions(q, (s) => answerOne(s, { ...opts, previous: undefined }, q.language, false).answer) : [];
  const answered = offered.length ? { ...finished, suggestions: offered } : finished;
  return { answer: took.length ? { ...answered, followUp: took } : answered, question: q };
}

/**
 * The question as a conversation's next turn reads it (with what it takes from `opts.previous`):
 * what a shell keeps as the previous question, without composing the answer again.
 */
export function readQuestion(question: string, opts: AnswerOptions): Question {
  return withPrevious(understand(question, { today: opts.today, vocabulary: vocabularyOf(opts.corpus), taught: opts.taught }), opts.previous).question;
}

/** Two sides compared, each with its year ("the 2026 RCC support vs what SKR paid the RCCs in 2024"): each side's amount, asked alone. */
function bySides(ctx: Ctx, opts: AnswerOptions): Composed | null {
  const q = ctx.q;
  if (!['compare-word', 'more-than', 'most', 'least'].some((s) => q.signals.has(s))) return null;
  const sides = sidesOf(q.text);
  if (!sides) return null;
  const found = sides.map((side) => {
    const a = answerOne(`${q.language === 'sv' ? 'Hur mycket' : 'How much'}: ${side}?`, { ...opts, previous: undefined }, q.language, false).answer;
    const year = Number(/(?<!\d)20\d{2}(?!\d)/u.exec(side)![0]);
    // Each side names a thing of its own: a year's total is what the comparison of years answers.
    const f = a.answered && !a.understood.unknown.length && a.facts[0]?.kind !== 'total' ? a.facts[0] : undefined;
    return f && f.amountSEK !== null && f.year === year ? f : undefined;
  });
  const [a, b] = found;
  return a && b && a.id !== b.id ? sidesCompared(ctx, [a, b]) : null;
}

/** The first composer in ranked order that takes the question; what is left says it cannot answer. */
function compose(ctx: Ctx): Composed {
  const q = ctx.q;
  if (q.empty) return COMPOSERS.empty(ctx)!;
  if (q.tooLong) return COMPOSERS['too-long'](ctx)!;
  // A question with cues is answered by the intents its cues point to; one without ("barncanc 2024",
  // "RCC?") by what its shape suggests. What the sources say of the topic comes after either.
  const bare = !q.intents.some((r) => r.cued);
  const ranked = acrossYears(ctx, q.intents.filter((r) => bare || r.cued).map((r) => r.intent as Intent));
  const top = ranked[0] ?? 'topic';
  // A year no source covers is refused, unless the answer needs no year; a date or an amount always does.
  // ("when was the 2022 agreement approved?" — but "runs until 2025" names a date, not an agreement year).
  // Nor is what "the 2027 agreement" holds answered from the agreements of other years.
  // The Government's money stated per year over a period ("per år 2024–2026") is stated for each year in it, 2025 too.
  const spanned = top === 'funding' && ctx.corpus.facts.some((f) => f.kind === 'funding' && f.year === null && !!f.period && q.years.every((y) => y >= f.period!.from && y <= f.period!.to));
  if (q.years.length && !ctx.years.length && !spanned && (!hasTrait(top, 'yearless') || q.form === 'amount' || q.signals.has('agreement-word'))) return noSource(ctx, top);
  // After the ranked intents: what the sources say of the topic, then the total of a year or of the agreement named.
  const fallback = [...(q.years.length || q.signals.has('agreement-word') ? ['topic', 'total'] : ['topic'])] as const;
  // "Vem sa att '…'?": the words quoted, found on a line that names who says them, answer who.
  const said = q.form === 'who' ? saidBy(ctx) : null;
  if (said) return said;
  // The readings are tried best first; the first answer the question's form accepts is given. An
  // answer of the form's kind that finds nothing ("no figure for X") is given as it is: what the
  // sources hold is then said under it. Without a form, the first reading that composes is given.
  // A date question that no dated milestone answers may still be answered by an agreement's year
  // ("vilket år kom första överenskommelsen?") or a source's publication (trait `answersYear`),
  // never by a sentence that merely names a year ("när ska handlingsplanen vara färdig?").
  const candidates: Composed[] = [];
  let gaveWay: Composed | null = null;
  for (const intent of [...new Set([...ranked, ...fallback])] as Intent[]) {
    // "Vad var rehabiliteringspotten 2025?": a year the sentences name is a date only to a composer
    // that quotes sentences; a figure for it would be another year's.
    if (ctx.datedYears.length && !hasTrait(intent, 'quotesSentences') && !hasTrait(intent, 'yearless')) {
      return choose(candidates, q.form) ?? noSource(withDatedYears(ctx), intent);
    }
    const composed = COMPOSERS[intent](ctx);
    if (!composed) continue;
    // Nor may one that quotes sentences lead with an amount: it would be another year's.
    if (ctx.datedYears.length && composed.facts[0]?.amountSEK != null) return choose(candidates, q.form) ?? noSource(withDatedYears(ctx), intent);
    if (answersForm(composed, q.form)) return composed;
    // "Vilken roll har SKR …?": a question that asks no money is never answered "no amount" while a later reading answers it.
    const moneyless = q.form === null && !composed.answered && intentOf(intent)?.answers === 'amount' && !asksMoney(ctx, 'more-than', 'compare-word', 'most', 'least', 'increase-word', 'payment-word', 'pay', 'share-of', 'part-of', 'same-as', 'below', 'above', 'change-word', 'lines-word') && !q.figures.length && !q.claimed.length;
    if (!composed.answered && !moneyless && ofForm(composed, q.form) && (q.form !== 'date' || !ranked.some((r) => hasTrait(r, 'answersYear') && r !== intent))) {
      // How money is paid out that no payment answers ("måste regionerna nå inklusionsmålet för att få ut
      // pengarna?") gives way to the sentences a later reading finds; if none does, its own "nothing" is the answer.
      if (q.form !== null || intent !== 'payment') return gaveWay ?? totalInstead(ctx, composed, ranked) ?? composed;
      gaveWay ??= composed;
    }
    candidates.push(composed);
  }
  const chosen = choose(candidates, q.form) ?? unknown(ctx);
  return totalInstead(ctx, chosen, ranked) ?? chosen;
}

/**
 * "How much bigger was the SVF money for the regions in 2026 than in 2024?": how much, with two years
 * and a word that compares them, asks the comparison, not the first year's amount.
 */
function acrossYears(ctx: Ctx, ranked: Intent[]): Intent[] {
  const q = ctx.q;
  // (Not "hur mycket ökade bidraget per år 2022–2023": an increase the sources state, over a range.)
  const compares = ['compare-word', 'more-than'].some((s) => q.signals.has(s)) || COMPARATIVE.test(q.text);
  if (q.years.length < 2 || q.range || ranked[0] !== 'amount' || !compares) return ranked;
  return ['compare', ...ranked.filter((i) => i !== 'compare')];
}

const COMPARATIVE = /(?<![\p{L}])(?:mer|mera|större|högre|mindre|lägre|more|bigger|larger|higher|less|smaller|lower)(?![\p{L}])/iu;

/**
 * "Vilka bjöd in experter till hearingen om cancervården 2023?": a year that the sources about the
 * topic name as the time of an event, though they belong to another agreement year. When nothing
 * of the years asked answers, and no money is asked, the sentences about the topic that name the
 * year answer instead (the year is then a date in the question, as `asDates` reads a year with no source).
 */
function orDated(ctx: Ctx, composed: Composed): Composed {
  const q = ctx.q;
  // (A year with no source is read so already, by `asDates`.)
  if (composed.answered || !q.years.length || ctx.missing.length || q.claimed.length || q.figures.length) return composed;
  if (asksMoney(ctx, 'together', 'lines-word', 'more-than', 'compare-word', 'increase-word', 'most', 'least')) return composed;
  const dated = contextOf({ ...q, years: [], dates: [...q.dates, ...q.years] }, ctx.corpus, ctx.index, ctx.today, ctx.sourceYears);
  const found = COMPOSERS.topic(dated);
  const names = (f: { citation: { quote: string } }) => q.years.some((y) => new RegExp(`(?<!\\d)${y}(?!\\d)`).test(f.citation.quote));
  return found?.answered && found.facts.length && names(found.facts[0]!) ? found : composed;
}

/** The context with the years read as dates put back as years without a source. */
const withDatedYears = (ctx: Ctx): Ctx => ({ ...ctx, q: { ...ctx.q, years: [...ctx.q.years, ...ctx.datedYears] }, missing: ctx.datedYears });

function finish(q: Question, composed: Composed, corpus: Corpus): Answer {
  const safe = guard(composed, q.language);
  return {
    question: q.text,
    language: q.language,
    intent: safe.intent,
    answered: safe.answered,
    text: plainText(safe, corpus, q.language),
    facts: safe.facts,
    lead: safe.lead,
    ...(safe.difference ? { difference: safe.difference } : {}),
    ...(safe.noSource ? { noSource: true } : {}),
    sections: safe.sections.map((s) => ({ title: s.title, items: s.items.map((i) => ({ text: i.text, facts: i.facts.map((f) => f.id), depth: i.depth })) })),
    notes: safe.notes,
    understood: { intents: q.intents.slice(0, 5), unknown: q.unknown, skipped: q.skipped, guarded: safe.guarded },
  };
}

/** The language a question is written in, for what the shells say around an answer (an apology). */
export function languageOf(question: string, corpus: Corpus, today: string): Answer['language'] {
  return understand(question, { today, vocabulary: vocabularyOf(corpus) }).language;
}

export type { Corpus };
