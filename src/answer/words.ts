/**
 * How answers say things, in Swedish and English: a fact's line, the notes on years without a
 * source and words not understood. Amounts are only ever written from a fact's amountSEK.
 */
import type { Fact } from '../corpus/schema.ts';
import { type Ctx, absentWords } from './context.ts';
import { amountOf, cite, listWords, short } from './format.ts';
import { gapYears } from './query.ts';

export const sv = (ctx: Ctx): boolean => ctx.lang === 'sv';

/** An owner inside a Swedish sentence: "regionerna", but "RCC" and "RCC i samverkan" as written. */
export const ownerInSentence = (owner: string): string => (/^\p{Lu}{2}/u.test(owner) ? owner : owner.toLowerCase());
/** The Swedish or the English text, by the question's language. */
export const t = (ctx: Ctx, svText: string, enText: string): string => (sv(ctx) ? svText : enText);

/** An amount fact's line: label, amount, year, who distributes it or that it is a payment, source. */
export function amountLine(ctx: Ctx, f: Fact): string {
  const who = f.kind === 'budget' && f.group && !f.unit ? ` – ${f.group}` : f.kind === 'flow' ? ` – ${t(ctx, 'utbetalning', 'paid out')}` : '';
  const when = f.year ?? (f.period ? `${f.period.from}–${f.period.to}` : '');
  const kind = f.kind === 'funding' ? ` (${fundingNote(ctx, f)})` : '';
  // "Överenskommelsen 2021: 500 miljoner kronor": a label that names its year is not given it twice.
  const year = f.year !== null && f.label.includes(String(f.year)) ? '' : `${when}: `;
  return `${year}${f.label}: ${amountOf(f, ctx.lang)}${who}${kind} ${cite(f, ctx.lang)}`;
}

/** What a funding fact is beside the agreement: money that contains it, or money outside its lines. */
export function fundingNote(ctx: Ctx, f: Fact): string {
  if (f.contains?.length) return t(ctx, 'regeringens medel, som överenskommelsen ingår i', "the Government's money, which the agreement is part of");
  return t(ctx, 'regeringens medel utanför överenskommelsens budgetrader', "Government money outside the agreement's budget lines");
}

/** A sentence of the sources quoted in a list: year, (owner,) text, source. */
export function quoteLine(ctx: Ctx, f: Fact, max = 200): string {
  const owner = f.kind === 'insats' && f.owner ? ` (${f.owner})` : '';
  return `${f.year ?? ''}${owner}: ${short(f.label, max)} ${cite(f, ctx.lang)}`.trim();
}

/** A payment flow: payer → recipient, amount, source. */
export const flowLine = (ctx: Ctx, f: Fact): string => `${f.payer} → ${f.owner}: ${amountOf(f, ctx.lang)} ${cite(f, ctx.lang)}`;

/** "Det finns ingen källa för 2022 …" when years were asked that no source covers. */
export function missingNote(ctx: Ctx): string {
  if (!ctx.missing.length) return '';
  return t(
    ctx,
    `Det finns ingen källa för ${listWords(ctx.missing, 'sv')}; källorna täcker ${listWords(ctx.sourceYears, 'sv')}.`,
    `There is no source for ${listWords(ctx.missing, 'en')}; the sources cover ${listWords(ctx.sourceYears, 'en')}.`,
  );
}

/** Which years the sources cover, and the years between them that have none. */
export function coverageNote(ctx: Ctx): string {
  const gaps = gapYears(ctx.sourceYears);
  return t(
    ctx,
    `Källorna täcker ${listWords(ctx.sourceYears, 'sv')}${gaps.length ? `; det finns ingen källa för ${listWords(gaps, 'sv')}` : ''}.`,
    `The sources cover ${listWords(ctx.sourceYears, 'en')}${gaps.length ? `; there is no source for ${listWords(gaps, 'en')}` : ''}.`,
  );
}

/** "Jag förstod inte 'typ' …" when words nobody knows were set aside rather than taken as the topic. */
export function ignoredNote(ctx: Ctx): string {
  const absent = absentWords(ctx);
  const said = absent.length ? t(ctx, `Källorna nämner inte ${listWords(absent.map((w) => `"${w}"`), 'sv')}.`, `The sources do not mention ${listWords(absent.map((w) => `"${w}"`), 'en')}.`) : '';
  const ignored = ctx.usingUnknown ? [] : ctx.q.unknown.filter((w) => !absent.includes(w) && inQuestion(ctx, w));
  if (!ignored.length) return said;
  if (!ignored.length) return '';
  const words = listWords(ignored.map((w) => `"${w}"`), ctx.lang);
  return [said, t(ctx, `Jag förstod inte ${words} och svarade på resten av frågan.`, `I did not understand ${words}, so I answered the rest of the question.`)].filter(Boolean).join(' ');
}

/** Words of a lead-in before the question ("morgonfråga — vilka tre mål …", "last thing before the weekend — what …") are no part of it. */
const inQuestion = (ctx: Ctx, w: string): boolean => ctx.q.text.toLowerCase().lastIndexOf(w.toLowerCase()) >= questionStart(ctx.q.text);

/** Where the question proper starts: after the last dash or colon that a question word follows, else 0. */
function questionStart(text: string): number {
  let at = 0;
  for (const m of text.matchAll(/\s[—–-]\s+|:\s+/gu)) if (QUESTION_WORD.test(text.slice(m.index! + m[0].length))) at = m.index! + m[0].length;
  return at;
}

const QUESTION_WORD = /^(?:vad|vilk\p{L}*|hur|när|vem|varför|var|what|which|how|when|who|why|where|is|are|does|did|do|kan|can|finns|står|stämmer)(?![\p{L}])/iu;

/** "Inget i källorna om resten nämner 'fall' …" when words of the corpus were left out of the topic. */
export function droppedNote(ctx: Ctx): string {
  const dropped = ctx.dropped.filter((w) => inQuestion(ctx, w));
  if (!dropped.length) return '';
  const words = listWords(dropped.map((w) => `"${w}"`), ctx.lang);
  return t(ctx, `Inget i källorna om resten av frågan nämner också ${words}; svaret bortser från det.`, `Nothing in the sources about the rest of the question also mentions ${words}, so the answer leaves it out.`);
}

/** The notes every answer ends with. */
export const closingNotes = (ctx: Ctx): string[] => [missingNote(ctx), ignoredNote(ctx), droppedNote(ctx)].filter(Boolean);

/** The years asked, as words ("2024", "2021 och 2024"), or "" when none was asked. */
export const askedYears = (ctx: Ctx, prefix = ''): string => (ctx.q.years.length ? `${prefix}${listWords(ctx.years, ctx.lang)}` : '');
