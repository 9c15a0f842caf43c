/**
 * definition: what an acronym or a body is ("Vad menas med regionala cancercentrum?", "What are
 * standardized care pathways?", "who makes up RCC i samverkan"): its long form, and the sentences
 * of the sources that define it — or, when none does, those that mention it.
 */
import { lexicon } from '../../lexicon/load.ts';
import { askedAcronym } from '../../understand/understand.ts';
import { type Composed, item, section } from '../compose.ts';
import type { Ctx } from '../context.ts';
import { matches, required } from '../match.ts';
import { closingNotes, quoteLine, t } from '../words.ts';

/** What a term is short for: "Vad står PREM för?", "What does KVÅ stand for?", "förkortningen". */
const STANDS_FOR = /(?<![\p{L}])(?:står|stod)(?![\p{L}]).{0,40}(?<![\p{L}])för(?![\p{L}])|stands? for|short for|förkortning|abbreviation/iu;

export function definition(ctx: Ctx): Composed | null {
  const lex = lexicon();
  const played = roles(ctx, lex);
  if (played) return played;
  const several = acronyms(ctx, lex);
  if (several) return several;
  const concept = ctx.q.concepts.map((c) => lex.concepts.find((x) => x.id === c.id)).find((c) => c?.acronym);
  // "SVF = ? it keeps showing up in the RCC docs", "what is SVF in the RCC documents?": the acronym
  // asked is defined, not the owner named beside it.
  const asked = askedAcronym(ctx.q.text);
  const term = (asked && concept?.acronym?.short.toLowerCase() === asked ? concept.acronym.short : null) ?? ctx.q.owner ?? concept?.acronym?.short;
  if (!term) return ctx.q.signals.has('agreement-word') && !required(ctx) ? theAgreement(ctx) : null;
  // "JApreventNCD, vad är RCC:s roll där?": a topic beside the term asks what the term does with it, not what it is.
  // "What's GMC short for in the cancer genomics task?" asks what it stands for: the rest says where it is used.
  if (!ctx.q.signals.has('acronym-asked') && ctx.topic.some((c) => !c.soft && c !== ctx.q.concepts.find((x) => x.id === concept?.id))) return null;
  // The long form of the term itself: an owner's, or the acronym's — never one word's expansion said of another.
  const expansion = lex.owners.find((o) => o.owner === term)?.long ?? (concept?.acronym?.short === term ? concept.acronym.long : undefined);
  // Every owner named is defined ("skillnaden mellan RCC och RCC i samverkan").
  const terms = new Set([term, ...ctx.q.owners]);
  const list = ctx.corpus.facts.filter((f) => f.tags?.includes('definition') && f.term && (terms.has(f.term) || (terms.has('RCC') && f.term === 'RCC i samverkan')));
  // No sentence that defines it: the sentences that mention it, so the answer still quotes the sources.
  if (!list.length && required(ctx)) list.push(...matches(ctx, (f) => f.kind === 'passage' || f.kind === 'insats').slice(0, 3).map((s) => s.fact));
  if (!list.length && !expansion) return null;
  const shown = list.slice(0, 6);
  // A long form the sources never write out is the bot's vocabulary, not theirs, and said so.
  const written = expansion !== undefined && ctx.corpus.facts.some((f) => f.citation.quote.toLowerCase().includes(expansion.toLowerCase()));
  const lead = !expansion
    ? t(ctx, `${term} enligt källorna:`, `${term}, according to the sources:`)
    : written
      ? t(ctx, `${term} står för ${expansion}.`, `${term} stands for ${expansion} (Swedish).`)
      : t(ctx, `Källorna skriver inte ut ${term}; i botens ordlista står det för ${expansion}.`, `The sources do not spell out ${term}; the bot's glossary has it as ${expansion} (Swedish).`);
  // "Vad står PREM för?" that the sources never spell out is not answered from them: the glossary's long form is said as such.
  const spelledOutAsked = STANDS_FOR.test(ctx.q.text);
  return {
    intent: 'definition',
    answered: !(spelledOutAsked && expansion !== undefined && !written),
    facts: shown,
    lead,
    sections: section(
      shown.map((f) => item(quoteLine(ctx, f, 220), f)),
      !expansion || !shown.length ? undefined : written ? t(ctx, 'Så beskriver källorna det:', 'How the sources describe it (in Swedish):') : t(ctx, 'Där källorna nämner det:', 'Where the sources mention it (in Swedish):'),
    ),
    notes: closingNotes(ctx),
  };
}

/**
 * "What do SVF and CCC stand for?": several acronyms and nothing else, each with its long form and
 * the sentence of the sources that writes it out (or else mentions it). Null for one acronym or none.
 */
function acronyms(ctx: Ctx, lex: ReturnType<typeof lexicon>): Composed | null {
  const named = [...new Map(ctx.q.concepts.flatMap((c) => {
    const concept = lex.concepts.find((x) => x.id === c.id);
    return concept?.acronym ? [[concept.id, { concept, asked: c }] as const] : [];
  })).values()];
  if (named.length < 2 || ctx.topic.some((c) => !c.soft && !named.some((n) => n.asked.id === c.id))) return null;
  const facts: Composed['facts'] = [];
  const items = named.map(({ concept, asked }) => {
    const { short, long } = concept.acronym!;
    // The sentence that writes it out ("standardiserade vårdförlopp (SVF)"), else the one that best mentions it.
    const spelled = ctx.corpus.facts.find((f) => (f.kind === 'passage' || f.kind === 'insats') && f.citation.quote.toLowerCase().includes(long.toLowerCase()) && f.citation.quote.includes(short));
    const source = spelled ?? matches({ ...ctx, topic: [asked] }, (f) => f.kind === 'passage' || f.kind === 'insats')[0]?.fact;
    if (source) facts.push(source);
    const text = t(ctx, `${short} står för ${long}.`, `${short} stands for ${long} (Swedish).`);
    return source ? item(`${text} ${quoteLine(ctx, source, 200)}`, source) : { text, facts: [] };
  });
  return { intent: 'definition', answered: true, facts, lead: t(ctx, 'Förkortningarna:', 'The abbreviations:'), sections: section(items), notes: closingNotes(ctx) };
}

/** "what are these överenskommelser?": the sentences that say what the agreements are. */
function theAgreement(ctx: Ctx): Composed | null {
  const list = ctx.corpus.facts.filter((f) => f.kind === 'passage' && f.tags?.includes('definition') && /överenskommelse/iu.test(f.label)).slice(0, 5);
  if (!list.length) return null;
  return {
    intent: 'definition',
    answered: true,
    facts: list,
    lead: t(ctx, 'Så beskriver källorna överenskommelserna:', 'How the sources describe the agreements (in Swedish):'),
    sections: section(list.map((f) => item(quoteLine(ctx, f, 220), f))),
    notes: closingNotes(ctx),
  };
}

/**
 * "Vilken roll har de regionala RCC jämfört med RCC i samverkan?": what part the bodies named play,
 * from the sentences that define them ("De regionala RCC har motsvarande roll sjukvårdsregionalt"),
 * those of the years asked first. Null when the question asks no role, or names no body the sources define.
 */
function roles(ctx: Ctx, lex: ReturnType<typeof lexicon>): Composed | null {
  if (!ctx.q.signals.has('part-played')) return null;
  const acronyms = ctx.q.concepts.flatMap((c) => lex.concepts.find((x) => x.id === c.id)?.acronym?.short ?? []);
  const terms = new Set([...ctx.q.owners, ...acronyms]);
  if (!terms.size) return null;
  const ofYears = (f: { year: number | null }) => (ctx.q.years.length && f.year !== null && ctx.years.includes(f.year) ? 0 : 1);
  const list = ctx.corpus.facts.filter((f) => f.tags?.includes('definition') && f.term && terms.has(f.term)).sort((a, b) => ofYears(a) - ofYears(b)).slice(0, 6);
  if (!list.length) return null;
  return {
    intent: 'definition',
    answered: true,
    facts: list,
    lead: t(ctx, `Så beskriver källorna rollen för ${[...terms].join(' och ')}:`, `What the sources say of the role of ${[...terms].join(' and ')} (in Swedish):`),
    sections: section(list.map((f) => item(quoteLine(ctx, f, 220), f))),
    notes: closingNotes(ctx),
  };
}
