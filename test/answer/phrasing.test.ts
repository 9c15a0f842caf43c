/**
 * Ways staff phrase questions, grouped by what the user sees: each test names a kind of phrasing
 * (question words in any form, the lexicon's words, ranking, years, owners) and checks it with
 * wordings of its own.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { uncitedAmounts } from '../../src/answer/format.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { unicodeWords } from '../../src/text/analyze.ts';

const corpus = loadCorpus();
const ask = (q: string, today = '2026-11-23') => {
  const a = answer(q, { corpus, today });
  expect(uncitedAmounts(a.text, a.facts)).toEqual([]);
  return a;
};
const MSEK = 1_000_000;

describe('word rules read Swedish letters as letters', () => {
  it('matches whole words that start or end with å, ä or ö, and never inside another word', () => {
    expect(unicodeWords(/\bårets\b/u).test('vad gäller årets avtal')).toBe(true);
    expect(unicodeWords(/\bäger\b/u).test('vad säger källan')).toBe(false);
    expect(unicodeWords(/\bäger\b/u).test('vem äger frågan')).toBe(true);
  });

  it('reads "årets" as the year of today', () => {
    expect(ask('Hur mycket omfattar årets avtal?', '2023-09-10').facts[0]).toMatchObject({ kind: 'total', year: 2023, amountSEK: 556 * MSEK });
  });

  it('does not take "säger" for "äger" (who owns)', () => {
    expect(ask('Vad säger texten om kliniska studier?').intent).not.toBe('responsible');
  });

  it('reads a year written together with a word', () => {
    expect(ask('radiologin2024').facts[0]).toMatchObject({ year: 2024, amountSEK: 60 * MSEK });
  });
});

describe('words that say what is asked are never taken for the topic', () => {
  it('reads money verbs (received, satsades, värd) as asking for an amount', () => {
    expect(ask('What amount did pathology receive in 2024?').facts[0]).toMatchObject({ year: 2024, amountSEK: 60 * MSEK });
    expect(ask('Hur mycket satsades på radiologin 2024?').facts[0]).toMatchObject({ year: 2024, amountSEK: 60 * MSEK });
    expect(ask('Vad var avtalet 2021 värt?').facts[0]).toMatchObject({ kind: 'total', year: 2021, amountSEK: 500 * MSEK });
  });

  it('reads "rör", "say" and "göras" as question words', () => {
    const a = ask('Vilka uppdrag rör mammografi?');
    expect(a).toMatchObject({ intent: 'tasks', answered: true });
    expect(ask('What do the sources say about the regimen library?')).toMatchObject({ answered: true });
    expect(ask('Vad ska göras inom radiologin?')).toMatchObject({ intent: 'tasks', answered: true });
  });

  it('asks for money, not tasks, when "how much" stands beside "work on"', () => {
    expect(ask('How much money goes to work on childhood cancer in 2024?').facts[0]).toMatchObject({ year: 2024, amountSEK: 80 * MSEK });
  });

  it('reads "have to do" as tasks of the owner named', () => {
    const a = ask('What do the regions have to do?');
    expect(a.intent).toBe('tasks');
    expect(a.facts.every((f) => f.owner === 'Regionerna')).toBe(true);
  });

  it('says "you are welcome" to thanks', () => {
    expect(ask('Tack så mycket!')).toMatchObject({ intent: 'thanks', answered: true, language: 'sv' });
    expect(ask('thanks a lot')).toMatchObject({ intent: 'thanks', language: 'en' });
  });
});

describe('budget lines, largest and smallest', () => {
  it('lists a year\'s budget lines with its total when asked how the money is split', () => {
    const a = ask('Visa budgetposterna för 2026');
    expect(a.intent).toBe('lines');
    expect(a.facts.filter((f) => f.kind === 'budget' && f.year === 2026)).toHaveLength(4);
    expect(a.facts.some((f) => f.kind === 'total' && f.amountSEK === 1005 * MSEK)).toBe(true);
    expect(ask('Break down the 2021 agreement').facts.filter((f) => f.kind === 'budget' && f.year === 2021)).toHaveLength(6);
  });

  it('says a year without budget lines has only its total', () => {
    const a = ask('Hur fördelades medlen 2023?');
    expect(a.answered).toBe(false);
    expect(a.facts).toEqual([expect.objectContaining({ kind: 'total', year: 2023, amountSEK: 556 * MSEK })]);
  });

  it('puts the largest (or smallest) first when asked for it', () => {
    expect(ask('Which agreement year was the biggest?').facts[0]).toMatchObject({ year: 2026, amountSEK: 1005 * MSEK });
    expect(ask('Vilket år var summan minst?').facts[0]).toMatchObject({ year: 2021, amountSEK: 500 * MSEK });
    expect(ask('Vad fick mest pengar 2024?').facts[0]).toMatchObject({ kind: 'budget', year: 2024, amountSEK: 365 * MSEK });
  });
});

describe('ranking: the fact the question names comes first', () => {
  it('puts the budget line that is only the topic before lines that add a qualifier', () => {
    expect(ask('Vad fick standardiserade vårdförlopp 2024?').facts[0]).toMatchObject({ amountSEK: 365 * MSEK });
    expect(ask('jämför SVF-pengarna 2021 med 2024').facts.map((f) => f.amountSEK)).toEqual([370 * MSEK, 365 * MSEK]);
  });

  it('prefers the line that goes through the owner named when no line is owned by it', () => {
    expect(ask('How much did RCC i samverkan get for SVF work in 2021?').facts[0]).toMatchObject({ year: 2021, amountSEK: 9 * MSEK });
  });

  it('puts the Government money the question names first, and what is part of the agreement when asked', () => {
    expect(ask('Hur stort är statsbidraget 2024?').facts[0]).toMatchObject({ kind: 'funding', amountSEK: 133.5 * MSEK });
    expect(ask('Which part of the billion is included in the agreement?').facts[0]).toMatchObject({ amountSEK: 809 * MSEK });
  });

  it('lists the owner with most matching tasks first in facts as in text', () => {
    const a = ask('Who manages Min vårdplan?');
    expect(a.intent).toBe('responsible');
    expect(a.facts[0]?.owner).toBe('RCC i samverkan');
    expect(ask('Vem sköter regimbiblioteket?').facts[0]?.owner).toBe('RCC i samverkan');
  });
});

describe('people', () => {
  it('prefers the person whose role and year the question names', () => {
    expect(ask('Who was acting national cancer coordinator in 2023?').text.split('\n')[0]).toContain('Helena Brändström');
    expect(ask('Vem är ordförande för SKR?').text).toContain('Anders Knape');
  });

  it('a role the question names beats the year it names, and only the people in that role are listed', () => {
    const coordinator = ask('Vem var cancersamordnare år 2024?');
    expect(coordinator.intent).toBe('people');
    expect(coordinator.facts.map((f) => f.person?.role)).toEqual(expect.arrayContaining([expect.stringContaining('cancersamordnare')]));
    expect(coordinator.facts.every((f) => f.person?.role.includes('cancersamordnare'))).toBe(true);
    expect(ask('Vilken cancersamordnare nämns 2024?').intent).toBe('people');
    const pm = ask('Who was the prime minister in 2024?');
    expect(pm.facts.map((f) => f.person?.name)).toEqual(['Ulf Kristersson']);
  });

  it('quotes a person the question names', () => {
    const a = ask('What did Helena Brändström say?');
    expect(a.intent).toBe('people');
    expect(a.facts.every((f) => f.person?.name === 'Helena Brändström')).toBe(true);
  });
});

describe('language', () => {
  it('names shared by both languages do not decide it: an English question about "RCC i samverkan" or "Regionerna" is English', () => {
    expect(ask('which tasks do Regionerna have in 2024?').language).toBe('en');
    expect(ask('who leads RCC i samverkan?').language).toBe('en');
    expect(ask('vilka insatser har RCC i samverkan?').language).toBe('sv');
  });
});

describe('domain words', () => {
  it('finds dates through "action plan" and "increase"', () => {
    expect(ask('When does the action plan for childhood cancer expire?').facts.map((f) => f.date)).toContain('2025-12-31');
    expect(ask('Till när gäller ökningen av anslagen?').facts.map((f) => f.date)).toContain('2026-12-31');
  });

  it('reads coordination and eradicating in English', () => {
    expect(ask('money for coordination of screening 2024').facts[0]).toMatchObject({ amountSEK: 8 * MSEK });
    expect(ask('How much was set aside for eradicating cervical cancer in 2024?').facts[0]).toMatchObject({ amountSEK: 25 * MSEK });
  });
});

describe('areas, compounds and coverage', () => {
  it('counts an area once when two sources of a year word it with and without "med mera"', () => {
    const a = ask('Which focus areas does the 2024 agreement have?');
    expect(a.facts.filter((f) => f.tags?.includes('area'))).toHaveLength(4);
  });

  it('reads a compound ending in a generic word ("-vården", "-verksamheten") as its first part', () => {
    expect(ask('Vad fick barncancervården 2021?').facts[0]).toMatchObject({ year: 2021, amountSEK: 80 * MSEK });
    expect(ask('Hur mycket gick till ögonsjukvården 2024?').answered).toBe(false);
  });

  it('names the years the sources cover, and the gaps', () => {
    const a = ask('För vilka år finns källor?');
    expect(a.text).toContain('ingen källa för 2022 och 2025');
    expect(a.facts.map((f) => f.year)).toEqual([2021, 2023, 2024, 2026]);
  });
});

describe('several topics, changes over years, owners', () => {
  it('gives each topic joined by "och"/"and" its own line when no one line is both', () => {
    const a = ask('Vad fick radiologin och barncancer 2024?');
    expect(a.facts.map((f) => f.amountSEK)).toEqual([60 * MSEK, 80 * MSEK]);
    const b = ask('How much for rehabilitation and eye care in 2024?');
    expect(b.facts.map((f) => f.amountSEK)).toEqual([100 * MSEK]);
    expect(b.text).toMatch(/no figure for eye care/);
  });

  it('reads "grown", "go up" and "ökat" as a comparison over years', () => {
    const a = ask('Har överenskommelsen vuxit sedan 2023?');
    expect(a.intent).toBe('compare');
    expect(a.facts.map((f) => f.year)).toEqual([2023, 2024, 2026]);
    const b = ask('Did the money for SVF go up between 2021 and 2024?');
    expect(b.facts.map((f) => f.amountSEK)).toEqual([370 * MSEK, 365 * MSEK]);
    expect(b.text).toMatch(/lower/);
  });

  it('reads "from 2023 to 2024" as those years only', () => {
    expect(ask('totals from 2023 to 2024').facts.map((f) => f.year)).toEqual([2023, 2024]);
  });

  it('answers an owner\'s money, not the agreement\'s total, when "totalt" names an owner', () => {
    expect(ask('Hur mycket fick RCC i samverkan totalt 2024?').facts[0]).toMatchObject({ owner: 'RCC i samverkan', amountSEK: 39 * MSEK });
  });

  it('puts the smallest budget line first for "minsta"', () => {
    expect(ask('Vilken är den minsta posten 2026?').facts[0]).toMatchObject({ year: 2026, amountSEK: 49 * MSEK });
  });

  it('reads "area" beside an amount word as a topic, not the areas list', () => {
    expect(ask('How much did the childhood cancer area get in 2024?').facts[0]).toMatchObject({ amountSEK: 80 * MSEK });
  });

  it('lists dates that are coming up', () => {
    const a = ask('Which dates are coming soon?');
    expect(a.answered).toBe(true);
    expect(a.facts.every((f) => f.date! >= '2026-11-23')).toBe(true);
  });
});

describe('more ways to ask', () => {
  it('reads "more than" between two years, and "grow", as a comparison', () => {
    expect(ask('Did 2024 have less money than 2026?').intent).toBe('compare');
    expect(ask('How much did the total grow between 2021 and 2024?').intent).toBe('compare');
  });

  it('reads "overall" and "put into" as amount words, not topics', () => {
    expect(ask('What was the overall amount in 2023?').facts[0]).toMatchObject({ kind: 'total', year: 2023 });
    expect(ask('How much does the government put into cancer care?').intent).toBe('funding');
  });

  it('lists dates that have passed, and what happens in a year without a source of its own', () => {
    const a = ask('Vilka datum har redan passerat?');
    expect(a.answered).toBe(true);
    expect(a.facts.every((f) => f.date! < '2026-11-23')).toBe(true);
    expect(ask('Vad händer 2030?').facts.map((f) => f.date)).toEqual(['2030-12-31']);
  });

  it('lists tasks, not the areas, for tasks within a named area', () => {
    const a = ask('Which tasks fall under the area of early detection?');
    expect(a.intent).toBe('tasks');
    expect(a.facts.length).toBeGreaterThan(0);
  });

  it('answers English imperatives in English', () => {
    expect(ask('Explain OPT').language).toBe('en');
    expect(ask('Define CCC').language).toBe('en');
  });
});

describe('years named without a number', () => {
  it('reads "senaste"/"latest" as the newest agreement up to today, and "first" as the first', () => {
    expect(ask('Vad omfattade den senaste överenskommelsen?', '2025-05-01').facts[0]).toMatchObject({ year: 2024, amountSEK: 809 * MSEK });
    expect(ask('How big was the latest agreement?').facts[0]).toMatchObject({ year: 2026 });
    expect(ask('Vad var den första överenskommelsen värd?').facts[0]).toMatchObject({ year: 2021, amountSEK: 500 * MSEK });
  });

  it('reads "för två år sedan", "3 years ago" and "i förrfjol" against today', () => {
    expect(ask('barncancer för två år sedan', '2026-03-01').facts[0]).toMatchObject({ year: 2024, amountSEK: 80 * MSEK });
    expect(ask('total 5 years ago', '2026-03-01').facts[0]).toMatchObject({ year: 2021 });
    expect(ask('totalen i förrfjol', '2025-03-01').facts[0]).toMatchObject({ year: 2023 });
  });
});

describe('definitions', () => {
  it('defines an acronym asked for by its long form, English or Swedish', () => {
    const a = ask('What are standardized care pathways?');
    expect(a.intent).toBe('definition');
    expect(a.text).toContain('SVF');
    expect(ask('Vad menas med regionala cancercentrum?').text).toContain('RCC står för regionala cancercentrum');
  });

  it('quotes the sentences that mention a term when none defines it', () => {
    const a = ask("what's CCC?");
    expect(a.intent).toBe('definition');
    expect(a.facts.length).toBeGreaterThan(0);
    expect(a.facts.every((f) => /CCC|comprehensive/i.test(f.citation.quote))).toBe(true);
  });
});

describe('amounts named in the question, and more question words', () => {
  it('finds the lines that state an amount the question names, and never echoes one no source states', () => {
    expect(ask('Vilken budgetrad är 176 miljoner?').facts[0]).toMatchObject({ year: 2026, amountSEK: 176 * MSEK });
    const a = ask('What is the 42 million?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/42/);
  });

  it('reads "har hand om", "which organisation" and "works with" as asking who is responsible', () => {
    expect(ask('Vilken aktör har hand om kallelsesystemen?')).toMatchObject({ intent: 'responsible', answered: true });
    expect(ask('Which organisation works with teledermatoscopy?').facts[0]?.owner).toBe('RCC i samverkan');
  });

  it('drops a compound part that is itself a question word ("cancer-")', () => {
    expect(ask('cancerscreeningen 2024 pengar').facts[0]).toMatchObject({ amountSEK: 8 * MSEK });
  });

  it('reads "when was … decided" as a date question', () => {
    expect(ask('When was the agreement for 2021 decided?').facts.map((f) => f.date)).toContain('2020-12-18');
    expect(ask('När kom nyheten om primärvården?').intent).toBe('deadlines');
  });

  it('asks for money when "hur mycket" stands beside a task noun, and reads "six"', () => {
    expect(ask('Hur mycket pengar får RCC för sina uppdrag 2024?').intent).toBe('amount');
    expect(ask('How much goes to the six RCCs in 2024?').facts[0]).toMatchObject({ amountSEK: 405 * MSEK });
  });
});

describe('compounds, units and frames of the question', () => {
  it('reads a known word at the start of an unknown compound ("barncancerkliniken")', () => {
    expect(ask('Vad fick barncancerkliniken 2021?').facts[0]).toMatchObject({ year: 2021, amountSEK: 80 * MSEK });
  });

  it('reads "anslogs", "totalsumman", "års" and "share" as question words', () => {
    expect(ask('Vad anslogs till patologin 2024?').facts[0]).toMatchObject({ amountSEK: 60 * MSEK });
    expect(ask('Vad blev totalsumman 2023?').facts[0]).toMatchObject({ kind: 'total', year: 2023 });
    expect(ask('Hur stor var 2024 års avtal?').facts[0]).toMatchObject({ kind: 'total', year: 2024 });
    expect(ask('What share went to RCC support in 2026?').facts[0]).toMatchObject({ amountSEK: 176 * MSEK });
  });

  it('lists dates after a year with no end to the range, and "på gång" as upcoming', () => {
    expect(ask('Which dates come after 2025?').facts.map((f) => f.date)).toEqual(['2026-12-31', '2030-12-31']);
    expect(ask('Vad är på gång?', '2025-06-01').facts.every((f) => f.date! >= '2025-06-01')).toBe(true);
  });

  it('reads "skiljer sig" as a comparison, and role words with a Swedish ending', () => {
    expect(ask('Hur skiljer sig rehabilitering mellan 2024 och 2026?').intent).toBe('compare');
    expect(ask('Vem var den tillförordnade cancersamordnaren?').text.split('\n')[0]).toContain('Helena Brändström');
    expect(ask('Who was the interim coordinator?').text.split('\n')[0]).toContain('Helena Brändström');
  });
});

describe('what opens a Slack message', () => {
  it('reads past a greeting, a typed @mention and "vet du" to the question', () => {
    expect(ask('Hejsan! Vet du vad radiologin fick 2024?').facts[0]).toMatchObject({ year: 2024, amountSEK: 60 * MSEK });
    const a = ask('Hey @cancerbot, what was the 2023 total?');
    expect(a).toMatchObject({ language: 'en', answered: true });
    expect(a.facts[0]).toMatchObject({ kind: 'total', year: 2023 });
  });

  it('answers a question that follows thanks, and still says "you are welcome" to thanks alone', () => {
    expect(ask('Tack! Men vad fick rehabilitering 2024?').facts[0]).toMatchObject({ amountSEK: 100 * MSEK });
    expect(ask('Tack för hjälpen!').intent).toBe('thanks');
    expect(ask('God morgon!').intent).toBe('help');
  });
});

describe('comparisons, years and payment in other words', () => {
  it('reads "jämfört med" and "hur mycket större … än" as a comparison, never as a topic', () => {
    const a = ask('Vad fick barncancer 2021 jämfört med 2024?');
    expect(a).toMatchObject({ intent: 'compare', answered: true });
    expect(a.facts.map((f) => f.amountSEK)).toEqual([80 * MSEK, 80 * MSEK]);
    const b = ask('How much bigger was the 2026 agreement than 2021?');
    expect(b).toMatchObject({ intent: 'compare', answered: true });
    expect(b.text).toMatch(/higher/);
  });

  it('reads "förra årets" as last year and "nästa års" as next year, not as this year', () => {
    expect(ask('Vad omfattade förra årets överenskommelse?', '2025-04-01').facts[0]).toMatchObject({ kind: 'total', year: 2024 });
    expect(ask('Vad omfattar nästa års överenskommelse?', '2025-04-01').facts[0]).toMatchObject({ kind: 'total', year: 2026 });
  });

  it('lists the dates still to come in a year for "återstår"/"left"', () => {
    const a = ask('Vilka datum återstår 2026?');
    expect(a.answered).toBe(true);
    expect(a.facts.every((f) => f.date! >= '2026-11-23' && f.date!.startsWith('2026'))).toBe(true);
  });

  it('reads a split "betalar … ut" and "när … betalas" as how the money is paid, the payer and recipient named first', () => {
    const a = ask('Vad betalar SKR ut till RCC i samverkan 2024?');
    expect(a.intent).toBe('payment');
    expect(a.facts[0]).toMatchObject({ kind: 'flow', amountSEK: 39 * MSEK });
    expect(ask('When is the money paid out?').intent).toBe('payment');
  });

  it('says what the sources say of an owner named alone', () => {
    expect(ask('Hur många regionala cancercentrum finns det?').text).toMatch(/sex regionala cancercentrum/);
  });
});

describe('dates named by a compound head or another form of the verb', () => {
  it('finds a plan by "-planen" and a report by "rapportera"', () => {
    expect(ask('Hur länge löper handlingsplanen för barncancer?').facts.map((f) => f.date)).toContain('2025-12-31');
    expect(ask('When did Myndigheten för vård- och omsorgsanalys report to the ministry?').facts.map((f) => f.date)).toContain('2024-01-31');
  });

  it('reads "tar slut", "hur länge" and the board as date words and topics', () => {
    expect(ask('När tar preventionsplanen slut?').facts.map((f) => f.date)).toContain('2030-12-31');
    expect(ask('When did the SKR board approve the 2021 agreement?').facts.map((f) => f.date)).toContain('2020-12-18');
  });
});

describe('compounds in a budget line\'s name', () => {
  it('puts the line whose one-word compound is the topic ("standardiseradevårdförlopp") before lines that add a qualifier', () => {
    expect(ask('vårdförlopp 2024 pengar?').facts[0]).toMatchObject({ year: 2024, amountSEK: 365 * MSEK });
    expect(ask('Vad fick rehabiliteringen 2024?').facts[0]).toMatchObject({ year: 2024, amountSEK: 100 * MSEK });
  });
});

describe('a payment to the owner named', () => {
  it('answers what the owner is paid for a purpose the payment states, before the budget lines that are parts of it', () => {
    const a = ask('What does RCC i samverkan receive for its national assignments in 2024?');
    expect(a.facts[0]).toMatchObject({ kind: 'flow', owner: 'RCC i samverkan', amountSEK: 39 * MSEK });
    // A topic the payment does not state is a budget line's.
    expect(ask('Hur mycket får RCC i samverkan för screeningsamordning 2024?').facts[0]).toMatchObject({ kind: 'budget', amountSEK: 8 * MSEK });
  });
});

describe('a group of budget lines named by its heading', () => {
  it('lists the group\'s lines and their sum, said to be the sum of the lines listed', () => {
    const a = ask('Vad omfattar de sjukvårdsregionala medlen 2024?');
    expect(a.facts.map((f) => f.amountSEK)).toEqual([28, 80, 25, 5, 21].map((x) => x * MSEK));
    expect(a.text).toContain('159 miljoner kronor');
    expect(a.text).toMatch(/sammanlagt 159 miljoner kronor, summan av raderna nedan/);
    const b = ask('What do the national funds of 2024 consist of?');
    expect(b.facts).toHaveLength(5);
    expect(b.facts.every((f) => f.group?.startsWith('Nationella medel'))).toBe(true);
    expect(b.text).toContain('SEK 65 million');
  });

  it('answers the one line whose own name is the topic, not its group', () => {
    expect(ask('Hur mycket gick till nationell uppföljning av mammografi 2024?').facts).toHaveLength(1);
    expect(ask('Hur mycket gick till barncancer 2024?').facts[0]).toMatchObject({ amountSEK: 80 * MSEK });
  });
});

describe('verbs that say the topic', () => {
  it('reads "ökar"/"ökningen" as the increase the sources state, newest period first', () => {
    expect(ask('Med hur mycket ökar anslagen per år 2024–2026?').facts[0]).toMatchObject({ kind: 'funding', amountSEK: 500 * MSEK });
    expect(ask('Hur stor var ökningen?').facts[0]).toMatchObject({ amountSEK: 500 * MSEK, period: { from: 2024, to: 2026 } });
  });

  it('reads "följa upp" as uppföljning', () => {
    expect(ask('Vem följer upp långtidsuppföljning efter barncancer?').answered).toBe(true);
    expect(ask('Vem ska följa upp mammografin?').facts[0]).toMatchObject({ kind: 'insats', owner: 'RCC i samverkan' });
  });

  it('answers "vem ska <verb>" with the owner of the tasks that are that verb', () => {
    const a = ask('Vem ska fördela pengar till rehabilitering?');
    expect(a.facts.length).toBeGreaterThan(0);
    expect(a.facts.every((f) => f.owner === 'RCC' && /fördela/.test(f.label))).toBe(true);
  });
});

describe('when a topic has no milestone of its own', () => {
  it('quotes the sentences about it that name a year or month, beside any milestones', () => {
    const a = ask('Vilket år togs den nationella cancerstrategin fram, och när ska den vara klar?');
    expect(a.facts.some((f) => /2009/.test(f.citation.quote))).toBe(true);
    const b = ask('When was the cancer strategy updated?');
    expect(b.facts.some((f) => /januari/.test(f.citation.quote))).toBe(true);
  });

  it('answers "vad händer med X" with what the sources say of X when X has no date', () => {
    const a = ask('Vad händer med primärvården?');
    expect(a.answered).toBe(true);
    expect(a.facts.some((f) => /primärvård/.test(f.citation.quote))).toBe(true);
  });
});

describe('payment questions about a topic', () => {
  it('puts the payment sentence the question names first', () => {
    expect(ask('Betalas hälften ut i början av året?').facts[0]?.citation.quote).toMatch(/Hälften betalas ut i början av året/);
  });

  it('says the sources do not describe how money for a topic they never pay out is paid', () => {
    const a = ask('Hur betalas medlen för ögonsjukvård ut?');
    expect(a).toMatchObject({ intent: 'payment', answered: false });
  });
});

describe('"which" questions beside money words', () => {
  it('answers "vilka … får medel" from the sentences that say which, when no amount is about it', () => {
    const a = ask('Vilka regioner får extra medel 2026?');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.citation.quote).toMatch(/extra medel tilldelas de regioner/);
  });

  it('still says there is no figure when the question asks how much', () => {
    expect(ask('Hur mycket extra medel får regionerna med förbättrade ledtider 2026?').facts.every((f) => f.amountSEK === null || f.kind === 'total' || f.kind === 'budget' || f.kind === 'passage')).toBe(true);
    expect(ask('Vad kostar Min vårdplan?').answered).toBe(false);
  });
});

describe('more everyday words', () => {
  it('reads fillers and total words ("yo", "grand total", "totalbeloppet") as question words', () => {
    expect(ask('yo how much did radiology get in 2024').facts[0]).toMatchObject({ amountSEK: 60 * MSEK });
    expect(ask('Vad blev totalbeloppet 2023?').facts[0]).toMatchObject({ kind: 'total', year: 2023 });
    expect(ask('grand total 2021?').facts[0]).toMatchObject({ kind: 'total', year: 2021 });
  });

  it('reads "lägger regeringen", "kring", "förändrades" and "täcker" as question words', () => {
    expect(ask('Vad lägger regeringen på cancervården 2024?').intent).toBe('funding');
    expect(ask('Vilka uppdrag finns kring strålbehandling?').answered).toBe(true);
    expect(ask('Hur förändrades totalen från 2021 till 2024?').intent).toBe('compare');
    expect(ask('Vilka år täcker källorna?').text).toMatch(/ingen källa för 2022 och 2025/);
  });

  it('reads "unga", "inleddes" and English superlatives', () => {
    expect(ask('Vilka insatser finns för barn och unga?').answered).toBe(true);
    expect(ask('När inleddes uppdateringen av strategin?').facts.map((f) => f.date)).toContain('2023-03-31');
    expect(ask('smallest budget line 2024').language).toBe('en');
  });

  it('finds the dates of an amount the question names', () => {
    expect(ask('Until when are the 600 million per year?').facts[0]).toMatchObject({ kind: 'deadline', date: '2023-12-31' });
  });

  it('answers help for "vad kan jag fråga om"', () => {
    expect(ask('Vad kan jag fråga om?').intent).toBe('help');
  });

  it('puts what the owner named is said to do first when it has no task on the topic', () => {
    expect(ask('Vad gör RCC med screening?').facts[0]?.citation.quote).toMatch(/^RCC har också uppdraget att stödja regionernas screening/);
  });
});

describe('levels, superlatives and what is new', () => {
  it('reads "på nationell nivå" as national, "lägst" and "shrink" as question words', () => {
    expect(ask('Vad fick SVF-arbetet på nationell nivå 2024?').facts[0]).toMatchObject({ amountSEK: 14 * MSEK });
    expect(ask('Vilket år hade högst totalbelopp?').facts[0]).toMatchObject({ kind: 'total', year: 2026 });
    expect(ask('Did the agreement shrink from 2024 to 2026?').intent).toBe('compare');
  });

  it('reads "nya fokusområden" as what is new', () => {
    expect(ask('Finns det några nya fokusområden i år?').text).toMatch(/primärvård/);
  });

  it('does not take a year in a sentence for the date something will be ready', () => {
    expect(ask('När ska handlingsplanen för precisionsmedicin vara färdig?').answered).toBe(false);
  });

  it('answers the tasks of RCC in a year whose text gives them to RCC i samverkan', () => {
    const a = ask('Vilka uppdrag hade RCC 2021?');
    expect(a.answered).toBe(true);
    expect(a.facts.every((f) => f.owner === 'RCC i samverkan' && f.year === 2021)).toBe(true);
  });
});

describe('units, frames and decimal commas', () => {
  it('reads units and frames as question words: "mnkr", "ramen", "totals", "tidsfrister", "delas"', () => {
    expect(ask('Hur stor var totalen för 2021 i mnkr?').facts[0]).toMatchObject({ kind: 'total', year: 2021, amountSEK: 500 * MSEK });
    expect(ask('Hur stor är ramen för 2023?').facts[0]).toMatchObject({ kind: 'total', year: 2023, amountSEK: 556 * MSEK });
    expect(ask('show the totals for each year').facts.filter((f) => f.kind === 'total').length).toBeGreaterThanOrEqual(4);
    expect(ask('Vilka tidsfrister återstår?', '2025-01-10').facts.some((f) => f.kind === 'deadline')).toBe(true);
    expect(ask('Hur delas insatserna in?').intent).toBe('areas');
  });

  it('reads "1,005 miljarder" with a decimal comma, and a figure that is a total is no funding question', () => {
    expect(ask('Vad avser 1,005 miljarder kronor?').facts[0]).toMatchObject({ kind: 'total', year: 2026, amountSEK: 1005 * MSEK });
    expect(ask('What is the SEK 1,005 million?').facts[0]).toMatchObject({ year: 2026, amountSEK: 1005 * MSEK });
  });

  it('puts the Government money stated for exactly the range asked first', () => {
    expect(ask('Regeringens samlade satsning per år 2021-2023?').facts[0]).toMatchObject({ kind: 'funding', amountSEK: 600 * MSEK });
  });

  it('answers bare topics joined by "och" with each one\'s budget line', () => {
    const a = ask('radiologin och bäckenrehabilitering 2024');
    expect(a.facts.slice(0, 2).map((f) => f.amountSEK)).toEqual([60 * MSEK, 5 * MSEK]);
  });

  it('reads a compound ending in a word for money as its topic ("screeningpengar")', () => {
    expect(ask('barncancermedlen 2021').facts[0]).toMatchObject({ year: 2021, amountSEK: 80 * MSEK });
  });

  it('does not read "varje" as a question word: no source states a sum per RCC', () => {
    expect(ask('Hur mycket fick varje RCC 2024?').answered).toBe(false);
  });
});

describe('trends of a topic and verbs of doing', () => {
  it('reads "utvecklingen av X-medlen" as a trend of that topic', () => {
    const a = ask('Utvecklingen av barncancermedlen 2021 till 2024');
    expect(a.intent).toBe('trend');
    expect(a.facts.filter((f) => f.amountSEK === 80 * MSEK).map((f) => f.year)).toEqual([2021, 2024]);
  });

  it('reads "la" (lade) as asking for money and "sköta" as who is responsible', () => {
    expect(ask('Vad la man på radiologin 2024?').facts[0]).toMatchObject({ year: 2024, amountSEK: 60 * MSEK });
    expect(ask('Vem ska sköta regimbiblioteket?').facts[0]).toMatchObject({ kind: 'insats', owner: 'RCC i samverkan' });
  });

  it('reads "what changed" in one year with no topic as what is new', () => {
    expect(ask('Vad har förändrats 2026?').text).toMatch(/primärvård/);
  });
});

describe('recipients, soft words and the dictionary', () => {
  it('puts the lines of a recipient the parser has no owner for first ("Vad fick SKR?")', () => {
    expect(ask('Hur mycket pengar gick till SKR?').facts[0]).toMatchObject({ kind: 'budget', year: 2021, owner: 'SKR', amountSEK: 9 * MSEK });
  });

  it('reads "söka" and "supports" as soft words, and soft words alone as the topic', () => {
    expect(ask('Hur mycket kan man söka för förbättringsarbeten 2026?').facts[0]).toMatchObject({ year: 2026, amountSEK: 280 * MSEK });
    expect(ask('övrigt 2024').facts.map((f) => f.amountSEK).sort()).toEqual([21 * MSEK, 25 * MSEK].sort());
    expect(ask('Hur stor var satsningen 2024?').facts[0]).toMatchObject({ kind: 'total', year: 2024 });
  });

  it('reads "tidsgränser", "pågår" and "involve" as question words; "Nordic", "university hospitals" in the dictionary', () => {
    expect(ask('Vilka tidsgränser finns framöver?', '2025-01-01').facts.some((f) => f.kind === 'deadline')).toBe(true);
    expect(ask('Hur länge pågår preventionsplanen?').facts.some((f) => f.citation.quote.includes('2024–2030'))).toBe(true);
    expect(ask('what work involves the Nordic countries?').facts[0]?.citation.quote).toMatch(/nordiska/);
    expect(ask('who helps the university hospitals become CCC?').facts[0]).toMatchObject({ kind: 'insats', owner: 'RCC i samverkan' });
  });
});

describe('an owner across years and a group of lines', () => {
  it('compares the owner\'s own line of each year when an owner and no topic is named', () => {
    const a = ask('Fick regionerna mer 2026 jämfört med 2024?');
    expect(a.facts.map((f) => [f.year, f.amountSEK])).toEqual([[2024, 365 * MSEK], [2026, 500 * MSEK]]);
  });

  it('answers a group of lines named by its heading\'s words before the payment to the owner named', () => {
    expect(ask('RCC i samverkans nationella medel 2024').facts.filter((f) => f.kind === 'budget' && f.owner === 'RCC i samverkan').length).toBe(5);
  });

  it('reads "antal", "bidraget" as question words and "vara klar" as a date question', () => {
    expect(ask('antalet uppdrag för RCC i samverkan 2023').facts.every((f) => f.kind === 'insats' && f.owner === 'RCC i samverkan')).toBe(true);
    expect(ask('Vad ska bli klart under 2024?').facts.some((f) => f.citation.quote.includes('genomlysning'))).toBe(true);
  });
});

describe('task words, and the Government beside cancer care', () => {
  it('reads "tasked with", "everything" and "jobba" as question words', () => {
    expect(ask('What are the regions tasked with?').facts.every((f) => f.kind === 'insats' && f.owner === 'Regionerna')).toBe(true);
    expect(ask('show everything RCC in collaboration must do in 2023').facts.every((f) => f.owner === 'RCC i samverkan' && f.year === 2023)).toBe(true);
    expect(ask('Vem jobbar med kliniska studier?').facts[0]).toMatchObject({ kind: 'insats', owner: 'RCC i samverkan' });
  });

  it('says the Government\'s money for cancer care beside the total when cancer care, not the agreement, is named', () => {
    const a = ask('Hur mycket pengar fick cancervården 2024?');
    expect(a.facts[0]).toMatchObject({ kind: 'total', amountSEK: 809 * MSEK });
    expect(a.facts.some((f) => f.kind === 'funding' && f.amountSEK === 1000 * MSEK)).toBe(true);
  });

  it('puts a year\'s agreement first when the Government\'s money is asked for a year with none stated for just that year', () => {
    expect(ask('How much is the government putting into cancer care in 2026?').facts[0]).toMatchObject({ kind: 'total', year: 2026 });
    expect(ask('Vad satsade regeringen 2024?').facts[0]).toMatchObject({ kind: 'funding', amountSEK: 1000 * MSEK });
    expect(ask('Vad enades regeringen och SKR om för 2023?').facts[0]).toMatchObject({ kind: 'total', year: 2023 });
  });
});

describe('years before a year, and this year\'s', () => {
  it('reads "före 2024" / "before 2024" as the years with a source before it', () => {
    expect(ask('Vad var totalerna innan 2024?').facts.map((f) => f.year)).toEqual([2021, 2023]);
    expect(ask('childhood cancer money before 2024').facts[0]).toMatchObject({ year: 2021, amountSEK: 80 * MSEK });
  });

  it('reads "innevarande års" as this year', () => {
    expect(ask('Hur stor är innevarande års överenskommelse?', '2023-05-01').facts[0]).toMatchObject({ kind: 'total', year: 2023 });
  });
});

describe('a year named by its total, applications and shares', () => {
  it('reads a year\'s total named without its year as that year ("av 556 miljoner")', () => {
    const a = ask('Hur mycket av de 556 miljonerna fick barncancer?');
    expect(a.answered).toBe(false);
    expect(a.facts.filter((f) => f.amountSEK !== null).every((f) => f.year === 2023)).toBe(true);
  });

  it('reads "application" as ansökan and "del" as a question word', () => {
    expect(ask('Which lines are distributed upon application in 2024?').facts.filter((f) => f.kind === 'budget').length).toBe(3);
    expect(ask('Hur stor del fick regionerna 2024?').facts[0]).toMatchObject({ year: 2024, amountSEK: 365 * MSEK });
  });
});

describe('who takes care of it, campaigns and reviews', () => {
  it('reads "takes care of" as who is responsible; "campaign" and "se över" in the dictionary', () => {
    expect(ask('who takes care of the national register for mammography?').facts[0]).toMatchObject({ kind: 'insats', owner: 'RCC i samverkan' });
    expect(ask('Vem driver kampanjen om cancerprevention?').facts[0]?.citation.quote).toMatch(/preventionskampanjen/);
    expect(ask('Vem ska göra en översyn av SVF?').facts.slice(0, 2).some((f) => /översyn och eventuell revidering av befintliga SVF/.test(f.citation.quote))).toBe(true);
  });
});

describe('English money words', () => {
  it('reads "devoted", "towards", "budgeted", "figure", "directly" and "six" as question words', () => {
    expect(ask('How much was devoted to rehabilitation in 2024?').facts[0]).toMatchObject({ year: 2024, amountSEK: 100 * MSEK });
    expect(ask('What figure went towards the invitation system?').facts[0]).toMatchObject({ year: 2024, amountSEK: 15 * MSEK });
    expect(ask('How much was budgeted for childhood cancer in 2021?').facts[0]).toMatchObject({ year: 2021, amountSEK: 80 * MSEK });
    expect(ask('What does SKR pay directly to the six regional cancer centres?').facts[0]).toMatchObject({ amountSEK: 405 * MSEK });
  });

  it('reads the Government\'s "effort per year", "contribution" and "appropriations" as its money', () => {
    expect(ask("the government's effort per year 2021-2023").facts[0]).toMatchObject({ kind: 'funding', amountSEK: 600 * MSEK });
    expect(ask('How large was the increase in appropriations per year 2024–2026?').facts[0]).toMatchObject({ kind: 'funding', amountSEK: 500 * MSEK });
    expect(ask("By how much did the government's contribution grow in 2021?").facts[0]).toMatchObject({ kind: 'funding', year: 2021, amountSEK: 100 * MSEK });
  });
});

describe('English task words', () => {
  it('reads "duties", "obligations", "responsibilities", "deals with", "oversees", "accountable" as asking for tasks or owners', () => {
    expect(ask("What are the regions' duties?").facts.every((f) => f.kind === 'insats' && f.owner === 'Regionerna')).toBe(true);
    expect(ask('List the obligations of RCC in 2024').facts.filter((f) => f.kind === 'insats' && f.owner === 'RCC').length).toBeGreaterThanOrEqual(20);
    expect(ask('Who oversees the work on clinical trials?').facts[0]).toMatchObject({ kind: 'insats', owner: 'RCC i samverkan' });
    expect(ask('Who deals with the regimen library?').facts[0]).toMatchObject({ kind: 'insats', owner: 'RCC i samverkan' });
  });

  it('does not read "young people" as asking for people', () => {
    expect(ask('Which tasks concern young people?').intent).not.toBe('people');
  });

  it('reads "fall", "still" and "milestones" as question words and "new priorities" as what is new', () => {
    expect(ask('Which milestones fall in 2030?').facts.some((f) => f.citation.quote.includes('2024–2030'))).toBe(true);
    expect(ask('What are the new priorities this year?', '2026-03-01').text).toMatch(/primärvård/);
  });
});

describe('Swedish task and money words', () => {
  it('reads "åtaganden", "skyldigheter", "ansvarsområden" and "syssla med" as asking for tasks', () => {
    expect(ask('Vilka skyldigheter har regionerna enligt avtalet?').facts.every((f) => f.kind === 'insats' && f.owner === 'Regionerna')).toBe(true);
    expect(ask('RCC:s åtaganden 2024').facts.filter((f) => f.kind === 'insats' && f.owner === 'RCC').length).toBeGreaterThanOrEqual(20);
    expect(ask('Vad ska regionerna syssla med?').facts.every((f) => f.owner === 'Regionerna')).toBe(true);
  });

  it('reads "öronmärktes", "finansiering", "resurser", "delades ut", "landade" and "tidpunkter" as question words', () => {
    expect(ask('Vilka resurser öronmärktes för patologin 2024?').facts[0]).toMatchObject({ year: 2024, amountSEK: 60 * MSEK });
    expect(ask('Vilken finansiering fick bäckenrehabiliteringen?').facts[0]).toMatchObject({ year: 2024, amountSEK: 5 * MSEK });
    expect(ask('Hur mycket delades ut till regionerna 2026?').facts[0]).toMatchObject({ year: 2026, amountSEK: 500 * MSEK });
    expect(ask('Vad landade överenskommelsen på 2023?').facts[0]).toMatchObject({ kind: 'total', year: 2023 });
    expect(ask('Vilka tidpunkter gäller för preventionsplanen?').facts.some((f) => f.citation.quote.includes('2024–2030'))).toBe(true);
  });

  it('answers the agreement\'s total when the state and the agreement are named together', () => {
    expect(ask('Hur mycket var statens överenskommelse med SKR värd 2024?').facts[0]).toMatchObject({ kind: 'total', year: 2024, amountSEK: 809 * MSEK });
  });

  it('reads "utrotningen" as utrota', () => {
    expect(ask('Hur mycket fick utrotningen av livmoderhalscancer 2024?').facts[0]).toMatchObject({ amountSEK: 25 * MSEK });
  });
});

describe('typos of question words', () => {
  it('reads a word the corpus never uses that is one letter off a question word as that question word', () => {
    expect(ask('Hur myket fick patologin 2024?').facts[0]).toMatchObject({ year: 2024, amountSEK: 60 * MSEK });
    expect(ask('överenskommelsn 2023 totalt').facts[0]).toMatchObject({ kind: 'total', year: 2023 });
  });

  it('still takes a topic the sources lack for a topic', () => {
    expect(ask('Hur mycket fick äldreomsorgen 2024?').answered).toBe(false);
  });
});

describe('typos of dictionary words', () => {
  it('reads a one-letter typo of a one-word dictionary phrase as that phrase', () => {
    expect(ask('How much for pathlogy in 2024?').facts[0]).toMatchObject({ year: 2024, amountSEK: 60 * MSEK });
    expect(ask('mamography 2024').facts[0]).toMatchObject({ year: 2024, amountSEK: 3 * MSEK });
  });
});

describe('verbs in the perfect', () => {
  it('reads "ha" as a question word', () => {
    expect(ask('När ska preventionsplanen ha genomförts?').facts.some((f) => f.citation.quote.includes('2024–2030'))).toBe(true);
  });
});

describe('comparisons of topics', () => {
  it('gives each topic its own line when a comparison joins topics no one line is', () => {
    const a = ask('jämför radiologi och rehabilitering 2024');
    expect(a.facts.map((f) => f.amountSEK)).toEqual([60 * MSEK, 100 * MSEK]);
  });

  it('reads "gone" as a question word', () => {
    expect(ask('Has the agreement gone up since 2021?').facts.some((f) => f.kind === 'total' && f.year === 2021)).toBe(true);
  });
});

describe('who spoke in the news', () => {
  it('answers who spoke in the news with people, not what is new', () => {
    expect(ask('Vem uttalade sig i nyheten om 2023 års överenskommelse?').text).toMatch(/Helena Brändström/);
  });
});

describe('asking which lines an owner hands out', () => {
  const nationalLines = (a: ReturnType<typeof ask>) => a.facts.filter((f) => f.kind === 'budget' && f.year === 2024 && f.owner === 'RCC i samverkan');

  it('lists every line the owner distributes, with its amount, for "which lines/vilka poster" in both languages', () => {
    for (const q of ['which lines does RCC i samverkan hand out in 2024, with amounts?', 'vilka poster delar RCC i samverkan ut 2024?', 'national money 2024: which items does RCC i samverkan distribute and how much is each?']) {
      const a = ask(q);
      expect(a.intent, q).toBe('lines');
      expect(nationalLines(a).length, q).toBe(5);
    }
  });

  it('reads "hands out" as no topic of its own: the group the question names is listed whole', () => {
    const a = ask('what are the 2024 national funds, the ones RCC i samverkan gives out to supporting RCCs?');
    expect(nationalLines(a).length).toBe(5);
    expect(a.text).not.toMatch(/gives|leaves it out/);
  });

  it('writes RCC i samverkan as written inside a Swedish sentence, and regionerna in lower case', () => {
    expect(ask('vilka poster delar RCC i samverkan ut 2024?').text).toContain('till RCC i samverkan 2024');
    expect(ask('vilka poster går till regionerna 2024?').text).toMatch(/till regionerna 2024/);
  });
});

describe('two owners asked about at once ("respektive", "and")', () => {
  it('gives each owner its own money from the payer named, in both languages', () => {
    for (const q of ['hur mycket får RCC respektive RCC i samverkan från SKR 2024?', 'how much do the RCCs and RCC i samverkan get from SKR in 2024?']) {
      const flows = ask(q).facts.filter((f) => f.kind === 'flow').map((f) => [f.owner, f.amountSEK]);
      expect(flows, q).toEqual([['RCC', 405 * MSEK], ['RCC i samverkan', 39 * MSEK]]);
    }
  });
});

describe("a year's own total stated beside its year", () => {
  it('is a question about that agreement: its total when checked, its lines when asked to break it down', () => {
    expect(ask('809 miljoner 2024, stämmer det?')).toMatchObject({ intent: 'total', answered: true, facts: [expect.objectContaining({ kind: 'total', year: 2024, amountSEK: 809 * MSEK })] });
    const lines = ask('how do the 1 005 million of 2026 break down?');
    expect(lines.intent).toBe('lines');
    expect(lines.facts.filter((f) => f.kind === 'budget' && f.year === 2026).length).toBeGreaterThanOrEqual(4);
  });
});

describe('every year\'s lines', () => {
  it('says of a year with only a total that it has no lines, with the total, instead of leaving it out', () => {
    const a = ask('every budget line of every year please');
    expect(a.intent).toBe('lines');
    expect(a.facts).toContainEqual(expect.objectContaining({ kind: 'total', year: 2023, amountSEK: 556 * MSEK }));
    expect(a.text).toContain('The 2023 source gives no budget lines, only the total: SEK 556 million');
  });
});

describe('which plan runs the longest', () => {
  it('reads "runs the longest / gäller längst" as a question of dates, and "longest" alone as no topic', () => {
    for (const q of ['which of the action plans runs the longest, until what year?', 'vilken handlingsplan gäller längst?']) {
      const a = ask(q);
      expect(a.intent, q).toBe('deadlines');
      expect(a.facts.map((f) => f.date), q).toContain('2030-12-31');
    }
  });

  it('still reads "de allra längsta väntetiderna" as the topic it names', () => {
    const a = ask('Vad ska göras åt de allra längsta väntetiderna?');
    expect(a.facts[0]).toMatchObject({ kind: 'insats', owner: 'RCC' });
    expect(a.facts[0]!.citation.quote).toContain('allra längsta väntetiderna');
  });
});

describe('topics given as alternatives ("X / Y", "X or Y")', () => {
  it('lists the tasks about either, those about both first', () => {
    for (const q of ['seneffekter / långtidsuppföljning efter barncancer – vilka insatser finns?', 'tasks on late effects or long-term follow-up?']) {
      const lines = ask(q).facts.filter((f) => f.kind === 'insats').map((f) => f.citation.line);
      expect(lines[0], q).toBe(108); // långtidsuppföljning … vid seneffektsmottagningar: both
      expect(lines, q).toEqual(expect.arrayContaining([115, 144]));
    }
  });

  it('keeps a question of who does one thing to the task that does it', () => {
    const a = ask('Who writes the application templates for the pathology/radiology money?');
    expect(a.facts[0]).toMatchObject({ kind: 'insats', owner: 'RCC i samverkan' });
    expect(a.facts[0]!.citation.quote).toContain('mallar för ansökning');
    expect(a.facts.filter((f) => f.kind === 'insats').length).toBeLessThanOrEqual(3);
  });
});

describe('a comparison with a year the sources lack', () => {
  it('says what the other year has, and that the comparison cannot be made (answered: false)', () => {
    for (const q of ['was barncancer in 2022 the same as in 2021?', 'jämför totalen 2025 med 2024']) {
      const a = ask(q);
      expect(a.intent, q).toBe('compare');
      expect(a.answered, q).toBe(false);
      expect(a.facts.length, q).toBe(1);
      expect(a.text, q).toMatch(/no source for 202[25]|ingen källa för 202[25]/);
    }
  });
});

describe('a role is not an activity', () => {
  it('never gives a budget line about coordination ("Samordning av screening") as money for the national cancer coordinator', () => {
    for (const q of ['how much money does the national cancer coordinator get?', 'hur mycket pengar får den nationella cancersamordnaren?']) {
      const a = ask(q);
      expect(a.facts.some((f) => f.kind === 'budget'), q).toBe(false);
      expect(a.answered, q).toBe(false);
    }
  });
});

describe('a topic said again in other words ("i.e.", "dvs", "det vill säga")', () => {
  it('reads what follows as explaining the topic, not narrowing it', () => {
    for (const q of ['hur mycket får regionerna för SVF-arbetet 2024, dvs pengarna som fördelas efter befolkning?', 'what do the regions get for SVF work in 2024, that is the money split by population?']) {
      expect(ask(q).facts[0], q).toMatchObject({ kind: 'budget', year: 2024, amountSEK: 365 * MSEK });
    }
  });
});

describe('comparing what is not money across years', () => {
  it('lists the areas of each year asked, not the years\' totals', () => {
    for (const q of ['jämför områdena 2021 och 2024', 'how did the number of areas change from 2021 to 2024?']) {
      const a = ask(q);
      expect(a.intent, q).toBe('areas');
      expect(a.facts.some((f) => f.kind === 'total'), q).toBe(false);
      expect(a.text, q).toMatch(/2021.*3 (areas|områden)[\s\S]*2024.*4 (areas|områden)/);
    }
  });
});

describe('several acronyms asked at once', () => {
  it('writes out each, with the sentence of the sources that uses it', () => {
    const a = ask('what do CCC and SVF mean?');
    expect(a.intent).toBe('definition');
    expect(a.text).toContain('CCC stands for comprehensive cancer center');
    expect(a.text).toContain('SVF stands for standardiserade vårdförlopp');
    expect(a.facts.length).toBe(2);
  });
});

describe('a parenthesis that states an amount', () => {
  it('points at the line the topic means, and narrows nothing else: both years of a comparison are found', () => {
    const a = ask('jämför det nationella SVF-stödet 2021 (de 9 miljonerna till SKR) med det nationella SVF-arbetet 2024');
    expect(a.intent).toBe('compare');
    expect(a.answered).toBe(true);
    expect(a.facts.map((f) => [f.year, f.amountSEK])).toEqual([[2021, 9 * MSEK], [2024, 14 * MSEK]]);
  });

  it('keeps a parenthesis without an amount as part of the topic ("radiotherapy (strålbehandling)")', () => {
    // The lead names the topic as read: the Swedish term in the parenthesis is part of it, not softened away.
    expect(ask('what do the sources say about radiotherapy (strålbehandling)?').text.split('\n')[0]).toContain('about radiotherapy strålbehandling');
  });
});

describe('what is new in one year compared with another', () => {
  it('is what the sources single out as new that year, not the two totals', () => {
    for (const q of ['vad är nytt 2026 jämfört med 2024?', 'what was added in 2021 compared with 2020?']) {
      const a = ask(q);
      expect(a.intent, q).toBe('new');
      expect(a.facts.some((f) => f.kind === 'total'), q).toBe(false);
    }
  });
});
