import { describe, expect, it } from 'vitest';
import { totalsCommand } from '../../src/commands/totals.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { realCorpus } from '../helpers/bot.ts';

const ctx = (): CommandContext => ({
  corpus: realCorpus(),
  today: '2026-03-02',
  now: new Date('2026-03-02T08:00:00Z'),
  userId: 'U0ASKER',
  channelId: 'C0CHANNEL',
  store: createMemoryStore(),
  adminUserIds: [],
  digestHorizonDays: 60,
});
const totals = (text: string) => totalsCommand(text, ctx());

describe('/cancer-totals', () => {
  it('with no year lists 2021–2026 with each total and "ingen källa" for 2022 and 2025', async () => {
    const reply = await totals('');
    expect(reply.ok).toBe(true);
    expect(reply.text).toContain(
      ['2021: 500 miljoner kronor', '2022: ingen källa', '2023: 556 miljoner kronor', '2024: 809 miljoner kronor', '2025: ingen källa', '2026: 1 005 miljoner kronor'].join('\n'),
    );
    expect(reply.facts!.map((f) => f.year)).toEqual([2021, 2023, 2024, 2026]);
    expect(reply.facts!.every((f) => f.kind === 'total')).toBe(true);
  });

  it('for 2024 gives 809 MSEK, every budget line under its group, and the three flows', async () => {
    const reply = await totals('2024');
    expect(reply.ok).toBe(true);
    expect(reply.text.split('\n')[0]).toBe('Överenskommelsen 2024: 809 miljoner kronor.');
    const budget = realCorpus().facts.filter((f) => f.kind === 'budget' && f.year === 2024);
    expect(budget).toHaveLength(14);
    for (const f of budget) expect(reply.text).toContain(`• ${f.label}: `);
    expect(reply.text).toMatch(/Sjukvårdsregionala medel, fördelas lika mellan RCC:\n(  • .*\n)*  • Barncancer: 80 miljoner kronor \(rad 224\)/);
    expect(reply.text).toMatch(/Så betalas pengarna ut:\n  • Från Kammarkollegiet till regionerna: 365 miljoner kronor/);
    expect(reply.text).toContain('Från SKR till RCC i samverkan, för nationella uppdrag: 39 miljoner kronor');
    expect(reply.facts!.filter((f) => f.kind === 'flow')).toHaveLength(3);
    expect(reply.facts![0]!.kind).toBe('total');
  });

  it('for 2023 gives the total and says the source has no budget lines', async () => {
    const reply = await totals('2023');
    expect(reply.text).toContain('Överenskommelsen 2023: 556 miljoner kronor.');
    expect(reply.text).toContain('inga budgetrader');
  });

  it('for 2022, a year between sources, says there is no source and which years there are', async () => {
    const reply = await totals('2022');
    expect(reply.text).toBe('Ingen källa för 2022; källorna täcker 2021, 2023, 2024 och 2026.');
  });

  it('accepts "år 2026" and writes 1 005 miljoner kronor with its four lines', async () => {
    const reply = await totals('år 2026');
    expect(reply.text).toContain('Överenskommelsen 2026: 1 005 miljoner kronor.');
    expect(reply.text).toContain('Till regionerna: 500 miljoner kronor');
    expect(reply.facts!.filter((f) => f.kind === 'budget')).toHaveLength(4);
  });

  it.each(['2021-2024', '2021–2024', '2021 - 2024'])('lists the years of the range %s', async (range) => {
    const reply = await totals(range);
    expect(reply.ok).toBe(true);
    expect(reply.text).toContain('2021: 500 miljoner kronor\n2022: ingen källa\n2023: 556 miljoner kronor\n2024: 809 miljoner kronor');
    expect(reply.text).not.toContain('2026:');
  });

  it.each([
    ['20x4', 'inte ett år'],
    ['2030', 'Ingen källa för 2030'],
    ['1999', 'Ingen källa för 1999'],
    ['2024-2021', 'första året ska komma före'],
    ['2020-2024', 'utanför'],
    ['barncancer', 'inte ett år'],
  ])('answers the bad argument %s with the usage', async (arg, problem) => {
    const reply = await totals(arg);
    expect(reply.ok).toBe(false);
    expect(reply.text).toContain(problem);
    expect(reply.text).toContain('Använd: /cancer-totals [år | år-år]');
    expect(reply.text).toContain('Källorna täcker 2021, 2023, 2024 och 2026.');
    expect(reply.facts).toEqual([]);
  });

  it('writes no amount that is not a stated fact', async () => {
    for (const arg of ['', '2021', '2023', '2024', '2026', '2021-2026']) {
      const reply = await totals(arg);
      const amounts = new Set(reply.facts!.map((f) => f.amountSEK));
      for (const m of reply.text.matchAll(/([\d ]+) miljoner kronor/g)) expect(amounts).toContain(Number(m[1]!.replace(/ /g, '')) * 1e6);
    }
  });
});
