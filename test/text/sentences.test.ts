/** The question in a long message: sentences split where they end, and the one that asks chosen. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/text/clean.ts';
import { SHORT_TEXT, questionPart, questionScore, sentences } from '../../src/text/sentences.ts';

/** About `length` characters of small talk, as whole sentences without a question. */
function smallTalk(sentencesOf: string[], length: number): string {
  let text = '';
  for (let k = 0; text.length < length; k++) text += `${sentencesOf[k % sentencesOf.length]} `;
  return text;
}

const SV_TALK = [
  'Hej alla!',
  'Vi hade möte i går om budgeten och det blev långt.',
  'Anna berättade om resan till Umeå, bl.a. om tåget som var sent.',
  'Kaffet var slut igen, t.ex. i köket på plan tre.',
  'Vi pratade om lokaler, lön m.m. Sedan gick vi hem.',
  'Projektet kostade 1,005 miljarder eller 133,5 miljoner per år, dvs. mycket pengar.',
  'RCC:s kansli flyttar i vår.',
];
const EN_TALK = [
  'Hi everyone!',
  'We had a long meeting yesterday about the budget, e.g. the travel costs.',
  'The coffee machine broke again, i.e. no coffee until Friday.',
  'We talked about rooms, salaries, etc. and then went home.',
  'Lunch was good.',
];

describe('questionPart', () => {
  it('returns short texts whole', () => {
    for (const text of ['', 'Hej!', 'Hej alla! Vi hade möte i går. Hur mycket gick till barncancer 2024?', 'x'.repeat(SHORT_TEXT)]) {
      expect(questionPart(text)).toEqual({ text, skipped: 0 });
    }
  });

  it('finds a Swedish question after 3 000 characters of small talk', () => {
    const text = `${smallTalk(SV_TALK, 3000)}Så min fråga: hur mycket gick till barncancer 2024?`;
    expect(text.length).toBeGreaterThan(3000);
    const part = questionPart(text);
    expect(part.text).toBe('Så min fråga: hur mycket gick till barncancer 2024?');
    expect(part.skipped).toBe(text.length - part.text.length);
  });

  it('finds an English question, asked without a question mark', () => {
    const text = `${smallTalk(EN_TALK, 2000)}Question: show the money for childhood cancer in 2024. Thanks!`;
    expect(questionPart(text).text).toBe('Question: show the money for childhood cancer in 2024.');
  });

  it('takes the real question at the end over earlier small talk with years and question marks', () => {
    const talk = [
      'Hej!',
      'Minns ni kickoffen 2023?',
      'Vem tog med tårtan?',
      'Vi ses väl på mötet 2025, eller?',
      'Budgeten för 2024 var visst klar i mars.',
    ];
    const text = `${smallTalk(talk, 1500)}Jag undrar hur mycket pengar som gick till barncancer 2024?`;
    expect(questionPart(text).text).toBe('Jag undrar hur mycket pengar som gick till barncancer 2024?');
    const en = `${smallTalk(['Did you see the 2023 report?', 'Who brought the cake?', 'Fun times in 2022!'], 1500)}How much went to childhood cancer in 2024?`;
    expect(questionPart(en).text).toBe('How much went to childhood cancer in 2024?');
  });

  it('gives a tie to the later sentence', () => {
    const text = `${smallTalk(['Vi hade möte.'], 400)}Vad fick RCC i samverkan 2023? Vad fick RCC i samverkan 2024? Tack på förhand.`;
    expect(questionPart(text).text).toBe('Vad fick RCC i samverkan 2024?');
  });

  it('reads a very short question with the sentence before it', () => {
    const text = `${smallTalk(SV_TALK, 600)}Jag tittade på barncancer i fjol. Och 2024?`;
    expect(questionPart(text).text).toBe('Jag tittade på barncancer i fjol. Och 2024?');
  });

  it('reads a question on its own line', () => {
    const text = `${smallTalk(SV_TALK, 500)}\nVisa budgeten för barncancer 2024\nMvh Anna`;
    expect(questionPart(text).text).toBe('Visa budgeten för barncancer 2024');
  });

  it('uses the scorer it is given', () => {
    const text = `${smallTalk(SV_TALK, 500)}Hur mycket gick till barncancer 2024?`;
    expect(questionPart(text, (s) => (s.includes('Umeå') ? 1 : 0)).text).toBe('Anna berättade om resan till Umeå, bl.a. om tåget som var sent.');
  });

  it('works on cleaned Slack text', () => {
    const raw = `<!here> ${smallTalk(SV_TALK, 800)} &lt;3 <@U123ABC> vad gick till *patologi* 2024?`;
    expect(questionPart(cleanQuestion(raw)).text).toBe('<3 vad gick till patologi 2024?');
  });

  it('never throws, and returns a part of the text with the rest counted as skipped', () => {
    const word = fc.constantFrom('Hur', 'vad', 'bl.a.', 't.ex.', 'etc.', 'm.m.', '2024', '1,005', '133,5', '1.5', 'RCC:s', 'K.', '?', '!', '.', '\n', ' ', '"', ')', 'Och', 'a');
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.string()), { maxLength: 200 }), (words) => {
        const text = words.join(' ');
        const part = questionPart(text);
        expect(text).toContain(part.text);
        expect(part.skipped).toBe(text.length - part.text.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('sentences', () => {
  it('ends sentences at . ! ? and line breaks', () => {
    expect(sentences('Hej alla! Vi hade möte. Hur gick det? Bra.\nNästa rad')).toEqual(['Hej alla!', 'Vi hade möte.', 'Hur gick det?', 'Bra.', 'Nästa rad']);
    expect(sentences('Hon frågade "varför?" Sedan gick hon.')).toEqual(['Hon frågade "varför?"', 'Sedan gick hon.']);
  });

  it('does not split decimals, digit groups or RCC:s', () => {
    const one = ['Det blev 1,005 miljarder, 133,5 miljoner, 1 005 kronor och 1.5 procent till RCC:s arbete.'];
    expect(sentences(one[0]!)).toEqual(one);
  });

  it('does not split after abbreviations', () => {
    for (const s of [
      'Pengarna gick bl.a. till patologi.',
      'Pengarna gick t.ex. till patologi.',
      'Pengarna gick t ex. till patologi.',
      'Pengarna gick, dvs. allt, till patologi.',
      'Lön, lokaler m.m. ingår i summan.',
      'Funds went e.g. to pathology.',
      'Funds went i.e. to pathology.',
      'Rooms, salaries etc. are included.',
      'K. Ivarsson är samordnare.',
    ]) {
      expect(sentences(s)).toEqual([s]);
    }
  });

  it('ends a sentence after a list-closing abbreviation when a capital follows', () => {
    expect(sentences('Vi pratade om lön, lokaler m.m. Hur mycket gick till patologi?')).toEqual(['Vi pratade om lön, lokaler m.m.', 'Hur mycket gick till patologi?']);
    expect(sentences('Rooms, salaries, etc. What went to pathology?')).toEqual(['Rooms, salaries, etc.', 'What went to pathology?']);
  });
});

describe('questionScore', () => {
  it('counts a question mark most, then a question word, a lead-in and a year', () => {
    expect(questionScore('Vi hade möte.')).toBe(0);
    expect(questionScore('Bra?')).toBe(3);
    expect(questionScore('Visa budgeten')).toBe(2);
    expect(questionScore('Hur mycket gick till barncancer 2024?')).toBe(6);
    expect(questionScore('Så min fråga: hur mycket gick till barncancer 2024?')).toBeGreaterThanOrEqual(questionScore('Hur mycket gick till barncancer 2024?'));
    expect(questionScore('Question: what is SVF?')).toBeGreaterThanOrEqual(questionScore('What is SVF?'));
    expect(questionScore('Det var 12024 kronor.')).toBe(0);
  });
});
