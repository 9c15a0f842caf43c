/**
 * What a question leaves out and what it adds up, as the asker reads the answer: the lines left are
 * those of the group or topic asked, the sum is of them, and the lines left out are named as the
 * source names them, never by the question's own words.
 */
import { describe, expect, it } from 'vitest';
import { ask, lead } from '../helpers/ask.ts';
const amounts = (q: string) => ask(q).facts.filter((f) => f.kind === 'budget').map((f) => f.amountSEK! / 1e6);

describe('"besides" and "except" in a question of what', () => {
  it('leaves out the line named after "utöver" and sums the rest of the group', () => {
    const a = ask('Vilka nationella medel fanns 2024 utöver generiskt kallelsesystem?');
    expect(a.facts.map((f) => f.amountSEK! / 1e6).sort((x, y) => x - y)).toEqual([3, 8, 14, 25]);
    expect(a.text.split('\n')[0]).toMatch(/50 miljoner kronor/u);
  });

  it('adds, not leaves out, what follows "utöver" in a question of whether', () => {
    const a = ask('Är de 39 miljonerna till RCC i samverkan pengar utöver de 809 miljonerna 2024?');
    expect(a.text).not.toMatch(/^Utan/u);
    // The 809 after "utöver" stays in the question: the answer relates the 39 to it.
    expect(a.text.split('\n')[0]).toMatch(/39 miljoner kronor .* ingår i överenskommelsen 2024 \(809 miljoner kronor\)/u);
    expect(a.facts).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'total', year: 2024, amountSEK: 809e6 })]));
  });

  it('names the line left out by its topic, though the question adds a word the line lacks', () => {
    const left = amounts('Vilka nationella medel finns 2024 förutom SVF-arbetet?');
    expect(left).not.toContain(14);
    expect(left).toEqual(expect.arrayContaining([15, 3, 8, 25]));
  });

  it('reads "särskilda satsningar" as the lines the source calls so', () => {
    expect(amounts('Särskilda satsningar 2024 förutom patologin?')).toEqual([60, 100]);
    expect(lead('hur mycket var de särskilda satsningarna 2024 sammanlagt?')).toMatch(/220 miljoner kronor/u);
  });

  it('counts the mammography and invitation-system lines as screening', () => {
    const left = amounts('Which 2024 budget lines for screening are there other than the generic call system?');
    expect(left.sort((x, y) => x - y)).toEqual([3, 8]);
  });
});

describe('a total with lines left out', () => {
  it('leads with the sum of the rest and names the line left out as the source does', () => {
    expect(lead('Vad blir totalen 2024 om man räknar bort barncancer?')).toBe('Utan raden "Barncancer" är det 2024 sammanlagt 729 miljoner kronor (summan av de listade budgetraderna).');
    const l = lead('Hur mycket var 2024 års överenskommelse förutom pengarna till regionerna för SVF?');
    expect(l).toMatch(/444 miljoner kronor/u);
    expect(l).not.toMatch(/pengarna|regionerna svf/u);
  });

  it('reads "(the 250 + 250)" as the one line they add up to', () => {
    expect(lead('2026 total except the money to the regions (the 250 + 250)?')).toBe('Without the line "Till regionerna", 2026 comes to SEK 505 million (the sum of the budget lines listed).');
  });
});

describe('an amount written as a sum', () => {
  it('confirms a sum that is the year\'s total, in the asker\'s language', () => {
    expect(lead('Jag sitter och räknar på 2026: 250+250+280+176+49. Blir det verkligen 1 005 mkr?')).toMatch(/^Ja, det stämmer\. .*1 005 miljoner kronor/u);
  });

  it('reads "250 + 250" as the 2026 line to the regions, not the 2021 total of the same amount', () => {
    const a = ask('The 2026 chart says 250 + 250 for the regions. Does that mean 500 million?');
    expect(a.text).toMatch(/^Yes/u);
    expect(a.facts[0]).toMatchObject({ year: 2026, amountSEK: 500e6, label: 'Till regionerna' });
  });

  it('still names the year of a total asked as a total', () => {
    expect(ask('Vilket år var totalen 500 miljoner?').facts[0]).toMatchObject({ kind: 'total', year: 2021 });
  });
});

describe('how two amounts a question names relate', () => {
  it('says a payment is part of the agreement, not money on top of it', () => {
    const a = ask('Är Kammarkollegiets 365, SKR:s 405 och de 39 till RCC i samverkan pengar utöver de 809?');
    expect(a.text.split('\n')[0]).toMatch(/ingår i överenskommelsen 2024 \(809 miljoner kronor\).*inte pengar utöver/u);
    expect(a.facts.filter((f) => f.kind === 'flow').map((f) => f.amountSEK! / 1e6).sort((x, y) => x - y)).toEqual([39, 365, 405]);
  });

  it('says the state grant is outside the agreement and both are in the Government\'s billion', () => {
    const l = lead('hey, following up:\n> 133,5 miljoner kronor är stadsbidrag till sjukvårdsregionala RCC\nis that part of the 809 or on top of it?');
    expect(l).toMatch(/^SEK 133\.5 million .* is not part of the 2024 agreement \(SEK 809 million\)/u);
    expect(l).toMatch(/Both are part of SEK 1,000 million/u);
  });

  it('reads "the billion" and "miljarden" as the billion the sources state', () => {
    expect(lead('> Regeringen avsätter en miljard kronor till cancervården under 2024\nis the billion the agreement itself?')).toMatch(/^The 2024 agreement \(SEK 809 million\) is part of SEK 1,000 million/u);
    expect(lead('Regeringen säger en miljard till cancervården 2024 men RCC skriver 809 miljoner. Vad stämmer?')).toMatch(/^Överenskommelsen 2024 \(809 miljoner kronor\) ingår i 1 000 miljoner kronor/u);
  });

  it('still checks one amount claimed of the agreement, and still answers "which of two"', () => {
    expect(lead('Stämmer det att överenskommelsen 2024 var på en miljard?')).toMatch(/^Nej, det stämmer inte\. Överenskommelsen 2024 omfattar totalt 809 miljoner kronor/u);
    expect(ask('Sjukvårdsregionalt stöd för SVF 2021 – var det 16 eller 9 miljoner?').facts[0]).toMatchObject({ year: 2021, amountSEK: 16e6 });
  });

  it('names what the billion holds beside the agreement', () => {
    const a = ask('Hur mycket av miljarden ingår i överenskommelsen, och vad är det som ligger utanför?');
    expect(a.facts.map((f) => f.amountSEK)).toEqual(expect.arrayContaining([809e6, 1000e6, 133.5e6]));
  });
});

describe('how many', () => {
  it('counts the thing asked, from the sentence that states it, not the tasks a list shows', () => {
    // (How many areas: the areas, counted, and the sentence that states the number.)
    const a = ask('Hur många områden delas 2023 års insatser in i?');
    expect(a.text.split('\n')[0]).toBe('Insatserna i överenskommelsen 2023 delas in i 4 områden:');
    expect(a.text).toMatch(/Källan: Insatserna i 2023 års överenskommelsen delas in i fyra områden .*\(källa 1, rad 13\)/u);
  });

  it('counts the budget lines it lists', () => {
    expect(lead('How many budget lines does the 2024 agreement have?')).toBe('2024 has 14 budget lines.');
    expect(lead('hur många budgetposter hade 2021?')).toBe('2021 har 6 budgetrader.');
  });

  it('never counts a word the sources only begin ("regions" is not "sex regionala cancercentrum")', () => {
    expect(ask('How many regions are there in Sweden?').text).not.toMatch(/six/u);
  });
});

describe('a word that only qualifies the topic', () => {
  it('sets aside an adjective the sources never use and answers a when-question with the sentence that names the year', () => {
    const a = ask('Vilket år togs den ursprungliga nationella cancerstrategin fram?');
    expect(a.answered).toBe(true);
    expect(a.facts[0]!.citation.quote).toMatch(/2009/u);
    expect(ask('Which year was the national cancer strategy originally drawn up?').facts[0]!.citation.quote).toMatch(/2009/u);
  });

  it('still refuses a topic the sources lack', () => {
    expect(ask('Hur mycket fick hudcancer 2024?').answered).toBe(false);
  });
});

describe('a how-is-it-paid reading with nothing to say', () => {
  it('gives way to the sentence that answers, quoted with the rest of its line', () => {
    const a = ask('Hej! Stämmer det att regionerna måste nå inklusionsmålet för att få ut pengarna? gäller 2024.');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Uppfyllelse av inklusionsmålet är en förutsättning för utbetalning av medel/u);
    expect(a.text).not.toMatch(/säger inget om hur pengarna/u);
  });
});

describe('who said the words quoted', () => {
  it('names the person on the line that holds them, with the line', () => {
    const a = ask("Hej, en fråga från en RCC-kommunikatör: vem var det som sa att 'överenskommelserna är ett bra sätt att driva utvecklingen' i pressmeddelandet?");
    expect(a.text.split('\n')[0]).toBe('Kjell Ivarsson, nationell cancersamordnare, säger det:');
    expect(a.text).toMatch(/Källor: 1\. Regeringen och SKR överens om en miljard till cancervården, rad 16/u);
    expect(a.text).not.toMatch(/kommunikatör/u);
  });
});

describe('the parts of a sum listed in a parenthesis', () => {
  it('adds up every line of the topic, the parenthesis naming no owner or topic of its own', () => {
    expect(lead('min chef vill veta hur mycket som gick till SVF 2024 om man räknar alla poster (regionerna + nationellt + samverkansregionalt)')).toMatch(/^Sammanlagt 407 miljoner kronor 2024/u);
    expect(lead('What is the combined total of all 2024 SVF lines (regions, national, cross-regional)?')).toMatch(/^In all SEK 407 million in 2024/u);
  });

  it('keeps its own "nothing" for how money of a topic the sources lack is paid', () => {
    expect(ask('Hur betalas medlen för ögonsjukvård ut?')).toMatchObject({ intent: 'payment', answered: false });
  });
});

describe('the dates of a document named', () => {
  it('answers "when" about a document with its own dates, the decision first', () => {
    const a = ask('what date was the board decision?');
    expect(a.answered).toBe(true);
    expect(a.facts[0]).toMatchObject({ kind: 'deadline', date: '2020-12-18' });
    expect(a.text.split('\n')[0]).toMatch(/^Dates in "Meddelande från styrelsen nr 19\/2020/u);
  });
});

describe('an amount claimed of a topic', () => {
  it('checks the topic\'s amount, the topic read from a compound of a concept and a word for the effort', () => {
    expect(lead('I mitt underlag står det att rehabsatsningen 2024 var 60 miljoner, stämmer det?')).toMatch(/^Nej, det stämmer inte\. 2024: Särskild satsning på rehabilitering: 100 miljoner kronor/u);
  });

  it('says no "yes" to a figure the asker only asks about ("What\'s that for?")', () => {
    const a = ask("I have a note saying 'SKR: 9 million, 2021'. What's that for?");
    expect(a.text).not.toMatch(/^Yes/u);
    expect(a.facts[0]).toMatchObject({ year: 2021, amountSEK: 9e6 });
  });
});

describe('context clauses and totals named as the whole', () => {
  it('reads "saw this quoted in a deck —" as context, never as words not understood', () => {
    const a = ask('> Regeringen avsätter en miljard kronor till cancervården under 2024\nsaw this quoted in a deck — is the billion the agreement itself?');
    expect(a.text).not.toMatch(/deck|saw/u);
  });

  it('answers the part asked of a total named ("Av de 809 …, hur mycket betalar Kammarkollegiet ut?")', () => {
    expect(ask('Av de 809 miljonerna 2024, hur mycket betalar Kammarkollegiet ut?').facts[0]).toMatchObject({ kind: 'flow', amountSEK: 365e6 });
  });
});

describe('a share the sources say in words', () => {
  it('answers "hur stor del" with the sentence that states the share', () => {
    const a = ask('Hur stor del av de 365 miljonerna betalas ut i början av året?');
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(/^Källorna anger andelen i ord: 2024: Hälften betalas ut i början av året/u);
  });
});

describe('a compound left out', () => {
  it('"utan rehabiliteringssatsningen" leaves out the rehabilitation effort, not every rehabilitation line', () => {
    expect(lead('Totalen 2024 utan rehabiliteringssatsningen?')).toBe('Utan raden "Särskild satsning på rehabilitering" är det 2024 sammanlagt 709 miljoner kronor (summan av de listade budgetraderna).');
  });
});

describe('a marker after what it leaves out', () => {
  it('"…, EU:s Joint Action om screening undantagen" leaves that task out', () => {
    const a = ask('Vilka uppdrag har RCC i samverkan inom tidig upptäckt 2024, EU:s Joint Action om screening undantagen?');
    expect(a.facts.some((f) => f.citation.quote.includes('Joint Action Cancer Screening'))).toBe(false);
    expect(a.facts.length).toBeGreaterThan(3);
  });

  it('"set aside for" leaves nothing out', () => {
    expect(ask('Under the 2026 deal, how many million are set aside for supporting the RCCs?').facts[0]).toMatchObject({ year: 2026, amountSEK: 176e6 });
  });
});

describe('what is left out, as the sources name it', () => {
  it('a compound of the sources\' words ("kallelsesystemsposten borträknad") leaves out its line', () => {
    const left = amounts('Nationella medel 2024 för RCC i samverkan, mammografiuppföljningen borträknad?');
    expect(left).not.toContain(3);
    expect(left).toEqual(expect.arrayContaining([15, 8, 14, 25]));
  });

  it('"om man bortser från" leaves out what follows', () => {
    expect(ask('Vad fick SKR 2021 om man bortser från SVF-stödet?').facts.some((f) => f.amountSEK === 9e6 && f.owner === 'SKR')).toBe(false);
  });

  it('the money a sentence names for a topic is left out with the topic: its line and its payment', () => {
    // "500 miljoner kronor går till regionernas arbete med … vårdförlopp" is the line "Till regionerna: 500".
    const a = ask('Vad fick regionerna 2026, SVF-pengarna oräknade?');
    expect(a.facts.some((f) => f.amountSEK === 500e6)).toBe(false);
    expect(a.facts[0]).toMatchObject({ amountSEK: 280e6 });
    // "Från Kammarkollegiet till regionerna: 365" is the payment of the SVF line.
    expect(ask('What did the regions receive in 2024 except the SVF money?').facts.some((f) => f.amountSEK === 365e6)).toBe(false);
  });

  it('two lines of one amount are told apart by their words: leaving out pathology keeps radiology', () => {
    expect(amounts('Vilka särskilda satsningar fanns 2024 utom patologin?')).toEqual([60, 100]);
  });

  it('an owner\'s money with something left out leads with every line that is left', () => {
    const first = ask('What did the regions receive in 2024 except the SVF money?').text.split('\n')[0]!;
    for (const line of ['patologin', 'radiologin', 'rehabilitering']) expect(first).toContain(line);
  });
});

describe('lines named in the plural', () => {
  it('"the three special efforts", "the special investments" name every such line of the year', () => {
    for (const q of ['what did the three special efforts get in 2024?', 'how much did the special investments get in 2024?']) {
      expect(amounts(q)).toEqual([60, 60, 100]);
    }
  });
});

describe('what is left of a total', () => {
  it('"hur mycket av totalen gick till annat än …" is the sum of the lines left, never a share of one of them', () => {
    expect(lead('Hur mycket av totalen 2021 gick till annat än barncancerstödet?')).toMatch(/^Utan raden "Sjukvårdsregionalt stöd via RCC för insatser inom barncancerområdet" är det 2021 sammanlagt 420 miljoner kronor/u);
  });

  it('a year further into what is left out is the year asked, not a year left out', () => {
    const a = ask('Vad går till annat än "Till nationellt arbete" i 2026 års överenskommelse?');
    expect(a.facts.every((f) => f.year === 2026)).toBe(true);
    expect(a.facts.some((f) => f.amountSEK === 49e6)).toBe(false);
  });

  it('"Besides X, what …" leaves X out', () => {
    expect(ask('Besides childhood cancer, what did the 2021 agreement fund through RCC?').facts.some((f) => f.amountSEK === 80e6)).toBe(false);
  });
});

describe('a line left out by its label in quotes', () => {
  it('is that line only, not every line its words fit', () => {
    expect(lead('Vad går till annat än "Till regionerna" i 2026 års överenskommelse?')).toBe('Utan raden "Till regionerna" är det 2026 sammanlagt 505 miljoner kronor (summan av de listade budgetraderna).');
  });

  it('a heading that cites its total reads the citation inside its parenthesis', () => {
    expect(ask('Hur mycket av totalen 2021 gick till annat än barncancerstödet?').text.split('\n')[1]).toBe('Budgetraderna 2021 (överenskommelsen omfattar totalt 500 miljoner kronor; källa 1, rad 139):');
  });
});
