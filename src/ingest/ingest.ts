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
import { type Draft, capitalise, openSource, trimEnd } from './context.ts';
import { collapse } from './document.ts';
import { readDeadlines } from './deadline.ts';
import { readInsatser } from './insats.ts';
import { readMoney } from './money.ts';
import { readPassages } from './passage.ts';

/** Facts per source id, in source order. */
export type Extracted = Map<string, Fact[]>;

export function extract(root: string, sources: Source[] = readSources(root)): Extracted {
  const drafts = new Map<string, Draft[]>();
  for (const source of sources) {
    const doc = openSource(source, readFileSync(join(root, source.path), 'utf8'));
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
  markRestatements(drafts);

  const out: Extracted = new Map();
  for (const [sourceId, list] of drafts) {
    const sorted = [...list].sort((a, b) => a.citation.line - b.citation.line);
    out.set(sourceId, assignIds(sourceId, sorted));
  }
  linkContainment(out);
  applyCorrections(out, readCorrections(root));
  return out;
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
 * One total per year. Where several sources state it, the one that also lists the year's budget
 * lines wins (then the earlier source); the others become passages that restate it.
 */
function resolveTotals(drafts: Map<string, Draft[]>, sources: Source[]): void {
  const all = [...drafts.values()].flat();
  const years = new Set(all.filter((d) => d.kind === 'total').map((d) => d.year));
  for (const year of years) {
    const candidates = all.filter((d) => d.kind === 'total' && d.year === year);
    const hasLines = (d: Draft) => all.some((b) => b.kind === 'budget' && b.year === year && b.sourceId === d.sourceId);
    const order = (d: Draft) => sources.findIndex((s) => s.id === d.sourceId);
    candidates.sort((a, b) => Number(hasLines(b)) - Number(hasLines(a)) || order(a) - order(b) || a.citation.line - b.citation.line);
    candidates[0]!.label = `Överenskommelsen ${year}`;
    for (const loser of candidates.slice(1)) {
      loser.kind = 'passage';
      loser.tags = ['restates'];
    }
  }
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
