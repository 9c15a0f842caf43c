/**
 * payment: how the money is paid out and by whom ("Vad betalar SKR ut till RCC i samverkan
 * 2024?", "When is the money paid out?"): the flows, which are the budget lines' money seen by
 * payer, and the sentences on how payment works. The flow to the recipient named comes first,
 * then those of the payer named; the sentence a topic names comes first too.
 */
import type { Fact } from '../../corpus/schema.ts';
import { type Composed, item, section } from '../compose.ts';
import type { Ctx } from '../context.ts';
import { amountOf, cite, listWords } from '../format.ts';
import { matches, partial, required, topicText } from '../match.ts';
import { inYears, paymentOf, totalOf } from '../query.ts';
import { withoutFileCitations } from '../plain.ts';
import { closingNotes, flowLine, quoteLine, t } from '../words.ts';

/** A sentence that states a condition of payment ("… är en förutsättning för utbetalning", "betalas ut när regionerna har visat …"). */
const CONDITION = /förutsättning för (?:ut)?betalning|betalas ut när|villkor(?:et|en)? för/iu;

export function payment(ctx: Ctx): Composed | null {
  const q = ctx.q;
  const named = new Set(q.words);
  // "39 miljoner 2024 – vem fick dem?": the payment of the amount the question states comes first.
  const rank = (f: Fact) => (f.amountSEK !== null && q.figures.includes(f.amountSEK) ? 4 : 0) + (q.owner && f.owner === q.owner ? 2 : 0) + (f.payer && named.has(f.payer.toLowerCase()) ? 1 : 0);
  const asked = (f: Fact) => (q.years.length ? inYears(f, ctx.years) : true);
  const flows = ctx.corpus.facts.filter((f) => f.kind === 'flow' && asked(f)).sort((a, b) => rank(b) - rank(a));
  const passages = ctx.corpus.facts.filter((f) => f.kind === 'passage' && f.tags?.includes('payment') && asked(f));
  const flowYears = [...new Set(ctx.corpus.facts.filter((f) => f.kind === 'flow').map((f) => f.year!))];
  if (!flows.length && !passages.length) {
    return {
      intent: 'payment',
      answered: false,
      facts: ctx.corpus.facts.filter((f) => f.kind === 'flow'),
      lead: t(ctx, `Källorna beskriver hur pengarna betalas ut bara för ${listWords(flowYears, 'sv')}.`, `The sources describe how the money is paid out only for ${listWords(flowYears, 'en')}.`),
      sections: [],
      notes: closingNotes(ctx),
    };
  }
  const total = flows[0]?.year ? totalOf(ctx.corpus, flows[0].year) : undefined;
  const how = t(ctx, `Så betalas pengarna ut${total ? ` (${total.year}, totalt ${amountOf(total, 'sv')} ${cite(total, 'sv')})` : ''}:`, `How the money is paid out${total ? ` (${total.year}, in total ${amountOf(total, 'en')} ${cite(total, 'en')})` : ''}:`);
  const flowItems = flows.map((f) => item(flowLine(ctx, f), f));
  // "Vad krävs för att regionerna ska få ut SVF-pengarna?": the sentences that state a condition of payment come first.
  const conditions = q.signals.has('conditions') || q.signals.has('must-do') ? ctx.corpus.facts.filter((f) => (f.kind === 'insats' || f.kind === 'passage') && asked(f) && CONDITION.test(f.citation.quote)) : [];
  const others = passages.filter((f) => !conditions.includes(f));
  if (conditions.length) {
    return {
      intent: 'payment',
      answered: true,
      facts: [...conditions, ...others, ...flows, ...(total ? [total] : [])],
      lead: t(ctx, 'Villkoren för utbetalningen, som källorna anger dem:', 'The conditions for payment, as the sources state them (quoted in Swedish):'),
      sections: [...section(conditions.map((f) => item(quoteLine(ctx, { ...f, label: f.citation.quote }, 300), f))), ...section(others.map((f) => item(quoteLine(ctx, f), f))), ...section(flowItems, flows.length ? how : undefined)],
      notes: closingNotes(ctx),
    };
  }
  const sameMoney = t(ctx, 'Det är samma pengar som budgetraderna, sedda från den som betalar ut.', 'This is the same money as the budget lines, seen from who pays it out.');
  if (required(ctx)) {
    // Any word of the topic will do: "prestationsbaserad ersättning" is about payment though "ersättning" is not in it.
    const about = new Set(partial(ctx, (f) => flows.includes(f) || passages.includes(f)).map((s) => s.fact));
    // "Hur betalas SVF-pengarna ut?": a flow that is the same money as a budget line about the topic is
    // about it, and so are the sentences on how that flow is paid (on its line).
    const lines = matches(ctx, (f) => f.kind === 'budget').map((s) => s.fact);
    for (const f of flows) {
      if (!lines.some((b) => paymentOf(flows, b) === f)) continue;
      about.add(f);
      for (const p of passages) if (p.sourceId === f.sourceId && p.citation.line === f.citation.line) about.add(p);
    }
    if (!about.size) {
      // A topic the payments never speak of ("När betalas pengarna för tandvård ut?").
      return {
        intent: 'payment',
        answered: false,
        facts: [...flows, ...passages],
        lead: t(ctx, `Källorna säger inget om hur pengarna för ${topicText(ctx)} betalas ut. Så här beskriver de utbetalningen:`, `The sources say nothing about how the money for ${topicText(ctx)} is paid out. This is how they describe payment:`),
        sections: [...section(flowItems), ...section(passages.map((f) => item(quoteLine(ctx, f), f)))],
        notes: closingNotes(ctx),
      };
    }
    // The sentences the question is about come first ("När betalas hälften ut?").
    if (!flows.some((f) => about.has(f))) {
      const first = passages.filter((f) => about.has(f));
      const [lead, ...more] = first;
      return {
        intent: 'payment',
        answered: true,
        facts: [...first, ...flows, ...passages.filter((f) => !about.has(f)), ...(total ? [total] : [])],
        lead: quoteLine(ctx, lead!),
        sections: [...section(more.map((f) => item(quoteLine(ctx, f), f))), ...section(flowItems, flows.length ? how : undefined)],
        notes: closingNotes(ctx),
      };
    }
  }
  const stated = flows[0] && flows[0].amountSEK !== null && q.figures.includes(flows[0].amountSEK) ? flows[0] : undefined;
  return {
    intent: 'payment',
    answered: true,
    facts: [...flows, ...passages, ...(total ? [total] : [])],
    lead: stated
      ? t(ctx, `${amountOf(stated, 'sv')} betalas ut av ${stated.payer} till ${stated.owner} ${stated.year}.`, `${amountOf(stated, 'en')} is paid out by ${stated.payer} to ${stated.owner} in ${stated.year}.`)
      : flows.length ? how : t(ctx, 'Så beskriver källorna utbetalningen:', 'How the sources describe payment:'),
    sections: [...section(flowItems, stated ? withoutFileCitations(how) : undefined), ...section(passages.map((f) => item(quoteLine(ctx, f), f)))],
    notes: [flows.length ? sameMoney : '', ...closingNotes(ctx)].filter(Boolean),
  };
}
