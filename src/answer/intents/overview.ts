/**
 * overview: what a year's agreement is, or is about ("Vad innebär överenskommelsen 2023?", "What is
 * the 2026 agreement about?"): for each year asked, its total, what its sources single out as new,
 * the sentences that say what the money goes to, and its strategy areas — all from that year's own
 * sources. Declines without a year (what the agreements are in general is a definition).
 */
import type { Fact } from '../../corpus/schema.ts';
import { type Composed, item } from '../compose.ts';
import type { Ctx } from '../context.ts';
import { amountOf, cite, short } from '../format.ts';
import { required } from '../match.ts';
import { totalOf } from '../query.ts';
import { closingNotes, t } from '../words.ts';

/** Sentences that say what a year's money is for. */
const ABOUT = /(?:medlen ska|pengarna ska|ska bland annat gå|går till|fokus|huvudområde|fokusområde|satsning på|satsningen|innebär|syftar)/iu;
/** The most sentences an overview quotes per year. */
const PER_YEAR = 4;

export function overview(ctx: Ctx): Composed | null {
  if (!ctx.q.years.length || required(ctx)) return null;
  const sections: Composed['sections'] = [];
  const facts: Fact[] = [];
  for (const year of ctx.years) {
    const ofYear = ctx.corpus.facts.filter((f) => f.year === year);
    const total = totalOf(ctx.corpus, year);
    const said = [
      ...ofYear.filter((f) => f.tags?.includes('new')),
      ...ofYear.filter((f) => (f.kind === 'passage' || f.kind === 'insats') && !f.tags?.includes('area') && ABOUT.test(f.citation.quote)),
    ].filter((f, i, all) => all.indexOf(f) === i).slice(0, PER_YEAR);
    const areas = ofYear.filter((f) => f.kind === 'passage' && f.tags?.includes('area'));
    if (!total && !said.length && !areas.length) continue;
    const items = [
      ...(total ? [item(t(ctx, `Totalt ${amountOf(total, 'sv')} ${cite(total, 'sv')}`, `In total ${amountOf(total, 'en')} ${cite(total, 'en')}`), total)] : []),
      ...said.map((f) => item(`${short(f.citation.quote, 180)} ${cite(f, ctx.lang)}`, f)),
      ...(areas.length ? [{ text: t(ctx, `Områden: ${areas.map((a) => a.label).join('; ')}`, `Areas: ${areas.map((a) => a.label).join('; ')}`), facts: areas }] : []),
    ];
    sections.push({ title: ctx.years.length > 1 ? String(year) : undefined, items });
    facts.push(...[total, ...said, ...areas].filter((f): f is Fact => !!f));
  }
  if (!facts.length) return null;
  const one = ctx.years.length === 1 ? ctx.years[0] : undefined;
  return {
    intent: 'overview',
    answered: true,
    facts,
    lead: one !== undefined ? t(ctx, `Så beskriver källorna överenskommelsen ${one}:`, `What the sources say the ${one} agreement is about (quoted in Swedish):`) : t(ctx, 'Så beskriver källorna överenskommelserna:', 'What the sources say the agreements are about (quoted in Swedish):'),
    sections,
    notes: closingNotes(ctx),
  };
}
