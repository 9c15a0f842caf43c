/**
 * responsible: who owns or handles something ("Who is responsible for Min vårdplan?", "Vem sköter
 * regimbiblioteket?"): the tasks about it grouped by owner, the owner with most first. The verb
 * after "vem ska" says which task ("Vem ska fördela pengar …" → the tasks that are "fördela").
 * A sentence that is no task but says who does it ("RCC i samverkan beslutar vilket RCC …") is
 * quoted too. With no topic: the owner's tasks.
 */
import type { Fact } from '../../corpus/schema.ts';
import { stem, tokens } from '../../text/analyze.ts';
import { type Composed, item, section } from '../compose.ts';
import { type Ctx, orUnknown, withTopic } from '../context.ts';
import { asksMoney, matchEach, matchParagraph, mostOf, quotedFacts, required, topicText } from '../match.ts';
import { inYears } from '../query.ts';
import { closingNotes, flowLine, ownerInSentence, quoteLine, t } from '../words.ts';
import { taskAnswer } from './tasks.ts';

export function responsible(asked: Ctx): Composed | null {
  const ctx = orUnknown(asked);
  // "Vem fördelar pengarna till de sex RCC:erna?": who pays the owner's money is its payer.
  const money = asksMoney(ctx);
  // "vem fördelar övriga medel 2024?": who pays or distributes money, with nothing else asked, is who pays it out.
  const besidesVerb = ctx.topic.filter((c) => !c.soft && c.text !== ctx.q.verb).length;
  const paying = !!ctx.q.verb && /^(?:fördel|betal|distribut|pay|allocat|hand)/u.test(ctx.q.verb);
  const toOwner = ctx.q.owner && money && (!required(ctx) || (ctx.q.ownerReceives && !besidesVerb));
  // "Vem får pengar från SKR 2024?": who gets money from a payer named is what that payer pays out.
  const payer = money ? payerNamed(ctx) : undefined;
  const flows = payer
    ? ctx.corpus.facts.filter((f) => f.kind === 'flow' && f.payer === payer && inYears(f, ctx.years))
    : toOwner || (money && paying && !besidesVerb) ? ctx.corpus.facts.filter((f) => f.kind === 'flow' && (!ctx.q.owner || f.owner === ctx.q.owner) && inYears(f, ctx.years)) : [];
  if (flows.length) {
    return {
      intent: 'responsible',
      answered: true,
      facts: flows,
      lead: payer
        ? t(ctx, `Så här betalar ${payer} ut pengarna, och till vem:`, `What ${payer} pays out, and to whom:`)
        : ctx.q.owner ? t(ctx, `Så här betalas pengarna till ${ownerInSentence(ctx.q.owner)} ut:`, `Who pays the money to ${ctx.q.owner} out:`) : t(ctx, 'Så här betalas pengarna ut, och av vem:', 'Who pays the money out:'),
      sections: section(flows.map((f) => item(flowLine(ctx, f), f))),
      notes: closingNotes(ctx),
    };
  }
  // "vem är samordnare 2023?" asks who holds a role, which the people answer; no list of every task does.
  if (!required(ctx) && !ctx.q.owner && ctx.q.signals.has('who-is') && ctx.q.signals.has('role-word')) return null;
  if (!required(ctx)) return taskAnswer(ctx, 'responsible');
  const verb = ctx.q.verb;
  const topic = verb && !ctx.topic.some((c) => c.text === verb) ? [...ctx.topic, { text: verb, wordings: [{ words: [verb], weight: 1 }], soft: true }] : ctx.topic;
  // The tasks about it first; the sentences that are no task ("RCC i samverkan beslutar …") when no task is
  // about it, or none is the verb asked.
  const withVerb = withTopic(ctx, topic);
  const taskHits = matchEach(withVerb, (f) => f.kind === 'insats' && inYears(f, ctx.years));
  const verbHit = !verb || taskHits.some((s) => tokens(s.fact.label).some((w) => stem(w) === stem(verb)));
  const sentence = (f: Fact) => (f.kind === 'passage' || f.kind === 'deadline') && !f.person && inYears(f, ctx.years);
  let scored = taskHits.length && verbHit ? taskHits : [...taskHits, ...matchEach(withVerb, sentence, () => 0.6)].sort((a, b) => b.score - a.score);
  // The topic told across the sentences of one paragraph ("which agency reported the lägesbild back?").
  if (!scored.length) scored = matchParagraph(ctx, sentence);
  // Nothing says it all: the task or sentence that says most of it, by the weight of its rarer words.
  // (The same facts as the searches above, so that the narrower question finds what this one found.)
  const most = scored.length ? null : mostOf(ctx, (f) => (f.kind === 'insats' && inYears(f, ctx.years)) || sentence(f));
  if (most) return responsible(most.ctx);
  // Where some of the tasks are that very verb ("RCC ska fördela medel …"), those are the ones asked about.
  const doing = verb ? scored.filter((s) => s.fact.kind === 'insats' && tokens(s.fact.label).some((w) => stem(w) === stem(verb))) : [];
  // A phrase the question quotes finds the sentence that says it first.
  const quoted = quotedFacts(ctx, (f) => (f.kind === 'insats' || (f.kind === 'passage' && !f.person)) && inYears(f, ctx.years));
  const found = [...new Set([...quoted, ...(doing.length ? doing : scored).map((s) => s.fact)])];
  const taskFacts = found.filter((f) => f.kind === 'insats');
  const said = found.filter((f) => f.kind === 'passage' || f.kind === 'deadline').slice(0, 3);
  if (!found.length) return null;
  const owners = new Map<string, Fact[]>();
  for (const f of taskFacts) owners.set(f.owner!, [...(owners.get(f.owner!) ?? []), f]);
  const ranked = [...owners].sort((a, b) => b[1].length - a[1].length);
  // A sentence comes first only when no task is about it ("RCC i samverkan beslutar vilket RCC …").
  const saidFirst = said.length > 0 && (!taskFacts.length || quoted[0]?.kind === 'passage');
  const saidSection = section(said.map((f) => item(quoteLine(ctx, f, 220), f)), t(ctx, 'Så säger källorna:', 'What the sources say (in Swedish):'));
  return {
    intent: 'responsible',
    answered: true,
    facts: saidFirst ? [...said, ...ranked.flatMap(([, list]) => list)] : [...ranked.flatMap(([, list]) => list), ...said],
    lead: t(ctx, `Ansvar för ${topicText(ctx)} enligt källorna:`, `Who is responsible for ${topicText(ctx)}, according to the sources:`),
    sections: [
      ...(saidFirst ? saidSection : []),
      ...ranked.map(([owner, list]) => ({ title: `${owner} (${list.length}):`, items: list.map((f) => item(quoteLine(ctx, { ...f, owner: null }, 260), f, 1)) })),
      ...(saidFirst ? [] : saidSection),
    ],
    notes: closingNotes(ctx),
  };
}

/** A payer of the sources' payments that the question names as a topic word ("från SKR", "via Kammarkollegiet"), if any. */
function payerNamed(ctx: Ctx): string | undefined {
  const payers = new Set(ctx.corpus.facts.flatMap((f) => (f.kind === 'flow' && f.payer ? [f.payer] : [])));
  const named = new Set(ctx.topic.filter((c) => !c.soft).map((c) => c.text.toLowerCase()));
  return [...payers].find((p) => named.has(p.toLowerCase()));
}
