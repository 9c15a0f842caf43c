import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/understand/figures.ts';

describe('amounts a question states', () => {
  it('reads units written beside or run into the number', () => {
    expect(readFigures('600m a year')).toEqual([600e6]);
    expect(readFigures('SEK 1.5bn')).toEqual([1.5e9]);
    expect(readFigures('80 m för barncancer')).toEqual([80e6]);
    expect(readFigures('1,005 miljarder')).toEqual([1.005e9]);
  });

  it('reads a sum of millions written out as the amount it adds up to, but not one in a parenthesis', () => {
    expect(readFigures('the 2026 chart says 250 + 250 for the regions')).toEqual([500e6]);
    expect(readFigures('räknar på 2026: 250+250+280+176+49')).toEqual([1005e6]);
    expect(readFigures('till regionerna (250 + 250)')).toEqual([]);
    expect(readFigures('2021+2024')).toEqual([]);
  });

  it('reads no amount in a year followed by "m.m." (med mera)', () => {
    expect(readFigures('vilka insatser finns om rehabilitering 2024 m.m.?')).toEqual([]);
  });
});
