/**
 * Listeners called directly with fake ack/respond/client, as in Bolt's starter template: each
 * acknowledges first, then answers where Slack expects it.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import type { CommandHandler } from '../../src/commands/types.ts';
import { botDeps, type BotDeps } from '../../src/slack/deps.ts';
import { feedbackListener } from '../../src/slack/listeners/actions/feedback.ts';
import { shareAnswerListener } from '../../src/slack/listeners/actions/shareAnswer.ts';
import { showSourceListener } from '../../src/slack/listeners/actions/showSource.ts';
import { commandListener } from '../../src/slack/listeners/commands/command.ts';
import { totalsListener } from '../../src/slack/listeners/commands/totals.ts';
import { appHomeOpenedListener } from '../../src/slack/listeners/events/appHomeOpened.ts';
import { appMentionListener } from '../../src/slack/listeners/events/appMention.ts';
import { directMessageListener } from '../../src/slack/listeners/events/directMessage.ts';
import { questionIn } from '../../src/slack/listeners/events/question.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { captureLogger, realCorpus } from '../helpers/bot.ts';

const barncancer = () => realCorpus().facts.find((f) => f.id === '2024-rcc:224:budget')!;
const fixedAnswer = (question: string): Answer => ({
  question,
  language: 'sv',
  intent: 'amount',
  answered: true,
  lead: 'Barncancer fick 80 miljoner kronor 2024.',
  sections: [],
  notes: [],
  understood: { intents: [], unknown: [], skipped: 0, guarded: 0 },
  text: 'Barncancer fick 80 miljoner kronor 2024.',
  facts: [barncancer()],
});

function setup(overrides: Partial<BotDeps> = {}) {
  const store = createMemoryStore();
  const logger = captureLogger();
  const answer = vi.fn(fixedAnswer);
  const deps = { ...botDeps({ corpus: realCorpus(), store, logger, now: () => new Date('2026-03-02T08:00:00Z'), answer, ...overrides }), answer };
  const order: string[] = [];
  const ack = vi.fn(async () => void order.push('ack'));
  const respond = vi.fn(async (_m: unknown) => void order.push('respond'));
  const client = {
    chat: { postMessage: vi.fn(async (_m: Record<string, unknown>) => (order.push('postMessage'), { ok: true })) },
    views: { open: vi.fn(async (_m: Record<string, any>) => ({ ok: true })), publish: vi.fn(async (_m: Record<string, any>) => ({ ok: true })) },
  };
  return { deps, store, logger, ack, respond, client, order };
}

const command = (name: string, text: string) => ({ command: name, text, user_id: 'U0ASKER', channel_id: 'C0CHANNEL', response_url: 'https://hooks.slack.test/x', trigger_id: 't' });

describe('slash command listeners', () => {
  it('/cancer-totals acknowledges first, then answers privately with the 2024 total', async () => {
    const { deps, ack, respond, order } = setup();
    await totalsListener(deps)({ ack, respond, command: command('/cancer-totals', '2024') } as never);
    expect(order).toEqual(['ack', 'respond']);
    expect(ack).toHaveBeenCalledWith();
    const message = respond.mock.calls[0]![0] as { response_type: string; text: string };
    expect(message.response_type).toBe('ephemeral');
    expect(message.text).toContain('809 miljoner kronor');
  });

  it('a handler that throws still acknowledges, and the user gets an apology with an error id', async () => {
    const { deps, ack, respond, logger } = setup();
    const broken: CommandHandler = () => {
      throw new Error('handler broke');
    };
    await commandListener(broken, deps)({ ack, respond, command: command('/cancer-totals', 'x') } as never);
    expect(ack).toHaveBeenCalledOnce();
    const text = (respond.mock.calls[0]![0] as { text: string }).text;
    const id = /Fel-id: (\w+)/.exec(text)![1]!;
    expect(logger.lines.find((l) => l.text.includes(id))!.text).toContain('handler broke');
  });

  it('a reply that cannot be delivered is logged, not thrown', async () => {
    const { deps, ack, logger } = setup();
    const respond = vi.fn(async () => {
      throw new Error('response_url expired');
    });
    await expect(totalsListener(deps)({ ack, respond, command: command('/cancer-totals', '') } as never)).resolves.toBeUndefined();
    expect(logger.lines.some((l) => l.level === 'error' && l.text.includes('response_url expired'))).toBe(true);
  });
});

describe('event listeners', () => {
  it('a mention is answered in its thread, without the bot\'s own mention in the question', async () => {
    const { deps, client } = setup();
    const event = { type: 'app_mention', user: 'U0ASKER', text: '<@U0BOT> barncancer 2024?', ts: '1.000100', channel: 'C0CHANNEL' };
    await appMentionListener(deps)({ event, client, context: { botUserId: 'U0BOT' } } as never);
    expect(deps.answer).toHaveBeenCalledWith('barncancer 2024?', expect.objectContaining({ corpus: deps.corpus, today: '2026-03-02', taught: [] }));
    expect(client.chat.postMessage).toHaveBeenCalledWith(expect.objectContaining({ channel: 'C0CHANNEL', thread_ts: '1.000100', text: 'Barncancer fick 80 miljoner kronor 2024.' }));
  });

  it('a mention from a bot or an edited mention gets no answer', async () => {
    const { deps, client } = setup();
    const base = { type: 'app_mention', text: '<@U0BOT> hej', ts: '1.1', channel: 'C0CHANNEL' };
    await appMentionListener(deps)({ event: { ...base, user: 'U0X', bot_id: 'B0X' }, client, context: {} } as never);
    await appMentionListener(deps)({ event: { ...base, user: 'U0X', edited: { user: 'U0X', ts: '1.2' } }, client, context: {} } as never);
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  it('a DM is answered in the DM; a message in a channel is not', async () => {
    const { deps, client } = setup();
    const listener = directMessageListener(deps);
    await listener({ event: { type: 'message', channel: 'D0DM', channel_type: 'im', user: 'U0ASKER', text: 'totalen 2024', ts: '2.1' }, client, context: {} } as never);
    await listener({ event: { type: 'message', channel: 'C0CHAN', channel_type: 'channel', user: 'U0ASKER', text: 'totalen 2024', ts: '2.2' }, client, context: {} } as never);
    expect(client.chat.postMessage).toHaveBeenCalledOnce();
    expect(client.chat.postMessage.mock.calls[0]![0]).toMatchObject({ channel: 'D0DM' });
    expect(client.chat.postMessage.mock.calls[0]![0]).not.toHaveProperty('thread_ts');
  });

  it('an empty mention gets the help', async () => {
    const { deps, client } = setup();
    await appMentionListener(deps)({ event: { type: 'app_mention', user: 'U0A', text: '<@U0BOT>', ts: '3.1', channel: 'C0C' }, client, context: { botUserId: 'U0BOT' } } as never);
    expect((deps.answer as ReturnType<typeof vi.fn>).mock.calls[0]![0]).toBe('hjälp');
  });

  it('questionIn removes only the bot\'s mention', () => {
    expect(questionIn('<@U0BOT> vad gör <@U0OTHER>?', 'U0BOT')).toBe('vad gör <@U0OTHER>?');
  });

  it('opening the Home tab publishes the home view for that user', async () => {
    const { deps, client } = setup();
    await appHomeOpenedListener(deps)({ event: { type: 'app_home_opened', user: 'U0HOME', channel: 'D0', tab: 'home' }, client } as never);
    expect(client.views.publish).toHaveBeenCalledWith(expect.objectContaining({ user_id: 'U0HOME', view: expect.objectContaining({ type: 'home' }) }));
  });
});

describe('button listeners', () => {
  const click = (action_id: string, value: string) => ({ type: 'button', action_id, value, block_id: 'b', action_ts: '1', text: { type: 'plain_text', text: 'x' } });

  it('👎 acknowledges, records a down vote for the user and thanks them', async () => {
    const { deps, store, ack, respond, order } = setup();
    await feedbackListener(deps)({ ack, respond, action: click('feedback_down', JSON.stringify({ k: 'k1', q: 'fråga', l: 'sv' })), body: { user: { id: 'U0V' } } } as never);
    expect(order).toEqual(['ack', 'respond']);
    expect(store.votes).toEqual([{ answerKey: 'k1', userId: 'U0V', vote: 'down', question: 'fråga' }]);
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ response_type: 'ephemeral', replace_original: false, text: expect.stringContaining('Tack') }));
  });

  it('a second vote by the same user replaces the first', async () => {
    const { deps, store, ack, respond } = setup();
    const value = JSON.stringify({ k: 'k2', q: 'fråga', l: 'sv' });
    await feedbackListener(deps)({ ack, respond, action: click('feedback_up', value), body: { user: { id: 'U0V' } } } as never);
    await feedbackListener(deps)({ ack, respond, action: click('feedback_down', value), body: { user: { id: 'U0V' } } } as never);
    expect(store.votes).toEqual([{ answerKey: 'k2', userId: 'U0V', vote: 'down', question: 'fråga' }]);
  });

  it('"show source" opens the source modal with the trigger id', async () => {
    const { deps, ack, client } = setup();
    await showSourceListener(deps)({ ack, client, action: click('show_source_0', JSON.stringify({ f: '2024-rcc:224:budget', l: 'sv' })), body: { trigger_id: 'trig-1' } } as never);
    expect(ack).toHaveBeenCalledOnce();
    const { trigger_id, view } = client.views.open.mock.calls[0]![0];
    expect(trigger_id).toBe('trig-1');
    expect(JSON.stringify(view)).toContain('Barncancer - 80 miljoner kronor');
  });

  it('"share in channel" posts the answer for everyone, marked with who shared it, then removes the private copy', async () => {
    const { deps, ack, respond } = setup();
    await shareAnswerListener(deps)({ ack, respond, action: click('share_answer', JSON.stringify({ q: 'barncancer 2024' })), body: { user: { id: 'U0SH' } } } as never);
    expect(respond.mock.calls.map((c) => c[0])).toEqual([
      expect.objectContaining({ response_type: 'in_channel', replace_original: false, text: 'Barncancer fick 80 miljoner kronor 2024.' }),
      { delete_original: true },
    ]);
    expect(JSON.stringify(respond.mock.calls[0]![0])).toContain('<@U0SH>');
  });
});
