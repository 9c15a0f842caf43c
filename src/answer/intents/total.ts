/**
 * total: an agreement year's total ("total 2023", "How big is the 2026 agreement?"), or every
 * year's with the years no source covers. Declines when the question names a topic or an owner:
 * then its amount is asked, not the agreement's.
 */
import type { Composed } from '../compose.ts';
import { item, section } from '../compose.ts';
import type { Ctx } from '../context.ts';
import { amountOf, cite, listWords } from '../format.ts';
import { knownTopic } from '../match.ts';
import { leftOut, yearLines } from './lines.ts';
import { linesOf, totalOf } from '../query.ts';
import { closingNotes, coverageNote, fundingNote, t } from '../words.ts';
import { readFigures } from '../../understand/figures.ts';

/** "add up to", "summerar till": the lines asked to make the total. */
const ADDS_UP = /(?<![\p{L}])(?:add(?:s|ed)? up|sum(?:s|med)? (?:up|to)|summerar|summeras|går ihop|räcker raderna|blir raderna)(?![\p{L}])/iu;

export function total(ctx: Ctx): Composed | null {
  if (knownTopic(ctx) || ctx.q.owner) return null;
  // "Vad är totalen 2026 och hur är det fördelat?": the total asked with its lines, whose heading states it.
  // "Does the 2024 allocation list add up to 809?": the lines, under the total the check confirms.
  const addsUp = ctx.q.claimed.length > 0 && ADDS_UP.test(ctx.q.text);
  if (ctx.years.length === 1 && (addsUp || ctx.q.intents.some((r) => r.cued && r.intent === 'lines')) && linesOf(ctx.corpus, ctx.years[0]!).length) return yearLines(ctx, ctx.years, 'total');
  // "total 2024 utan barncancer": the lines that remain, with their sum.
  if (ctx.years.length === 1 && leftOut(ctx, ctx.years[0]!)) {
    const rest = yearLines(ctx, ctx.years, 'total');
    const [sum, ...notes] = rest.notes;
    if (!rest.answered || !sum) return rest;
    return { ...rest, lead: sum, sections: [{ title: rest.lead, items: [] }, ...rest.sections], notes };
  }
  return yearTotals(ctx, ctx.years, 'total');
}

/** The totals of `years`: one year with its lines' count, or a list with the years that have none. */
export function yearTotals(ctx: Ctx, years: number[], intent: Composed['intent']): Composed {
  const facts = years.map((y) => totalOf(ctx.corpus, y)).filter((f) => !!f);
  const without = years.filter((y) => !totalOf(ctx.corpus, y));
  if (facts.length === 1 && years.length === 1) {
    const f = facts[0]!;
    const lines = linesOf(ctx.corpus, f.year!);
    // "Hur mycket pengar gick till cancervården 2024?": cancer care, not the agreement, is named; the
    // Government's money for cancer care that year is said beside the agreement's total.
    const careOnly = ctx.q.signals.has('cancer-care') && !ctx.q.signals.has('agreement-word') && !ctx.q.signals.has('total-word');
    const care = careOnly ? ctx.corpus.facts.filter((x) => x.kind === 'funding' && x.year === f.year && x.amountSEK! > f.amountSEK!) : [];
    return {
      intent,
      answered: true,
      facts: [f, ...care],
      lead: t(ctx, `Överenskommelsen ${f.year} omfattar totalt ${amountOf(f, 'sv')} ${cite(f, 'sv')}.`, `The ${f.year} agreement totals ${amountOf(f, 'en')} ${cite(f, 'en')}.`),
      sections: section(
        care.map((x) =>
          item(
            t(ctx, `Regeringens pengar till cancervården ${f.year}: ${x.label}: ${amountOf(x, 'sv')} (${fundingNote(ctx, x)}) ${cite(x, 'sv')}`, `The Government's money for cancer care in ${f.year}: ${x.label}: ${amountOf(x, 'en')} (${fundingNote(ctx, x)}) ${cite(x, 'en')}`),
            x,
          ),
        ),
      ),
      notes: [
        lines.length
          ? t(ctx, `Källan fördelar den på ${lines.length} budgetrader; fråga "budgetrader ${f.year}" för att se dem.`, `The source splits it into ${lines.length} budget lines; ask "budget lines ${f.year}" to see them.`)
          : t(ctx, `Källan för ${f.year} anger inga budgetrader, bara totalen.`, `The ${f.year} source gives no budget lines, only the total.`),
        ...closingNotes(ctx),
      ],
    };
  }
  // "Is SEK 1.005bn the 2026 figure or the 2024 one?": the year whose total the question states answers it.
  const stated = readFigures(ctx.q.text);
  const named = facts.filter((f) => stated.includes(f.amountSEK!));
  if (named.length === 1) {
    const f = named[0]!;
    return {
      intent,
      answered: true,
      facts: [f, ...facts.filter((x) => x !== f)],
      lead: t(ctx, `${amountOf(f, 'sv')} är totalen för ${f.year}.`, `${amountOf(f, 'en')} is the ${f.year} total.`),
      sections: section(facts.map((x) => item(`${x.year}: ${amountOf(x, ctx.lang)} ${cite(x, ctx.lang)}`, x))),
      notes: closingNotes(ctx),
    };
  }
  return {
    intent,
    answered: facts.length > 0,
    facts,
    lead: t(ctx, 'Överenskommelsernas totala belopp:', "The agreements' totals:"),
    sections: section(facts.map((f) => item(`${f.year}: ${amountOf(f, ctx.lang)} ${cite(f, ctx.lang)}`, f))),
    notes: [
      without.length ? t(ctx, `Inget totalbelopp anges för ${listWords(without, 'sv')}.`, `No total is stated for ${listWords(without, 'en')}.`) : '',
      !ctx.q.years.length ? coverageNote(ctx) : '',
      ...closingNotes(ctx),
    ].filter(Boolean),
  };
}
