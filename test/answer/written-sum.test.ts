/**
 * A sum the question writes out with the sources' figures is added up, said to be computed, and
 * each term shown as the budget line of that year that states it.
 */
import { describe, expect, it } from 'vitest';
import { ask, lead } from '../helpers/ask.ts';

describe('a sum written in the question', () => {
  it('adds the terms and names the line each one is', () => {
    const a = ask('Vad blir 3 + 14 för RCC i samverkan 2024?');
    expect(lead('Vad blir 3 + 14 för RCC i samverkan 2024?')).toMatch(/^3 \+ 14 blir 17 miljoner kronor 2024 \(uträknat\)/u);
    expect(a.facts.map((f) => f.label)).toEqual(['Nationell uppföljning mammografi', 'Nationellt arbete med standardiserade vårdförlopp']);
  });

  it('uses each line once when two lines state the same amount, and says so in English', () => {
    const a = ask('what do 60+60 come to in 2024?');
    expect(a.text.split('\n')[0]).toMatch(/^60 \+ 60 comes to SEK 120 million in 2024 \(computed\)/u);
    expect(new Set(a.facts.map((f) => f.id)).size).toBe(2);
  });

  it('says when the sum is the whole agreement of the year', () => {
    const a = ask('Blir 80 + 370 + 16 + 16 + 9 + 9 hela 2021?');
    expect(a.text.split('\n')[0]).toMatch(/blir 500 miljoner kronor 2021 \(uträknat\)/u);
    expect(a.text).toMatch(/hela överenskommelsen 2021/u);
    expect(a.facts.filter((f) => f.kind === 'budget')).toHaveLength(6);
  });

  it('answers a sum the sources state themselves as that amount', () => {
    const a = ask('Vad är 14 + 25 för RCC i samverkan 2024?');
    expect(a.text.split('\n')[0]).not.toMatch(/uträknat/u);
    expect(a.facts).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'flow', amountSEK: 39e6 })]));
  });

  it('leaves a term no line states to the other answers: no sum is made up', () => {
    expect(ask('Vad blir 61 + 62 år 2024?').text).not.toMatch(/123 miljoner/u);
  });
});
