/** A line's share of its year's agreement: both amounts cited, the percent said to be computed. */
import { describe, expect, it } from 'vitest';
import { ask } from '../helpers/ask.ts';

describe('the share of the agreement a line is', () => {
  it('states the line, the total and the computed percent', () => {
    const a = ask('Hur stor del av totalen 2024 gick till barncancer?');
    expect(a.facts.slice(0, 2).map((f) => [f.kind, f.amountSEK])).toEqual([['budget', 80e6], ['total', 809e6]]);
    expect(a.text.split('\n')[0]).toBe('Barncancer: 80 miljoner kronor av överenskommelsens 809 miljoner kronor 2024, 9,9 procent (uträknat ur de två beloppen).');
  });

  it('in English, for "what share of the agreement"', () => {
    const a = ask('What share of the 2021 agreement was the SVF stimulus money for the regions?');
    expect(a.facts.map((f) => f.amountSEK)).toEqual(expect.arrayContaining([370e6, 500e6]));
    expect(a.text.split('\n')[0]).toMatch(/SEK 370 million of the agreement's SEK 500 million in 2021, 74 percent \(computed from the two amounts\)\.$/u);
  });

  it('a question of how much, not of a share of the agreement, keeps its one figure', () => {
    const a = ask('hur mycket gick till barncancer 2024?');
    expect(a.facts.map((f) => f.kind)).toEqual(['budget']);
  });
});

describe('the share asked as a percentage', () => {
  it.each([
    ['What percentage of the 2026 total is the RCC support?', /17\.5 percent \(computed from the two amounts\)/u],
    ['Barncancerposten 2021 – hur många procent av totalen på 500 miljoner?', /16 procent \(uträknat ur de två beloppen\)/u],
  ])('%s', (q, percent) => {
    const a = ask(q);
    expect(a.facts.some((f) => f.kind === 'total')).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(percent);
  });
});
