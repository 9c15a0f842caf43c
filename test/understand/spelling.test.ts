import { describe, expect, it } from 'vitest';
import { lexicon } from '../../src/lexicon/load.ts';
import { TypoTable, correctInPhrases } from '../../src/understand/spelling.ts';

const words = (s: string) => s.split(' ');
const nothingKnown = () => false;

describe('a typo inside a phrase of several words', () => {
  it('is read as the phrase word when another word of the phrase stands near it', () => {
    expect(correctInPhrases(words('tasks on standardized care pathwyas in 2024'), nothingKnown, lexicon())).toEqual(words('tasks on standardized care pathways in 2024'));
  });

  it('is left as typed when no other word of the phrase is near', () => {
    expect(correctInPhrases(words('what about pathwyas'), nothingKnown, lexicon())).toEqual(words('what about pathwyas'));
  });

  it('never changes a word the corpus knows', () => {
    expect(correctInPhrases(words('standardized care pathwyas'), (w) => w === 'pathwyas', lexicon())).toEqual(words('standardized care pathwyas'));
  });
});

describe('TypoTable', () => {
  const table = new TypoTable<string>((a, b) => a === b);
  table.add('mycket', 'mycket', 5);
  table.add('rehabilitering', 'rehab', 5);
  table.add('kallelse', 'kallelse', 5);
  table.add('kallelsx', 'other', 5);

  it('reads one letter missing, one too many, one wrong and two swapped', () => {
    expect(['mycke', 'myckett', 'myckat', 'mycekt'].map((w) => table.find(w))).toEqual(['mycket', 'mycket', 'mycket', 'mycket']);
  });

  it('reads a form two entries share as neither', () => {
    expect(table.find('kallels')).toBeNull();
  });

  it('skips words shorter than the minimum', () => {
    table.add('hej', 'hej', 5);
    expect(table.find('hejj')).toBeNull();
  });
});
