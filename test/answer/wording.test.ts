/**
 * Words about how to show an answer, and words that agree with their numbers: what a reader sees
 * in the lead.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

const corpus = loadCorpus();
const lead = (q: string) => answer(q, { corpus, today: '2026-11-23' }).text.split('\n')[0]!;

describe('a chart asked for', () => {
  it('answers the question and never takes the chart words for its topic', () => {
    expect(lead('chart of the 2024 lines')).toMatch(/^The 2024 budget lines/u);
    expect(lead('visa ett diagram över totalerna')).toBe('Totalerna: 500 miljoner kronor 2021, 556 miljoner kronor 2023, 809 miljoner kronor 2024 och 1 005 miljoner kronor 2026.');
    expect(answer('chart of the 2024 lines', { corpus, today: '2026-11-23' }).text).not.toMatch(/nothing about chart|förstod inte/u);
  });

  it('still reads the press release\'s own chart as its topic', () => {
    expect(answer('Kan du läsa av siffrorna i stapeldiagrammet från pressmeddelandet 2026?', { corpus, today: '2026-11-23' }).facts[0]).toMatchObject({ year: 2026, kind: 'budget' });
  });
});

describe('numbers and nouns agree', () => {
  it('says "1 insats" and "1 task", not "1 insatser"', () => {
    expect(lead('vilka insatser har RCC i samverkan om mammografi 2024?')).toBe('RCC i samverkan har 1 insats om mammografi i överenskommelsen 2024:');
    expect(lead('which tasks does RCC i samverkan have on mammography in 2024?')).toMatch(/owns 1 task about/u);
  });
});

describe('a source\'s publication', () => {
  it('says who published it, asked as "vem har gett ut"', () => {
    expect(lead('Vem har gett ut pressmeddelandet om en miljard till cancervården?')).toBe('”Regeringen och SKR överens om en miljard till cancervården” publicerades av Regionala cancercentrum i samverkan.');
  });

  it('gives the time of day the dating line states, asked as "sent out"', () => {
    expect(lead('What time was the 2026 press release sent out?')).toBe('“Regeringen och SKR överens om en miljard till cancervården” was published on 13 February 2026 at 09:36.');
    expect(lead('När publicerades nyheten om 556 miljoner?')).toBe('”556 miljoner kronor till en jämlik, effektiv och tillgänglig cancervård” publicerades 23 december 2022.');
  });
});

describe('which of the sources', () => {
  it('answers "Vilken av källorna är nyast?" with the newest source and its date', () => {
    const a = answer('Vilken av källorna är nyast?', { corpus, today: '2026-11-23' });
    expect(a.intent).toBe('source');
    expect(a.text).toMatch(/13 februari 2026/u);
  });
});

describe('what the Government spends on cancer care', () => {
  it('is the Government\'s money, not the agreements\' totals, asked "in total"', () => {
    const a = answer('How much did the government say it spends in total on cancer care each year?', { corpus, today: '2026-11-23' });
    expect(a.intent).toBe('funding');
    expect(a.facts[0]).toMatchObject({ kind: 'funding', amountSEK: 1e9 });
  });
});
