/**
 * Ingest: source texts → facts. Runs every rule over every source, then makes the choices that
 * need all sources at once, applies the curated corrections, and gives each fact a stable id.
 * Deterministic: the same texts give byte-identical JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Fact, type Source } from '../corpus/schema.ts';
import { readCorrections, readSources } from '../corpus/load.ts';
import { readAreas } from './area.ts';
import { readBudget } from './budget.ts';
import { type Draft, type SourceDoc, capitalise, openSource, trimEnd } from './context.ts';
import { type SourceReport, reportSource } from './report.ts';
import { collapse } from './document.ts';
import { readDeadlines } from './deadline.ts';
import { readInsatser } from './insats.ts';
import { readMoney } from './money.ts';
import { readPassages } from './passage.ts';

/** Facts per source id, in source order. */
export type Extracted = Map<string, Fact[]>;

export function extract(root: string, sources: Source[] = readSources(root)): Extracted {
  return ingest(root, sources).facts;
}

/** Facts per source, and the report of what each source gave and what ingest could not read. */
export function ingest(root: string, sources: Source[] = readSources(root)): { facts: Extracted; report: SourceReport[] } {
  const drafts = new Map<string, Draft[]>();
  const docs = new Map<string, SourceDoc>();
  for (const source of sources) {
    const doc = openSource(source, readFileSync(join(root, source.path), 'utf8'));
    docs.set(source.id, doc);
    const areas = readAreas(doc);
    const found = [...areas.passages, ...readBudget(doc), ...readMoney(doc), ...readInsatser(doc, areas)];
    const deadlines = readDeadlines(doc);
    const claimed = new Set(found.flatMap((d) => d.claims ?? []));
    const passages = readPassages(doc, claimed).filter(
      // A sentence that only dates something stays a deadline; one that also says more is quoted too.
      (p) => p.tags?.length || !deadlines.some((d) => d.citation.line === p.citation.line && d.citation.quote === p.citation.quote),
    );
    drafts.set(source.id, [...found, ...deadlines, ...passages]);
  }
  resolveTotals(drafts, sources);
  const dropped = mergeSources(drafts, sources);
  markRestatements(drafts);
  dropped.push(...oneRestatement(drafts, sources));

  const out: Extracted = new Map();
  for (const [sourceId, list] of drafts) {
    const sorted = [...list].sort((a, b) => a.citation.line - b.citation.line);
    out.set(sourceId, assignIds(sourceId, sorted));
  }
  linkContainment(out);
  applyCorrections(out, readCorrections(root));
  const report = sources.map((source) => {
    const doc = docs.get(source.id)!;
    const restated = dropped.filter((d) => d.sourceId === source.id).map((d) => ({ line: d.line, kind: d.kind, sameAs: `${d.sameAs.sourceId}:${d.sameAs.line}` }));
    return reportSource(doc, out.get(source.id) ?? [], restated, source.published ? [] : doc.stamps);
  });
  return { facts: out, report };
}

/** "Av dessa", "varav": the words that open what a sum contains. */
const OF_WHICH = /^(?:av dessa|varav|av detta|av de)\b/iu;

/**
 * Money that contains the agreement: "Regeringen avsätter en miljard kronor till cancervården under
 * 2024. Av dessa ingår 809 miljoner kronor i överenskommelsen. 133,5 miljoner kronor är stadsbidrag
 * …" — the billion contains the 809 (the year's total) and the 133,5 stated after it; and "600
 * miljoner kronor per år 2021–2023 varav 500 miljoner avsätts i denna överenskommelse". The
 * funding fact records what it contains, so that no answer lists it beside its parts as if they
 * added up.
 */
function linkContainment(out: Extracted): void {
  const all = [...out.values()].flat();
  for (const list of out.values()) {
    list.forEach((r, i) => {
      if (!r.tags?.includes('restates') || r.amountSEK === null || !OF_WHICH.test(r.citation.quote.trim())) return;
      const total = all.find((t) => t.kind === 'total' && t.amountSEK === r.amountSEK);
      const whole = list.slice(0, i).reverse().find((f) => f.kind === 'funding' && r.citation.line - f.citation.line <= 2);
      if (!total || !whole || (whole.year !== null ? whole.year !== total.year : !(whole.period && whole.period.from <= total.year! && total.year! <= whole.period.to))) return;
      const parts = list.slice(i + 1).filter((f) => f.kind === 'funding' && f.citation.line === r.citation.line);
      whole.contains = [total.id, ...parts.map((f) => f.id)];
    });
  }
}

/**
 * How good a source is for a year's facts: the agreement's own text first, then the one that
 * lists the year's budget lines, then the fullest listing (most tasks and lines), then the source
 * listed first in sources.json — so that a source added later never displaces an equal one.
 */
function sourceRank(all: Draft[], sources: Source[], listing = true): (sourceId: string, year: number | null) => number[] {
  const cache = new Map<string, number[]>();
  return (sourceId, year) => {
    const key = `${sourceId}:${year}`;
    let rank = cache.get(key);
    if (!rank) {
      const source = sources.find((s) => s.id === sourceId);
      const mine = all.filter((d) => d.sourceId === sourceId && d.year === year);
      const order = sources.findIndex((s) => s.id === sourceId);
      rank = listing
        ? [
            source?.kind === 'agreement' ? 0 : 1,
            mine.some((d) => d.kind === 'budget') ? 0 : 1,
            -mine.filter((d) => d.kind === 'budget' || (d.kind === 'insats' && !d.narrative)).length,
            -mine.filter((d) => d.kind === 'insats').length,
            order,
          ]
        : [source?.kind === 'agreement' ? 0 : 1, order];
      cache.set(key, rank);
    }
    return rank;
  };
}

const byRank = (a: number[], b: number[]): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
};

/**
 * One total per year. Where several sources state it, the best source's wins (sourceRank); the
 * others become passages that restate it.
 */
function resolveTotals(drafts: Map<string, Draft[]>, sources: Source[]): void {
  const all = [...drafts.values()].flat();
  const rank = sourceRank(all, sources);
  const years = new Set(all.filter((d) => d.kind === 'total').map((d) => d.year));
  for (const year of years) {
    const candidates = all.filter((d) => d.kind === 'total' && d.year === year);
    candidates.sort((a, b) => byRank(rank(a.sourceId, year), rank(b.sourceId, year)) || a.citation.line - b.citation.line);
    candidates[0]!.label = `Överenskommelsen ${year}`;
    for (const loser of candidates.slice(1)) {
      loser.kind = 'passage';
      loser.tags = ['restates'];
    }
  }
}

/** What ingest did not keep, and why: the report tells a maintainer. */
export interface Dropped {
  sourceId: string;
  line: number;
  quote: string;
  kind: Draft['kind'];
  /** The fact of another source that states the same. */
  sameAs: { sourceId: string; line: number };
}

/** Comparable words of a text: lower case, letters and digits, short words left out. */
const words = (s: string): string[] => s.toLowerCase().replace(/m\.m\./g, 'med mera').split(/[^\p{L}\d]+/u).filter((w) => w.length > 2);

/** Two texts say the same when nearly every word of the shorter stands in the longer. */
export function sameText(a: string, b: string): boolean {
  const [x, y] = [new Set(words(a)), new Set(words(b))];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (!small.size) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= 0.85 && small.size / large.size >= 0.6;
}

const samePeriod = (a: Draft, b: Draft) => a.period?.from === b.period?.from && a.period?.to === b.period?.to;

/** Whether two drafts of different sources state the same fact. */
function sameFact(a: Draft, b: Draft): boolean {
  if (a.kind !== b.kind || a.year !== b.year || a.amountSEK !== b.amountSEK) return false;
  switch (a.kind) {
    case 'insats':
      return a.owner === b.owner && sameText(a.citation.quote, b.citation.quote);
    case 'budget':
      return sameText(a.label, b.label) || sameText(a.citation.quote, b.citation.quote);
    case 'flow':
      return a.owner === b.owner && a.payer === b.payer;
    case 'funding':
      return samePeriod(a, b);
    case 'deadline':
      return a.date === b.date && samePeriod(a, b) && (!!a.period || sameText(a.label, b.label));
    case 'passage':
      // A strategy area is one item of its source's own list; each source keeps its list.
      return !a.tags?.includes('area') && !b.tags?.includes('area') && a.person?.name === b.person?.name && sameText(a.citation.quote, b.citation.quote);
    default:
      return false;
  }
}

/**
 * Several sources for one year. A year's tasks and budget lines come from one listing, the best
 * source's (sourceRank): another source's task or line that restates one of them is dropped, and one
 * that does not becomes a passage, so that no count grows by a restatement. Any other fact stated by
 * two sources is kept once, from the better source.
 */
function mergeSources(drafts: Map<string, Draft[]>, sources: Source[]): Dropped[] {
  const all = [...drafts.values()].flat();
  const rank = sourceRank(all, sources);
  // Facts other than a listing's: the agreement's own text, else the source listed first, keeps them.
  const factRank = sourceRank(all, sources, false);
  const dropped: Dropped[] = [];
  const drop = (d: Draft, kept: Draft) => {
    const list = drafts.get(d.sourceId)!;
    const at = list.indexOf(d);
    if (at < 0) return;
    list.splice(at, 1);
    dropped.push({ sourceId: d.sourceId, line: d.citation.line, quote: d.citation.quote, kind: d.kind, sameAs: { sourceId: kept.sourceId, line: kept.citation.line } });
  };
  const years = new Set(all.map((d) => d.year).filter((y) => y !== null));
  for (const year of years) {
    const ofYear = all.filter((d) => d.year === year);
    const sourcesOfYear = [...new Set(ofYear.map((d) => d.sourceId))].sort((a, b) => byRank(rank(a, year), rank(b, year)));
    if (sourcesOfYear.length < 2) continue;
    for (const kind of ['insats', 'budget'] as const) {
      const listing = sourcesOfYear.find((id) => ofYear.some((d) => d.kind === kind && d.sourceId === id));
      if (!listing) continue;
      const kept = ofYear.filter((d) => d.kind === kind && d.sourceId === listing);
      for (const d of ofYear.filter((x) => x.kind === kind && x.sourceId !== listing)) {
        const same = kept.find((k) => sameFact(k, d) || (kind === 'budget' && k.amountSEK === d.amountSEK && kept.filter((o) => o.amountSEK === d.amountSEK).length === 1));
        if (same) drop(d, same);
        else demote(d);
      }
    }
    // Any other fact: the first of the ranked sources that states it is kept.
    const byFact = [...sourcesOfYear].sort((a, b) => byRank(factRank(a, year), factRank(b, year)));
    for (let i = 1; i < byFact.length; i++) {
      const better = ofYear.filter((d) => byFact.indexOf(d.sourceId) < i && drafts.get(d.sourceId)!.includes(d));
      for (const d of ofYear.filter((x) => x.sourceId === byFact[i] && x.kind !== 'insats' && x.kind !== 'budget' && x.kind !== 'total')) {
        // A sentence that restates a better source's task or line word for word is that fact again.
        const same = better.find((k) => sameFact(k, d) || (d.kind === 'passage' && !d.tags?.includes('area') && (k.kind === 'insats' || k.kind === 'budget') && sameText(k.citation.quote, d.citation.quote)));
        if (same) drop(d, same);
      }
    }
  }
  // A period ends once, whichever year's source names it ("anslagen … per år 2024–2026").
  const periods = all.filter((d) => d.kind === 'deadline' && d.period);
  for (const d of periods) {
    const same = periods.find((k) => k !== d && k.sourceId !== d.sourceId && k.date === d.date && samePeriod(k, d) && drafts.get(k.sourceId)!.includes(k) && byRank(factRank(k.sourceId, k.year), factRank(d.sourceId, d.year)) < 0);
    if (same) drop(d, same);
  }
  // Money of a period ("500 miljoner kronor per år 2024–2026") has no year: the first source to state it keeps it.
  const spanning = all.filter((d) => d.year === null && d.kind === 'funding');
  for (const d of spanning) {
    const same = spanning.find((k) => k !== d && k.sourceId !== d.sourceId && sameFact(k, d) && drafts.get(k.sourceId)!.includes(k) && byRank(factRank(k.sourceId, null), factRank(d.sourceId, null)) < 0);
    if (same) drop(d, same);
  }
  return dropped;
}

/**
 * A restatement adds a citation, not a fact: besides the fact's own source, one other source — the
 * first in sources.json that restates it — keeps its sentences that restate an amount of a year; any
 * further source's are left out, so that a page added later does not lengthen the answers about it.
 */
function oneRestatement(drafts: Map<string, Draft[]>, sources: Source[]): Dropped[] {
  const all = [...drafts.values()].flat();
  const order = (id: string) => sources.findIndex((s) => s.id === id);
  const dropped: Dropped[] = [];
  for (const d of all.filter((x) => x.kind === 'passage' && x.tags?.includes('restates') && x.year !== null)) {
    const fact = all.find((f) => (f.kind === 'total' || f.kind === 'budget') && f.year === d.year && f.amountSEK === d.amountSEK);
    if (!fact || fact.sourceId === d.sourceId) continue;
    const others = all.filter((o) => o.kind === 'passage' && o.tags?.includes('restates') && o.year === d.year && o.amountSEK === d.amountSEK && o.sourceId !== fact.sourceId);
    const first = Math.min(...others.map((o) => order(o.sourceId)));
    if (order(d.sourceId) === first) continue;
    const list = drafts.get(d.sourceId)!;
    list.splice(list.indexOf(d), 1);
    dropped.push({ sourceId: d.sourceId, line: d.citation.line, quote: d.citation.quote, kind: d.kind, sameAs: { sourceId: fact.sourceId, line: fact.citation.line } });
  }
  return dropped;
}

/** A task or budget line of a source whose listing is not the year's: a cited sentence, not a count. */
function demote(d: Draft): void {
  if (d.kind === 'insats') {
    for (const k of ['level', 'heading', 'area', 'narrative'] as const) delete d[k];
    d.owner = null;
  }
  if (d.kind === 'budget') delete d.group;
  d.kind = 'passage';
}

/** An amount in running text that equals its year's total, or a budget line, repeats it. */
function markRestatements(drafts: Map<string, Draft[]>): void {
  const all = [...drafts.values()].flat();
  for (const d of all) {
    if ((d.kind !== 'funding' && d.kind !== 'passage') || d.amountSEK === null || d.year === null || d.tags?.includes('restates')) continue;
    const isTotal = all.some((t) => t.kind === 'total' && t.year === d.year && t.amountSEK === d.amountSEK);
    const isLine = !d.hint?.governmentMoney && all.some((b) => b.kind === 'budget' && b.year === d.year && b.amountSEK === d.amountSEK);
    if (isTotal || isLine) {
      if (d.kind === 'funding') d.label = capitalise(trimEnd(collapse(d.citation.quote)));
      d.kind = 'passage';
      d.tags = [...(d.tags ?? []), 'restates'];
    }
  }
}

function assignIds(sourceId: string, drafts: Draft[]): Fact[] {
  const used = new Map<string, number>();
  return drafts.map((d) => {
    const { claims: _claims, hint: _hint, ...rest } = d;
    const key = `${sourceId}:${d.citation.line}:${d.kind}`;
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    return { id: n === 1 ? key : `${key}-${n}`, ...rest } as Fact;
  });
}

function applyCorrections(out: Extracted, corrections: ReturnType<typeof readCorrections>): void {
  for (const c of corrections) {
    if (c.action === 'add') {
      const fact = Fact.parse(c.fields);
      const list = out.get(fact.sourceId);
      if (!list) throw new Error(`curated fact ${fact.id}: unknown source ${fact.sourceId}`);
      list.push(fact);
      list.sort((a, b) => a.citation.line - b.citation.line);
      continue;
    }
    const list = [...out.values()].find((l) => l.some((f) => f.id === c.id));
    if (!list) throw new Error(`curated correction for ${c.id}: no such fact (has the source or a rule changed?)`);
    const i = list.findIndex((f) => f.id === c.id);
    if (c.action === 'drop') list.splice(i, 1);
    else list[i] = Fact.parse({ ...list[i], ...c.fields });
  }
}

/** The JSON written for one source: one fact per object, fields in schema order, two-space indent. */
export function serialise(facts: Fact[]): string {
  const order = Object.keys(Fact.shape);
  const sorted = facts.map((f) => Object.fromEntries(order.filter((k) => k in f).map((k) => [k, (f as Record<string, unknown>)[k]])));
  return JSON.stringify(sorted, null, 2) + '\n';
}
