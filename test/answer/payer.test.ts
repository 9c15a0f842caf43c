/**
 * What one payer pays out: the sum of its payments when it has several that year (said to be
 * computed), each payment under it; never what it received, and never a sum a recipient named
 * would not ask for.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { realCorpus } from '../helpers/bot.ts';

const ask = (q: string) => answer(q, { corpus: realCorpus(), today: '2026-11-23' });
const lead = (q: string) => ask(q).text.split('\n')[0]!;

describe('what a payer pays out', () => {
  it('is the sum of its payments that year, computed, with each payment cited under it', () => {
    for (const q of ['Hur mycket betalar SKR ut 2024?', 'Av de 809 miljonerna 2024, hur mycket fördelar SKR?']) {
      expect(lead(q), q).toBe('SKR betalar ut 444 miljoner kronor 2024 (uträknat: summan av 2 utbetalningar): 405 miljoner kronor till RCC och 39 miljoner kronor till RCC i samverkan.');
      expect(ask(q).facts.slice(0, 2).map((f) => [f.kind, f.payer, f.amountSEK])).toEqual([['flow', 'SKR', 405e6], ['flow', 'SKR', 39e6]]);
    }
    expect(lead('How much of the 809 was paid out by SKR in total?')).toMatch(/^SKR pays out SEK 444 million in 2024 \(computed: the sum of 2 payments\)/u);
  });

  it('is its one payment when it has one, and keeps the sentence that answers the rest of the question', () => {
    expect(lead('Hur mycket betalar Kammarkollegiet ut 2024?')).toBe('Kammarkollegiet betalar ut 365 miljoner kronor till regionerna 2024.');
    const a = ask('How much of the 2024 money was paid out by Kammarkollegiet, and is any of it performance-based?');
    expect(a.text.split('\n')[0]).toBe('Kammarkollegiet pays out SEK 365 million to the regions in 2024.');
    expect(a.text).toMatch(/prestationsbaserat/u);
  });

  it('is not what the payer received, nor the payment to a recipient the question names', () => {
    // SKR received nothing in 2024: said first, then what it pays out; never a payment from it as if received.
    const got = ask('Hur mycket fick SKR 2024?');
    expect(got.answered).toBe(false);
    expect(got.text.split('\n')[0]).toMatch(/^Källorna anger inget belopp som SKR får 2024\. SKR betalar ut 444 miljoner kronor 2024/u);
    // What it received in 2021 is still its own line.
    expect(lead('Hur mycket fick SKR 2021?')).toMatch(/^9 miljoner kronor gick till SKR/u);
    expect(ask('Vad betalar SKR ut till RCC i samverkan 2024?').text).not.toMatch(/444/u);
  });

  it('checks an amount claimed of a payer: no, with what it pays and who pays the amount claimed', () => {
    expect(lead('Betalar Kammarkollegiet ut 405 miljoner 2024?')).toBe('Nej, det stämmer inte. Kammarkollegiet betalar ut 365 miljoner kronor till regionerna 2024. 405 miljoner kronor betalas ut av SKR till RCC.');
    expect(lead("Hi, I'm at the Ministry. Someone claims the 2024 agreement paid 405 MSEK through Kammarkollegiet. Correct?")).toMatch(/^No, that is not right\. Kammarkollegiet pays out SEK 365 million/u);
    expect(lead('Betalar SKR ut 444 miljoner 2024?')).toMatch(/^Ja, det stämmer\. SKR betalar ut 444 miljoner kronor 2024/u);
  });
});
