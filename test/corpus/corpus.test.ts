import { describe, expect, it } from 'vitest';
import { loadCorpus, checkFact } from '../../src/corpus/load.ts';
import { statedAmount } from '../../src/corpus/amounts.ts';
import type { Fact } from '../../src/corpus/schema.ts';

const corpus = loadCorpus();
const of = (kind: Fact['kind'], year?: number | null) => corpus.facts.filter((f) => f.kind === kind && (year === undefined || f.year === year));
const sum = (facts: Fact[]) => facts.reduce((s, f) => s + (f.amountSEK ?? 0), 0);
const MSEK = 1_000_000;

describe('the corpus as committed', () => {
  it('has one total for 2021, 2023, 2024 and 2026 and none for 2022 or 2025', () => {
    const totals = Object.fromEntries(of('total').map((f) => [f.year, f.amountSEK]));
    expect(totals).toEqual({ 2021: 500 * MSEK, 2023: 556 * MSEK, 2024: 809 * MSEK, 2026: 1005 * MSEK });
    for (const year of [2022, 2025]) expect(corpus.facts.filter((f) => f.year === year)).toEqual([]);
  });

  it('lists 14 budget lines for 2024 summing to the 809 MSEK total', () => {
    const lines = of('budget', 2024);
    expect(lines).toHaveLength(14);
    expect(sum(lines)).toBe(809 * MSEK);
    const barncancer = lines.find((f) => f.label === 'Barncancer')!;
    expect(barncancer).toMatchObject({ amountSEK: 80 * MSEK, group: 'Sjukvårdsregionala medel, fördelas lika mellan RCC' });
    expect(barncancer.citation).toEqual({ path: 'data/sources/2024-rcc-overenskommelsen.txt', line: 224, quote: 'Barncancer - 80 miljoner kronor' });
  });

  it('reads 2021 lines that wrap over two lines, including the one without "kronor", summing to 500 MSEK', () => {
    const lines = of('budget', 2021);
    expect(lines).toHaveLength(6);
    expect(sum(lines)).toBe(500 * MSEK);
    expect(lines.find((f) => f.label.startsWith('Till SKR'))).toMatchObject({ amountSEK: 9 * MSEK, citation: { line: 146 } });
    expect(lines.find((f) => f.label.includes('barncancerområdet'))?.citation.quote).toBe(
      '80 000 000 kronor avsätts för sjukvårdsregionalt stöd via RCC för insatser inom barncancerområdet.',
    );
  });

  it('reads the 2026 chart caption with its unit from the caption below, summing to 1 005 MSEK', () => {
    const lines = of('budget', 2026);
    expect(lines.map((f) => [f.label, f.amountSEK! / MSEK])).toEqual([
      ['Till regionerna', 500],
      ['Till förbättringsarbeten i regionerna', 280],
      ['Till RCC stöd', 176],
      ['Till nationellt arbete', 49],
    ]);
    expect(lines[0]!.unit?.quote).toMatch(/^Antal miljoner kronor/);
  });

  it('has no budget lines for 2023, only its total and narrative tasks', () => {
    expect(of('budget', 2023)).toEqual([]);
    expect(of('insats', 2023).length).toBeGreaterThanOrEqual(3);
    expect(of('insats', 2023).every((f) => f.narrative && f.owner === 'RCC i samverkan')).toBe(true);
  });

  it('shows how the 2024 money is paid out: Kammarkollegiet 365, SKR to the six RCC 405, RCC i samverkan 39', () => {
    const flows = of('flow', 2024).map((f) => [f.payer, f.owner, f.amountSEK! / MSEK]);
    expect(flows).toEqual([
      ['Kammarkollegiet', 'Regionerna', 365],
      ['SKR', 'RCC', 405],
      ['SKR', 'RCC i samverkan', 39],
    ]);
    expect(sum(of('flow', 2024))).toBe(809 * MSEK); // the same money, seen by payer
  });

  it('keeps Government money outside the agreement apart from its lines', () => {
    const funding = of('funding').map((f) => [f.year, f.amountSEK! / MSEK, f.period ? `${f.period.from}–${f.period.to}` : null]);
    expect(funding).toEqual(
      expect.arrayContaining([
        [2024, 1000, null],
        [2024, 133.5, null],
        [null, 600, '2021–2023'],
        [null, 500, '2024–2026'],
      ]),
    );
  });

  it('counts 2024 tasks by the subject of their sentence: 48 RCC i samverkan, 24 RCC, 2 Regionerna', () => {
    const count = (owner: string) => of('insats', 2024).filter((f) => f.owner === owner).length;
    expect(count('RCC i samverkan')).toBe(48);
    expect(count('RCC')).toBe(24);
    expect(count('Regionerna')).toBe(2);
  });

  it('takes the owner from the sentence, not the heading, and reads the "RCC i samverkans" typo', () => {
    const rehabBarn = of('insats', 2024).find((f) => f.citation.line === 118)!;
    expect(rehabBarn).toMatchObject({ owner: 'RCC i samverkan', heading: 'Samverkansregionalt stöd till barncancerområdet' });
    expect(of('insats', 2024).find((f) => f.citation.line === 188)).toMatchObject({ owner: 'RCC i samverkan' });
  });

  it('keeps the bullet printed twice as one task with both lines', () => {
    const twice = of('insats', 2024).filter((f) => f.label.startsWith('RCC ska stödja samverkan mellan berörda aktörer kring rehabilitering'));
    expect(twice).toHaveLength(1);
    expect(twice[0]).toMatchObject({ citation: { line: 133 }, alsoAt: [134] });
  });

  it('gives each 2024 task its area, heading and level', () => {
    const minVardplan = of('insats', 2024).find((f) => f.citation.line === 71)!;
    expect(minVardplan).toMatchObject({
      area: 'Tillgänglig och god vård med mera, med fokus på patienten',
      heading: 'Nationellt arbete med Min vårdplan',
      level: 'nationellt',
    });
    expect(of('insats', 2024).find((f) => f.owner === 'Regionerna')?.level).toBe('regionalt');
    expect(of('insats', 2024).every((f) => f.area)).toBe(true);
  });

  it('reads the 2021 narrative tasks, including "Vidare ska RCC samverkan" across a page break', () => {
    const tasks = of('insats', 2021);
    expect(tasks.map((f) => f.citation.line)).toEqual(expect.arrayContaining([66, 107, 124]));
    const acrossPage = tasks.find((f) => f.citation.line === 124)!;
    expect(acrossPage.label).toContain('framstegen inom precisionsmedicin');
    expect(acrossPage.label).not.toContain('Vårt ärendenr');
  });

  it('dates the milestones: period ends, "Under 2024 ska", explicit dates; never page headers or stamps', () => {
    const dates = of('deadline').map((f) => f.date);
    for (const d of ['2025-12-31', '2026-12-31', '2030-12-31', '2024-12-31', '2023-12-31', '2024-01-31']) expect(dates).toContain(d);
    expect(dates).not.toContain('2022-12-23'); // "Sidan publicerades 23 december 2022"
    expect(dates).not.toContain('2026-02-13'); // the press release's stamp
    const prevention = of('deadline').find((f) => f.date === '2030-12-31')!;
    expect(prevention.citation.quote).toContain('2024–2030');
    expect(prevention.mentions?.map((m) => m.line)).toEqual([35, 41]);
  });

  it('quotes the people and their roles', () => {
    const people = of('passage').filter((f) => f.person).map((f) => `${f.person!.name}: ${f.person!.role}`);
    expect(people).toEqual(
      expect.arrayContaining(['Kjell Ivarsson: nationell cancersamordnare', 'Helena Brändström: tillförordnad nationell cancersamordnare']),
    );
  });

  it('tags what is new, how payment works and what RCC i samverkan is', () => {
    const tagged = (tag: string) => of('passage').filter((f) => f.tags?.includes(tag as never));
    expect(tagged('new').some((f) => f.year === 2026 && f.label.includes('primärvård'))).toBe(true);
    expect(tagged('payment').some((f) => f.label.includes('prestationsbaserat'))).toBe(true);
    expect(tagged('definition').some((f) => f.term === 'RCC i samverkan' && f.label.includes('består av cheferna för RCC'))).toBe(true);
  });

  it('never reads the press page feed of other releases as content', () => {
    expect(corpus.facts.some((f) => f.label.includes('Region Stockholm'))).toBe(false);
  });

  it('holds every citation: the quote stands at its line, and each amount is the one its quote states', () => {
    for (const f of corpus.facts) expect(checkFact(f, corpus.texts), f.id).toBeNull();
  });
});

describe('amounts as the sources write them', () => {
  it.each([
    ['133,5 miljoner kronor är stadsbidrag', 133_500_000],
    ['totalt 1,005 miljarder kronor till regionerna', 1_005_000_000],
    ['Regeringen avsätter en miljard kronor till cancervården', 1_000_000_000],
    ['Överenskommelsen för 2021 omfattar totalt 500 000 000 kronor', 500_000_000],
    ['9 000 000 till SKR för nationellt stöd', 9_000_000],
    ['varav 500 miljoner avsätts i denna överenskommelse', 500_000_000],
    ['Barncancer - 80 miljoner kronor', 80_000_000],
  ])('reads «%s» as %i kronor', (quote, value) => {
    expect(statedAmount(quote)).toBe(value);
  });

  it('reads "250 + 250" under a "miljoner kronor" caption as 500 MSEK', () => {
    expect(statedAmount('Till regionerna: 250 + 250.', 'Antal miljoner kronor per område')).toBe(500_000_000);
  });

  it('does not take "över en miljard" for a stated amount', () => {
    expect(statedAmount('Regeringen avsätter totalt över en miljard kronor per år')).toBeNull();
  });
});
