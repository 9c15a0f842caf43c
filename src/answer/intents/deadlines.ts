/**
 * deadlines: dates and milestones ("När tar preventionsplanen slut?", "Vilka deadlines finns
 * framöver?", "Vilka datum har redan passerat?", "Which dates come after 2025?"): for a topic,
 * its milestones, and the sentences about it that name a time of their own ("togs fram 2009");
 * for an amount the question names, the dates on the lines that state it; otherwise the dates of
 * the years asked, those to come, or those passed.
 */
import { formatAmount } from '../../corpus/amounts.ts';
import type { Fact } from '../../corpus/schema.ts';
import { daysBetween } from '../../dates.ts';
import { type Composed, item, section } from '../compose.ts';
import type { Ctx } from '../context.ts';
import { cite, listWords, short } from '../format.ts';
import { matchEach, matchParagraph, matches, namesOwner, required, topicText } from '../match.ts';
import { inYears } from '../query.ts';
import { closingNotes, quoteLine, t } from '../words.ts';
import { stem, tokens } from '../../text/analyze.ts';

const where = (f: Fact, line: number) => `${f.sourceId}:${line}`;
const linesOf = (d: Fact) => [d.citation.line, ...(d.mentions ?? []).map((m) => m.line)].map((line) => where(d, line));

export function deadlines(ctx: Ctx): Composed | null {
  const q = ctx.q;
  // "when was the 556 million news page published?": a source's date, which the source answer gives.
  if (q.signals.has('published') && !required(ctx)) return null;
  const all = ctx.corpus.facts.filter((f) => f.kind === 'deadline');
  // How well each fact found says the topic: the dates that say most about it come first.
  const fit = new Map<string, number>();
  let list: Fact[];
  let head: string;
  // "När slutar de 500 miljonerna per år?": the dates on the lines that state the amount named.
  const figureFacts = ctx.corpus.facts.filter((f) => f.amountSEK !== null && f.kind !== 'passage' && q.figures.includes(f.amountSEK));
  const figureLines = new Set(figureFacts.map((f) => where(f, f.citation.line)));
  const byFigure = figureLines.size ? all.filter((d) => linesOf(d).some((key) => figureLines.has(key))) : [];
  const stated = byFigure.length ? figureFacts.filter((f) => byFigure.some((d) => linesOf(d).includes(where(f, f.citation.line)))) : [];
  const thisYear = Number(ctx.today.slice(0, 4));
  if (byFigure.length) {
    list = byFigure;
    head = t(ctx, `Datum för ${listWords(q.figures.map((x) => formatAmount(x, 'sv')), 'sv')}:`, `Dates for ${listWords(q.figures.map((x) => formatAmount(x, 'en')), 'en')}:`);
  } else if (required(ctx)) {
    // "När beslutade SKR:s styrelse om 2024 års överenskommelse?": the dates of that year's agreement, never another year's.
    const ofAgreement = q.signals.has('agreement-word') && q.years.length > 0;
    const ofYears = (f: Fact) => !ofAgreement || inYears(f, q.years);
    const scored = matchEach(ctx, (f) => f.kind === 'deadline' && ofYears(f));
    for (const x of scored) fit.set(x.fact.id, Math.round(x.score * 100));
    list = scored.map((x) => x.fact);
    if (!list.length) {
      // The topic may be named by a task or passage on a deadline's own lines rather than the deadline sentence itself.
      const deadlineLines = new Set(all.flatMap(linesOf));
      const related = new Set(matches(ctx, (f) => deadlineLines.has(where(f, f.citation.line))).map((s) => where(s.fact, s.fact.citation.line)));
      list = all.filter((d) => ofYears(d) && linesOf(d).some((key) => related.has(key)));
    }
    // The topic told across the sentences of one paragraph, the date in one of them.
    if (!list.length) list = matchParagraph(ctx, (f) => f.kind === 'deadline' && ofYears(f)).map((s) => s.fact);
    head = t(ctx, `Datum för ${topicText(ctx)}:`, `Dates for ${topicText(ctx)}:`);
  } else if (q.documents.length) {
    // "what date was the board decision?": the dates of the document named.
    const sources = new Set(q.documents.flatMap((d) => d.sources));
    list = all.filter((f) => sources.has(f.sourceId));
    const titles = ctx.corpus.sources.filter((s) => sources.has(s.id)).map((s) => `"${s.title}"`);
    head = t(ctx, `Datum i ${listWords(titles, 'sv')}:`, `Dates in ${listWords(titles, 'en')}:`);
  } else if (q.signals.has('past') && !q.years.length) {
    list = all.filter((f) => f.date! < ctx.today);
    head = t(ctx, `Datum som har passerat före ${ctx.today}:`, `Dates before ${ctx.today}:`);
  } else if (q.years.length && q.openEnded) {
    const from = q.years[0]!;
    list = all.filter((f) => Number(f.date!.slice(0, 4)) >= from);
    head = t(ctx, `Datum från och med ${from}:`, `Dates from ${from} on:`);
  } else if (q.years.length && q.signals.has('agreement-word') && !q.signals.has('upcoming')) {
    // "Under vilka år ska insatserna i 2021 års överenskommelse genomföras?": the dates that agreement's sources give.
    list = all.filter((f) => inYears(f, q.years));
    head = t(ctx, `Datum i källorna om överenskommelsen ${listWords(q.years, 'sv')}:`, `Dates in the sources on the ${listWords(q.years, 'en')} agreement:`);
  } else if (q.years.length && !q.signals.has('upcoming')) {
    list = all.filter((f) => q.years.includes(Number(f.date!.slice(0, 4))));
    head = t(ctx, `Datum under ${listWords(q.years, 'sv')}:`, `Dates in ${listWords(q.years, 'en')}:`);
  } else if (q.years.length && q.years.every((y) => y >= thisYear)) {
    // "Vilka datum återstår 2026?": the year's dates from today on.
    list = all.filter((f) => q.years.includes(Number(f.date!.slice(0, 4))) && f.date! >= ctx.today);
    head = t(ctx, `Kommande datum under ${listWords(q.years, 'sv')}, från och med ${ctx.today}:`, `Dates still to come in ${listWords(q.years, 'en')}, from ${ctx.today}:`);
  } else if (q.signals.has('event-verb') && !q.signals.has('upcoming') && (q.form === 'date' || q.signals.has('when'))) {
    // "Vilket år inrättades de sex regionala cancercentrumen?": when something happened that no date names.
    return happened(ctx);
  } else {
    list = all.filter((f) => f.date! >= ctx.today);
    head = t(ctx, `Kommande datum från och med ${ctx.today}:`, `Upcoming dates from ${ctx.today}:`);
  }
  // For a topic, the dates that say most about it first ("when was the updated strategy adopted?"), then by date.
  const byFit = (a: Fact, b: Fact) => (fit.get(b.id) ?? 0) - (fit.get(a.id) ?? 0);
  list = [...new Map(list.map((f) => [f.id, f])).values()].sort((a, b) => byFit(a, b) || a.date!.localeCompare(b.date!));
  if (!list.length && required(ctx)) return undated(ctx);
  if (!list.length) return { intent: 'deadlines', answered: false, facts: [], lead: t(ctx, 'Källorna anger inga sådana datum.', 'The sources give no such dates.'), sections: [], notes: closingNotes(ctx) };
  // Sentences about the topic that name a year or month but are no milestone of their own ("togs fram 2009").
  const onDeadlineLines = new Set(list.flatMap(linesOf));
  const datedScored = required(ctx)
    ? matches(ctx, (f) => f.kind === 'passage' && isDated(f) && !onDeadlineLines.has(where(f, f.citation.line)) && (!q.years.length || inYears(f, ctx.years))).slice(0, 3)
    : [];
  for (const x of datedScored) fit.set(x.fact.id, Math.round(x.score * 100));
  // "Which year was … drawn up?": a sentence that names a year answers before one that names a month.
  const namesYear = (f: Fact) => (q.signals.has('which-year') && !/(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(f.citation.quote) ? 1 : 0);
  const alsoDated = datedScored.map((x) => x.fact).sort((a, b) => namesYear(a) - namesYear(b));
  if (alsoDated[0] && namesYear(alsoDated[0]) === 0 && q.signals.has('which-year')) fit.set(alsoDated[0].id, Math.max(fit.get(alsoDated[0].id) ?? 0, ...datedScored.map((x) => fit.get(x.fact.id) ?? 0)));
  // A sentence that names its own time and says more about the topic than any milestone leads ("uppdaterades i januari").
  const sentenceFirst = alsoDated.length > 0 && (fit.get(alsoDated[0]!.id) ?? 0) > (fit.get(list[0]!.id) ?? 0);
  const when = (f: Fact) => {
    const d = daysBetween(ctx.today, f.date!);
    return d >= 0 ? t(ctx, `om ${d} dagar`, `in ${d} days`) : t(ctx, 'passerat', 'past');
  };
  return {
    intent: 'deadlines',
    answered: true,
    facts: sentenceFirst ? [...alsoDated, ...list, ...stated] : [...list, ...stated, ...alsoDated],
    lead: sentenceFirst ? t(ctx, `Det här säger källorna om tidpunkten för ${topicText(ctx)}:`, `What the sources say about the time of ${topicText(ctx)} (quoted in Swedish):`) : head,
    sections: sentenceFirst
      ? [
          ...section(alsoDated.map((f) => item(quoteLine(ctx, f, 220), f))),
          ...section(list.map((f) => item(`${f.date} (${when(f)}): ${short(f.label)} ${cite(f, ctx.lang)}`, f)), t(ctx, 'Andra datum i källorna om det:', 'Other dates in the sources about it:')),
        ]
      : [
          ...section(list.map((f) => item(`${f.date} (${when(f)}): ${short(f.label)} ${cite(f, ctx.lang)}`, f))),
          ...section(alsoDated.map((f) => item(quoteLine(ctx, f, 220), f)), t(ctx, `Andra meningar om ${topicText(ctx)} som nämner en tidpunkt:`, `Other sentences about ${topicText(ctx)} that name a time (quoted in Swedish):`)),
        ],
    notes: closingNotes(ctx),
  };
}

/**
 * Whether a sentence names a time of its own: a month, or a year other than the agreement year it
 * belongs to ("togs fram 2009", "uppdaterades i januari"; not "2023 års överenskommelse").
 */
function isDated(f: Fact): boolean {
  let dated = datedCache.get(f);
  if (dated === undefined) {
    dated = MONTH.test(f.label) || [...f.label.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].some((m) => Number(m[1]) !== f.year);
    datedCache.set(f, dated);
  }
  return dated;
}
const MONTH = /(?<![\p{L}])(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?![\p{L}])/iu;
/** Facts do not change: whether one is dated is read once. */
const datedCache = new WeakMap<Fact, boolean>();

/**
 * A topic with no dated milestone of its own. "När togs cancerstrategin fram?": the sentences about
 * it that name a year or month are quoted (the date is the source's words, not a deadline read into
 * them). "Vad händer med primärvården?": what the sources say about it.
 */
/** A clause of time: "när den är expedierad", "efter att regionerna har visat", "once", "as soon as". */
const WHEN_CLAUSE = /(?<![\p{L}])(?:när|efter att|så snart|once|as soon as)\s+(?:\p{L}+\s+){0,2}(?:är|har|blir|has|have|is)(?![\p{L}])/iu;

function undated(ctx: Ctx): Composed | null {
  const asksDate = ctx.q.signals.has('when') || (ctx.q.signals.has('deadline-word') && !isWhatHappens(ctx));
  if (!asksDate) return null;
  const found = matches(ctx, (f) => (f.kind === 'passage' || f.kind === 'insats') && (!ctx.q.years.length || inYears(f, ctx.years))).map((s) => s.fact);
  const timed = (found.some(isDated) ? found.filter(isDated) : following(ctx, found)).slice(0, 5);
  // "När publiceras överenskommelsen i sin helhet?" — "… när den är expedierad": a sentence that says
  // when by an event answers a question of when, as a date would.
  const dated = timed.length ? timed : ctx.q.signals.has('when') ? found.filter((f) => WHEN_CLAUSE.test(f.label)).slice(0, 3) : [];
  const shown = dated.length ? dated : found.slice(0, 3);
  // "När togs X fram?" is answered by a year the sentence names; "När ska X vara klar?" is not: that year is some other event's.
  // A deadline asked for ("sista ansökningsdag för …") that no sentence states is not answered by one that merely names a year.
  const future = ctx.q.signals.has('future') || !(ctx.q.signals.has('when') || ctx.q.signals.has('which-year'));
  return {
    intent: 'deadlines',
    answered: dated.length > 0 && !future,
    facts: shown,
    lead:
      dated.length && !future
        ? t(ctx, 'Källorna anger tidpunkten i de här meningarna:', 'The sources give the time in these sentences (quoted in Swedish):')
        : t(ctx, `Källorna anger inget datum för ${topicText(ctx)}.`, `The sources give no date for ${topicText(ctx)}.`),
    sections: section(shown.map((f) => item(quoteLine(ctx, f, 220), f)), shown.length && !(dated.length && !future) ? t(ctx, 'Det här säger de om det:', 'This is what they say about it:') : undefined),
    // (Words the sentences shown do say are not said to be missing.)
    notes: closingNotes({ ...ctx, dropped: ctx.dropped.filter((w) => !shown.some((f) => tokens(f.citation.quote).map(stem).includes(stem(w)))) }),
  };
}

/**
 * "När testades det här med förbättringsarbetena första gången?": the sentence that dates a thing may
 * be the one after the sentence that names it ("Det här sättet att stötta regionerna testades första
 * gången 2024"). A dated sentence of the same source, on the line of a sentence found or the two
 * after it, counts when it shares two or more of the question's other words.
 */
function following(ctx: Ctx, found: Fact[]): Fact[] {
  const own = new Set(ctx.q.words.filter((w) => w.length >= 4).map(stem));
  const shared = (g: Fact) => new Set(tokens(g.citation.quote).map(stem).filter((w) => own.has(w))).size;
  return ctx.corpus.facts.filter(
    (g) => g.kind === 'passage' && !found.includes(g) && isDated(g) && shared(g) >= 2 && found.some((f) => f.sourceId === g.sourceId && g.citation.line >= f.citation.line && g.citation.line - f.citation.line <= 2),
  );
}

/** "Vad händer med primärvården?" asks what the sources say, not for a date. */
const isWhatHappens = (ctx: Ctx) => ctx.q.signals.has('topic-word');

/**
 * When an event happened that the sources give no date for ("när inrättades RCC?"): said so, with the
 * sentences that speak of that event ("… genom inrättandet av sex regionala cancercentrum"), of the
 * owner named if any.
 */
function happened(ctx: Ctx): Composed {
  const q = ctx.q;
  const owner = q.owner;
  const heads = q.words.filter((w) => w.length >= 6 && !owner?.toLowerCase().includes(w.toLowerCase())).map((w) => w.slice(0, 6).toLowerCase());
  const said = ctx.corpus.facts
    .filter((f) => f.kind === 'passage' && tokens(f.citation.quote).some((w) => heads.some((h) => w.startsWith(h))) && (!owner || namesOwner(f, owner)))
    .slice(0, 3);
  return {
    intent: 'deadlines',
    answered: false,
    facts: said,
    lead: t(ctx, 'Källorna anger inte när det skedde.', 'The sources do not say when that happened.'),
    sections: section(said.map((f) => item(quoteLine(ctx, f, 220), f)), said.length ? t(ctx, 'Det här säger de om det:', 'This is what they say about it (in Swedish):') : undefined),
    notes: closingNotes(ctx),
  };
}
