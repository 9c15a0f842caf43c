/**
 * topic: what the sources say about a topic ("Vad gäller för precisionsmedicin?", "What do the
 * sources say about the regimen library?"): the facts that cover it, budget lines and what the
 * owner named does first. A bare topic that has a budget line of its own ("barncanc 2024")
 * asks for its amount: this composer then declines.
 */
import type { Fact } from '../../corpus/schema.ts';
import { type Composed, item, section } from '../compose.ts';
import { type Ctx, orUnknown } from '../context.ts';
import { amountWeight, matchEach, matches, mostOf, namesOwner, quotedFacts, required, topicText } from '../match.ts';
import type { Scored } from '../../search/index.ts';
import { nothingAbout, contextLine } from '../nofigure.ts';
import { inYears } from '../query.ts';
import { closingNotes, quoteLine, t } from '../words.ts';
import { eachTopic } from './amount.ts';
import { stem, tokens } from '../../text/analyze.ts';

export function topic(asked: Ctx): Composed | null {
  const ctx = orUnknown(asked);
  if (!required(ctx)) return null;
  const budgetOfYears = (f: Fact) => f.kind === 'budget' && inYears(f, ctx.years);
  // (Not one whose form asks something else: "vilket år testades förbättringsarbetena första gången?")
  const bare = !ctx.q.intents.some((r) => r.cued) && (ctx.q.form === null || ctx.q.form === 'amount');
  if (bare && (matches(ctx, budgetOfYears, amountWeight(ctx)).length || eachTopic(ctx, budgetOfYears, true))) return null;
  // An owner named ("vilka uppgifter har RCC inom screening") puts what that owner is said to do or get first.
  const owner = ctx.q.owner;
  const ownerWeight = (f: { kind: string; owner: string | null; label: string }) => (owner && (f.owner === owner || (f.kind !== 'insats' && namesOwner(f as never, owner))) ? 2 : 1);
  const weight = (s: { fact: Parameters<typeof ownerWeight>[0] & { kind: string } }) => (s.fact.kind === 'budget' ? 1.2 : 1) * ownerWeight(s.fact);
  // Topics joined by "och", "/" ("late effects / long-term follow-up"): what the sources say of each.
  const all = matchEach(ctx, (f) => inYears(f, ctx.years), weight, true).slice(0, 10);
  const quoted = quotedFacts(ctx, (f) => inYears(f, ctx.years));
  // Nothing covers it all: the sentences that cover most of it, by the weight of its rarer words.
  const most = !all.length && !quoted.length ? mostOf(ctx, (f) => inYears(f, ctx.years) && (f.kind === 'passage' || f.kind === 'insats' || f.kind === 'deadline'), weight) : null;
  if (most) return topicAnswer(most.ctx, most.found, []);
  if (!all.length && !quoted.length) return nothingAbout(ctx, 'topic');
  return topicAnswer(ctx, all, quoted);
}

function topicAnswer(ctx: Ctx, found: Scored[], quoted: Fact[]): Composed {
  // "Från vilket år är strategin?": a sentence that names a year answers a question of when first.
  const dated = (f: Fact) => (ctx.q.form === 'date' && /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(f.citation.quote) ? 0 : 1);
  const ranked = [...new Set([...quoted, ...found.map((s) => s.fact)])].sort((a, b) => dated(a) - dated(b));
  // The sentence after the best one, on its line, goes on with it ("… få vården utförd på annat håll i landet …
  // Fokus ska inledningsvis vara på … kolorektal-, bröst- och prostatacancer").
  const next = ranked[0] ? nextSentence(ctx, ranked[0]) : undefined;
  const facts = (next ? [ranked[0]!, next, ...ranked.slice(1).filter((f) => f !== next)] : ranked).slice(0, 10);
  const whole = next ? 2 : 1;
  const asked = new Set(ctx.q.words.flatMap((w) => tokens(w)).map(stem));
  // The sentence that answers best is quoted whole ("… de stora diagnoserna bröstcancer, tjock- och
  // ändtarmscancer och prostatacancer"); the others are cut to a line.
  const line = (f: (typeof facts)[number], i: number) => {
    const max = i < whole ? 400 : 140;
    // The best sentence is quoted with the rest of its line ("… Uppfyllelse av inklusionsmålet är en förutsättning för utbetalning av medel").
    const full = i === 0 && (f.kind === 'insats' || f.kind === 'passage') && f.citation.quote.length > f.label.length + 1 ? { ...f, label: f.citation.quote } : f;
    // A long one is quoted around what was asked: "… När Socialstyrelsen slutredovisat … ska denna vägas in i beslut om fördelning av medel."
    // (Only the sentences chosen so are shown whole; any other text is cut at `max`.)
    const focused = i === 0 ? around(full.label, asked, max) : full.label;
    return f.amountSEK !== null && f.kind !== 'passage' ? contextLine(ctx, f) : f.kind === 'deadline' ? `${f.date}: ${quoteLine(ctx, f, max)}` : quoteLine(ctx, { ...full, label: focused }, focused === full.label ? max : focused.length);
  };
  return {
    intent: 'topic',
    answered: true,
    facts,
    lead: t(ctx, `Det här säger källorna om ${topicText(ctx)}:`, `This is what the sources say about ${topicText(ctx)} (quoted in Swedish):`),
    sections: section(facts.map((f, i) => item(line(f, i), f))),
    // (Words the sentences shown do say are not said to be missing.)
    notes: closingNotes({ ...ctx, dropped: ctx.dropped.filter((w) => !facts.some((f) => tokens(f.citation.quote).map(stem).includes(stem(w)))) }),
  };
}

/**
 * A text longer than `max` with a later sentence holding a word asked that its first sentence
 * lacks: the first sentence, then that one ("…" for those between); else the text as it is (cut
 * where it is shown).
 */
function around(text: string, asked: Set<string>, max: number): string {
  if (text.length <= max) return text;
  // (A sentence ends after a word, a number or a bracket, not after an abbreviation: "Dnr. S2023/02344".)
  const parts = text.split(/(?<=(?:\p{Ll}{4}|\d|\))[.!?])\s+(?=\p{Lu})/u);
  const first = new Set(tokens(parts[0]!).map(stem));
  const fit = (p: string) => tokens(p).map(stem).filter((w) => asked.has(w) && !first.has(w)).length;
  let best = 0;
  for (let i = 1; i < parts.length; i++) if (fit(parts[i]!) > (best ? fit(parts[best]!) : 0)) best = i;
  if (!best || parts[0]!.length + parts[best]!.length > max + 250) return text;
  return `${parts[0]} ${best > 1 ? '… ' : ''}${parts[best]}`;
}

/**
 * The passage right after a passage, if any (not a person's line): on the same line of its source,
 * or a few lines on when the passage stops mid-sentence and the next goes on with it ("… har vid
 * sammanträde den 18 december 2020 beslutat" / "att för sin del godkänna överenskommelsen …").
 */
function nextSentence(ctx: Ctx, f: Fact): Fact | undefined {
  if (f.kind !== 'passage') return undefined;
  const at = ctx.corpus.facts.indexOf(f);
  const g = at >= 0 ? ctx.corpus.facts[at + 1] : undefined;
  if (!g || g.kind !== 'passage' || g.person || g.sourceId !== f.sourceId || !ctx.keep(g)) return undefined;
  const goesOn = !/[.!?:;)”"]\s*$/u.test(f.citation.quote) && /^\p{Ll}/u.test(g.citation.quote) && g.citation.line > f.citation.line && g.citation.line - f.citation.line <= 4;
  return g.citation.line === f.citation.line || goesOn ? g : undefined;
}
