/**
 * What the sources never state, asked as staff ask it: a person's pay, a count of something they
 * never name, another country's money, one region's own amount. The answer says plainly that the
 * sources hold none (answered: false), in the question's language, and shows what they do hold.
 */
import { describe, expect, it } from 'vitest';
import { ask, lead } from '../helpers/ask.ts';

describe('a person\'s pay', () => {
  it.each([
    ['Vad tjänar den nationella cancersamordnaren i månaden?', /^Källorna anger ingen lön eller ersättning för nationella cancersamordnaren\.$/u],
    ['what\'s Kjell Ivarsson\'s salary?', /^The sources state no pay for Kjell Ivarsson\.$/u],
  ])('%s is refused, with no amount', (q, expected) => {
    const a = ask(q);
    expect([a.answered, a.language]).toEqual([false, /^[Vv]ad/u.test(q) ? 'sv' : 'en']);
    expect(lead(q)).toMatch(expected);
    expect(a.facts.every((f) => f.amountSEK === null)).toBe(true);
  });

  it('an organisation "earning" money is still asked its amount', () => {
    const a = ask('how much did RCC earn in 2024?');
    expect(a.answered).toBe(true);
    expect(a.facts[0]!.amountSEK).toBe(405e6);
  });
});

describe('a count of something the sources never name', () => {
  it('says the sources give no such number and shows what they say of the rest', () => {
    const a = ask('How many employees does RCC i samverkan have?');
    expect(a.answered).toBe(false);
    expect(lead('How many employees does RCC i samverkan have?')).toBe('The sources do not give that number.');
    expect(a.text).toContain('The sources do not say how many people work anywhere.');
    expect(a.facts.length).toBeGreaterThan(0);
  });

  it('a count the sources state is still answered', () => {
    const a = ask('hur många områden har överenskommelsen 2024?');
    expect(a.answered).toBe(true);
    expect(lead('hur många områden har överenskommelsen 2024?')).toMatch(/4 områden/u);
  });
});

describe('another country\'s money', () => {
  it.each(['Finland\'s cancer agreement total for 2024?', 'What did Denmark spend on pakkeforløb?', 'Hur stor är Norges budget för cancervården?'])('%s is refused before what holds for Sweden', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(lead(q)).toMatch(/^(?:The sources are Sweden's agreements|Källorna gäller Sveriges överenskommelser)/u);
  });

  it('what the sources say of the Nordic countries is still answered', () => {
    const a = ask('vad säger överenskommelsen om Norge och Danmark?');
    expect(a.answered).toBe(true);
    expect(a.facts[0]!.citation.quote).toContain('nordiska länderna');
  });
});

describe('one region by its name', () => {
  it.each(['how much did Västra Götaland get for SVF in 2024?', 'vad fick Skåne för barncancer 2024?'])('%s: no source states one region\'s amount', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(lead(q)).toMatch(/^(?:The sources give no amounts for single regions|Källorna anger inga belopp för enskilda regioner)/u);
  });

  it('a region named as where the asker works is context, not the recipient', () => {
    const a = ask('Hej, jag jobbar i Region Västerbotten. Hur mycket gick till barncancer 2024?');
    expect([a.answered, a.facts[0]!.amountSEK]).toEqual([true, 80e6]);
  });
});

describe('the language of a telegraphic message', () => {
  it.each([
    ['• barncancer 2024\n• rehab 2024\n• patologi 2024', 'sv'],
    ['två frågor:\n1) totalen 2021\n2) totalen 2024', 'sv'],
    ['rehab funding 2024', 'en'],
  ])('%j is answered in %s', (q, language) => {
    expect(ask(q).language).toBe(language);
  });
});

describe('contact details', () => {
  it.each(["What is RCC i samverkan's phone number?", "What's the email address of RCC i samverkan's press contact?", 'vem är kontaktperson för pressmeddelandet?'])('%s: the sources give none', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(lead(q)).toMatch(/^(?:The sources give no contact details|Källorna anger inga kontaktuppgifter)/u);
  });
});

describe('"what is" before a word for money asks the amount', () => {
  it('"What\'s the right figure for the regions in 2026?" gives the regions\' line', () => {
    const a = ask("<@U02ABC> fyi our slide says 'Regions 2026: 250 MSEK'. What's the right figure for the regions in 2026?");
    expect(a.facts[0]).toMatchObject({ year: 2026, amountSEK: 500e6 });
  });

  it('"vad är KVÅ?" still defines', () => {
    expect(ask('vad är KVÅ?').intent).toBe('definition');
  });
});

describe('a name or a count the sources lack', () => {
  it('never reads an unknown name ("Cancerfonden") as the cancer money its first part spells', () => {
    const a = ask('How much did Cancerfonden receive under the 2024 agreement?');
    expect(a.answered).toBe(false);
    expect(a.text.split('\n')[0]).not.toMatch(/million/u);
  });

  it('says the sources give no such number when the answer would count something else', () => {
    const a = ask('How many patients used Min vårdplan in 2024?');
    expect(a).toMatchObject({ answered: false });
    expect(a.text.split('\n')[0]).toBe('The sources do not give that number.');
    // Tasks counted by their list are no such case.
    expect(ask('hur många egna uppdrag har regionerna 2024?').answered).toBe(true);
  });
});

describe('a count of staff, which no source gives', () => {
  it('is refused, though a sentence counts the centres the question names', () => {
    for (const q of ['How many people work at RCC Norr?', 'How many RCC employees work on the national care programmes?', 'Hur många arbetar på RCC i samverkan?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text.split('\n')[0], q).toMatch(/^(The sources do not give that number|Källorna anger inte det antalet)\.$/u);
    }
    // The centres themselves are still counted.
    expect(lead('Hur många regionala cancercentrum finns det?')).toMatch(/^Källorna anger sex/u);
  });
});

describe('a number of areas stated in a yes/no question', () => {
  it('is confirmed or corrected first, and an agreement "split into areas" is asked its areas, not its money', () => {
    expect(lead('Is it true the 2023 agreement was split into four areas?')).toBe("Yes. The 2023 agreement's tasks are grouped in 4 areas:");
    expect(lead('Stämmer det att överenskommelsen 2021 hade fyra områden?')).toBe('Nej. Insatserna i överenskommelsen 2021 delas in i 3 områden:');
    // An amount in a yes/no question is checked as an amount, once.
    expect(lead('Fick patologin 80 miljoner 2024?')).toMatch(/^Nej, det stämmer inte\. /u);
  });
});

describe('"vilka var det" after an amount and a word for budget lines', () => {
  it('asks which lines had that amount, not who', () => {
    const a = ask('Två poster låg på 60 miljoner kronor 2024 – vilka var det?');
    expect(a.facts.slice(0, 2).map((f) => [f.kind, f.amountSEK])).toEqual([['budget', 60e6], ['budget', 60e6]]);
    expect(a.text).toMatch(/patologin/u);
    expect(a.text).toMatch(/radiologin/u);
  });
});

describe('a time stated in the sentence after the one that names the thing', () => {
  it('"when was it first tried" finds the sentence that dates "this way" of the sentence before', () => {
    const a = ask('När testades sättet att stötta regionernas förbättringsarbeten första gången?');
    expect(a.answered).toBe(true);
    expect(a.facts[0]!.citation.quote).toMatch(/testades första gången 2024/u);
    // Words the sentence says are not said to be missing.
    expect(a.text).not.toMatch(/nämner också/u);
  });
});

describe('"vem som var" asks who held a role, as "vem var" does', () => {
  it('names the person', () => {
    expect(lead('kollegan Pelle undrar vem som var tf nationell cancersamordnare när 556-miljonersbeskedet kom')).toMatch(/^Helena Brändström, tillförordnad nationell cancersamordnare/u);
  });
});

describe('"2023 års nyhet" is the news item, not what is new', () => {
  it('answers what the news item says RCC i samverkan should do', () => {
    const a = ask('Vad skulle RCC i samverkan göra enligt 2023 års nyhet?');
    expect(a.answered).toBe(true);
    expect(a.facts.some((f) => f.kind === 'insats' && f.year === 2023 && f.owner === 'RCC i samverkan')).toBe(true);
  });
});

describe('one amount claimed of two years', () => {
  it('is right only if each year states it', () => {
    expect(lead('Är det rätt att regionerna fick 365 miljoner för SVF både 2021 och 2024?')).toMatch(/^Nej, det stämmer inte\. 2021: .*370 miljoner kronor/u);
    expect(lead('Did childhood cancer get 80 million in both 2021 and 2024?')).toMatch(/^Yes, that is right\./u);
  });
});

describe('a topic with its parts in a parenthesis', () => {
  it('"SVF-arbetet (både regionerna och nationellt)" is the regions\' SVF line and the national SVF line, never another national line', () => {
    const a = ask('Vad fick SVF-arbetet 2024 (både regionerna och nationellt)?');
    expect(a.facts.slice(0, 2).map((f) => f.amountSEK)).toEqual([365e6, 14e6]);
    expect(a.text).not.toMatch(/Övrigt nationellt utvecklingsarbete/u);
  });
});

describe('a document named by its Swedish title', () => {
  it('"meddelandet från SKR:s styrelse" is the board message: who signed it', () => {
    expect(lead('Vem undertecknade meddelandet från SKR:s styrelse om 2021 års överenskommelse?')).toMatch(/^Anders Knape, ordförande/u);
  });
});

describe('"how many areas" asks the areas, whatever else the question names', () => {
  it('lists the areas of the year asked', () => {
    expect(lead('How many areas were the 2021 measures divided into?')).toBe("The 2021 agreement's tasks are grouped in 3 areas:");
  });
});

describe('"how many millions" asks an amount, not a count', () => {
  it('leads with the budget line it names', () => {
    const a = ask('Hur många miljoner avsätts som stöd till RCC i 2026 års canceröverenskommelse?');
    expect(a.facts[0]).toMatchObject({ kind: 'budget', year: 2026, amountSEK: 176e6 });
    expect(lead('Hur många miljoner avsätts som stöd till RCC i 2026 års canceröverenskommelse?')).toBe('176 miljoner kronor gick till RCC stöd 2026.');
  });
});

describe('a count of people the sources never count', () => {
  it('is refused even where the sources name the people and give amounts nearby', () => {
    const a = ask('How many patients went through a standardized care pathway?');
    expect(a.answered).toBe(false);
    expect(a.text.split('\n')[0]).toBe('The sources do not give that number.');
  });
});

describe('a budget line asked for that no line is', () => {
  it('says the sources give no figure for it, and shows what they say of it', () => {
    const a = ask('Vilken budgetpost har Min vårdplan 2024?');
    expect(a.answered).toBe(false);
    expect(a.text.split('\n')[0]).toBe('Källorna anger inget belopp för Min vårdplan 2024.');
    expect(a.facts.some((f) => f.kind === 'insats' && /Min vårdplan/u.test(f.citation.quote))).toBe(true);
  });
});

