/**
 * Round 6 of answers chosen by what the question asks: a guess stated after the question is
 * checked, and the other of two amounts hesitated between is explained; when a source came out and who stood behind it, in more words; what a body decided (not
 * when); what is to be weighed in (a rule, not an amount), quoted around the words asked; what comes
 * first in an effort (not a date); a share of a year's money whichever line answers.
 */
import { describe, expect, it } from 'vitest';
import { ask, lead } from '../helpers/ask.ts';

describe('a guess after the question', () => {
  it('checks an amount stated in a last "var det …?" / "was it …?" clause, right or wrong', () => {
    expect(lead('hur mycket fick barncancer 2024, var det 80?')).toMatch(/^Ja, det stämmer\. .*80 miljoner kronor/u);
    const wrong = ask('hur mycket fick barncancer 2024, var det 90 mkr?');
    expect(wrong.text).toMatch(/^Nej, det stämmer inte\. .*80 miljoner kronor/u);
    expect(wrong.facts[0]!.amountSEK).toBe(80_000_000);
    expect(lead('how much did childhood cancer get in 2024, was it 90 million?')).toMatch(/^No, that is not right\. .*SEK 80 million/u);
  });

  it('says what the sources give the other amount for, when the asker hesitates between two ("14 or 28?")', () => {
    const a = ask('national SVF work 2024 — is it 14 or 28 MSEK? I keep mixing them up');
    expect(a.facts[0]).toMatchObject({ year: 2024, amountSEK: 14_000_000 });
    expect(a.facts.some((f) => f.amountSEK === 28_000_000)).toBe(true);
    expect(a.text).toMatch(/The sources give the other amount for something else: 2024: Samverkansregionalt stöd i standardiserade vårdförlopp: SEK 28 million/u);
    // An amount no line states is never written back.
    expect(ask('barncancer 2024, 80 eller 70 mkr?').text).not.toMatch(/70/u);
  });

  it('reads two numbers joined before an amount as amounts, not a year ("25 eller 35 mkr")', () => {
    expect(ask('rehab 2024: 25 eller 35 mkr?').text).not.toMatch(/2025/u);
    expect(ask('rehab 2024 — 25-35 MSEK?').text).not.toMatch(/2025/u);
    // Two years written short are still years.
    expect(lead('SVF 21 eller 24?')).toMatch(/^2024 är beloppet lägre än 2021/u);
  });

  it('leaves a question alone whose other numbers are no years ("hur mycket av 809 …, var det 80?")', () => {
    expect(lead('hur mycket av 809 gick till barncancer 2024, var det 80?')).not.toMatch(/^(?:Ja|Nej)\b/u);
  });
});

describe('what a question asks, not what its verb could', () => {
  it('reads "come out" as published and "stod bakom" as the publisher', () => {
    expect(lead('When did the press release about the 2026 agreement come out?')).toMatch(/published on 13 February 2026/u);
    expect(lead('Vem stod bakom pressmeddelandet om miljarden till cancervården?')).toMatch(/publicerades av Regionala cancercentrum i samverkan/u);
    expect(lead('Vilket datum står på RCC i samverkans pressmeddelande om en miljard till cancervården?')).toMatch(/publicerades 13 februari 2026/u);
    expect(lead('What date is on the press release about the billion for cancer care?')).toMatch(/published on 13 February 2026/u);
  });

  it('answers what was decided with the decision, going on to its next line, and names the board as written', () => {
    const en = ask("What did SKR's board decide on 18 December 2020?");
    expect(en.text).toMatch(/att för sin del godkänna överenskommelsen/u);
    expect(en.text.split('\n')[0]).toMatch(/SKR's board/u);
    expect(en.text).not.toMatch(/skr s /u);
    expect(ask('Vad beslutade SKR:s styrelse den 18 december 2020?').text).toMatch(/^Det här säger källorna om SKR:s styrelse[^\n]*\n[^\n]*beslutat[^\n]*\n[^\n]*godkänna/u);
    // When is still a date.
    expect(lead('När beslutade SKR:s styrelse om 2021 års överenskommelse?')).toMatch(/^Datum/u);
  });

  it('answers what is to be weighed in with the rule, quoting the sentence that says it out of a long task', () => {
    const a = ask('Vad ska vägas in när RCC fördelar medel till cancerrehabilitering?');
    expect(a.facts[0]!.kind).toBe('insats');
    expect(a.text).toMatch(/RCC ska fördela medel till initiativ som stärker cancerrehabiliteringen[^\n]*… När Socialstyrelsen slutredovisat[^\n]*\(Dnr\. S2023\/02344\) ska denna vägas in/u);
    expect(a.text).not.toMatch(/^Bäckenrehabilitering fick/u);
  });

  it('answers what comes first in an effort from the sentence that says so, not with a date', () => {
    const a = ask('Which cancer diagnoses come first in the effort to let patients get care elsewhere in the country?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/kolorektal-, bröst- och prostatacancer/u);
    expect(a.text).not.toMatch(/no date/u);
  });

  it('gives a share of a year\'s money for the line that answers, though another line mentions the same owner', () => {
    expect(lead('Hur stor andel av 2026 års pengar går till regionerna?')).toBe('Till regionerna: 500 miljoner kronor av överenskommelsens 1 005 miljoner kronor 2026, 49,8 procent (uträknat ur de två beloppen).');
    // "How much of" a year's money asks its lines, not a share.
    expect(lead('hur mycket av 2024 års pengar fördelas lika mellan RCC?')).not.toMatch(/procent/u);
  });

  it('finds a dated sentence by most of the words asked ("till vilket departement …" → "… till Socialdepartementet den 31 januari 2024")', () => {
    const a = ask('Till vilket departement återrapporterade Myndigheten för vård- och omsorgsanalys sin lägesbild?');
    expect(a.answered).toBe(true);
    expect(a.facts[0]!.citation.quote).toMatch(/återrapporterade uppdraget till Socialdepartementet den 31 januari 2024/u);
  });

  it('answers who issued a source named by an amount it states as that source\'s publisher', () => {
    const a = ask('Which organisation issued the press release with the 250 + 250 chart?');
    expect(a.text.split('\n')[0]).toMatch(/was published by Regionala cancercentrum i samverkan/u);
  });

  it('answers "från vilket år" with a sentence that says the year, not with what is new', () => {
    const a = ask('Från vilket år är den långsiktiga inriktningen som fokuserar på arbetet fram till 2025?');
    expect(a.intent).not.toBe('new');
    expect(a.text).toMatch(/År 2018 togs den långsiktiga inriktningen/u);
  });

  it('reads "nat\'l" and "natl" as national', () => {
    expect(ask("nat'l work slice of 2026?").facts[0]).toMatchObject({ year: 2026, amountSEK: 49_000_000 });
    expect(ask('natl SVF work 2024?').facts[0]).toMatchObject({ year: 2024, amountSEK: 14_000_000 });
  });

  it('quotes a topic that opens with a unit of money, so that no number before it reads as an amount', () => {
    // (The second ask's lead follows the first's sources, which end in a year: "… 2021" + "Miljard per år".)
    const a = ask('barncancer ? jämför 2024 nytt miljard');
    expect(a.text).toMatch(/”miljard” per år:/u);
  });
});
