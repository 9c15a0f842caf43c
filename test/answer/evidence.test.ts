/**
 * Answers chosen by what the sources hold, round 5: the sentence that says most of a question's
 * rarer words answers when none says all of it; a sentence goes on with the next one on its line
 * and with the heading it stands under; counts of things are no amounts; conditions, the rest of a
 * sum, a clause of time and the purpose of something are answered from the sentences that say them.
 */
import { describe, expect, it } from 'vitest';
import { ask, lead } from '../helpers/ask.ts';

const quotes = (q: string) => ask(q).facts.map((f) => f.citation.quote).join(' ');
const MSEK = 1_000_000;

describe('sentences found by what they are about', () => {
  it('dates a thing from the sentence under its heading ("Det här sättet … testades första gången 2024")', () => {
    const a = ask('Vilket år testades modellen med förbättringsarbeten första gången?');
    expect(a.answered).toBe(true);
    expect(a.facts[0]!.citation.quote).toMatch(/testades första gången 2024/u);
    expect(a.text).not.toMatch(/280 miljoner/u);
    expect(lead('När testades modellen där verksamheter söker medel för förbättringsarbeten första gången?')).toBe('Källorna anger tidpunkten i de här meningarna:');
  });

  it('quotes the sentence after the best one on its line, and does not call its words missing', () => {
    expect(quotes('which cancers are the focus for getting treated elsewhere in the country?')).toMatch(/kolorektal-, bröst- och prostatacancer/u);
    const a = ask('Vad är syftet med att man kan söka medel för projekt i primärvården?');
    expect(a.text).toMatch(/Syftet är att ge patienter mer sammanhållna vårdflöden/u);
    expect(a.text).not.toMatch(/nämner också "syftet"/u);
  });

  it('answers a who-question from the task that holds its rare words, though a common one is missing', () => {
    const a = ask('Who should help raise the screening participation rate in hard-to-reach groups?');
    expect(a.answered).toBe(true);
    expect(a.facts[0]).toMatchObject({ kind: 'insats', owner: 'RCC i samverkan' });
    expect(a.facts[0]!.citation.quote).toMatch(/deltagande/u);
  });

  it('answers when by a clause of time, and a deadline the sources do not set with no date', () => {
    const a = ask('När publiceras överenskommelsen i sin helhet?');
    expect(a.answered).toBe(true);
    expect(a.facts[0]!.citation.quote).toMatch(/när den är expedierad/u);
    expect(ask('When is the full agreement text published?').facts[0]!.citation.quote).toMatch(/expedierad/u);
    expect(ask('sista ansökningsdag för förbättringsarbeten 2026?').answered).toBe(false);
  });

  it('reads a purpose and "according to SKR" from the sentences that say it', () => {
    expect(quotes("What's the purpose of the yearly agreements with SKR, according to the government?")).toMatch(/gemensam riktning/u);
    expect(ask("What's the point of having regional cancer centres at all, according to SKR?").facts[0]!.citation.quote).toMatch(/Syftet med RCC är/u);
  });

  it('gives what is new about a topic named, and the sentences about it when nothing new is', () => {
    expect(ask("What's new about the regions' SVF money in 2026?").facts.some((f) => /extra medel/u.test(f.label))).toBe(true);
    const a = ask('Vilka diagnoser ska man fokusera på när patienter ska kunna få vård på annat håll i landet?');
    expect(a.intent).not.toBe('new');
    expect(a.text).toMatch(/kolorektal/u);
  });

  it('reads "the updated strategy" as the strategy, not a question of when it was updated', () => {
    const a = ask('Does the updated cancer strategy include childhood cancer?');
    expect(a.intent).not.toBe('deadlines');
    expect(a.text).toMatch(/barncancer/u);
  });
});

describe('numbers, money and what the sources say of them', () => {
  it('reads "how many MSEK" as an amount, and a number of regions as no amount', () => {
    expect(ask('How many MSEK were earmarked for the push to eliminate cervical cancer in 2024?')).toMatchObject({ answered: true });
    expect(ask('How many MSEK were earmarked for the push to eliminate cervical cancer in 2024?').facts[0]).toMatchObject({ year: 2024, amountSEK: 25 * MSEK });
    const each = ask('How much did each of the 21 regions get for barncancer in 2024?');
    expect(each.text).toMatch(/no amount per region/u);
    expect(each.text).not.toMatch(/21 million/u);
    expect(ask('hur många budgetrader finns 2024').text.split('\n')[0]).toBe('2024 har 14 budgetrader.');
  });

  it('says how the 365 million are split across the regions, asked in English', () => {
    expect(ask('How is the 365 million split across the regions in 2024?').text).toMatch(/befolkningsunderlag/u);
  });

  it('leads a payment question that asks its conditions with the sentences that state them', () => {
    for (const q of ['What must the regions do for the SVF money to be paid out?', 'Vad är villkoret för att regionerna ska få ut SVF-medlen 2024?']) {
      const a = ask(q);
      expect(a.facts[0]!.citation.quote).toMatch(/förutsättning för utbetalning/u);
    }
    // What someone must do, with no word of payment, is their tasks.
    expect(ask('vad maste regionerna sjalva gora enligt overenskommelsen 2024').intent).toBe('tasks');
  });

  it('says where the rest of the Government\'s billion goes, and what it says in words of its yearly money', () => {
    const rest = ask('The government put a billion into cancer care in 2024 but the agreement is 809. Where did the rest go?');
    expect(rest.facts.some((f) => f.amountSEK === 133.5 * MSEK)).toBe(true);
    expect(rest.text).toMatch(/myndighetsuppdrag/u);
    expect(quotes('Does the government spend more than a billion a year on cancer care?')).toMatch(/över en miljard kronor per år/u);
  });

  it('refuses what the agreement of a year without a source will contain', () => {
    const a = ask("What's the 2027 agreement going to contain?");
    expect(a.answered).toBe(false);
    expect(lead("What's the 2027 agreement going to contain?")).toMatch(/^There is no source for 2027/u);
  });
});

describe('messages as people write them', () => {
  it('reads abbreviations and "bland annat" as no topic', () => {
    const a = ask('vad ska regionerna själva göra enl 2024 års överenskommelse?');
    expect(a.text).not.toMatch(/\benl\b/u);
    expect(a.facts.filter((f) => f.kind === 'insats' && f.owner === 'Regionerna')).toHaveLength(2);
  });

  it('lists nobody for a who-question of words the sources never use', () => {
    const a = ask('who won the football last night lol');
    expect(a.answered).toBe(false);
    expect(a.facts.some((f) => f.person)).toBe(false);
  });

  it('answers "Var det inte nån genomlysning?", "Quick q\'s: … + …" and three things after a colon, each in order', () => {
    expect(ask('Vad ska göras med radiologin och patologin under 2024? Var det inte nån genomlysning?').parts).toHaveLength(2);
    const plus = ask("Quick q's: SKR board approval date for the 2021 deal + that year's total?");
    expect(plus.parts).toHaveLength(2);
    expect(plus.facts.some((f) => f.kind === 'total' && f.year === 2021)).toBe(true);
    const three = ask('Three things for a briefing note: the 2021 total, the 2023 total, and who the national cancer coordinator is now.');
    expect(three.text).toMatch(/Kjell Ivarsson/u);
    expect(ask("need three things for a memo on 2021:\n- the total\n- barncancer amount\n- who chaired SKR's board when it was approved").text).toMatch(/Anders Knape/u);
  });

  it('splits a second question that names an acronym of its own', () => {
    const a = ask('what do the regions themselves have to do under the 2024 agreement, and how much did they get for SVF that year?');
    expect(a.parts).toHaveLength(2);
    expect(a.facts.some((f) => f.amountSEK === 365 * MSEK)).toBe(true);
  });
});

describe('checks, roles, comparisons and dates chosen by what the sources hold', () => {
  it('confirms a stated amount from the line that states it when the words around it found nothing', () => {
    const a = ask('I\'m at the Ministry checking a draft: "In 2024 the six regional cancer centres received SEK 405 million directly from SKR." Correct?');
    expect(lead('I\'m at the Ministry checking a draft: "In 2024 the six regional cancer centres received SEK 405 million directly from SKR." Correct?')).toMatch(/^Yes, that is right: 2024: Från SKR till de sex sjukvårdsregionala RCC: SEK 405 million/u);
    expect(a.text).not.toMatch(/Ministry|draft/u);
    expect(lead('quick sanity check before this goes to the Ministry: the 2021 cancer agreement was 500 MSEK in total, correct?')).toMatch(/^Yes, that is right[.:] .*\bSEK 500 million/u);
  });

  it('answers what role a body plays from the sentences that define it', () => {
    const a = ask('Vilken roll har de regionala RCC:erna jämfört med RCC i samverkan enligt 2024-sidan?');
    expect(a.answered).toBe(true);
    expect(a.facts.some((f) => /De regionala RCC har motsvarande roll sjukvårdsregionalt/u.test(f.citation.quote))).toBe(true);
  });

  it('compares two years when how much more is asked, a sentence\'s amount as its line', () => {
    const a = ask('How much bigger was the SVF money for the regions in 2026 than in 2024?');
    expect(a.intent).toBe('compare');
    expect(a.text.split('\n')[0]).toBe('In 2026 the amount is higher than in 2024: SEK 135 million more, 37.0 percent (computed from the two amounts).');
    // An increase the sources state over a range is that increase, not a comparison of totals.
    expect(ask('hur mycket ökade bidraget per år 2022–2023 enligt 2021 års meddelande?').facts.some((f) => f.kind === 'funding' && f.amountSEK === 100 * MSEK)).toBe(true);
  });

  it('says a term the sources never spell out is the glossary\'s, unanswered by them; what it is, from where they use it', () => {
    expect(ask('Vad står PREM för?').answered).toBe(false);
    expect(ask('What does KVÅ stand for?').answered).toBe(false);
    expect(ask('jag är arbetsterapeut, vad är KVÅ i rehabsammanhang?').answered).toBe(true);
    expect(ask('vad står SVF för').answered).toBe(true);
  });

  it('gives the dates of the agreement year asked only, and which year before a month', () => {
    const a = ask('När beslutade SKR:s styrelse om 2024 års överenskommelse?');
    expect(a.answered).toBe(false);
    expect(a.facts.some((f) => f.date === '2020-12-18')).toBe(false);
    expect(ask('När beslutade SKR:s styrelse om överenskommelsen för 2021?').facts[0]!.date).toBe('2020-12-18');
    expect(ask('Which year was the national cancer strategy originally drawn up?').facts[0]!.citation.quote).toMatch(/2009/u);
  });

  it('says when an event happened that no date names, with the sentence about it', () => {
    const a = ask('Vilket år inrättades de sex regionala cancercentrumen?');
    expect(a.answered).toBe(false);
    expect(a.text.split('\n')[0]).toBe('Källorna anger inte när det skedde.');
    expect(a.facts[0]!.citation.quote).toMatch(/inrättandet av sex regionala cancercentrum/u);
  });

  it('leaves out a line the words name in part, and a decimal amount whole', () => {
    const a = ask('Screening-related budget lines in 2024, but leave out the mammography register');
    expect(a.facts.some((f) => f.amountSEK === 3 * MSEK)).toBe(false);
    expect(a.facts.some((f) => f.amountSEK === 8 * MSEK)).toBe(true);
    expect(ask('Total for 2024, not counting the 133.5 million stadsbidrag?').facts[0]).toMatchObject({ kind: 'total', amountSEK: 809 * MSEK });
    expect(lead("Other than the regions' SVF money, what does the 2026 agreement fund?")).toBe('Without the line "Till regionerna", 2026 comes to SEK 505 million (the sum of the budget lines listed).');
  });
});

describe('round 5, more classes', () => {
  it('answers the Government\'s money per year for a year inside the period it is stated for', () => {
    const a = ask('Ökade regeringens bidrag till cancervården även 2022?');
    expect(a.answered).toBe(true);
    expect(a.facts[0]).toMatchObject({ kind: 'funding', amountSEK: 100 * MSEK });
    expect(ask('Hur mycket ökar anslagen till cancervården 2025 enligt regeringen?').facts[0]).toMatchObject({ kind: 'funding', amountSEK: 500 * MSEK });
    // An amount of the agreement of that year is still refused.
    expect(ask('Hur mycket fick barncancer 2025?').answered).toBe(false);
  });

  it('reads a figure named with its chart as that chart\'s line, and a share of a year\'s money', () => {
    expect(ask("what's the 49 in the 2026 chart?").facts[0]).toMatchObject({ year: 2026, amountSEK: 49 * MSEK });
    // (The 80 after the question is a guess, checked: guesses.test.ts.)
    expect(ask('hur mycket fick barncancer 2024, var det 80?').text.split('\n')[0]).toMatch(/^Ja, det stämmer\. .*Barncancer: 80 miljoner kronor/u);
    expect(lead('Hur stor andel av 2026 års pengar går till förbättringsarbeten i regionerna?')).toMatch(/27,9 procent/u);
  });

  it('gives how money is paid out through the year, and no region\'s amount from an equal split between RCCs', () => {
    expect(quotes('When do the regions actually get the SVF money in 2024 - all at once at the start of the year?')).toMatch(/Hälften betalas ut i början av året/u);
    expect(ask('How much did each of the 21 regions get for barncancer in 2024?').answered).toBe(false);
    expect(ask('hur mycket får varje RCC för barncancer 2024').answered).toBe(true);
  });

  it('says nothing back of a lead-in or of who asks', () => {
    expect(ask(':coffee: morgonfråga — vilka tre övergripande mål lyfter den uppdaterade cancerstrategin enligt pressmeddelandet?').text).not.toMatch(/morgonfråga/u);
    const a = ask('Hey team bot 👋 a journalist asked me whether the government spends "over a billion a year" on cancer care. Is that in any of our sources?');
    expect(a.text).not.toMatch(/journalist|whether/u);
    expect(a.facts[0]!.citation.quote).toMatch(/över en miljard kronor per år/u);
    // A word nobody knows inside the question is still said.
    expect(ask('hur mycket fick blabla barncancer 2024').text).toMatch(/Jag förstod inte "blabla"/u);
  });
});

describe('round 5, last classes', () => {
  it('answers what was new in a year against the one before, though a word of the question is unknown', () => {
    const a = ask("Which care areas were newly included in 2021's agreement, compared with the year before?");
    expect(a.intent).toBe('new');
    expect(a.text).toMatch(/tillkommit/u);
  });

  it('gives the dates an agreement year\'s sources give, and what is left of a year without an amount', () => {
    expect(quotes('Under vilka år ska insatserna i 2021 års överenskommelse genomföras?')).toMatch(/sträcker sig därmed till år 2023/u);
    expect(lead('2026 exklusive regionernas 500 – vad blir kvar?')).toBe('Utan raden "Till regionerna" är det 2026 sammanlagt 505 miljoner kronor (summan av de listade budgetraderna).');
    expect(ask('För vilka år finns källor?').facts.map((f) => f.year)).toEqual([2021, 2023, 2024, 2026]);
  });

  it('answers who gets money from a payer named with what that payer pays out, less what is left out', () => {
    expect(ask('Vem får pengar från SKR 2024?').facts.map((f) => f.amountSEK)).toEqual([405 * MSEK, 39 * MSEK]);
    expect(ask('Who else, apart from the regional RCCs, gets 2024 money from SKR?').facts.map((f) => f.amountSEK)).toEqual([39 * MSEK]);
  });

  it('says where the only contact details in the sources are, with their line, never that there are none at all', () => {
    for (const q of ["need SKR's switchboard number from the 2021 board message, what is it?", "What is RCC i samverkan's phone number?"]) {
      expect(lead(q)).toMatch(/except in the letterhead of “Meddelande från styrelsen nr 19\/2020.*”, which gives for Sveriges Kommuner och Regioner: “Tfn: växel 08-452 70 00, Fax: 08-452 70 50” \(line 22\)\.$/u);
    }
    expect(lead('Vad har SKR för telefonnummer?')).toMatch(/^Källorna anger inga kontaktuppgifter \(telefon, e-post eller adress\), utom i sidhuvudet på/u);
    // Asked of SKR, the letterhead answers; asked of another body, it does not.
    expect(ask("need SKR's switchboard number from the 2021 board message, what is it?").answered).toBe(true);
    expect(ask("What is RCC i samverkan's phone number?").answered).toBe(false);
  });

  it('answers "och vad kostar det?" after a question of tasks as its own ask', () => {
    const a = ask('vad ska RCC i samverkan göra kring mammografi 2024 och vad kostar det?');
    expect(a.parts).toHaveLength(2);
    expect(a.facts.some((f) => f.amountSEK === 3 * MSEK)).toBe(true);
  });
});
