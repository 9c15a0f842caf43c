/**
 * Round 7 of answers chosen by what the question asks: a source's title; when a press release or a
 * message came; what an amount refers to or "motsvarar"; a check put after a preamble about
 * sending it on ("Sanity check before I send this to the board: …"); a topic no sentence covers
 * whole; a person named beside the one asked for.
 */
import { describe, expect, it } from 'vitest';
import { ask, lead } from '../helpers/ask.ts';

describe("a source's title", () => {
  it('is answered from the list of sources when the question names a source and asks about nothing in it', () => {
    const a = ask("What's the headline of the news item about the 2023 agreement?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^The title is “556 miljoner kronor till en jämlik, effektiv och tillgänglig cancervård”\./u);
    expect(a.facts[0]!.citation.line).toBe(1);
    // The amount the title states is backed by the total it states.
    expect(a.facts.some((f) => f.kind === 'total' && f.amountSEK === 556_000_000)).toBe(true);
    expect(lead('Vilken rubrik har regeringens sida där 809 miljoner för 2024 nämns?')).toBe('Rubriken är ”Cancervården en prioriterad fråga för regeringen”.');
    expect(lead('vad heter pressmeddelandet om en miljard?')).toBe('Rubriken är ”Regeringen och SKR överens om en miljard till cancervården”.');
  });

  it('is not what "the headline says a billion — what is the exact figure?" or "under which heading is X?" ask', () => {
    const figure = ask('The 2026 press release headline says "a billion". What is the exact figure?');
    expect(figure.facts[0]).toMatchObject({ year: 2026, amountSEK: 1_005_000_000 });
    expect(ask('Under vilken rubrik står barncancer 2024?').text).not.toMatch(/^Rubriken är/u);
  });
});

describe('when a press release or a message came', () => {
  it('is its publication date', () => {
    expect(lead('När kom pressmeddelandet om att regeringen och SKR är överens om en miljard?')).toMatch(/^”Regeringen och SKR överens om en miljard till cancervården” publicerades 13 februari 2026/u);
    // The news "about" a topic stays a question about the topic's dates.
    expect(ask('När kom nyheten om primärvården?').intent).toBe('deadlines');
  });
});

describe('what an amount refers to', () => {
  it('is every line that states it ("refer to", "motsvarar")', () => {
    expect(ask('Vad motsvarar 405 miljoner 2024?').facts[0]).toMatchObject({ year: 2024, amountSEK: 405_000_000 });
    expect(ask('what do the 80 MSEK in 2024 refer to?').facts[0]).toMatchObject({ year: 2024, amountSEK: 80_000_000 });
    const total = ask('What does the 556 million figure refer to?');
    expect(total.answered).toBe(true);
    expect(total.text).toMatch(/^The 2023 agreement totals SEK 556 million\./u);
  });
});

describe('a check after a preamble about passing it on', () => {
  it('checks the claim, and never takes "the board" it is sent to as the topic', () => {
    expect(lead('Sanity check before I send this to the board: the 2023 agreement was worth 556 MSEK, correct?')).toMatch(/^Yes, that is right\. .*SEK 556 million/u);
    expect(lead('Innan jag skickar det här till styrelsen: var barncancer 2024 90 mkr?')).toMatch(/^Nej, det stämmer inte\. .*80 miljoner kronor/u);
  });
});

describe('a topic no sentence covers whole', () => {
  it('is answered by the sentence with its rarer words, a concept counted as common as it is in any wording ("SVF")', () => {
    const a = ask('For the 2026 SVF bonus money: which diagnoses count?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/extra medel tilldelas de regioner som uppnår förbättrade ledtider inom de stora diagnoserna bröstcancer, tjock- och ändtarmscancer och prostatacancer/u);
    // An English verb of reaching is no topic word ("reach" matched a Swedish word only by chance).
    expect(lead('Who has to reach the SVF inclusion target before any money is paid out?')).toMatch(/^Who is responsible for SVF inclusion target/u);
  });
});

describe('a person named beside the one asked for', () => {
  it('is not the answer ("which minister … together with the prime minister?")', () => {
    expect(lead('Which minister hosted the March 2023 cancer hearing together with the prime minister?')).toMatch(/^Acko Ankarberg Johansson, sjukvårdsminister/u);
    expect(lead('Vilken minister bjöd in experterna tillsammans med statsministern i mars 2023?')).toMatch(/^Acko Ankarberg Johansson, sjukvårdsminister/u);
    expect(lead('Vem är statsminister?')).toMatch(/^Ulf Kristersson, statsminister/u);
  });
});

describe('years joined by "och" after a topic', () => {
  it('are one ask of every year, not an ask of its own with no topic ("Barncancer 2021, 2023 och 2024?")', () => {
    const a = ask('Barncancer 2021, 2023 och 2024?');
    expect(a.parts ?? []).toHaveLength(0);
    expect(a.facts.filter((f) => f.amountSEK === 80_000_000).map((f) => f.year)).toEqual([2021, 2024]);
    expect(a.text).toMatch(/Inget belopp för barncancer anges för 2023\./u);
    expect(a.text).not.toMatch(/\(2023\)/u);
  });
});

describe('a topic written with an apostrophe', () => {
  it('is said back as written, capital or not', () => {
    expect(lead("children's cancer 2023 amount")).toBe("The sources give no figure for children's cancer 2023.");
  });
});

describe("a year's total asked beside a topic", () => {
  it('is two asks, the total and the topic ("Kort om 2026: totalbelopp och nationellt arbete")', () => {
    const a = ask('Kort om 2026: totalbelopp och nationellt arbete, tack');
    expect(a.parts).toHaveLength(2);
    expect(a.parts![0]!.facts[0]).toMatchObject({ year: 2026, amountSEK: 1_005_000_000 });
    expect(a.parts![1]!.facts[0]).toMatchObject({ year: 2026, amountSEK: 49_000_000 });
    expect(ask('nationellt arbete och totalen 2026').parts?.map((p) => p.facts[0]!.amountSEK)).toEqual([49_000_000, 1_005_000_000]);
    // Two totals compared, or a share of the total, stay one ask.
    expect(ask('skillnaden mellan totalen 2024 och totalen 2026').parts ?? []).toHaveLength(0);
    expect(ask('Hur stor del av totalen och barncancer 2024').parts ?? []).toHaveLength(0);
  });
});

describe('a figure the asker wrote down', () => {
  it('is checked, and neither the writing nor where it was written is the topic', () => {
    expect(lead('Jag skrev 800 miljoner för 2024 i en rapport, vad är rätt siffra?')).toMatch(/^Nej, det stämmer inte\. Överenskommelsen 2024 omfattar totalt 809 miljoner kronor/u);
    expect(lead("I wrote 90 MSEK for childhood cancer 2024 in my memo, what's the correct figure?")).toMatch(/^No, that is not right\. .*SEK 80 million/u);
    // "skrev under" still asks who signed.
    expect(lead('Vem skrev under SKR:s styrelsemeddelande 19/2020?')).toMatch(/^Anders Knape, ordförande/u);
    expect(ask('nytt i årets canceröverenskommelse? ska skriva ett nyhetsbrev :newspaper:').text).not.toMatch(/skriva/u);
  });
});

describe('more words for what is asked', () => {
  it('reads "full name", "written out" as what an acronym stands for, and "flows" as how money is paid', () => {
    expect(lead("RCC — what's the full name?")).toMatch(/^RCC stands for regionala cancercentrum/u);
    expect(lead('vad är SKR:s fullständiga namn?')).toBe('SKR står för Sveriges Kommuner och Regioner.');
    const flows = ask('flows 2024');
    expect(flows.facts.filter((f) => f.kind === 'flow' && f.year === 2024).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps a Swedish question with "via" Swedish', () => {
    expect(ask("SVF-stödet via RCC i samverkan '21?").language).toBe('sv');
  });

  it('reads a word cut short as the corpus word it begins', () => {
    expect(ask('forbattringsarb 2026 hur mkt').facts[0]).toMatchObject({ year: 2026, amountSEK: 280_000_000 });
    expect(ask('utvecklingsarb 2024 nationellt?').facts[0]).toMatchObject({ year: 2024, amountSEK: 25_000_000 });
  });
});

describe('which agency or organisation', () => {
  it('asks of the rest of the question: the agency is named on the lines that answer it', () => {
    const a = ask('Med vilken myndighet ska RCC i samverkan jobba kring JApreventNCD?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/i samverkan med Folkhälsomyndigheten, delta i arbetet kring Joint action för prevention, JApreventNCD/u);
    expect(a.text).not.toMatch(/inget om myndighet/u);
    // Alone, the word is the topic.
    expect(ask('Vilka myndigheter nämns i överenskommelsen 2024?').text).toMatch(/^Det här säger källorna om myndigheter:/u);
  });
});

describe('when something was announced', () => {
  it("is the date of the source that announced it, while what was announced stays a question about it", () => {
    expect(lead('what date did the government and SKR announce the 2026 billion?')).toMatch(/^“Regeringen och SKR överens om en miljard till cancervården” was published on 13 February 2026/u);
    expect(ask("What's the new focus area announced for 2026?").intent).toBe('new');
  });
});

describe("a share of a year's total named by its amount", () => {
  it('is computed for one line, and a sum of two lines stays their sum', () => {
    expect(lead('Hur stor andel av 1,005 miljarder går till RCC stöd?')).toBe('Till RCC stöd: 176 miljoner kronor av överenskommelsens 1 005 miljoner kronor 2026, 17,5 procent (uträknat ur de två beloppen).');
    expect(lead('what share of the 809 million went to childhood cancer?')).toMatch(/^Barncancer: SEK 80 million of the agreement's SEK 809 million in 2024, 9\.9 percent/u);
    expect(lead('Hur stor del av 1,005 miljarder går till förbättringsarbeten och RCC-stöd tillsammans?')).toMatch(/^Sammanlagt 456 miljoner kronor 2026/u);
  });
});

describe('a word cut short with a period, at the start of a telegraphic ask', () => {
  it('does not end the sentence before the year ("forbattringsarb. 2026, hur mkt?")', () => {
    expect(ask('forbattringsarb. 2026, hur mkt?').facts[0]).toMatchObject({ year: 2026, amountSEK: 280_000_000 });
    // A sentence of several words still ends at its period.
    expect(ask('Vi hade möte i går. 2024 års budget, hur mycket till barncancer?').facts[0]).toMatchObject({ year: 2024, amountSEK: 80_000_000 });
  });
});
