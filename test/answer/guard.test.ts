/** The guard: a line stating an amount no fact states is dropped; a dropped lead leaves a plain one. */
import { describe, expect, it } from 'vitest';
import { guard } from '../../src/answer/guard.ts';
import type { Composed } from '../../src/answer/compose.ts';
import { realCorpus } from '../helpers/bot.ts';

const barncancer = () => realCorpus().facts.find((f) => f.kind === 'budget' && f.year === 2024 && f.amountSEK === 80e6)!;

describe('the guard', () => {
  it('drops a lead whose amount no fact states, and leaves a plain lead in the question\'s language', () => {
    const f = barncancer();
    const c: Composed = { intent: 'amount', answered: true, facts: [f], lead: 'Barncancer fick 90 miljoner kronor 2024.', sections: [{ items: [{ text: 'Barncancer: 80 miljoner kronor', facts: [f] }] }], notes: ['Totalt 123 miljoner kronor.'] };
    const sv = guard(c, 'sv');
    expect(sv.lead).toBe('Det här säger källorna:');
    expect(sv.sections[0]!.items).toHaveLength(1);
    expect(sv.notes).toEqual([]);
    expect(sv.guarded).toBe(2);
    expect(guard(c, 'en').lead).toBe('This is what the sources say:');
    // A lead every fact backs is kept.
    expect(guard({ ...c, lead: 'Barncancer fick 80 miljoner kronor 2024.' }, 'sv').lead).toBe('Barncancer fick 80 miljoner kronor 2024.');
  });
});
