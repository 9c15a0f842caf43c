/**
 * people: named people and their roles ("Vem är nationell cancersamordnare?", "What did Helena
 * Brändström say?"). A person the question names: what the sources quote them saying. Otherwise
 * the people whose role, or whose quoted words, fit the question best — and only those.
 */
import type { Fact } from '../../corpus/schema.ts';
import { stem } from '../../text/analyze.ts';
import { type Composed, item, section } from '../compose.ts';
import { lexicon } from '../../lexicon/load.ts';
import { vocabularyOf } from '../../understand/vocabulary.ts';
import { matches } from '../match.ts';
import type { Ctx } from '../context.ts';
import { cite } from '../format.ts';
import { closingNotes, quoteLine, t } from '../words.ts';

/**
 * "vem sa att 'överenskommelserna är ett bra sätt att driva utvecklingen'?": the person the sources
 * name on the line that holds the words quoted. Null when no person's line holds them.
 */
export function saidBy(ctx: Ctx): Composed | null {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
  const phrases = ctx.q.quoted.filter((p) => p.split(/\s+/u).length >= 3).map(norm);
  if (!phrases.length) return null;
  const holding = ctx.corpus.facts.filter((f) => {
    const quote = norm(f.citation.quote);
    return phrases.some((p) => quote.includes(p));
  });
  const said = ctx.corpus.facts.filter((f) => f.person && holding.some((h) => h.sourceId === f.sourceId && h.citation.line === f.citation.line));
  const first = said[0];
  if (!first) return null;
  const quote = holding.find((h) => h.sourceId === first.sourceId && h.citation.line === first.citation.line)!;
  const p = first.person!;
  return {
    intent: 'people',
    answered: true,
    facts: [first, quote],
    lead: t(ctx, `${p.name}, ${p.role}, säger det ${cite(first, 'sv')}:`, `${p.name}, ${p.role}, says it ${cite(first, 'en')} (quoted in Swedish):`),
    sections: section([item(quoteLine(ctx, { ...quote, label: quote.citation.quote }, 400), quote)]),
    // The words quoted are the whole question: no word of it is left unanswered.
    notes: [],
  };
}

export function people(ctx: Ctx): Composed | null {
  // "who signed SKR's board message?": a document named holds the people asked about.
  const named = new Set(ctx.q.documents.flatMap((d) => d.sources));
  const all = ctx.corpus.facts.filter((f) => f.person && (!named.size || named.has(f.sourceId)));
  const asked = all.filter((f) => ctx.q.people.includes(f.person!.name));
  if (asked.length) {
    // What they said about the topic asked first ("Vad sa Kjell Ivarsson om förbättringsarbetena?"), then the newest.
    const about = new Set(ctx.topic.some((c) => !c.soft) ? ctx.index.score(ctx.topic, (f) => asked.includes(f)).filter((s) => s.covered > 0).map((s) => s.fact) : []);
    const list = [...asked].sort((a, b) => Number(about.has(b)) - Number(about.has(a)) || (b.year ?? 0) - (a.year ?? 0));
    const p = list[0]!.person!;
    return {
      intent: 'people',
      answered: true,
      facts: list,
      lead: t(ctx, `${p.name}, ${p.role}, i källorna:`, `${p.name}, ${p.role}, in the sources (quoted in Swedish):`),
      sections: section(list.map((f) => item(quoteLine(ctx, f, 220), f))),
      notes: closingNotes(ctx),
    };
  }
  // How many of the topic's words (roles among them: "cancersamordnare", "prime minister") the person's
  // name and role carry, and how much of the topic their quote covers.
  // Words found in many facts ("cancer" of "Min vårdplan cancer") fit every role and say nothing.
  // (Counted over the whole corpus: among the few facts of one year, "samordnare" would count as common.)
  const whole = vocabularyOf(ctx.corpus).index;
  const common = Math.ceil(whole.facts.length * lexicon().heads.commonShare);
  // Roles count only when the question names one ("cancersamordnare", "prime minister"); else only quotes fit.
  const roleNamed = ctx.q.signals.has('role-word');
  // The role words themselves are cue words, not topic words: with a role named, every content word may fit.
  // "Which minister … together with the prime minister?": the one named beside is not the one asked for.
  const beside = besideWords(ctx);
  const stems = (ws: string[]) => ws.flatMap((w) => w.split(/\s+/)).filter((w) => whole.count([w]) < common).map((w) => stem(w).slice(0, 6)).filter((w) => w.length >= 4);
  const words = stems([...new Set([...ctx.topic.filter((c) => !c.soft).flatMap((c) => [c.text, ...c.wordings.flatMap((w) => w.words)]), ...(roleNamed ? ctx.q.words : [])])]).filter((w) => !beside.includes(w));
  const roleHits = (f: Fact) => (roleNamed ? words.filter((w) => `${f.person!.name} ${f.person!.role}`.toLowerCase().includes(w)).length : 0);
  // A quote fits when it covers the whole topic, not one word of it.
  const quoted = new Map(matches(ctx, (f) => !!f.person).map((s) => [s.fact, s.covered] as const));
  // Computed once per person: the sort below asks for it O(n log n) times.
  const fits = new Map(all.map((f) => [f, roleHits(f) * 2 + (quoted.get(f) ?? 0)] as const));
  const fit = (f: Fact) => fits.get(f) ?? 0;
  const inYear = (f: Fact) => (ctx.q.years.includes(f.year ?? -1) ? 1 : 0);
  // A role in a year asked is held by the person the sources of that year name for it, however
  // much better another year's wording of the role fits the question.
  const isBeside = (f: Fact) => beside.some((w) => `${f.person!.name} ${f.person!.role}`.toLowerCase().includes(w));
  const others = beside.length && all.some((f) => !isBeside(f) && fit(f) > 0) ? all.filter((f) => !isBeside(f)) : all;
  const ofYear = others.filter((f) => inYear(f) && fit(f) > 0);
  const pool = ofYear.length ? ofYear : others;
  const best = Math.max(0, ...pool.map(fit));
  // A question about something no person's role or words fit ("who is supposed to coordinate …") is no people question.
  // Unless a document is named: then its people are the answer ("vem skrev under SKR:s meddelande?").
  // Nor is one made only of words nobody knows ("who won the football last night?"): everyone in the sources is no answer to it.
  const unanchored = ctx.q.unknown.length > 0 && !ctx.q.signals.has('person-word');
  if (best === 0 && !named.size && (ctx.topic.some((c) => !c.soft) || ctx.q.signals.has('role-word') || unanchored)) return null;
  const relevant = pool.filter((f) => best > 0 && fit(f) === best);
  const list = (relevant.length ? relevant : all).sort((a, b) => fit(b) - fit(a) || inYear(b) - inYear(a) || (b.year ?? 0) - (a.year ?? 0));
  const unique = [...new Map(list.map((f) => [`${f.person!.name}|${f.year}`, f])).values()];
  if (!unique.length) return null;
  const line = (f: Fact) => t(ctx, `${f.person!.name}, ${f.person!.role} (källa från ${f.year}) ${cite(f, 'sv')}`, `${f.person!.name}, ${f.person!.role} (source from ${f.year}) ${cite(f, 'en')}`);
  const [first, ...rest] = unique;
  const newestFirst = new Set(unique.map((f) => f.year)).size > 1 && relevant.length > 0 && unique.every((f, i) => i === 0 || (unique[i - 1]!.year ?? 0) >= (f.year ?? 0));
  return {
    intent: 'people',
    answered: true,
    facts: unique,
    lead: line(first!),
    sections: section(rest.map((f) => item(line(f), f))),
    notes: [newestFirst ? t(ctx, 'Den nyaste källan står först.', 'The newest source comes first.') : '', ...closingNotes(ctx)].filter(Boolean),
  };
}

/** The word stems of whom the question names beside the one it asks for ("together with the prime minister", "tillsammans med statsministern"). */
function besideWords(ctx: Ctx): string[] {
  const phrase = /(?:tillsammans med|together with|along with|alongside|jämte)\s+([^,.;:?!]+)/iu.exec(ctx.q.text)?.[1]?.toLowerCase();
  if (!phrase) return [];
  return ctx.q.concepts
    .filter((c) => phrase.includes(c.text.toLowerCase()))
    .flatMap((c) => c.wordings.flatMap((w) => w.words))
    .map((w) => stem(w).slice(0, 6))
    .filter((w) => w.length >= 4);
}
