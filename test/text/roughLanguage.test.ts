import { describe, expect, it } from 'vitest';
import { roughLanguage } from '../../src/text/roughLanguage.ts';

describe('a quick guess at the language, for "too busy" before the question is read', () => {
  it('is English for an English question and Swedish for a Swedish one, Swedish when it cannot tell', () => {
    expect(roughLanguage('How much did childhood cancer get in 2024?')).toBe('en');
    expect(roughLanguage('which tasks does RCC i samverkan own')).toBe('en');
    expect(roughLanguage('Hur mycket gick till barncancer 2024?')).toBe('sv');
    expect(roughLanguage('summan i fjol?')).toBe('sv');
    expect(roughLanguage('SVF 2024')).toBe('sv');
  });
});
