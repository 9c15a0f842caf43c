/**
 * `npm run --silent source -- add FILE [--year YYYY]… [--kind KIND] [--title T] [--publisher P]
 * [--url URL] [--published YYYY-MM-DD] [--id ID]` (CONTRACT §4): a PDF, a saved web page or a text
 * file becomes a source — its text in data/sources/<id>.txt (the citation base from then on), the
 * original under data/sources/originals/ with its SHA-256 in the entry, the entry in sources.json —
 * then ingest runs and the review is printed. `source -- list` shows the sources; `source -- remove
 * ID` takes one out with its facts, showing which answers change. Bad input: one line, nothing written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { FACTS_DIR, ROOT, SOURCES_FILE, CORRECTIONS_FILE, loadCorpus, readSources } from '../corpus/load.ts';
import { type Source, SourceKind, isRealIsoDate } from '../corpus/schema.ts';
import { dateIn } from '../dates.ts';
import { describe, idFor } from '../sources/describe.ts';
import { SourceFileError } from '../sources/errors.ts';
import { readSourceFile } from '../sources/read.ts';
import { CliError, checkArgs, fileProblem, runMain, usageError } from './cli.ts';
import { ingestInto } from './ingest.ts';
import { answerDiff, answersFor, countsLine, unreadLines, yearLines } from './sourceReview.ts';

const USAGE = 'usage: npm run --silent source -- add FILE [--year YYYY]… [--kind KIND] [--title T] [--publisher P] [--url URL] [--published YYYY-MM-DD] [--id ID] | list | remove ID';
const SPEC = {
  usage: USAGE,
  values: ['--year', '--kind', '--title', '--publisher', '--url', '--published', '--id'],
  help: [
    '  add FILE       a PDF, a web page saved from a browser (.html) or a text file: its text, entry and facts, then the review',
    '  --year YYYY    an agreement year it covers (repeat for several); read from the document when absent',
    `  --kind KIND    one of ${SourceKind.options.join(', ')}`,
    '  --title, --publisher, --url, --published YYYY-MM-DD, --id ID   set what the document does not say, or say right',
    '  list           every source: id, kind, years, facts by kind, title',
    '  remove ID      take a source and its facts out, showing which answers change',
    'examples:',
    '  npm run --silent source -- add ~/Hämtningar/overenskommelse-2027.pdf',
    '  npm run --silent source -- add sida.html --year 2027 --kind news --url https://skr.se/…',
  ],
};

export interface AddOptions {
  file: string;
  years: number[];
  kind?: string;
  title?: string;
  publisher?: string;
  url?: string;
  published?: string;
  id?: string;
}

/** The arguments of `add`, checked; a CliError (exit 2) saying what is wrong. */
export function parseAdd(argv: string[]): AddOptions {
  const opts: AddOptions = { file: '', years: [] };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      files.push(a);
      continue;
    }
    const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, argv[++i]];
    const value = inline ?? '';
    if (name === '--year') {
      if (!/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2100) throw new CliError(`--year needs a year such as 2027, not ${JSON.stringify(value)}\n${USAGE}`, 2);
      opts.years.push(Number(value));
    } else if (name === '--kind') {
      if (!SourceKind.safeParse(value).success) throw new CliError(`--kind must be one of ${SourceKind.options.join(', ')}, not ${JSON.stringify(value)}\n${USAGE}`, 2);
      opts.kind = value;
    } else if (name === '--published') {
      if (!isRealIsoDate(value)) throw new CliError(`--published needs a real date written YYYY-MM-DD, not ${JSON.stringify(value)}\n${USAGE}`, 2);
      opts.published = value;
    } else if (name === '--url') {
      if (!/^https?:\/\/\S+$/.test(value)) throw new CliError(`--url needs an address starting with http:// or https://, not ${JSON.stringify(value)}\n${USAGE}`, 2);
      opts.url = value;
    } else if (name === '--id') {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || value.length > 80) throw new CliError(`--id may hold only a–z, 0–9 and dashes (e.g. 2027-overenskommelsen), not ${JSON.stringify(value)}\n${USAGE}`, 2);
      opts.id = value;
    } else if (name === '--title' || name === '--publisher') {
      if (!value.trim()) throw new CliError(`${name} needs a value\n${USAGE}`, 2);
      opts[name === '--title' ? 'title' : 'publisher'] = value.trim();
    }
  }
  if (files.length !== 1) throw new CliError(`${files.length ? `one FILE at a time, not ${files.length}` : 'add needs the FILE to add'}\n${USAGE}`, 2);
  opts.file = files[0]!;
  return opts;
}

/** Files written so far, with what they held before: put back as they were when a step fails. */
class Changes {
  private readonly before = new Map<string, Buffer | null>();
  constructor(private readonly root: string) {}
  /** Remember the facts folder and the catalogue as they are now. */
  keepData(): void {
    for (const f of [SOURCES_FILE, CORRECTIONS_FILE]) this.keep(f);
    const dir = join(this.root, FACTS_DIR);
    if (existsSync(dir)) for (const f of readdirSync(dir)) this.keep(`${FACTS_DIR}/${f}`);
  }
  keep(file: string): void {
    if (this.before.has(file)) return;
    const path = join(this.root, file);
    this.before.set(file, existsSync(path) ? readFileSync(path) : null);
  }
  write(file: string, data: string | Uint8Array): void {
    this.keep(file);
    mkdirSync(join(this.root, file, '..'), { recursive: true });
    writeFileSync(join(this.root, file), data);
  }
  remove(file: string): void {
    this.keep(file);
    rmSync(join(this.root, file), { force: true });
  }
  /** Put every file back; files ingest wrote that were not there before are removed. */
  undo(): void {
    const dir = join(this.root, FACTS_DIR);
    if (existsSync(dir)) for (const f of readdirSync(dir)) if (!this.before.has(`${FACTS_DIR}/${f}`)) rmSync(join(dir, f), { force: true });
    for (const [file, data] of this.before) {
      if (data === null) rmSync(join(this.root, file), { force: true });
      else writeFileSync(join(this.root, file), data);
    }
  }
}

const say = (lines: string[]) => process.stdout.write(lines.join('\n') + '\n');

/** Ingest after a change; on any failure every file is put back and the reason is one line. */
function ingestOrUndo(changes: Changes, root: string, what: string): ReturnType<typeof ingestInto> {
  try {
    return ingestInto(root);
  } catch (e) {
    changes.undo();
    throw new CliError(`${what}: ingest refused it, so nothing was written: ${(e as Error).message.split('\n')[0]}`);
  }
}

export async function addSource(opts: AddOptions, root = ROOT, today = dateIn(new Date())): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(opts.file);
  } catch (e) {
    throw fileProblem(opts.file, e);
  }
  const name = basename(opts.file);
  const read = await readSourceFile(bytes, name).catch((e: unknown) => {
    throw e instanceof SourceFileError ? new CliError(e.message) : e;
  });
  const found = describe(read);
  const years = opts.years.length ? [...new Set(opts.years)].sort() : found.years;
  const title = opts.title ?? found.title;
  if (!years.length) throw new CliError(`${name}: no agreement year found in it; say which with --year YYYY`, 2);
  if (!title) throw new CliError(`${name}: no title found in it; give one with --title "…"`, 2);
  const sources = readSources(root);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const twin = sources.find((s) => s.original?.sha256 === sha256 || readFileSync(join(root, s.path), 'utf8').trim() === read.text.trim());
  if (twin) throw new CliError(`${name}: already added, as ${twin.id}`);
  const derived = idFor(years, title);
  const id = opts.id ?? (sources.some((s) => s.id === derived) ? `${derived}-${sources.filter((s) => s.id.startsWith(derived)).length + 1}` : derived);
  if (sources.some((s) => s.id === id)) throw new CliError(`--id ${id}: a source with that id exists already (source -- list shows them)`);
  const textFile = `data/sources/${id}.txt`;
  const originalFile = `data/sources/originals/${id}${extname(name).toLowerCase() || (read.format === 'pdf' ? '.pdf' : read.format === 'html' ? '.html' : '.txt')}`;
  if (existsSync(join(root, textFile)) || existsSync(join(root, originalFile))) throw new CliError(`${textFile}: a file by that name exists already; choose another --id`);

  const entry: Source = {
    id,
    path: textFile,
    title,
    publisher: opts.publisher ?? found.publisher,
    url: opts.url ?? null,
    published: opts.published ?? found.published,
    years,
    kind: (opts.kind as Source['kind']) ?? found.kind,
    original: { path: originalFile, sha256 },
  };
  const before = answersFor(loadCorpus(root), years, today);
  const changes = new Changes(root);
  changes.keepData();
  changes.write(textFile, read.text);
  changes.write(originalFile, bytes);
  changes.write(SOURCES_FILE, JSON.stringify([...sources, entry], null, 2) + '\n');
  const { corpus, report } = ingestOrUndo(changes, root, name);

  const mine = corpus.facts.filter((f) => f.sourceId === id);
  const why = (field: keyof typeof found.from, option: string, given: boolean) => (given ? '(as given)' : found.from[field] ? `(from ${found.from[field]}; ${option} to change)` : `(not found; ${option} to set)`);
  const show = (v: string | null) => v ?? 'unknown';
  say([
    `Read ${name}: ${read.format === 'pdf' ? `a PDF of ${read.pages} page${read.pages === 1 ? '' : 's'}` : read.format === 'html' ? 'a web page' : 'a text file'}, ${read.text.split('\n').length - 1} lines of text.`,
    `  id         ${id}  ${opts.id ? '(as given)' : '(from the years and the title; --id to change)'}`,
    `  title      ${title}  ${why('title', '--title', opts.title !== undefined)}`,
    `  publisher  ${show(entry.publisher)}  ${why('publisher', '--publisher', opts.publisher !== undefined)}`,
    `  published  ${show(entry.published)}  ${why('published', '--published', opts.published !== undefined)}${!entry.published && read.hints.created ? ` — the PDF was made ${read.hints.created}` : ''}`,
    `  years      ${years.join(', ')}  ${why('years', '--year', opts.years.length > 0)}`,
    `  kind       ${entry.kind}  ${why('kind', '--kind', opts.kind !== undefined)}`,
    `  url        ${show(entry.url)}  ${opts.url ? '(as given)' : '(--url to set)'}`,
    `Wrote ${textFile}, ${originalFile} (sha256 ${sha256.slice(0, 12)}…), its entry in ${SOURCES_FILE} and ${FACTS_DIR}/${id}.json.`,
    '',
    `Facts read: ${countsLine(mine)}.`,
    ...yearLines(corpus, years),
    ...unreadLines(report.find((r) => r.sourceId === id)),
    '',
    ...answerDiff(before, answersFor(corpus, years, today)),
    '',
    'Review the diff (git diff data/), then commit data/sources/ and data/facts/; `source -- remove ' + id + '` takes it out again.',
  ]);
  return 0;
}

export function listSources(root = ROOT): number {
  const sources = readSources(root);
  const corpus = loadCorpus(root);
  const rows = sources.map((s) => [s.id, s.kind ?? '–', s.years.join(', '), countsLine(corpus.facts.filter((f) => f.sourceId === s.id)), s.title]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['id', 'kind', 'years'][i]!.length));
  const line = (r: string[]) => `${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]!.padEnd(widths[2]!)}  ${r[3]}\n${' '.repeat(widths[0]! + 2)}${r[4]}`;
  say([`${sources.length} sources:`, ...rows.map(line)]);
  return 0;
}

export function removeSource(id: string, root = ROOT, today = dateIn(new Date())): number {
  const sources = readSources(root);
  const source = sources.find((s) => s.id === id);
  if (!source) throw new CliError(`${id}: no source has that id (source -- list shows them)`);
  if (sources.length === 1) throw new CliError(`${id}: the only source; the bot needs at least one`);
  const before = answersFor(loadCorpus(root), source.years, today);
  const changes = new Changes(root);
  changes.keepData();
  changes.write(SOURCES_FILE, JSON.stringify(sources.filter((s) => s.id !== id), null, 2) + '\n');
  changes.remove(source.path);
  if (source.original) changes.remove(source.original.path);
  const corrections = JSON.parse(readFileSync(join(root, CORRECTIONS_FILE), 'utf8')) as { id?: string }[];
  const kept = corrections.filter((c) => !c.id?.startsWith(`${id}:`));
  if (kept.length !== corrections.length) changes.write(CORRECTIONS_FILE, JSON.stringify(kept, null, 2) + '\n');
  const { corpus } = ingestOrUndo(changes, root, id);
  say([
    `Removed ${id} (${source.title}): ${source.path}${source.original ? `, ${source.original.path}` : ''}, its entry and its facts.`,
    ...(kept.length !== corrections.length ? [`Also removed ${corrections.length - kept.length} curated correction(s) of its facts from ${CORRECTIONS_FILE}.`] : []),
    ...yearLines(corpus, source.years),
    '',
    ...answerDiff(before, answersFor(corpus, source.years, today)),
  ]);
  return 0;
}

export async function runSource(argv: string[], root = ROOT, today?: string): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'add') return addSource(parseAdd(rest), root, today);
  if (command === 'list') {
    if (rest.length) throw new CliError(`list takes no arguments\n${USAGE}`, 2);
    return listSources(root);
  }
  if (command === 'remove') {
    if (rest.length !== 1 || rest[0]!.startsWith('-')) throw new CliError(`remove needs one source id\n${USAGE}`, 2);
    return removeSource(rest[0]!, root, today);
  }
  throw new CliError(`${command ? `unknown command ${JSON.stringify(command)}` : 'a command is needed: add, list or remove'}\n${USAGE}`, 2);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  checkArgs(argv, SPEC);
  if (!argv.length) usageError('a command is needed: add, list or remove', SPEC);
  await runMain('source', () => runSource(argv));
}
