/**
 * funding: the Government's money for cancer care around the agreement ("Hur stort är
 * statsbidraget 2024?", "the government's effort per year 2021–2023", "Hur mycket av regeringens
 * miljard ingår i överenskommelsen?"). Money that contains the agreement (the 2024 billion, of
 * which 809 MSEK is the agreement) is said to contain it, never listed as if it added up with it.
 */
import type { Fact } from '../../corpus/schema.ts';
import { type Composed, item, section } from '../compose.ts';
import type { Ctx } from '../context.ts';
import { amountOf, cite } from '../format.ts';
import { required } from '../match.ts';
import { inYears, totalOf } from '../query.ts';
import { amountLine, closingNotes, fundingNote, t } from '../words.ts';

/** The Government's money in words: "Regeringen avsätter totalt över en miljard kronor per år". */
const IN_WORDS = /regeringen (?:avsätter|satsar|tillför)[^.]{0,40}(?:över|drygt|nästan|omkring|cirka|mer än) (?:en )?miljard/iu;

export function funding(ctx: Ctx): Composed | null {
  const q = ctx.q;
  // (A year no source covers still finds money stated per year over a period that spans it.)
  const years = q.years.length ? (ctx.years.length ? ctx.years : q.years) : ctx.sourceYears;
  const gov = ctx.corpus.facts.filter((f) => f.kind === 'funding' && inYears(f, years));
  if (!gov.length) return null;
  // "hur mycket av 2026 går till annat än nationellt arbete?": what is left of the agreement, which its lines say.
  if (q.excluded && !required(ctx) && !q.signals.has('funding-named')) return null;
  // "1,005 miljarder": a figure that is no Government money is looked up as a figure.
  if (q.figures.length && !required(ctx) && !q.figures.some((x) => gov.some((f) => f.amountSEK === x))) return null;
  // "Who got the government assignment about …": the Government named beside a topic no money of its covers.
  if (required(ctx) && !q.signals.has('funding-named') && !ctx.index.score(ctx.topic, (f) => f.kind === 'funding').some((s) => s.covered >= required(ctx))) return null;
  // The sentences that go with the Government's money: what restates an amount, and what says where the rest goes
  // ("Övriga medel går till myndighetsuppdrag och liknande") beside money that contains the agreement.
  const restated = ctx.corpus.facts.filter(
    (f) => f.kind === 'passage' && gov.some((g) => g.sourceId === f.sourceId && g.citation.line === f.citation.line && (f.tags?.includes('restates') || (!!g.contains?.length && !f.tags?.length))),
  );
  // The Government's money said in words, with no amount a fact can hold ("Regeringen avsätter totalt över en miljard kronor per år …").
  const worded = ctx.corpus.facts.filter((f) => f.kind === 'passage' && f.amountSEK === null && !restated.includes(f) && (f.year === null || years.includes(f.year)) && IN_WORDS.test(f.citation.quote));
  const totals = q.years.length ? years.map((y) => totalOf(ctx.corpus, y)).filter((f) => !!f) : [];
  // The Government money the question names comes first ("statsbidraget till RCC", "samlade satsning").
  const score = new Map(required(ctx) ? ctx.index.score(ctx.topic, (f) => f.kind === 'funding').map((s) => [s.fact, s.score] as const) : []);
  const own = (f: Fact) => (q.owner && f.owner === q.owner ? 1 : 0);
  const rank = (f: Fact) => (score.get(f) ?? 0) * (own(f) ? 1.6 : 1) + own(f);
  // Then money of exactly the year asked ("under 2024"), then the newest.
  const exact = (f: Fact) => (f.year !== null && q.years.includes(f.year) ? 1 : 0);
  const newest = (f: Fact) => f.year ?? f.period?.from ?? 0;
  // A range the question names ("per år 2021–2023") finds the money stated for just that period.
  const [from, to] = [q.years[0], q.years.at(-1)];
  const samePeriod = (f: Fact) => (q.range && f.period && f.period.from === from && f.period.to === to ? 1 : 0);
  gov.sort((a, b) => samePeriod(b) - samePeriod(a) || rank(b) - rank(a) || exact(b) - exact(a) || newest(b) - newest(a));
  // "Hur mycket satsar regeringen på cancervården 2026?": with no Government money stated for just
  // that year and none named, the year's agreement is what the Government puts in; it comes first.
  const named = q.signals.has('funding-named') || q.signals.has('increase-word') || q.signals.has('per-year') || required(ctx) > 0;
  const agreementFirst = q.years.length === 1 && totals.length === 1 && !gov.some(exact) && !named;
  // "Hur mycket av miljarden ingår i överenskommelsen?": the sentence that says what is part of it answers.
  const partOf = q.signals.has('part-of');
  // Money that contains the agreement (and parts of its own) is listed with its parts under it, never beside them.
  const containedIds = new Set(gov.flatMap((g) => g.contains ?? []));
  const outer = gov.filter((f) => !containedIds.has(f.id));
  const partsOf = (f: Fact) => gov.filter((g) => f.contains?.includes(g.id));
  const containedTotals = outer.flatMap((f) => ctx.corpus.facts.filter((x) => x.kind === 'total' && f.contains?.includes(x.id)).map((total) => ({ f, total })));
  const listed = [...outer.flatMap((f) => [f, ...partsOf(f)]), ...gov.filter((g) => containedIds.has(g.id) && !outer.some((f) => f.contains?.includes(g.id)))];
  const totalsAll = [...new Set([...totals, ...containedTotals.map((c) => c.total)])];
  // The facts in order of relevance (the money named first); the items in the order of what contains what.
  // "Does the government spend more than a billion a year?": the sentence that says "över en miljard … per år" answers it first.
  const overFirst = q.signals.has('above') && /miljard|billion/iu.test(q.text) && worded.length > 0;
  const facts = overFirst
    ? [...worded, ...gov, ...restated, ...totalsAll]
    : partOf ? [...restated, ...gov, ...worded, ...totalsAll] : agreementFirst ? [...totalsAll, ...gov, ...restated, ...worded] : [...gov, ...restated, ...worded, ...totalsAll];
  const totalLine = (f: Fact, itself: boolean) => {
    const outerOf = gov.find((g) => g.contains?.includes(f.id));
    const part = outerOf ? t(ctx, `; den ingår i regeringens ${amountOf(outerOf, 'sv')}`, `; it is part of the Government's ${amountOf(outerOf, 'en')}`) : '';
    return itself
      ? t(ctx, `Själva överenskommelsen ${f.year} omfattar ${amountOf(f, 'sv')}${part} ${cite(f, 'sv')}.`, `The ${f.year} agreement itself totals ${amountOf(f, 'en')}${part} ${cite(f, 'en')}.`)
      : t(ctx, `Överenskommelsen ${f.year} omfattar ${amountOf(f, 'sv')}${part} ${cite(f, 'sv')}.`, `The ${f.year} agreement totals ${amountOf(f, 'en')}${part} ${cite(f, 'en')}.`);
  };
  const moneySentence = (f: Fact) => {
    const label = f.label.replace(/\s+/gu, ' ').trim();
    const when = String(f.year ?? (f.period ? `${f.period.from}–${f.period.to}` : ''));
    const said = when && !label.includes(when) ? (ctx.lang === 'en' ? ` in ${when}` : ` ${when}`) : '';
    return `${label}: ${amountOf(f, ctx.lang)}${said} (${fundingNote(ctx, f)}).`;
  };
  const heading = t(ctx, 'Regeringens pengar till cancervården, utöver och runt överenskommelsen:', "The Government's money for cancer care, around and beyond the agreement:");
  return {
    intent: 'funding',
    answered: true,
    facts,
    // The money asked about first, as a sentence ("Stadsbidrag till sjukvårdsregionala RCC: 133,5 miljoner kronor 2024");
    // a question of what it contains is answered by the sentence that says so.
    lead: overFirst ? `${worded[0]!.year}: ${worded[0]!.label} ${cite(worded[0]!, ctx.lang)}.` : agreementFirst ? totalLine(totals[0]!, false) : partOf ? heading : moneySentence(gov[0]!),
    sections: [
      ...section(
        listed.map((f) => item(amountLine(ctx, f), f, containedIds.has(f.id) ? 1 : 0)),
        partOf ? undefined : heading,
      ),
      ...section([...restated, ...worded].map((f) => item(`${f.year}: ${f.label} ${cite(f, ctx.lang)}`, f))),
    ],
    notes: [
      ...containedTotals.map(({ f, total }) =>
        t(
          ctx,
          `${f.label} (${amountOf(f, 'sv')}) innehåller överenskommelsen ${total.year} (${amountOf(total, 'sv')}) ${cite(total, 'sv')}: överenskommelsen är en del av de pengarna, inte pengar utöver dem.`,
          `${f.label} (${amountOf(f, 'en')}) contains the ${total.year} agreement (${amountOf(total, 'en')}) ${cite(total, 'en')}: the agreement is part of that money, not money on top of it.`,
        ),
      ),
      ...(agreementFirst ? [] : totals.filter((f) => !containedTotals.some((c) => c.total === f)).map((f) => totalLine(f, true))),
      ...closingNotes(ctx),
    ],
  };
}
