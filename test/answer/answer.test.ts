import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { uncitedAmounts } from '../../src/answer/format.ts';
import { checkFact, loadCorpus } from '../../src/corpus/load.ts';

const corpus = loadCorpus();
const ask = (q: string, today = '2026-11-23') => answer(q, { corpus, today });
const MSEK = 1_000_000;

describe('answers a user can rely on', () => {
  it('answers barncancer 2024 with 80 MSEK, its group and its source line', () => {
    const a = ask('hur mycket gick till barncancer 2024?');
    expect(a).toMatchObject({ language: 'sv', intent: 'amount', answered: true });
    expect(a.facts[0]).toMatchObject({ kind: 'budget', year: 2024, amountSEK: 80 * MSEK });
    expect(a.text).toContain('80 miljoner kronor');
    expect(a.text).toContain('Sjukvårdsregionala medel, fördelas lika mellan RCC');
    expect(a.text.split('\n')[0]).toBe('Barncancer fick 80 miljoner kronor 2024.');
    expect(a.text).toContain('(källa 1, rad 224)');
    expect(a.text.split('\n').at(-1)).toBe('Källor: 1. Överenskommelsen jämlik och effektiv cancervård med kortare väntetider 2024');
  });

  it('reads past a preamble before a colon, but keeps a topic named before it', () => {
    const lines = ask('Jag lovade att återkomma innan lunch, så: kan du lista samtliga budgetposter för 2024 med belopp?');
    expect(lines.intent).toBe('lines');
    expect(lines.facts.filter((f) => f.kind === 'budget' && f.year === 2024)).toHaveLength(14);
    expect(lines.text).not.toContain('lunch');
    const kept = ask('Barncancer 2024: hur mycket?');
    expect(kept.facts[0]).toMatchObject({ kind: 'budget', year: 2024, amountSEK: 80 * MSEK });
  });

  it('reads "600m" as an amount, and a rounded figure as the nearest amount without stating the rounded one', () => {
    const of600 = ask("how much of the government's 600m a year went into the 2021 agreement?");
    expect(of600.facts.map((f) => f.amountSEK)).toEqual(expect.arrayContaining([600 * MSEK, 500 * MSEK]));
    const exact = ask("pressmeddelandet säger 'en miljard' för 2026 – vad är den exakta siffran?");
    expect(exact.answered).toBe(true);
    expect(exact.facts[0]).toMatchObject({ kind: 'total', year: 2026, amountSEK: 1005 * MSEK });
    expect(exact.text).not.toMatch(/1 000 miljoner/);
  });

  it('answers in English with "SEK 80 million" and keeps quotes Swedish', () => {
    const a = ask('How much went to childhood cancer in 2024?');
    expect(a.language).toBe('en');
    expect(a.text).toContain('SEK 80 million');
    expect(a.text).toContain('line 224');
  });

  it('says when a year has no source, and carries no figure over from a neighbour', () => {
    // The last two ask with no cue word, and sentences about rehabilitation name 2025 as a date.
    for (const q of ['Hur mycket gick till barncancer 2025?', 'total förra året', 'Vad var rehabiliteringspotten 2025?', 'rehabilitering 2025']) {
      const a = ask(q);
      expect(a.answered).toBe(false);
      expect(a.text).toContain('ingen källa för 2025');
      expect(a.text).toMatch(/2021, 2023, 2024 och 2026/);
      expect(a.facts.filter((f) => f.year === 2025)).toEqual([]);
    }
  });

  it('says plainly when the sources have no figure for a topic in a year, and shows what they do say', () => {
    const a = ask('Hur mycket gick till barncancer 2023?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/inget belopp för barncancer 2023/);
    expect(a.facts.some((f) => f.kind === 'total' && f.year === 2023)).toBe(true);
    expect(a.facts.some((f) => f.year === 2023 && f.amountSEK === 80 * MSEK)).toBe(false);
    expect(ask('Hur mycket gick till tandvård 2024?').answered).toBe(false);
    expect(ask('How much went to lung cancer screening in 2024?').answered).toBe(false);
  });

  it('explains that a budget line and a payment flow of 365 MSEK are the same money', () => {
    const a = ask('Hur mycket fick regionerna för arbete med SVF 2024?');
    expect(a.facts[0]).toMatchObject({ kind: 'budget', amountSEK: 365 * MSEK });
    expect(a.facts.some((f) => f.kind === 'flow' && f.amountSEK === 365 * MSEK)).toBe(true);
    expect(a.text).toMatch(/samma pengar/i);
  });

  it('lists all 48 tasks of RCC i samverkan grouped by area, with counts', () => {
    const a = ask('which tasks does RCC i samverkan own');
    expect(a.facts.filter((f) => f.kind === 'insats' && f.owner === 'RCC i samverkan' && f.year === 2024)).toHaveLength(48);
    expect(a.text).toMatch(/owns 48 tasks/);
    expect(a.text).toMatch(/Prevention och tidig upptäckt \(\d+\)/);
  });

  it('reads years as ranges, "since", and relative to today', () => {
    expect(ask('totalt 2021–2024').facts.map((f) => f.year)).toEqual([2021, 2023, 2024]);
    expect(ask('totals since 2023').facts.map((f) => f.year)).toEqual([2023, 2024, 2026]);
    expect(ask('hur stor är överenskommelsen i år?', '2026-05-01').facts[0]).toMatchObject({ year: 2026, amountSEK: 1005 * MSEK });
    expect(ask('what was the total last year', '2025-03-01').facts[0]).toMatchObject({ year: 2024, amountSEK: 809 * MSEK });
  });

  it('finds topics through typos, fragments, compounds and English words', () => {
    for (const q of ['barncanser 2024', 'barncanc 2024', 'how much for childhood cancer 2024']) expect(ask(q).facts[0]?.amountSEK).toBe(80 * MSEK);
    expect(ask('hur mycket gick till bäckenrehabilitering 2024').facts[0]?.amountSEK).toBe(5 * MSEK);
    expect(ask('how much for pathology 2024').facts[0]?.amountSEK).toBe(60 * MSEK);
  });

  it('never echoes Slack special mentions or markup', () => {
    const a = ask('<!channel> <@U123ABC> hur mycket gick till barncancer 2024? :tada: &lt;b&gt;');
    expect(a.text).not.toMatch(/<!channel>|<@U|:tada:/);
    expect(a.question).not.toContain('<!channel>');
    expect(a.facts[0]?.amountSEK).toBe(80 * MSEK);
  });

  it('refuses empty questions, and messages longer than Slack allows, kindly', () => {
    expect(ask('')).toMatchObject({ answered: false, intent: 'empty' });
    expect(ask('   ')).toMatchObject({ answered: false });
    const huge = ask('barncancer '.repeat(4000));
    expect(huge).toMatchObject({ answered: false, intent: 'too-long' });
    expect(huge.text).toContain('40000');
  });

  it('answers the question at the end of a long Slack message of small talk', () => {
    const smallTalk = 'Hej alla! Vi hade ett långt möte i går om hur vi ska lägga upp arbetet under våren, och det blev mycket prat om 2025. ';
    const a = ask(`${smallTalk.repeat(25)}Så min fråga: hur mycket gick till barncancer 2024?`);
    expect(a.facts[0]).toMatchObject({ year: 2024, amountSEK: 80 * MSEK });
    expect(a.understood.skipped).toBeGreaterThan(2000);
    const en = ask(`${'Hi all, quick context before the board meeting: we discussed the spring plan at length. '.repeat(30)}So: how big was the 2026 agreement?`);
    expect(en).toMatchObject({ language: 'en', answered: true });
    expect(en.facts[0]).toMatchObject({ kind: 'total', year: 2026 });
  });

  it('answers people, what is new, areas and definitions from cited passages', () => {
    expect(ask('Vem är nationell cancersamordnare?').text.split('\n')[0]).toContain('Kjell Ivarsson');
    expect(ask('Vad är nytt i överenskommelsen 2026?').text).toContain('primärvård');
    expect(ask('What are the areas of the 2021 agreement?').facts.filter((f) => f.tags?.includes('area'))).toHaveLength(3);
    expect(ask('What does SVF stand for?').text).toContain('standardiserade vårdförlopp');
  });

  it('lists only upcoming deadlines by default', () => {
    const a = ask('Vilka deadlines finns framöver?', '2027-01-15');
    expect(a.facts.map((f) => f.date)).toEqual(['2030-12-31']);
  });
});

describe('properties over any input', () => {
  it('never throws, and every amount written and every citation holds', () => {
    // (The first answer builds what answering keeps, e.g. a year's index: it is no input's time.)
    answer('barncancer 2024', { corpus, today: '2026-11-23' });
    const words = fc.constantFrom('barncancer', '2024', '2022', 'hur mycket', 'total', 'RCC i samverkan', 'insatser', '<!here>', 'how much', 'screening', 'deadlines', 'nytt', 'jämför', '2021', 'och', '?', 'SVF', 'vem', 'miljard');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 600 }), fc.array(words, { maxLength: 8 }).map((w) => w.join(' '))), (q) => {
        const started = performance.now();
        const a = answer(q, { corpus, today: '2026-11-23' });
        expect(performance.now() - started).toBeLessThan(250);
        expect(typeof a.text).toBe('string');
        expect(a.text).not.toMatch(/<!(?:channel|here|everyone)>/);
        expect(uncitedAmounts(a.text, a.facts)).toEqual([]);
        for (const f of a.facts) expect(checkFact(f, corpus.texts)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
