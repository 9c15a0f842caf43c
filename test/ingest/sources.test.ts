/**
 * Sources that grow: texts of other layouts and other years go through ingest with no code
 * change, a second source for a year adds no fact twice, and no answer about the years the corpus
 * already has changes when they are added. The texts are invented fixtures in the layouts of real
 * public pages of this series (test/fixtures/sources/, each marked in its first line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, ROOT, loadCorpus } from '../../src/corpus/load.ts';
import type { Fact } from '../../src/corpus/schema.ts';
import { answer } from '../../src/answer/answer.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { openSource } from '../../src/ingest/context.ts';
import { readMoney } from '../../src/ingest/money.ts';
import { formatReport } from '../../src/ingest/report.ts';
import { understand } from '../../src/understand/understand.ts';
import { vocabularyOf } from '../../src/understand/vocabulary.ts';
import { fixtureSources, rootWith } from '../helpers/corpusRoot.ts';

const TODAY = '2026-12-01';
const ALL = fixtureSources().map((s) => s.id);
const ask = (corpus: Corpus, q: string) => answer(q, { corpus, today: TODAY });

let base: Corpus;
let grown: Corpus;
let grownRoot: string;
const of = (id: string) => grown.facts.filter((f) => f.sourceId === id);

beforeAll(() => {
  base = loadCorpus();
  grownRoot = rootWith(ALL);
  grown = loadCorpus(grownRoot); // every citation holds, every amount is its quote's, lines sum to totals
}, 60_000);

describe('totals in other wordings', () => {
  it('reads a total stated beside a comparison with the year before, and keeps the comparison as its own fact', () => {
    const total = grown.facts.find((f) => f.kind === 'total' && f.year === 2022)!;
    expect(total).toMatchObject({ amountSEK: 530_000_000, sourceId: '2022-rcc-nyhet' });
    expect(total.citation.quote).toBe('Den samlade ramen för 2022 uppgår till 530 miljoner kronor');
    const comparison = of('2022-rcc-nyhet').find((f) => f.tags?.includes('comparison'))!;
    expect(comparison).toMatchObject({ kind: 'passage', amountSEK: 30_000_000, year: 2022 });
  });

  it('reads "är värd totalt", "ramen totalt" and "omfattar totalt", one total per year', () => {
    expect(grown.facts.filter((f) => f.kind === 'total' && f.year === 2025).map((f) => [f.sourceId, f.amountSEK])).toEqual([['2025-skr-webb', 817_000_000]]);
    expect(grown.facts.filter((f) => f.kind === 'total' && f.year === 2017).map((f) => f.amountSEK)).toEqual([447_000_000]);
    // The decision states the same total: it restates, it is no second total.
    expect(of('2025-regeringsbeslut').some((f) => f.kind === 'total')).toBe(false);
  });

  it('reads budget lines as dash bullets and as amounts standing alone above what they are for', () => {
    expect(of('2025-skr-webb').filter((f) => f.kind === 'budget').map((f) => f.amountSEK)).toEqual([365e6, 220e6, 50e6, 182e6]);
    const lines2017 = of('2017-skl-overenskommelse').filter((f) => f.kind === 'budget');
    expect(lines2017.map((f) => f.amountSEK)).toEqual([407e6, 9e6, 18e6, 13e6]);
    expect(lines2017[1]).toMatchObject({ owner: 'SKR', citation: { quote: '9 miljoner kronor' } });
  });

  it('answers the new years with their figures, saying where they come from', () => {
    const a = ask(grown, 'hur mycket var överenskommelsen 2022?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('530 miljoner kronor');
    expect(a.text).toContain('bara på en nyhetssida');
    expect(ask(grown, 'how much was the 2017 agreement?').text).toContain('SEK 447 million');
  });
});

describe('the total of a sentence, by the clause that carries it', () => {
  const read = (text: string, years: number[]) =>
    readMoney(openSource({ id: 'x', path: 'data/sources/x.txt', title: 'x', publisher: null, url: null, published: null, years }, `Rubrik\n\n${text}\n`)).map((d) => [d.kind, d.amountSEK, d.tags?.[0] ?? null, d.citation.quote]);
  it.each([
    ['Årets överenskommelse landar på 1 005 mkr jämfört med 809 mkr året innan.', [2026], [['total', 1_005_000_000, null, 'Årets överenskommelse landar på 1 005 mkr'], ['passage', 809_000_000, 'comparison', 'jämfört med 809 mkr året innan.']]],
    ['Överenskommelsen för 2022 uppgår till 530 miljoner kronor, varav 300 miljoner kronor till regionerna.', [2022], [['total', 530_000_000, null, 'Överenskommelsen för 2022 uppgår till 530 miljoner kronor'], ['passage', 300_000_000, 'part', 'varav 300 miljoner kronor till regionerna.']]],
    ['Överenskommelsen är värd 817 MSEK.', [2025], [['total', 817_000_000, null, 'Överenskommelsen är värd 817 MSEK.']]],
    ['Av överenskommelsens totalt 447,5 miljoner kronor utgör 391 miljoner stimulansmedel till landstingen.', [2018], [['total', 447_500_000, null, 'Av överenskommelsens totalt 447,5 miljoner kronor'], ['passage', 391_000_000, 'part', 'utgör 391 miljoner stimulansmedel till landstingen.']]],
    ['Överenskommelsen för 2020 omfattar totalt 447 miljoner kronor varav 340 miljoner utgör stimulansmedel till regionerna.', [2020], [['total', 447_000_000, null, 'Överenskommelsen för 2020 omfattar totalt 447 miljoner kronor'], ['passage', 340_000_000, 'part', 'varav 340 miljoner utgör stimulansmedel till regionerna.']]],
    // The agreement's share of the Government's money is its total.
    ['Regeringen avser att avsätta 600 miljoner kronor per år 2021 – 2023, förutsatt att riksdagen ställer medlen till förfogande. Av dessa omfattar överenskommelsen 500 miljoner kronor.', [2021], [['funding', 600_000_000, null, 'Regeringen avser att avsätta 600 miljoner kronor per år 2021 – 2023'], ['total', 500_000_000, null, 'Av dessa omfattar överenskommelsen 500 miljoner kronor.']]],
  ])('%s', (text, years, want) => expect(read(text, years)).toEqual(want));

  it.each([
    // One part of the agreement, summed: not its total.
    ['Totalt 220 miljoner kronor avsätts för särskilda satsningar inom ramen för överenskommelsen.', [2025]],
    // A sum over several years.
    ['Överenskommelsen omfattar totalt 1,5 miljarder kronor för åren 2021–2023.', [2021]],
    // Another year's total, named in this year's source.
    ['Överenskommelsen för 2021 uppgår till 500 miljoner kronor.', [2022]],
  ])('%s is no total', (text, years) => expect(read(text, years).some(([kind]) => kind === 'total')).toBe(false));
});

describe('tasks in other word orders and older names', () => {
  const tasks = () => of('2022-rcc-nyhet').filter((f) => f.kind === 'insats');
  it('reads the owner after "ska": "Inom området X ska RCC …", "Vidare ska RCC i samverkan …"', () => {
    const byStart = (s: string) => tasks().find((f) => f.label.startsWith(s))?.owner;
    expect(byStart('Inom området prevention och tidig upptäckt ska RCC fortsätta')).toBe('RCC');
    expect(byStart('Vidare ska RCC i samverkan stödja')).toBe('RCC i samverkan');
    expect(byStart('Regionerna ska, med stöd av RCC')).toBe('Regionerna');
  });

  it('keeps a "ska" with no owner as a passage, never guessing one', () => {
    const alcohol = of('2022-rcc-nyhet').find((f) => f.citation.quote.startsWith('Alkoholens roll'))!;
    expect(alcohol.kind).toBe('passage');
    expect(alcohol.owner).toBeNull();
    // "Vissa av insatserna … ska regionerna själva genomföra": a description of tasks, not a task.
    expect(tasks().some((f) => f.label.startsWith('Vissa av insatserna'))).toBe(false);
  });

  it('reads landstingen as the regions and "Regionala cancercentrum i samverkan (RCC)" as RCC i samverkan', () => {
    const old = of('2017-skl-overenskommelse').filter((f) => f.kind === 'insats');
    expect(old.find((f) => f.label.startsWith('Landstingen ska'))?.owner).toBe('Regionerna');
    expect(old.find((f) => f.label.startsWith('Varje landsting ska'))?.owner).toBe('Regionerna');
    expect(old.find((f) => f.label.startsWith('Under ledning av'))?.owner).toBe('RCC i samverkan');
  });
});

describe('Government money and payments', () => {
  it('reads a decision that commissions Kammarkollegiet to pay out as a flow to SKR', () => {
    const flows = of('2025-regeringsbeslut').filter((f) => f.kind === 'flow');
    expect(flows.map((f) => [f.payer, f.owner, f.amountSEK])).toEqual([
      ['Kammarkollegiet', 'SKR', 452_000_000],
      ['Kammarkollegiet', 'Regionerna', 182_500_000],
    ]);
  });

  it('reads money "förutsatt att riksdagen ställer medel till förfogande", and the Government figure of 2024–2026 once', () => {
    expect(of('2025-regeringsbeslut').find((f) => f.kind === 'funding')?.amountSEK).toBe(1_025_000_000);
    const increase = grown.facts.filter((f) => f.kind === 'funding' && f.amountSEK === 500_000_000 && f.period?.from === 2024);
    expect(increase.map((f) => f.sourceId)).toEqual(['2024-regeringen']);
  });
});

describe('page furniture', () => {
  it('never makes a fact of stamps, link texts, cookie banners or navigation', () => {
    const furniture = /Publicerad|Uppdaterad|Sidan (?:publicerades|uppdaterades)|Pdf, \d|Läs mer|Ladda ned bild|kakor|Hoppa till|Start ›|Start \//u;
    const added = grown.facts.filter((f) => ALL.includes(f.sourceId));
    expect(added.filter((f) => furniture.test(f.citation.quote)).map((f) => f.citation.quote)).toEqual([]);
    // "Publicerad 22 december 2021" is no deadline.
    expect(added.some((f) => f.kind === 'deadline' && f.date === '2021-12-22')).toBe(false);
  });
});

describe('several sources for one year', () => {
  const count = (c: Corpus, pick: (f: Fact) => boolean) => c.facts.filter(pick).length;

  it('counts no restated task twice: RCC i samverkan keeps its tasks of 2024', () => {
    const rccTasks = (f: Fact) => f.kind === 'insats' && f.year === 2024 && f.owner === 'RCC i samverkan';
    expect(count(grown, rccTasks)).toBe(count(base, rccTasks));
    expect(count(grown, (f) => f.kind === 'insats' && f.year === 2024)).toBe(count(base, (f) => f.kind === 'insats' && f.year === 2024));
    expect(ask(grown, 'vilka insatser har RCC i samverkan 2024?').facts.length).toBe(ask(base, 'vilka insatser har RCC i samverkan 2024?').facts.length);
  });

  it('keeps the facts of the agreement text for 2024 exactly as they were', () => {
    const key = (f: Fact) => JSON.stringify(f);
    expect(grown.facts.filter((f) => f.year === 2024 && !ALL.includes(f.sourceId)).map(key)).toEqual(base.facts.filter((f) => f.year === 2024).map(key));
  });

  it('tells the maintainer what it left out as stated already, and what it could not read', () => {
    const report = ingest(grownRoot).report;
    const skr = report.find((r) => r.sourceId === '2024-skr-webb')!;
    expect(skr.restated.map((r) => r.kind)).toEqual(expect.arrayContaining(['insats', 'funding']));
    expect(skr.stamps.map((s) => s.text)).toEqual(['Publicerad 22 december 2023']);
    const text = formatReport(report);
    expect(text).toMatch(/2022-rcc-nyhet: deadline \d+, insats 6, passage \d+, total 1/);
    expect(text).toContain('«Alkoholens roll som riskfaktor för cancer ska lyftas särskilt under året.»');
    // The 2026 headline's rounded "en miljard" is no stated amount of any fact: reported, not guessed.
    expect(text).toMatch(/2026-rcc-press[^\n]*\n {2}line 3: states an amount but gave no money fact/);
  });
});

describe('adding sources changes no answer about the years the corpus has', () => {
  const existing = () => new Set(base.sources.flatMap((s) => s.years));
  // Questions that name a year the corpus has (a number, or "i år"/"förra året"): the pinned set and the dev set.
  const questions = (): string[] => {
    const read = (f: string) => readFileSync(join(ROOT, f), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { q: string }).q);
    const v = vocabularyOf(base);
    return [...read('test/fixtures/questions.jsonl'), ...read('test/fixtures/dev-questions.jsonl')].filter((q) => {
      // "the first agreement" is the earliest year with a total: an older text moves it (tested below).
      if (/\b(?:första|first|earliest|tidigaste)\b/iu.test(q)) return false;
      const years = understand(q, { today: TODAY, vocabulary: v }).years;
      return years.length > 0 && years.every((y) => existing().has(y));
    });
  };
  // A date falls in a year whatever source names it: a new source's deadline in 2026 is an answer about 2026.
  const datedElsewhere = (f: Fact) => f.kind === 'deadline' && ALL.includes(f.sourceId);

  it('gives every frozen answer again, text and facts, with texts of other years, a restating page and an older series added', () => {
    const qs = questions();
    expect(qs.length).toBeGreaterThan(300);
    const changed: string[] = [];
    for (const q of qs) {
      const before = ask(base, q);
      const after = ask(grown, q);
      // A new dated milestone in the year asked is a new answer: the old facts stay, in their order, beside it.
      if (after.facts.some(datedElsewhere)) {
        if (after.facts.filter((f) => !ALL.includes(f.sourceId)).map((f) => f.id).join() !== before.facts.map((f) => f.id).join()) changed.push(q);
        continue;
      }
      // The same text, the same facts in the same order.
      if (before.text !== after.text || after.facts.map((f) => f.id).join() !== before.facts.map((f) => f.id).join()) changed.push(q);
    }
    expect(changed).toEqual([]);
  }, 120_000);

  it('reads "the first agreement" as the earliest year with a total, whatever older texts without one hold', () => {
    const noTotal = {
      source: { id: '2019-utan-total', path: 'data/sources/2019-utan-total.txt', title: 'Invented 2019 page without a total', publisher: null, url: null, published: null, years: [2019], kind: 'news' as const },
      text: 'INVENTED TEST FIXTURE — a page of an earlier year that states no total.\n\nRCC i samverkan ska samordna arbetet med vårdförloppen.\n',
    };
    const corpus = loadCorpus(rootWith([], [noTotal]));
    expect(ask(corpus, 'hur stor var den första överenskommelsen?').text).toBe(ask(base, 'hur stor var den första överenskommelsen?').text);
    expect(ask(grown, 'how big was the first agreement?').text).toContain('2017');
  });

  it('finds a named plan\'s end and a role\'s holder in the year asked, whatever other plans and people exist', () => {
    for (const q of ['när slutar handlingsplanen för prevention?', 'vem var ordförande för SKR 2021?', 'vem är nationell cancersamordnare 2026?']) {
      expect(ask(grown, q).text).toBe(ask(base, q).text);
    }
    expect(ask(grown, 'vem var ordförande för SKR 2021?').text).toContain('Anders Knape');
  });
});


