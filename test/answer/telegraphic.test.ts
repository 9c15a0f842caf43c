/**
 * Years and amounts written as people type them in Slack: "barncancer 23", "rehab24", "SVF 21 vs 24",
 * "1,005 mdr", and a year named earlier in the message that the question points back to ("det året").
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { withFullYears } from '../../src/understand/years.ts';

const corpus = loadCorpus();
const ask = (q: string) => answer(q, { corpus, today: '2026-11-23' });

describe('years written short', () => {
  it.each([
    ['barncancer 23', 'barncancer 2023'],
    ['rehab24', 'rehab 2024'],
    ['SVF 21 vs 24', 'SVF 2021 vs 2024'],
    ["barncancer '24?", 'barncancer 2024?'],
    ['barncancer 2021-24', 'barncancer 2021-2024'],
    ['totalen -24', 'totalen 2024'],
    ['tot -21 o -23', 'tot 2021 o 2023'],
  ])('%j is read as %j', (typed, read) => expect(withFullYears(typed)).toBe(read));

  it.each(['Sveriges 21 regioner', 'posten på 25 mkr', 'mötet kl 19.', 'de 25 miljonerna', 'rad 24', 'covid19', 'vad hände 19 december', 'mellan 5 -10 mkr'])('%j keeps its number', (typed) => {
    expect(withFullYears(typed)).toBe(typed);
  });

  it('answers the year written short', () => {
    expect(ask('rehab24').facts[0]).toMatchObject({ year: 2024, amountSEK: 100e6 });
    expect(ask('svf 21').facts[0]).toMatchObject({ year: 2021, amountSEK: 370e6 });
    const both = ask('barncancer 21 vs 24');
    expect(both.facts.map((f) => f.year).sort()).toEqual([2021, 2024]);
  });

  it('reads "2021 från 2024" as two years compared, not as every year from 2024', () => {
    expect(ask('Hur skilde sig barncancerstödet 2021 från 2024?').facts.filter((f) => f.kind === 'budget').map((f) => f.year)).toEqual([2021, 2024]);
  });

  it('reads "-24 mkr" as the year, not as 24 million', () => {
    expect(ask('totalen -24 mkr').facts[0]).toMatchObject({ kind: 'total', year: 2024, amountSEK: 809e6 });
    expect(ask('barncancer -21 msek').facts[0]).toMatchObject({ year: 2021, amountSEK: 80e6 });
  });
});

describe('a year the question points back to', () => {
  it('takes "det året" from the sentence before', () => {
    const a = ask('En kollega påstår att barncancer fick mest av allt 2021 – men vad fick barncancer egentligen det året?');
    expect(a.facts[0]).toMatchObject({ year: 2021, amountSEK: 80e6 });
  });

  it('takes "that year" in English, and nothing when the question names its own year', () => {
    expect(ask('Someone said pathology got a lot in 2024. How much did it get that year?').facts[0]).toMatchObject({ year: 2024, amountSEK: 60e6 });
    expect(ask('Vi pratade om 2021. Hur mycket fick barncancer 2024 det året?').facts[0]!.year).toBe(2024);
  });
});

describe('billions written "mdr"', () => {
  it('reads "1,005 mdr" as 1 005 million kronor and answers its year', () => {
    const a = ask('1,005 mdr – vilket år?');
    expect(a.answered).toBe(true);
    expect(a.facts[0]).toMatchObject({ year: 2026, amountSEK: 1005e6 });
  });
});

describe('an amount in the question, then what it is', () => {
  it('"I have 405 million in my notes for 2024 – what was that?" looks the amount up, it does not check it', () => {
    const a = ask('I have 405 million scribbled in my notes for 2024 – what was that?');
    expect(a.facts[0]).toMatchObject({ year: 2024, amountSEK: 405e6, kind: 'flow' });
    expect(a.text).not.toMatch(/^(?:Yes|No)\b/u);
  });
});

describe('Swedish typed without å, ä and ö', () => {
  it('reads a question word typed without them ("nagot", "ar") as that word', () => {
    expect(ask('vad ar SVF for nagot?').intent).toBe('definition');
  });

  it('reads "vad star RCC for" as "vad står RCC för"', () => {
    expect(ask('vad star RCC for').text.split('\n')[0]).toBe('RCC står för regionala cancercentrum.');
    expect(ask('vad star CCC for?').intent).toBe('definition');
  });

  it('leaves an English "for" English', () => {
    const a = ask('what is the money for in 2024?');
    expect(a.language).toBe('en');
    expect(a.intent).not.toBe('definition');
  });
});

describe('more of how Slack is typed', () => {
  it('reads "tot 26 o 24" as the totals of 2026 and 2024', () => {
    expect(ask('tot 26 o 24').facts.map((f) => f.year).sort()).toEqual([2024, 2026]);
  });

  it('reads "0,556 miljarder" as 556 million kronor', () => {
    expect(ask('Är 0,556 miljarder samma som överenskommelsen 2023?').facts[0]).toMatchObject({ year: 2023, amountSEK: 556e6 });
  });

  it('counts what a word before the noun qualifies ("hur många egna uppdrag")', () => {
    const a = ask('Hur många egna uppdrag har regionerna enligt 2024 års text?');
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(/2 insatser/u);
  });

  it('leaves out "Tjenare!" as a greeting', () => {
    expect(ask('Tjenare! 🙌 Nämns teledermatoskopi någonstans, och vem ska stödja det?').text).not.toMatch(/tjenare/iu);
  });
});

describe('a compound whose head the next word carries', () => {
  it('reads "patologi- och radiologisatsningarna" as both efforts, and sums them when asked', () => {
    const a = ask('Summan av patologi- och radiologisatsningarna 2024?');
    expect(a.facts.map((f) => f.amountSEK)).toEqual([60e6, 60e6]);
    expect(a.text.split('\n')[0]).toMatch(/^Sammanlagt 120 miljoner kronor 2024/u);
  });
});

describe('"det året" in a second ask', () => {
  it('takes the year of the ask before, not its topic', () => {
    const a = ask('Dels: vem är nationell cancersamordnare enligt 2026 års pressmeddelande. Dels: vad var totalen det året?');
    expect(a.parts?.[1]?.facts[0]).toMatchObject({ kind: 'total', year: 2026, amountSEK: 1005e6 });
  });

  it('a line asked alone leads with its figure as a sentence, whatever reading found it', () => {
    const a = ask("Three things please: (a) the 2024 bäckenrehab line, (b) the 2024 barncancer line, (c) the 2024 'övrigt samverkansregionalt arbete' line");
    expect(a.parts?.map((p) => p.text.split('\n')[0])).toEqual(['Bäckenrehabilitering received SEK 5 million in 2024.', 'Barncancer received SEK 80 million in 2024.', 'Övrigt samverkansregionalt arbete received SEK 21 million in 2024.']);
  });
});

describe('amounts written in kronor and words one letter from a cue', () => {
  it('reads "370 000 000 kronor" as one amount, and "lists" as no "lasts"', () => {
    const a = ask("The SKR message lists '370 000 000 kronor' — for what?");
    expect(a.intent).toBe('amount');
    expect(a.facts[0]).toMatchObject({ year: 2021, amountSEK: 370e6 });
  });

  it('reads "133 500 000" as one amount, not as 500 million too', () => {
    const a = ask("Our spreadsheet has '133 500 000' in a 2024 column — what is that money?");
    expect(a.facts.map((f) => f.amountSEK)).toEqual([133.5e6]);
  });
});
