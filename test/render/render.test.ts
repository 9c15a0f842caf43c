import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import type { Answer } from '../../src/answer/types.ts';
import type { Fact } from '../../src/corpus/schema.ts';
import { totalsCommand } from '../../src/commands/totals.ts';
import { answerKey, answerMessage, MAX_LIST_ITEMS } from '../../src/render/answer.ts';
import { homeView } from '../../src/render/home.ts';
import { fullListModal, sourceModal } from '../../src/render/modals.ts';
import { displayUserText, escapeMrkdwn } from '../../src/text/mrkdwn.ts';
import { replyMessage } from '../../src/render/reply.ts';
import { buttonsOf, realCorpus, textOf } from '../helpers/bot.ts';

const fact = (id: string): Fact => realCorpus().facts.find((f) => f.id === id)!;
const answerOf = (facts: Fact[], text: string, extra: Partial<Answer> = {}): Answer => ({
  question: 'Hur mycket gick till barncancer 2024?',
  language: 'sv',
  intent: 'amount',
  answered: true,
  text,
  facts,
  lead: text.split('\n\n')[0]!,
  sections: [],
  notes: [],
  understood: { intents: [], unknown: [], skipped: 0, guarded: 0 },
  ...extra,
});
const barncancer = () => answerOf([fact('2024-rcc:224:budget')], 'Barncancer fick 80 miljoner kronor 2024 (Sjukvårdsregionala medel).\n\nKälla: rad 224.');

describe('an answer as a Slack message', () => {
  it('starts with the answer sentence, its figure in bold, and says one figure once', () => {
    const { blocks } = answerMessage(barncancer(), realCorpus());
    expect(blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'Barncancer fick *80 miljoner kronor* 2024 (Sjukvårdsregionala medel).' } });
    expect(blocks[1]!.type).toBe('context');
  });

  it('says the answer in one sentence in the question\'s language, the citation in a context line, the file name nowhere', () => {
    const today = '2026-03-02';
    const sv = answerMessage(answer('hur mycket gick till barncancer 2024?', { corpus: realCorpus(), today }), realCorpus());
    expect(sv.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'Barncancer fick *80 miljoner kronor* 2024.' } });
    const en = answerMessage(answer('how much went to childhood cancer in 2024?', { corpus: realCorpus(), today }), realCorpus());
    expect(en.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'Barncancer received *SEK 80 million* in 2024.' } });
    for (const m of [sv, en]) {
      expect(m.blocks.find((b) => b.type === 'context')).toBeTruthy();
      expect(JSON.stringify(m.blocks)).not.toContain('.txt');
    }
    // A total in English is named in English; the amount leads its field.
    const totals = answerMessage(answer('compare the totals of 2021 and 2024', { corpus: realCorpus(), today }), realCorpus());
    expect(textOf(totals.blocks)).toContain('*SEK 500 million*\nThe 2021 agreement');
    expect(textOf(totals.blocks)).not.toContain('The 2021 agreement · 2021');
    expect(textOf(totals.blocks)).not.toContain('Överenskommelsen 2021');
  });

  it('leads a comparison with its difference and change in percent, said to be computed', () => {
    const a = answer('jämför totalen 2021 och 2024', { corpus: realCorpus(), today: '2026-03-02' });
    expect(a.text).toContain('309 miljoner kronor mer, 61,8 procent (uträknat ur de två beloppen)');
    const { blocks } = answerMessage(a, realCorpus());
    expect(blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '2024 är beloppet högre än 2021: *309 miljoner kronor* mer, 61,8 procent (uträknat ur de två beloppen).' } });
  });

  it('labels its buttons so that no two read the same, and offers the budget lines a total splits into', () => {
    const payment = answerMessage(answer('who pays out the money in 2024?', { corpus: realCorpus(), today: '2026-03-02' }), realCorpus());
    const names = buttonsOf(payment.blocks).map((b) => b.text.text);
    expect(new Set(names).size).toBe(names.length);
    expect(JSON.stringify(payment.blocks)).not.toMatch(/\(2024, in total SEK 809 million \(/); // no nested parentheses
    const total = answerMessage(answer('vad var totalen 2024?', { corpus: realCorpus(), today: '2026-03-02' }), realCorpus());
    const lines = buttonsOf(total.blocks).find((b) => b.text.text === 'Visa budgetraderna 2024')!;
    expect(lines.action_id).toBe('ask_question_0');
    expect(JSON.parse(lines.value)).toEqual({ q: 'Vilka budgetrader har 2024?' });
    expect(answer('Vilka budgetrader har 2024?', { corpus: realCorpus(), today: '2026-03-02' }).facts.filter((f) => f.kind === 'budget')).toHaveLength(14);
  });

  it('puts no vote or share buttons on help, refusals and questions too long', () => {
    for (const q of ['hjälp', '', 'x'.repeat(45_000)]) {
      const blocks = answerMessage(answer(q, { corpus: realCorpus(), today: '2026-03-02' }), realCorpus(), { share: true }).blocks;
      expect(buttonsOf(blocks).map((b) => b.action_id)).toEqual([]);
    }
  });

  it('writes English amounts the English way', () => {
    const { blocks } = answerMessage({ ...barncancer(), language: 'en', text: 'Childhood cancer got SEK 80 million in 2024.' }, realCorpus());
    expect(textOf(blocks)).toContain('SEK 80 million');
    expect(buttonsOf(blocks)[0]!.text.text).toBe('Show source');
  });

  it('has a context line naming the source, its year and line, linked to its URL', () => {
    const text = textOf(answerMessage(barncancer(), realCorpus()).blocks);
    expect(text).toContain('<https://cancercentrum.se/norr/om-oss/mal-och-inriktning/overenskommelse/|Överenskommelsen jämlik och effektiv cancervård med kortare väntetider 2024> · 2024 · rad 224');
  });

  it('names a source without a URL without a link', () => {
    const text = textOf(answerMessage(answerOf([fact('2023-nyhet:7:total')], '556 miljoner kronor 2023.'), realCorpus()).blocks);
    expect(text).toContain('📄 556 miljoner kronor till en jämlik, effektiv och tillgänglig cancervård · 2023 · rad 7');
    expect(text).not.toContain('<http');
  });

  it('has show source, 👍 and 👎 buttons, and "share" only when asked for', () => {
    const plain = buttonsOf(answerMessage(barncancer(), realCorpus()).blocks).map((b) => b.action_id);
    expect(plain).toEqual(['show_source_0', 'feedback_up', 'feedback_down']);
    const shared = buttonsOf(answerMessage(barncancer(), realCorpus(), { share: true }).blocks);
    expect(shared.map((b) => b.action_id)).toContain('share_answer');
    expect(JSON.parse(shared.find((b) => b.action_id === 'share_answer')!.value)).toEqual({ q: 'Hur mycket gick till barncancer 2024?' });
    expect(JSON.parse(shared.find((b) => b.action_id === 'feedback_up')!.value)).toEqual({ k: answerKey(barncancer()), q: 'Hur mycket gick till barncancer 2024?', l: 'sv', i: 'amount' });
  });

  it('gives notifications the lead sentence alone as the top-level text: no emphasis, no file name, at most 300 characters', () => {
    expect(answerMessage(barncancer(), realCorpus()).text).toBe('Barncancer fick 80 miljoner kronor 2024 (Sjukvårdsregionala medel).');
    const long = answerOf([], `${'Mycket lång mening '.repeat(40)}(2024-rcc-overenskommelsen.txt, rad 3)\nmer`, { answered: false });
    const text = answerMessage(long, realCorpus()).text;
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text).not.toContain('.txt');
    expect(text).not.toContain('mer');
  });

  it('escapes what the user and the text contain and never sends a channel-wide ping', () => {
    const evil = answerOf([], 'Inget svar på <!channel> & <script>', { question: '<!here> hej <!everyone> &amp; &lt;b&gt;', answered: false });
    const message = answerMessage(evil, realCorpus(), { showQuestion: true });
    const sent = JSON.stringify(message);
    for (const ping of ['<!channel>', '<!here>', '<!everyone>']) expect(sent).not.toContain(ping);
    const visible = `${message.text}\n${textOf(message.blocks)}`;
    for (const tag of ['<script>', '<b>']) expect(visible).not.toContain(tag);
    expect(message.text).toBe('Inget svar på &lt;!channel&gt; &amp; &lt;script&gt;');
    expect(textOf(message.blocks)).toContain('❓ hej &amp; &lt;b&gt;');
  });

  it('shows the whole text when there are no facts (help, unanswered)', () => {
    const help = answerOf([], 'Jag svarar på frågor om överenskommelserna.\n\nExempel:\n• Hur mycket gick till barncancer 2024?', { answered: false, intent: 'help' });
    expect(textOf(answerMessage(help, realCorpus()).blocks)).toContain('• Hur mycket gick till barncancer 2024?');
  });

  it('groups a long list under its headings, cuts it, and offers "show all" with the count', () => {
    const tasks = realCorpus().facts.filter((f) => f.kind === 'insats' && f.owner === 'RCC i samverkan' && f.year === 2024);
    expect(tasks.length).toBeGreaterThan(MAX_LIST_ITEMS);
    const message = answerMessage(answerOf(tasks, `RCC i samverkan ska göra ${tasks.length} insatser 2024.`, { intent: 'tasks' }), realCorpus());
    const bullets = textOf(message.blocks).split('\n').filter((l) => l.startsWith('• '));
    expect(bullets.length).toBeLessThanOrEqual(MAX_LIST_ITEMS);
    // Every area is shown with its count, the rest said to be under "Visa alla".
    for (const a of new Set(tasks.map((t) => t.area ?? t.heading))) expect(textOf(message.blocks)).toContain(`*${escapeMrkdwn(a!)}* (`);
    expect(textOf(message.blocks)).toMatch(/… och \d+ till under _Visa alla_/u);
    const area = tasks[0]!.area ?? tasks[0]!.heading!;
    expect(textOf(message.blocks)).toContain(`*${escapeMrkdwn(area)}* (${tasks.filter((t) => (t.area ?? t.heading) === area).length})`);
    expect(buttonsOf(message.blocks).find((b) => b.action_id === 'show_more')!.text.text).toBe(`Visa alla (${tasks.length})`);
    expect(message.blocks.length).toBeLessThanOrEqual(50);

    const modal = fullListModal(answerOf(tasks, 'x', { intent: 'tasks' }), realCorpus());
    const all = textOf(modal.blocks);
    for (const t of tasks) expect(all).toContain(escapeMrkdwn(t.label.replace(/\s+/g, ' ')).slice(0, 60));
    expect(modal.blocks.length).toBeLessThanOrEqual(100);
  });

  it('shows at most 10 amounts per section and offers "show all" beyond six', () => {
    const lines = realCorpus().facts.filter((f) => f.kind === 'budget' && f.year === 2024);
    const message = answerMessage(answerOf(lines, 'Budgetraderna 2024.'), realCorpus());
    const fields = message.blocks.flatMap((b) => ('fields' in b && b.fields ? b.fields : []));
    expect(fields).toHaveLength(6);
    expect(buttonsOf(message.blocks).map((b) => b.action_id)).toContain('show_more');
  });
});

describe('the source modal', () => {
  it('shows the quote and numbered lines around it, marking the quoted line, with a link to the source', () => {
    const modal = sourceModal(fact('2024-rcc:224:budget'), realCorpus(), 'sv');
    const text = textOf(modal.blocks);
    expect(modal.title.text).toBe('Källa');
    expect(text).toContain('> Barncancer - 80 miljoner kronor');
    expect(text).toMatch(/▶ 224 {2}\s*• Barncancer - 80 miljoner kronor/);
    expect(text).toMatch(/ {2}221 {2}Sjukvårdsregionala medel, fördelas lika mellan RCC/);
    expect(text).toMatch(/ {2}227 {2}\s*• Övrigt samverkansregionalt arbete/);
    expect(JSON.stringify(modal.blocks)).toContain('"url":"https://cancercentrum.se/norr/om-oss/mal-och-inriktning/overenskommelse/"');
  });

  it('marks every line of a quote that runs over several lines', () => {
    const multi = realCorpus().facts.find((f) => f.citation.quote.length > 150 && f.sourceId === '2021-skr-meddelande')!;
    const text = textOf(sourceModal(multi, realCorpus(), 'sv').blocks);
    expect(text.split('\n').filter((l) => l.startsWith('▶')).length).toBeGreaterThan(1);
  });

  it('says so when the fact is gone', () => {
    expect(textOf(sourceModal(undefined, realCorpus(), 'sv').blocks)).toContain('hittades inte');
  });
});

describe('user text shown back', () => {
  it('turns Slack markup into words and drops every special mention', () => {
    expect(displayUserText('<@U0BOT> <!channel> vad fick <#C123|cancer> och <https://x.se|länken> &lt;!here&gt; 1 &amp; 2 <!subteam^S1|@grupp>')).toBe(
      'vad fick #cancer och länken 1 &amp; 2',
    );
  });
});

describe('a command reply as a Slack message', () => {
  it('shows /cancer-totals 2024 with a source line per source and an escaped fallback', async () => {
    const reply = await totalsCommand('2024', { corpus: realCorpus() } as never);
    const message = replyMessage(reply, realCorpus());
    expect(message.text).toContain('Överenskommelsen 2024: 809 miljoner kronor.');
    expect(textOf(message.blocks)).toContain('· 2024 · rader 3, 195, 197, 205');
  });

  it('escapes what a bad argument echoed', async () => {
    const reply = await totalsCommand('<!channel>', { corpus: realCorpus() } as never);
    expect(JSON.stringify(replyMessage(reply, realCorpus()))).not.toContain('<!channel>');
  });
});

describe('the Home tab', () => {
  it('lists every year, its total or "ingen källa", and the deadlines still ahead', () => {
    const text = textOf(homeView(realCorpus(), '2024-06-01').blocks);
    expect(text).toContain('*2021*  500 miljoner kronor\n*2022*  _ingen källa_\n*2023*  556 miljoner kronor\n*2024*  809 miljoner kronor\n*2025*  _ingen källa_\n*2026*  1 005 miljoner kronor');
    expect(text).toContain('• 2024-12-31 (om 213 dagar) – Under 2024 ska därför en genomlysning göras av radiologin och patologin');
    expect(text).not.toContain('2024-01-31');
    expect(text.indexOf('2024-12-31')).toBeLessThan(text.indexOf('2025-12-31'));
  });

  it('lists the deadlines admins added, overdue ones first, with who added them', () => {
    const user = (id: number, date: string, text: string) => ({ id, date, text, addedBy: 'UADMIN', addedByName: null, addedAt: '2026-11-01T09:00:00.000Z' });
    const text = textOf(homeView(realCorpus(), '2026-11-23', [user(1, '2026-12-05', 'Svar till SKR'), user(2, '2026-11-20', 'Remissvar')]).blocks);
    expect(text).toContain('• 2026-11-20 (3 dagar sen) – Remissvar _(tillagd av <@UADMIN> 2026-11-01, nr 2)_\n• 2026-12-05 (om 12 dagar) – Svar till SKR');
    expect(text.indexOf('Svar till SKR')).toBeLessThan(text.indexOf('2026-12-31'));
  });

  it('says there are no deadlines ahead when all have passed', () => {
    expect(textOf(homeView(realCorpus(), '2031-01-01').blocks)).toContain('Inga kommande deadlines');
  });
});

describe('the answer sentence and its notes', () => {
  const ask = (q: string) => answer(q, { corpus: realCorpus(), today: '2026-11-23' });

  it('opens with the sentence the core composed, not a line re-read from the text', () => {
    const a = ask('Vilka insatser har RCC i samverkan 2024?');
    const blocks = answerMessage(a, realCorpus()).blocks;
    expect(blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(a.lead) } });
    expect(a.lead).toBe('RCC i samverkan har 48 insatser i överenskommelsen 2024:');
  });

  it('shows the notes that come after a list: a year without a source, the same money seen by payer', () => {
    const missing = answerMessage(ask('Hur mycket gick till barncancer 2021, 2022 och 2024?'), realCorpus());
    expect(textOf(missing.blocks)).toContain('Det finns ingen källa för 2022');
    const same = answerMessage(ask('budgetrader 2024'), realCorpus());
    expect(textOf(same.blocks)).toContain('Samma pengar 2024 syns också per utbetalare');
  });

  it('says which words it set aside, in the answer\'s language', () => {
    const a = ask('how much did blorft radiology get in 2024');
    expect(a.facts[0]).toMatchObject({ amountSEK: 60_000_000 });
    expect(textOf(answerMessage(a, realCorpus()).blocks)).toContain('I did not understand "blorft"');
  });
});
