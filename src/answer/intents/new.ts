/**
 * new: what is new or singled out in a year ("Vad är nytt i överenskommelsen 2026?", "what
 * changed in 2026"): the year asked, this year if a source covers it, or the newest.
 */
import type { Composed } from '../compose.ts';
import type { Ctx } from '../context.ts';
import { amountOf, cite } from '../format.ts';
import { totalOf } from '../query.ts';
import { partial, required } from '../match.ts';
import { closingNotes, t } from '../words.ts';

export function whatIsNew(ctx: Ctx): Composed | null {
  const thisYear = Number(ctx.today.slice(0, 4));
  const year = ctx.q.years.length ? ctx.years.at(-1) : ctx.sourceYears.includes(thisYear) ? thisYear : ctx.sourceYears.at(-1);
  const all = ctx.corpus.facts.filter((f) => f.tags?.includes('new') && f.year === year);
  // A topic named ("vilka diagnoser ska man fokusera på när patienter ska få vård på annat håll?")
  // keeps to what is new about it; when nothing new is, the sentences about the topic answer instead.
  // (A sentence on the line of one about the topic is about it too: "Nytt för i år är att extra medel …" after "500 miljoner … vårdförlopp".)
  const line = (f: { sourceId: string; citation: { line: number } }) => `${f.sourceId}:${f.citation.line}`;
  const lines = required(ctx) ? new Set(partial(ctx, (f) => f.year === year).map((s) => line(s.fact))) : null;
  const about = lines ? new Set(all.filter((f) => lines.has(line(f)))) : null;
  if (about && !about.size && all.length) return null;
  const list = about ? [...all.filter((f) => about.has(f)), ...all.filter((f) => !about.has(f))] : all;
  if (!list.length || year === undefined) {
    const total = year !== undefined ? totalOf(ctx.corpus, year) : undefined;
    return {
      intent: 'new',
      answered: false,
      facts: total ? [total] : [],
      lead: t(ctx, `Källorna för ${year} säger inte vad som är nytt det året.`, `The sources for ${year} do not say what is new that year.`),
      sections: [],
      notes: [total ? t(ctx, `Överenskommelsen ${year} omfattar ${amountOf(total, 'sv')} ${cite(total, 'sv')}.`, `The ${year} agreement totals ${amountOf(total, 'en')} ${cite(total, 'en')}.`) : '', ...closingNotes(ctx)].filter(Boolean),
    };
  }
  return {
    intent: 'new',
    answered: true,
    facts: list,
    lead: t(ctx, `Nytt eller särskilt utpekat ${year}:`, `New or singled out in ${year} (quoted in Swedish):`),
    sections: [{ items: list.map((f) => ({ text: `${f.label} ${cite(f, ctx.lang)}`, facts: [f] })) }],
    notes: closingNotes(ctx),
  };
}
