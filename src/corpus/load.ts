/**
 * Loading the corpus from data/: sources, extracted facts and curated corrections, each validated
 * against its schema. A bad file stops the program with the file, the line and what is wrong.
 * Every fact is also checked against its source: the quote stands at its line, and its amount
 * is the amount the quote states; a year's budget lines sum to its total.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { statedAmount } from './amounts.ts';
import { lineOf, valueLines } from './jsonLines.ts';
import { Correction, Fact, Source } from './schema.ts';

/** The project root: every citation path is relative to it. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const SOURCES_FILE = 'data/sources/sources.json';
export const FACTS_DIR = 'data/facts';
export const CORRECTIONS_FILE = 'data/curated.json';

/**
 * A data file that is not what it must be. The message names the file, the line where one
 * applies, and what is wrong: `data/facts/x.json:118: amountSEK: …`, or `data/facts/x.json: missing; …`.
 * The bot and the CLIs print it as it is, without a stack trace.
 */
export class DataError extends Error {
  constructor(
    readonly file: string,
    /** 1-based; null when the problem is the file as a whole (it is missing, say). */
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(line === null ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
    this.name = 'DataError';
  }
}

/**
 * A data file's text (`file` relative to `root`), refused with a DataError when it is missing
 * (`missing` says what the file is for and how to get it back), cannot be read, is not UTF-8, or
 * starts with a byte order mark.
 */
export function readDataText(root: string, file: string, missing = 'missing'): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DataError(file, null, missing);
    throw new DataError(file, null, `cannot be read (${code ?? (e as Error).message})`);
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const loose = bytes.toString('utf8');
    throw new DataError(file, loose.slice(0, loose.indexOf('\uFFFD')).split('\n').length, 'not UTF-8 text; save it as UTF-8');
  }
  const text = bytes.toString('utf8');
  if (text.startsWith('\uFEFF')) throw new DataError(file, 1, 'starts with a byte order mark (BOM); save it as UTF-8 without a BOM');
  return text;
}

/** Read and validate a JSON data file against a schema, reporting problems by line. */
export function readJsonFile<T>(root: string, file: string, schema: z.ZodType<T>, missing?: string): T {
  const text = readDataText(root, file, missing);
  let lines: Map<string, number>;
  try {
    lines = valueLines(text);
  } catch (e) {
    const m = /^line (\d+): (.*)$/.exec((e as Error).message);
    throw new DataError(file, m ? Number(m[1]) : 1, `not valid JSON: ${m ? m[2] : (e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DataError(file, 1, `not valid JSON: ${(e as Error).message}`); // valueLines reads JSON as strictly; this is a safety net
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const where = path.filter((p) => typeof p === 'string').join('.') || 'value';
    throw new DataError(file, lineOf(lines, path), `${where}: ${issue.message}`);
  }
  return parsed.data;
}

export function readSources(root = ROOT): Source[] {
  const sources = readJsonFile(root, SOURCES_FILE, z.array(Source), 'missing; it lists the sources the facts come from (restore it from git)');
  const lines = valueLines(readFileSync(join(root, SOURCES_FILE), 'utf8'));
  sources.forEach((s, i) => {
    if (!existsSync(join(root, s.path))) throw new DataError(SOURCES_FILE, lineOf(lines, [i, 'path']), `path: no file at ${s.path}`);
  });
  return sources;
}

export function readCorrections(root = ROOT): Correction[] {
  return existsSync(join(root, CORRECTIONS_FILE)) ? readJsonFile(root, CORRECTIONS_FILE, z.array(Correction)) : [];
}

/** The loaded corpus: every fact, the sources, and the source texts by path (for citations). */
export interface Corpus {
  sources: Source[];
  facts: Fact[];
  /** Source lines by citation path. */
  texts: Map<string, string[]>;
}

/** The JSON files of extracted facts, one per source. */
export const factsFile = (sourceId: string): string => `${FACTS_DIR}/${sourceId}.json`;

export function loadCorpus(root = ROOT): Corpus {
  const sources = readSources(root);
  const texts = new Map(sources.map((s) => [s.path, readFileSync(join(root, s.path), 'utf8').split('\n')]));
  const facts: Fact[] = [];
  const files = existsSync(join(root, FACTS_DIR)) ? readdirSync(join(root, FACTS_DIR)).filter((f) => f.endsWith('.json')).sort() : [];
  // Every source has its facts file (ingest writes one per source, `[]` when it finds nothing): a
  // deleted one would otherwise start the bot without that year's facts.
  for (const s of sources) {
    const file = factsFile(s.id);
    if (!files.includes(file.slice(FACTS_DIR.length + 1))) {
      throw new DataError(file, null, `missing; ${SOURCES_FILE} lists the source "${s.id}", whose facts belong here: run \`npm run ingest\` to write them, or restore the file from git`);
    }
  }
  for (const name of files) {
    const file = `${FACTS_DIR}/${name}`;
    const list = readJsonFile(root, file, z.array(Fact));
    const lines = valueLines(readFileSync(join(root, file), 'utf8'));
    list.forEach((fact, i) => {
      const problem = checkFact(fact, texts);
      if (problem) throw new DataError(file, lineOf(lines, [i, problem.field]), `${fact.id}: ${problem.message}`);
    });
    facts.push(...list);
  }
  const seen = new Set<string>();
  for (const f of facts) {
    if (seen.has(f.id)) throw new DataError(factsFile(f.sourceId), 1, `fact id ${f.id} is used twice`);
    seen.add(f.id);
  }
  const sumProblem = checkSums(facts);
  if (sumProblem) throw new DataError(FACTS_DIR, 1, sumProblem);
  return { sources, facts, texts };
}

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Whether a citation's quote stands in its source, starting on its line (whitespace collapsed). */
export function citationHolds(citation: { path: string; line: number; quote: string }, texts: Map<string, string[]>): string | null {
  const lines = texts.get(citation.path);
  if (!lines) return `no source text at ${citation.path}`;
  if (citation.line > lines.length) return `line ${citation.line} is past the end of ${citation.path}`;
  const quote = collapse(citation.quote);
  const from = collapse(lines.slice(citation.line - 1, citation.line + 40).join(' '));
  if (!from.includes(quote)) return `quote not found at ${citation.path}:${citation.line}: «${quote.slice(0, 80)}»`;
  const first = quote.split(' ')[0]!;
  if (!collapse(lines[citation.line - 1]!).includes(first)) return `quote does not start on line ${citation.line}`;
  return null;
}

/** What is wrong with one fact against its source, if anything. */
export function checkFact(fact: Fact, texts: Map<string, string[]>): { field: string; message: string } | null {
  const bad = citationHolds(fact.citation, texts);
  if (bad) return { field: 'citation', message: bad };
  for (const line of fact.alsoAt ?? []) {
    const again = citationHolds({ ...fact.citation, line }, texts);
    if (again) return { field: 'alsoAt', message: `alsoAt ${line}: ${again}` };
  }
  for (const mention of fact.mentions ?? []) {
    const bad = citationHolds(mention, texts);
    if (bad) return { field: 'mentions', message: `mention: ${bad}` };
  }
  if (fact.unit) {
    const unitBad = citationHolds(fact.unit, texts);
    if (unitBad) return { field: 'unit', message: unitBad };
  }
  if (fact.amountSEK !== null) {
    const stated = statedAmount(fact.citation.quote, fact.unit?.quote);
    if (stated !== fact.amountSEK) {
      return { field: 'amountSEK', message: `amountSEK is ${fact.amountSEK}, but the quote states ${stated ?? 'no single amount'}` };
    }
  }
  return null;
}

/** A year's budget lines, where there are any, sum to that year's total. */
export function checkSums(facts: Fact[]): string | null {
  const years = new Set(facts.filter((f) => f.kind === 'budget').map((f) => f.year));
  for (const year of years) {
    const sum = facts.filter((f) => f.kind === 'budget' && f.year === year).reduce((s, f) => s + f.amountSEK!, 0);
    const total = facts.filter((f) => f.kind === 'total' && f.year === year);
    if (total.length !== 1) return `${year} has budget lines but ${total.length} totals`;
    if (total[0]!.amountSEK !== sum) return `${year}: budget lines sum to ${sum} kr, the total is ${total[0]!.amountSEK} kr`;
  }
  const perYear = new Map<number | null, number>();
  for (const f of facts.filter((x) => x.kind === 'total')) perYear.set(f.year, (perYear.get(f.year) ?? 0) + 1);
  for (const [year, n] of perYear) if (n > 1) return `${year} has ${n} totals; one is expected`;
  return null;
}
