/**
 * No fact answers the topic: say so, and show what the sources do say — the total of the years
 * asked and the facts that match part of the topic. Shared by every composer that can come up
 * empty (amounts, comparisons, topics).
 */
import type { Fact } from '../corpus/schema.ts';
import { type Composed, item, section } from './compose.ts';
import type { Ctx } from './context.ts';
import { listWords } from './format.ts';
import { ASKED, partial, topicText } from './match.ts';
import { inYears, totalOf } from './query.ts';
import { amountLine, closingNotes, quoteLine, t } from './words.ts';

/** The context: the years' totals and up to four facts that match part of the topic. */
export function whatTheySay(ctx: Ctx): Fact[] {
  const years = ctx.q.years.length ? ctx.years : [];
  const totals = years.map((y) => totalOf(ctx.corpus, y)).filter((f) => !!f);
  const near = partial(ctx, (f) => (years.length ? inYears(f, years) : true))
    .slice(0, 4)
    .map((s) => s.fact);
  return [...new Set([...totals, ...near])];
}

/** A fact as a line of "what they do say". */
export const contextLine = (ctx: Ctx, f: Fact): string => (f.amountSEK !== null ? amountLine(ctx, f) : quoteLine(ctx, f, 140));

/** A share said in words ("Hälften betalas ut i början av året", "a third"), which answers "how large a part". */
const SHARE = /(?<![\p{L}])(?:hälften|halva|halv|en tredjedel|en fjärdedel|resten|half|a third|a quarter|the rest|\d+\s?(?:%|procent|percent))(?![\p{L}])/iu;

export function noFigure(ctx: Ctx, intent: Composed['intent']): Composed {
  const context = whatTheySay(ctx);
  // "Hur stor del av de 365 miljonerna betalas ut i början av året?": a sentence that states the share answers it.
  const asksShare = ctx.q.signals.has('share-of') || ctx.q.signals.has('how-much-of');
  const share = asksShare ? context.find((f) => f.kind !== 'total' && SHARE.test(f.citation.quote)) : undefined;
  if (share) {
    return {
      intent,
      answered: true,
      facts: [share, ...context.filter((f) => f !== share)],
      lead: t(ctx, `Källorna anger andelen i ord: ${quoteLine(ctx, share, 300)}`, `The sources give the share in words (quoted in Swedish): ${quoteLine(ctx, share, 300)}`),
      sections: section(context.filter((f) => f !== share).map((f) => item(contextLine(ctx, f), f))),
      notes: closingNotes(ctx),
    };
  }
  const when = ctx.q.years.length ? ` ${listWords(ctx.years.length ? ctx.years : ctx.q.years, ctx.lang)}` : '';
  return {
    intent,
    answered: false,
    facts: context,
    lead: t(ctx, `Källorna anger inget belopp för ${topicText(ctx)}${when}.`, `The sources give no figure for ${topicText(ctx)}${when}.`),
    sections: section(context.map((f) => item(contextLine(ctx, f), f)), context.length ? t(ctx, 'Det här säger de:', 'This is what they do say:') : undefined),
    notes: closingNotes(ctx),
  };
}

/** Nothing at all about the topic: say so, with what the sources do say near it. */
export function nothingAbout(ctx: Ctx, intent: Composed['intent']): Composed {
  // Nothing the lexicon or the corpus knows was asked: the bot did not understand the question.
  const about = topicText(ctx);
  // (A topic the sources lack is not said back: "what you ask about" stands for it.)
  const lead = about === ASKED[ctx.lang] ? t(ctx, 'Källorna säger inget om det du frågar om.', 'The sources say nothing about what you ask.') : t(ctx, `Jag hittar inget om ${about} i källorna.`, `I find nothing about ${about} in the sources.`);
  return { ...noFigure(ctx, ctx.usingUnknown && !ctx.topic.some((c) => c.source !== 'unknown' && !c.soft) ? 'unknown' : intent), lead };
}

/**
 * What the sources never hold, said first, with what they do hold under it: contact details
 * ("What is RCC i samverkan's phone number?"), and money of another country than Sweden
 * ("Finland's cancer agreement total for 2024?", "What did Denmark spend on pakkeforløb?").
 */
export function outsideSources(ctx: Ctx, composed: Composed): Composed {
  if (ctx.q.signals.has('contact-info')) {
    // The one letterhead that gives an organisation's numbers (SKR's board message) is said, with its line.
    const head = letterhead(ctx);
    const none = t(ctx, 'Källorna anger inga kontaktuppgifter (telefon, e-post eller adress)', 'The sources give no contact details (phone, email or address)');
    const lead = head
      ? t(ctx, `${none}, utom i sidhuvudet på ”${head.title}”, som för ${head.org} anger: ”${head.text}” (rad ${head.line}).`, `${none}, except in the letterhead of “${head.title}”, which gives for ${head.org}: “${head.text}” (line ${head.line}).`)
      : `${none}.`;
    const said = composed.lead ? [{ title: t(ctx, `Det här säger de: ${composed.lead}`, `This is what they do say: ${composed.lead}`), items: [] }] : [];
    // Asked of that organisation ("SKR's switchboard number") or its document, the letterhead answers it.
    const ofIt = !!head && (new RegExp(`(?<![\\p{L}])(?:skr|${head.org})(?![\\p{L}])`, 'iu').test(ctx.q.text) || ctx.q.documents.some((d) => d.sources.includes(head.sourceId)));
    return { ...composed, answered: ofIt, difference: undefined, lead, sections: [...said, ...composed.sections] };
  }
  const money = ['how-much', 'how-big', 'money-figure', 'money-noun', 'money-verb', 'money-get', 'total-word', 'pay'].some((s) => ctx.q.signals.has(s));
  if (!ctx.q.signals.has('other-country') || !(ctx.q.form === 'amount' || money)) return composed;
  const lead = t(ctx, 'Källorna gäller Sveriges överenskommelser mellan regeringen och SKR och anger inga belopp för andra länder.', "The sources are Sweden's agreements between the Government and SKR; they give no figures for other countries.");
  const sweden = composed.lead ? [{ title: t(ctx, `För Sverige: ${composed.lead}`, `For Sweden: ${composed.lead}`), items: [] }] : [];
  return { ...composed, answered: false, difference: undefined, lead, sections: [...sweden, ...composed.sections] };
}

/** A letterhead's telephone line ("Tfn: växel 08-452 70 00, Fax: …") with the organisation named above it, if a source has one. */
function letterhead(ctx: Ctx): { sourceId: string; title: string; org: string; text: string; line: number } | null {
  for (const source of ctx.corpus.sources) {
    const lines = ctx.corpus.texts.get(source.path) ?? [];
    const at = lines.findIndex((l) => /^\s*(?:Tfn|Telefon|Tel)\s*[:.]/iu.test(l));
    if (at < 0) continue;
    const org = lines.slice(Math.max(0, at - 3), at).reverse().map((l) => l.trim()).find((l) => /^\p{Lu}[\p{L} ]+$/u.test(l));
    if (org) return { sourceId: source.id, title: source.title, org, text: lines[at]!.trim().replace(/\s+/gu, ' '), line: at + 1 };
  }
  return null;
}
