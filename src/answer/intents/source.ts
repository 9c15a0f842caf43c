/**
 * source: when a source was published, who published it and what it is called ("when was the 2023
 * news page published?", "vem står bakom pressmeddelandet?", "vad heter pressmeddelandet om en
 * miljard?", "When was each source published?"), from
 * `sources.json`, cited at the line of the source text that states the date (or, where the text
 * states none, its title line), and where it can be read (its address). The sources the question means: a document it names, a title it
 * quotes, the years it asks about, words of a title; every source when it names none.
 */
import type { Fact, Source } from '../../corpus/schema.ts';
import type { Corpus } from '../../corpus/load.ts';
import { has } from '../../understand/question.ts';
import { type Composed, item, section } from '../compose.ts';
import type { Ctx } from '../context.ts';
import { cite } from '../format.ts';
import { t } from '../words.ts';
import { writtenDate } from '../../dates.ts';
import { referenceNumbers } from './reference.ts';

export function sourceInfo(ctx: Ctx): Composed | null {
  if (has(ctx.q, 'source-title') && !has(ctx.q, 'published', 'publisher', 'link', 'which-sources', 'case-number')) return titleOf(ctx);
  if (!has(ctx.q, 'published', 'publisher', 'link', 'which-sources', 'case-number')) return null;
  if (has(ctx.q, 'case-number') && !has(ctx.q, 'published', 'publisher', 'link', 'which-sources')) return referenceNumbers(ctx, sourcesMeant(ctx));
  // "When will the full 2024 agreement be published?" asks what a sentence says, not a source's date.
  if (has(ctx.q, 'future') && !has(ctx.q, 'publisher', 'link')) return null;
  // Nor does "when is the full agreement text published?", which a sentence answers in all its words.
  if (!has(ctx.q, 'publisher', 'link', 'which-sources') && saidInASentence(ctx)) return null;
  // "Vem har publicerat …?": who, though the words are the publication's.
  const who = (has(ctx.q, 'publisher') || ctx.q.form === 'who') && !(has(ctx.q, 'published') && ctx.q.form === 'date');
  const list = has(ctx.q, 'which-sources');
  const where = has(ctx.q, 'link') && !has(ctx.q, 'publisher');
  const meant = sourcesMeant(ctx);
  const rows = meant.map((s) => ({ s, fact: metaFact(ctx.corpus, s) })).filter((r) => r.fact !== null) as { s: Source; fact: Fact }[];
  if (!rows.length) return null;
  // A title that states an amount ("556 miljoner kronor till …") states its source's fact too.
  const stated = statedInTitles(ctx, rows.map((r) => r.s));
  const known = rows.filter((r) => (where ? r.s.url : who ? r.s.publisher : r.s.published));
  const line = (s: Source, f: Fact) => `${describe(s, ctx.lang)} ${cite(f, ctx.lang)}`;
  if (list) {
    return {
      intent: 'source',
      answered: true,
      facts: [...rows.map((r) => r.fact), ...stated],
      lead: t(ctx, `Källorna${ctx.q.years.length ? ` för ${ctx.years.join(', ')}` : ''}:`, `The sources${ctx.q.years.length ? ` for ${ctx.years.join(', ')}` : ''}:`),
      sections: section(rows.map((r) => item(line(r.s, r.fact), r.fact))),
      notes: [],
    };
  }
  if (rows.length === 1) {
    const { s, fact } = rows[0]!;
    // The time of day, when the line that dates the source states one ("13.2.2026 09:36:37 CET").
    const clock = /(?<!\d)(\d{2}:\d{2})(?::\d{2})?(?!\d)/u.exec(fact.citation.quote)?.[1];
    const lead = where
      ? s.url
        ? t(ctx, `”${s.title}” finns på ${s.url}.`, `“${s.title}” is at ${s.url}.`)
        : t(ctx, `Källan ”${s.title}” har ingen adress i källförteckningen.`, `The source “${s.title}” has no address in the list of sources.`)
      : who
      ? s.publisher
        ? t(ctx, `”${s.title}” publicerades av ${s.publisher}.`, `“${s.title}” was published by ${s.publisher}.`)
        : t(ctx, `Källan ”${s.title}” anger inte vem som publicerade den.`, `The source “${s.title}” does not say who published it.`)
      : s.published
        ? t(ctx, `”${s.title}” publicerades ${writtenDate(s.published, 'sv')}${clock ? ` kl. ${clock}` : ''}.`, `“${s.title}” was published on ${writtenDate(s.published, 'en')}${clock ? ` at ${clock}` : ''}.`)
        : t(ctx, `Källan ”${s.title}” anger inte när den publicerades.`, `The source “${s.title}” does not say when it was published.`);
    return { intent: 'source', answered: known.length > 0, facts: [fact, ...stated], lead, sections: section([item(line(s, fact), fact)]), notes: [] };
  }
  return {
    intent: 'source',
    answered: known.length > 0,
    facts: [...rows.map((r) => r.fact), ...stated],
    lead: who ? t(ctx, 'Så här anger källorna vem som publicerade dem:', 'Who published each source, as the sources say:') : t(ctx, 'Så här anger källorna när de publicerades:', 'When each source was published, as the sources say:'),
    sections: section(rows.map((r) => item(line(r.s, r.fact), r.fact))),
    notes: [],
  };
}

/**
 * A source's title ("What's the headline of the news item about the 2023 agreement?"), cited at
 * the line that states it: only for a question that names a source (or quotes a title) and asks
 * about nothing else. "Under vilken rubrik står barncancer?" asks where a topic stands, and is left
 * to the other answers.
 */
function titleOf(ctx: Ctx): Composed | null {
  if (!ctx.q.documents.length && !ctx.q.quoted.length) return null;
  if (ctx.q.concepts.some((c) => !c.soft)) return null;
  // "The press release's headline says 'a billion' — what's the exact figure?" asks for an amount.
  if (has(ctx.q, 'how-much', 'how-big', 'money-figure', 'money-noun', 'total-word', 'how-many-money')) return null;
  const rows = sourcesMeant(ctx).map((s) => ({ s, fact: metaFact(ctx.corpus, s, 'title') })).filter((r) => r.fact !== null) as { s: Source; fact: Fact }[];
  if (!rows.length) return null;
  const lead = rows.length === 1
    ? t(ctx, `Rubriken är ”${rows[0]!.s.title}”.`, `The title is “${rows[0]!.s.title}”.`)
    : t(ctx, 'Källornas rubriker:', "The sources' titles:");
  return { intent: 'source', answered: true, facts: [...rows.map((r) => r.fact), ...statedInTitles(ctx, rows.map((r) => r.s))], lead, sections: section(rows.map((r) => item(`${describe(r.s, ctx.lang)} ${cite(r.fact, ctx.lang)}`, r.fact))), notes: [] };
}

/** The totals the sources' titles state ("556 miljoner kronor till …"): a title quoted states its source's fact too. */
function statedInTitles(ctx: Ctx, sources: Source[]): Fact[] {
  return sources.flatMap((s) => ctx.corpus.facts.filter((f) => f.sourceId === s.id && f.kind === 'total' && s.title.includes(String(f.amountSEK! / 1e6))));
}

/** A sentence of the sources covers every concept of the question, two at least ("publiceras i sin helhet"). */
function saidInASentence(ctx: Ctx): boolean {
  const all = ctx.q.concepts.map((c) => ({ ...c, soft: false }));
  return all.length >= 2 && ctx.index.score(all, (f) => f.kind === 'passage').some((s) => s.covered === all.length);
}

/** A source in a line: its title, what kind of text it is, when and by whom it was published (or that the text does not say). */
function describe(s: Source, lang: 'sv' | 'en'): string {
  const when = s.published ? writtenDate(s.published, lang) : lang === 'sv' ? 'datum anges inte' : 'no date given';
  const by = s.publisher ?? (lang === 'sv' ? 'utgivare anges inte' : 'publisher not given');
  const at = s.url ? `, ${s.url}` : '';
  return `${s.title} (${s.years.join(', ')}): ${when}, ${by}${at}`;
}

/** The sources the question means: a document named, a title quoted or a title's words, the years asked; else all. */
function sourcesMeant(ctx: Ctx): Source[] {
  const all = ctx.corpus.sources;
  const named = ctx.q.documents.flatMap((d) => d.sources);
  if (named.length) return all.filter((s) => named.includes(s.id));
  const quoted = all.filter((s) => ctx.q.quoted.some((q) => s.title.toLowerCase().includes(q) || q.includes(s.title.toLowerCase())));
  if (quoted.length) return quoted;
  if (ctx.q.years.length) return all.filter((s) => s.years.some((y) => ctx.years.includes(y)));
  const words = ctx.q.concepts.filter((c) => !c.soft).flatMap((c) => c.wordings[0]?.words ?? []);
  const byTitle = all.filter((s) => words.some((w) => w.length >= 4 && s.title.toLowerCase().includes(w.slice(0, Math.max(4, w.length - 2)))));
  return byTitle.length ? byTitle : all;
}

/** The line that states the source's publication date (ISO, "23 december 2022", "13.2.2026"), else (or, for `title`, first) its title line. */
function metaFact(corpus: Corpus, s: Source, stating: 'date' | 'title' = 'date'): Fact | null {
  const lines = corpus.texts.get(s.path) ?? [];
  let at = -1;
  if (s.published && stating === 'date') {
    const [y, m, d] = s.published.split('-').map(Number);
    const forms = [s.published, writtenDate(s.published, 'sv'), `${d}.${m}.${y}`];
    at = lines.findIndex((l) => forms.some((f) => l.toLowerCase().includes(f.toLowerCase())));
  }
  if (at < 0) at = lines.findIndex((l) => l.trim().length > 0 && s.title.toLowerCase().startsWith(l.trim().toLowerCase().slice(0, 30)));
  if (at < 0) at = lines.findIndex((l) => l.trim().length > 0);
  if (at < 0) return null;
  const quote = lines[at]!.replace(/\s+/g, ' ').trim();
  return { id: `${s.id}:${at + 1}:source`, kind: 'passage', year: s.years.length === 1 ? s.years[0]! : null, amountSEK: null, owner: s.publisher, date: s.published, label: s.title, citation: { path: s.path, line: at + 1, quote }, sourceId: s.id };
}
