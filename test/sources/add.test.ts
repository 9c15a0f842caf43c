/**
 * `source add` (CONTRACT §4): a PDF or a saved web page made from a source text gives the facts the
 * text gives — the same kinds, amounts, owners, dates and labels — with page headers, footers,
 * hyphenated line ends, page breaks inside a list, navigation, cookie banners and footers around it;
 * a source of today's corpus survives the round trip; the review says what changes; bad input
 * writes nothing. Every PDF and page is made here, from test/fixtures/sources/ and data/sources/.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOT, loadCorpus } from '../../src/corpus/load.ts';
import type { Fact, Source } from '../../src/corpus/schema.ts';
import { CliError } from '../../src/cli/cli.ts';
import { runSource } from '../../src/cli/source.ts';
import { runIngest } from '../../src/cli/ingest.ts';
import { FIXTURE_SOURCES, fixtureSources, rootWith } from '../helpers/corpusRoot.ts';
import { makeHtml } from '../helpers/html.ts';
import { makePdf, makeScannedPdf } from '../helpers/pdf.ts';

const TODAY = '2026-12-07';
const files = mkdtempSync(join(tmpdir(), 'source-files-'));

/** Runs `source …` in-process: its exit code (or the CliError's), stdout, and the error's message. */
async function source(root: string, ...argv: string[]): Promise<{ code: number; out: string; error: string }> {
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await runSource(argv, root, TODAY), out, error: '' };
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    return { code: e.code, out, error: e.message };
  } finally {
    write.mockRestore();
  }
}
afterEach(() => vi.restoreAllMocks());

const fixture = (id: string): { source: Source; text: string } => {
  const s = fixtureSources().find((x) => x.id === id)!;
  return { source: s, text: readFileSync(join(FIXTURE_SOURCES, s.path.replace('data/sources/', '')), 'utf8') };
};
const save = (name: string, data: string | Uint8Array): string => {
  const path = join(files, name);
  writeFileSync(path, data);
  return path;
};
/** What a fact says, without where it says it. */
const said = (f: Fact) => [f.kind, f.year, f.amountSEK, f.owner, f.date, f.kind === 'passage' ? '' : whole(f.label)].join(' | ');
/** "EU- gemensamt" as one text prints it and "EU-gemensamt" as a narrower page breaks it: one word. */
const whole = (label: string) => label.replace(/(\p{Lu})- (?=\p{Ll})/gu, '$1-');
const facts = (root: string, id: string) => loadCorpus(root).facts.filter((f) => f.sourceId === id).map(said).sort();

/** Every file under data/, with a hash of its content. */
function tree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(root, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(join(root, 'data'));
  return out;
}

/** Adds the fixture as text (the reference) and as `file` (another root), returning both roots' facts. */
async function bothWays(id: string, file: string): Promise<{ text: string[]; added: string[]; out: string; root: string }> {
  const { source: s } = fixture(id);
  const root = rootWith([]);
  const r = await source(root, 'add', file, '--id', `${id}-added`, ...s.years.flatMap((y) => ['--year', String(y)]), ...(s.kind ? ['--kind', s.kind] : []));
  expect(r.error).toBe('');
  return { text: facts(rootWith([id]), id), added: facts(root, `${id}-added`), out: r.out, root };
}

describe('a PDF of a source text', () => {
  it.each([
    ['2025-skr-webb', '- Arbetet med att utrota'],
    ['2017-skl-overenskommelse', '13 miljoner kronor'],
    ['2025-regeringsbeslut', undefined],
  ])('%s: pages with running header and footer, hyphenated line ends and a page break inside the budget list give the facts of the text', async (id, breakBefore) => {
    const pdf = await makePdf(fixture(id).text, { header: 'Sveriges Kommuner och Regioner     2025-01-30', footer: 'Sida {page} av {pages}', linesPerPage: 34, ...(breakBefore ? { breakBefore } : {}) });
    const { text, added, root } = await bothWays(id, save(`${id}.pdf`, pdf));
    const written = readFileSync(join(root, `data/sources/${id}-added.txt`), 'utf8');
    expect(written).toContain('\f');
    expect(written).toMatch(/\p{Ll}-\n\p{Ll}/u); // a word broken at a line end, as printed
    expect(written.match(/Sida \d av \d/g)!.length).toBeGreaterThanOrEqual(2);
    expect(added).toEqual(text);
  });

  it('keeps the original beside the text, with its SHA-256 in the entry, and the text as the citation base', async () => {
    const pdf = await makePdf(fixture('2025-skr-webb').text, { footer: '{page} ({pages})' });
    const root = rootWith([]);
    const r = await source(root, 'add', save('webb.pdf', pdf), '--url', 'https://skr.se/a');
    expect(r.code).toBe(0);
    const entry = (JSON.parse(readFileSync(join(root, 'data/sources/sources.json'), 'utf8')) as Source[]).at(-1)!;
    // A PDF whose heading is an agreement's title is taken for the agreement.
    expect(entry).toMatchObject({ years: [2025], published: '2025-01-30', publisher: 'Sveriges Kommuner och Regioner (SKR)', url: 'https://skr.se/a', kind: 'agreement' });
    expect(entry.id).toMatch(/^2025-/u);
    expect(readFileSync(join(root, entry.original!.path))).toEqual(pdf);
    expect(entry.original!.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    const total = loadCorpus(root).facts.find((f) => f.sourceId === entry.id && f.kind === 'total')!;
    expect(total).toMatchObject({ year: 2025, amountSEK: 817_000_000, citation: { path: entry.path } });
    expect(r.out).toContain('its 4 budget lines sum to it');
  });
});

describe('a saved web page of a source text', () => {
  it.each([
    ['2025-skr-webb', true],
    ['2022-rcc-nyhet', false],
    ['2017-skl-overenskommelse', false],
  ])('%s: navigation, breadcrumbs, cookie banner, share buttons and footer around it give the facts of the text', async (id, table) => {
    const html = makeHtml(fixture(id).text, { title: fixture(id).source.title, site: 'SKR', published: '2025-01-30', table });
    const { text, added, root } = await bothWays(id, save(`${id}.html`, html));
    const written = readFileSync(join(root, `data/sources/${id}-added.txt`), 'utf8');
    for (const chrome of ['Dela på LinkedIn', 'Huvudmeny', 'Telefon 08-452 70 00', 'Relaterat', 'window.track']) expect(written).not.toContain(chrome);
    if (table) expect(written).toMatch(/^• Arbetet med att utrota livmoderhalscancer – 50 miljoner kronor$/mu);
    expect(added).toEqual(text);
  });
});

describe("a source of today's corpus, made into a PDF and a web page", () => {
  /** A root without the source and its curated corrections, and the facts it gave from its text there. */
  async function without(id: string): Promise<{ root: string; before: string[] }> {
    const root = rootWith([]);
    const corrections = JSON.parse(readFileSync(join(root, 'data/curated.json'), 'utf8')) as { id?: string }[];
    writeFileSync(join(root, 'data/curated.json'), JSON.stringify(corrections.filter((c) => !c.id?.startsWith(`${id}:`))));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    runIngest(['--quiet'], root);
    log.mockRestore();
    const before = facts(root, id);
    expect((await source(root, 'remove', id)).code).toBe(0);
    return { root, before };
  }
  const textOf = (id: string) => {
    const s = (JSON.parse(readFileSync(join(ROOT, 'data/sources/sources.json'), 'utf8')) as Source[]).find((x) => x.id === id)!;
    // A PDF does not print its outline (the tab-indented bookmarks pdftotext adds after the last page).
    return { s, text: readFileSync(join(ROOT, s.path), 'utf8').split('\n').filter((l) => !l.startsWith('\t')).join('\n') };
  };

  it('2024-rcc as a PDF gives the facts it has today', async () => {
    const { s, text } = textOf('2024-rcc');
    const { root, before } = await without('2024-rcc');
    const pdf = await makePdf(text, { header: 'Regionala cancercentrum i samverkan', footer: 'Sida {page} av {pages}' });
    const r = await source(root, 'add', save('rcc-2024.pdf', pdf), '--id', '2024-rcc', '--year', '2024', '--kind', s.kind!);
    expect(r.error).toBe('');
    expect(facts(root, '2024-rcc')).toEqual(before);
  }, 30_000);

  it('2026-rcc-press as a web page gives the facts it has today', async () => {
    const { s, text } = textOf('2026-rcc-press');
    const { root, before } = await without('2026-rcc-press');
    const r = await source(root, 'add', save('press.html', makeHtml(text, { title: s.title })), '--id', '2026-rcc-press', '--year', '2026');
    expect(r.error).toBe('');
    expect(facts(root, '2026-rcc-press')).toEqual(before);
  }, 30_000);
});

describe('the review', () => {
  it('shows what was read and from where, the facts by kind, the total and its lines, and the answers before and after', async () => {
    const html = makeHtml(fixture('2025-skr-webb').text, { title: 'Överenskommelse om cancervården 2025', site: 'SKR', published: '2025-01-30' });
    const root = rootWith([]);
    const r = await source(root, 'add', save('oversikt.html', html));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Read oversikt\.html: a web page, \d+ lines of text\./u);
    expect(r.out).toContain("title      Överenskommelse om cancervården 2025  (from the page's title; --title to change)");
    expect(r.out).toContain("published  2025-01-30  (from the page's publication date; --published to change)");
    expect(r.out).toContain('years      2025  (from the title; --year to change)');
    expect(r.out).toMatch(/Facts read: total 1, budget 4, insats \d+, deadline \d+, passage \d+\./u);
    expect(r.out).toMatch(/2025: total 817 miljoner kronor \(2025-overenskommelse-om-cancervarden, line \d+\); its 4 budget lines sum to it\./u);
    expect(r.out).toContain('Answers that change:\n  Hur mycket omfattar överenskommelsen 2025?\n      - Det finns ingen källa för 2025');
    expect(r.out).toContain('      + Överenskommelsen 2025 omfattar totalt 817 miljoner kronor.');
  });

  it('changes nothing in data/ but the new text, original, entry and facts; remove puts it all back', async () => {
    const root = rootWith([]);
    const before = tree(root);
    const r = await source(root, 'add', save('beslut.txt', fixture('2025-regeringsbeslut').text), '--id', 'beslut-2025', '--year', '2025');
    expect(r.code).toBe(0);
    const after = tree(root);
    const changed = [...after].filter(([f, h]) => before.get(f) !== h).map(([f]) => f).sort();
    expect(changed).toEqual(['data/facts/beslut-2025.json', 'data/sources/beslut-2025.txt', 'data/sources/originals/beslut-2025.txt', 'data/sources/sources.json']);
    expect((await source(root, 'list')).out).toMatch(/^beslut-2025 +government-decision +2025 +total 1/mu);
    const removed = await source(root, 'remove', 'beslut-2025');
    expect(removed.out).toMatch(/^Removed beslut-2025 /u);
    expect(removed.out).toContain('Hur mycket omfattar överenskommelsen 2025?');
    expect(tree(root)).toEqual(before);
  });
});

describe('bad input: one clear line, nothing written', () => {
  const cases: [string, () => Promise<[string, string | Uint8Array]>, string[], RegExp][] = [
    ['a text file named .pdf', async () => ['notes.pdf', 'Överenskommelsen 2027 omfattar 900 miljoner kronor.\n'], [], /^notes\.pdf: its name says a PDF, but it is a text file$/u],
    ['a PDF named .html', async () => ['page.html', await makePdf('Hej\n')], [], /^page\.html: its name says an HTML page, but it is a PDF$/u],
    ['an image named .txt', async () => ['bild.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x01])], [], /^bild\.txt: not a PDF, an HTML page or UTF-8 text \(its name says a text file\)$/u],
    ['an encrypted PDF', async () => ['locked.pdf', await makePdf(fixture('2025-skr-webb').text, { password: 'hemlig' })], [], /^locked\.pdf: an encrypted PDF: it needs a password/u],
    ['a scanned PDF', async () => ['scan.pdf', await makeScannedPdf()], [], /^scan\.pdf: a scanned PDF: it has no text to read; OCR is not supported$/u],
    ['an empty page', async () => ['tom.html', '<!DOCTYPE html><html><head><title>Tom</title></head><body><nav><a href="/">Start</a></nav><main></main></body></html>'], [], /^tom\.html: the page has no text to read/u],
    ['an empty text file', async () => ['tom.txt', '\n\n'], [], /^tom\.txt: the file is empty$/u],
    ['an id that exists', async () => ['x.txt', fixture('2025-regeringsbeslut').text], ['--id', '2024-rcc'], /^--id 2024-rcc: a source with that id exists already/u],
    ['a year that is not a year', async () => ['y.txt', fixture('2025-regeringsbeslut').text], ['--year', '20x5'], /^--year needs a year such as 2027, not "20x5"/u],
    ['a kind that is not a kind', async () => ['k.txt', fixture('2025-regeringsbeslut').text], ['--kind', 'blog'], /^--kind must be one of agreement, board-message/u],
    ['a text already added', async () => ['again.txt', readFileSync(join(ROOT, 'data/sources/2026-rcc-pressmeddelande.txt'))], [], /^again\.txt: already added, as 2026-rcc-press$/u],
  ];
  const root = rootWith([]);
  const before = tree(root);
  it.each(cases)('%s', async (_what, make, options, message) => {
    const [name, data] = await make();
    const r = await source(root, 'add', save(name, data), ...options);
    expect(r.code).toBeGreaterThan(0);
    expect(r.error.split('\n')[0]).toMatch(message);
    expect(r.out).toBe('');
    expect(tree(root)).toEqual(before);
  });

  it('a source whose budget lines do not sum to its total: ingest refuses it and every file is put back', async () => {
    const text = 'Överenskommelsen för 2027 omfattar totalt 900 miljoner kronor.\n\nFördelning\n\n- Barncancer – 80 miljoner kronor\n- Patologi – 30 miljoner kronor\n';
    const r = await source(root, 'add', save('sum.txt', text), '--year', '2027', '--kind', 'agreement', '--title', 'Överenskommelsen 2027');
    expect(r.error).toMatch(/^sum\.txt: ingest refused it, so nothing was written: .*2027: budget lines sum to 110000000 kr, the total is 900000000 kr/u);
    expect(tree(root)).toEqual(before);
  });
});
