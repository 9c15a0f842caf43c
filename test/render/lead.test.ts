/**
 * One answer, the same first sentence everywhere (issue 20): for every pinned question, the plain
 * text — what `ask` and the console print — opens with the lead sentence (no file name, no line
 * number, no leading "2024:" list item), Slack's top-level text (notifications, search, screen
 * readers) is that sentence, and the sources come last, by number and title.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer, answerTurn } from '../../src/answer/answer.ts';
import { ROOT, loadCorpus } from '../../src/corpus/load.ts';
import { answerMessage } from '../../src/render/answer.ts';
import { renderPlain } from '../../src/cli/render.ts';
import { replyMessage } from '../../src/render/reply.ts';
import { totalsCommand } from '../../src/commands/totals.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { buttonsOf, textOf } from '../helpers/bot.ts';

const corpus = loadCorpus();
const cases = readFileSync(join(ROOT, 'test', 'fixtures', 'questions.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; q: string; today?: string });
const unescape = (s: string) => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');

describe('the lead sentence first, in every rendering', () => {
  it('opens the plain text and is Slack\'s top-level text, for every pinned question', () => {
    for (const c of cases) {
      const a = answer(c.q, { corpus, today: c.today ?? '2026-11-23' });
      const first = a.text.split('\n')[0]!;
      expect(first, c.id).not.toMatch(/\.txt|\b(?:rad|rader|line|lines) \d/u);
      expect(first, c.id).not.toMatch(/^\d{4}(?:–\d{4})?(?: \([^)]*\))?: /u);
      expect(first.length, c.id).toBeLessThanOrEqual(300);
      expect(renderPlain(a).split('\n')[0], c.id).toBe(first);
      expect(unescape(answerMessage(a, corpus).text), c.id).toBe(first);
    }
  });

  it('cites items by source number and line, and names the sources by title last', () => {
    const a = answer('budgetraderna 2024', { corpus, today: '2026-11-23' });
    const lines = a.text.split('\n');
    expect(lines[0]).toBe('Budgetraderna 2024 (överenskommelsen omfattar totalt 809 miljoner kronor):');
    expect(lines).toContain('    • Barncancer: 80 miljoner kronor (källa 1, rad 224)');
    expect(lines.at(-1)).toBe('Källor: 1. Överenskommelsen jämlik och effektiv cancervård med kortare väntetider 2024, rad 3');
    expect(a.text).not.toMatch(/\.txt/u);
  });

  it('leads a comparison with its difference, the rows under their heading', () => {
    const lines = answer('jämför totalen 2021 och 2024', { corpus, today: '2026-11-23' }).text.split('\n');
    expect(lines[0]).toBe('2024 är beloppet högre än 2021: 309 miljoner kronor mer, 61,8 procent (uträknat ur de två beloppen).');
    expect(lines[1]).toBe('Överenskommelsen per år:');
    // No item repeats its year: "Överenskommelsen 2021: 500 …", not "2021: Överenskommelsen 2021: 500 …".
    expect(lines[2]).toBe('• Överenskommelsen 2021: 500 miljoner kronor (källa 1, rad 139)');
    expect(lines.filter((l) => l.includes('309 miljoner'))).toHaveLength(1);
  });

  it('says one figure as a sentence, its source line the first item', () => {
    const en = answer('how much went to childhood cancer in 2024?', { corpus, today: '2026-11-23' }).text.split('\n');
    expect(en[0]).toBe('Barncancer received SEK 80 million in 2024.');
    expect(en[1]).toBe('• 2024: Barncancer: SEK 80 million – Sjukvårdsregionala medel, fördelas lika mellan RCC (source 1, line 224)');
    const to = answer('hur mycket till förbättringsarbeten 2026', { corpus, today: '2026-11-23' }).text.split('\n');
    expect(to[0]).toBe('280 miljoner kronor gick till förbättringsarbeten i regionerna 2026.');
  });

  it('names a source whose title states an amount by what it is, so no figure is read from a title', () => {
    const a = answer('Vem är nationell cancersamordnare?', { corpus, today: '2026-11-23' });
    expect(a.text.split('\n').at(-1)).toMatch(/2\. Nyheten om överenskommelsen 2023 \(publicerad 2022-12-23\)$/u);
    expect(a.text).not.toContain('556 miljoner kronor till');
  });

  it('puts the questions it offers before the sources in the console', () => {
    const a = answer('How many employees does RCC i samverkan have?', { corpus, today: '2026-11-23' });
    const lines = renderPlain(a).split('\n');
    expect(lines.at(-2)).toMatch(/^Did you mean: 1\) /u);
    expect(lines.at(-1)).toMatch(/^Sources: 1\. /u);
  });
});

describe('Slack details', () => {
  it('names every source button alike: a figure by its line\'s name, a sentence by its line number', () => {
    const totals = answerMessage(answer('vad är totalen 2021 och 2024?', { corpus, today: '2026-11-23' }), corpus);
    const names = buttonsOf(totals.blocks).map((b) => b.text.text);
    expect(names).toEqual(['Källa: Överenskommelsen 2021', 'Källa: Överenskommelsen 2024', 'Visa budgetraderna 2021', 'Visa budgetraderna 2024', 'Visa diagram', '👍 Bra svar', '👎 Inte bra']);
    const tasks = buttonsOf(answerMessage(answer('vilka insatser har regionerna 2024', { corpus, today: '2026-11-23' }), corpus).blocks).map((b) => b.text.text);
    expect(tasks.filter((n) => n.startsWith('Källa'))).toEqual(['Källa rad 102', 'Källa rad 103']);
    const one = buttonsOf(answerMessage(answer('hur mycket gick till barncancer 2024?', { corpus, today: '2026-11-23' }), corpus).blocks).map((b) => b.text.text);
    expect(one[0]).toBe('Visa källa');
  });

  it('cuts a long line name at a word', () => {
    const a = answer('SVF-pengar 2021, alla poster', { corpus, today: '2026-11-23' });
    const names = buttonsOf(answerMessage(a, corpus).blocks).map((b) => b.text.text).filter((n) => n.startsWith('Källa: '));
    expect(names.length).toBeGreaterThan(1);
    for (const n of names) if (n.endsWith('…')) expect(a.facts.some((f) => f.label.replace(/\s+/g, ' ').startsWith(`${n.slice(7, -1)} `))).toBe(true);
  });

  it('/cancer-totals names its sources once: in the console under the text, in Slack as context lines', async () => {
    const reply = await totalsCommand('', { corpus, today: '2026-11-23', now: new Date('2026-11-23T08:00:00Z'), userId: 'U0A', channelId: 'C0A', store: createMemoryStore(), adminUserIds: [], digestHorizonDays: 60 });
    expect(reply.text).not.toContain('Källor:');
    expect(reply.sources).toMatch(/^Källor:\n2021: Meddelande från styrelsen/u);
    const slack = replyMessage(reply, corpus);
    expect(textOf(slack.blocks)).not.toContain('Källor:');
    expect(slack.blocks.filter((b) => b.type === 'context')).toHaveLength(4);
  });
});

describe('the lead sentence of a figure answer', () => {
  it('names each line asked for, in one sentence', () => {
    const a = answer('hur mycket gick till patologi och radiologi 2024?', { corpus, today: '2026-11-23' });
    expect(a.text.split('\n')[0]).toBe('Särskild satsning på patologin fick 60 miljoner kronor och Särskild satsning på radiologin 60 miljoner kronor 2024.');
  });

  it('says a comparison of one year once, when its difference is its sentence', () => {
    const lines = answer('fick patologin mer än radiologin 2024?', { corpus, today: '2026-11-23' }).text.split('\n');
    expect(lines[0]).toBe('Särskild satsning på patologin och Särskild satsning på radiologin fick lika mycket 2024: 60 miljoner kronor var.');
    expect(lines.filter((l) => l === lines[0])).toHaveLength(1);
  });

  it('says the amount when two years are equal', () => {
    expect(answer('barncancer 21 vs 24', { corpus, today: '2026-11-23' }).text.split('\n')[0]).toBe('2024 är beloppet lika stort som 2021: 80 miljoner kronor.');
  });

  it('says what a follow-up took from the question before only where its sentence does not', () => {
    const first = answerTurn('how much went to pathology in 2024?', { corpus, today: '2026-11-23' });
    const next = answerTurn('what about radiology?', { corpus, today: '2026-11-23', previous: first.question });
    expect(next.answer.text.split('\n')[0]).toBe('Särskild satsning på radiologin received SEK 60 million in 2024.');
    const back = answerTurn('och 2021?', { corpus, today: '2026-11-23', previous: answerTurn('hur mycket gick till barncancer 2024?', { corpus, today: '2026-11-23' }).question });
    expect(back.answer.text.split('\n')[0]).toBe('Sjukvårdsregionalt stöd via RCC för insatser inom barncancerområdet fick 80 miljoner kronor 2021 (barncancer).');
  });
});

describe('a topic named in the plural', () => {
  it('"de särskilda satsningarna" names every special effort in the sentence', () => {
    const a = answer('hur mycket fick de särskilda satsningarna 2024?', { corpus, today: '2026-11-23' });
    expect(a.facts.slice(0, 3).map((f) => f.amountSEK)).toEqual([60e6, 60e6, 100e6]);
    expect(a.text.split('\n')[0]).toBe('Särskild satsning på patologin fick 60 miljoner kronor, Särskild satsning på radiologin 60 miljoner kronor och Särskild satsning på rehabilitering 100 miljoner kronor 2024.');
  });

  it('one line named in the singular keeps its one figure', () => {
    expect(answer('hur mycket fick patologisatsningen 2024?', { corpus, today: '2026-11-23' }).text.split('\n')[0]).toBe('Särskild satsning på patologin fick 60 miljoner kronor 2024.');
  });
});
