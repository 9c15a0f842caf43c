/**
 * Slack's assistant surface over signed HTTP against the stand-in: the side panel greets and
 * suggests four prompts the bot answers, in the user's language; a question there gets a status, a
 * title and the answer in its thread, and follow-ups work as in a DM; the viewed channel is kept as
 * the thread's context; the "ask about this message" shortcut answers in the message's thread, or
 * privately with a share button where the bot is not a member.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { dateIn } from '../../src/dates.ts';
import { panelPrompts } from '../../src/render/panel.ts';
import { BOT_USER_ID } from '../helpers/slackStandIn.ts';
import { buttonsOf, realCorpus, type RunningBot, startBot } from '../helpers/bot.ts';

const NOW = new Date('2026-03-02T08:00:00Z');
let bot: RunningBot;
beforeEach(async () => {
  bot = await startBot({ now: NOW });
});
afterEach(async () => {
  await bot.stop();
});

const PANEL = 'D0PANEL';
let clock = 1_772_440_000;
const ts = () => `${clock++}.000100`;
const calls = (method: string) => bot.slack.callsTo(method);
const settle = () => new Promise((r) => setTimeout(r, 300));

async function openPanel(user = 'U0ASKER', viewing = 'C0VIEWED'): Promise<string> {
  const thread = ts();
  const res = await bot.event({
    type: 'assistant_thread_started',
    assistant_thread: { user_id: user, context: { channel_id: viewing, team_id: 'T0TEST', enterprise_id: null }, channel_id: PANEL, thread_ts: thread },
    event_ts: ts(),
  });
  expect(res.status).toBe(200);
  await bot.slack.waitFor(() => calls('assistant.threads.setSuggestedPrompts').length > 0);
  return thread;
}
const ask = (thread: string, text: string, user = 'U0ASKER') =>
  bot.event({ type: 'message', channel: PANEL, channel_type: 'im', user, text, ts: ts(), thread_ts: thread, event_ts: ts() });

describe('the side panel', () => {
  it('greets in the thread and suggests four prompts from the corpus, each answered by the bot', async () => {
    const thread = await openPanel();
    const greeting = calls('chat.postMessage')[0]!.body;
    expect(greeting).toMatchObject({ channel: PANEL, thread_ts: thread });
    expect(greeting.text).toMatch(/^Hej! Fråga mig om cancervårdens överenskommelser/u);
    const set = calls('assistant.threads.setSuggestedPrompts')[0]!.body;
    expect(set).toMatchObject({ channel_id: PANEL, thread_ts: thread, title: 'Prova att fråga' });
    const prompts = set.prompts as { title: string; message: string }[];
    expect(prompts).toEqual(panelPrompts(realCorpus(), dateIn(NOW), 'sv'));
    expect(prompts.map((p) => p.message)).toEqual(['Hur mycket omfattar överenskommelsen 2026?', 'Vad är nytt 2026?', 'Vilka deadlines är på gång?', 'Vad ska RCC i samverkan göra 2024?']);
    for (const p of prompts) expect(answer(p.message, { corpus: realCorpus(), today: dateIn(NOW) }).answered, p.message).toBe(true);
  });

  it('greets and suggests in English for a user whose Slack is in English', async () => {
    bot.slack.locale('U0ENGLISH', 'en-GB');
    await openPanel('U0ENGLISH');
    expect(calls('chat.postMessage')[0]!.body.text).toMatch(/^Hi! Ask me about the cancer-care agreements/u);
    const prompts = calls('assistant.threads.setSuggestedPrompts')[0]!.body.prompts as { message: string }[];
    expect(prompts.map((p) => p.message)).toEqual(['How much is the agreement for 2026?', 'What is new in 2026?', 'Which deadlines are coming up?', 'What must RCC i samverkan do in 2024?']);
    for (const p of prompts) expect(answer(p.message, { corpus: realCorpus(), today: dateIn(NOW) }).answered, p.message).toBe(true);
  });

  it('shows a status while it answers, titles the thread by the first question, answers in the thread, and follows up', async () => {
    const thread = await openPanel();
    await ask(thread, 'hur mycket gick till barncancer 2024?');
    await bot.slack.waitFor(() => calls('chat.postMessage').length === 2);
    expect(calls('assistant.threads.setTitle')).toHaveLength(1);
    expect(calls('assistant.threads.setTitle')[0]!.body).toMatchObject({ channel_id: PANEL, thread_ts: thread, title: 'hur mycket gick till barncancer 2024?' });
    const status = calls('assistant.threads.setStatus')[0]!;
    expect(status.body).toMatchObject({ channel_id: PANEL, thread_ts: thread, status: 'läser i källorna…' });
    const reply = calls('chat.postMessage')[1]!;
    expect(status.at).toBeLessThanOrEqual(reply.at);
    expect(reply.body).toMatchObject({ channel: PANEL, thread_ts: thread });
    expect(reply.body.text).toMatch(/^Barncancer fick 80 miljoner kronor 2024/u);
    // Rendered as in a DM: its sources, and Slack's own feedback buttons.
    expect(buttonsOf(reply.body.blocks).map((b) => b.action_id)).toEqual(expect.arrayContaining(['show_source_0']));
    expect(reply.body.blocks.at(-1)).toMatchObject({ type: 'context_actions', elements: [{ type: 'feedback_buttons', action_id: 'feedback' }] });

    await ask(thread, 'och 2021?');
    await bot.slack.waitFor(() => calls('chat.postMessage').length === 3);
    expect(calls('chat.postMessage')[2]!.body).toMatchObject({ thread_ts: thread });
    expect(JSON.stringify(calls('chat.postMessage')[2]!.body.blocks)).toContain('2021 (barncancer)');
    expect(calls('assistant.threads.setTitle')).toHaveLength(1);
    expect(calls('assistant.threads.setStatus')).toHaveLength(2);
  });

  it('keeps the channel the user views as the thread\'s context, in the greeting\'s metadata', async () => {
    const thread = await openPanel('U0ASKER', 'C0FIRST');
    expect(calls('chat.postMessage')[0]!.body.metadata).toMatchObject({ event_type: 'assistant_thread_context', event_payload: { channel_id: 'C0FIRST' } });
    await bot.event({
      type: 'assistant_thread_context_changed',
      assistant_thread: { user_id: 'U0ASKER', context: { channel_id: 'C0SECOND', team_id: 'T0TEST', enterprise_id: null }, channel_id: PANEL, thread_ts: thread },
      event_ts: ts(),
    });
    await bot.slack.waitFor(() => calls('chat.update').length === 1);
    expect(calls('chat.update')[0]!.body).toMatchObject({ channel: PANEL, metadata: { event_type: 'assistant_thread_context', event_payload: { channel_id: 'C0SECOND' } } });
  });

  it('still answers when Slack refuses the status and the title, and says so in the log', async () => {
    const thread = await openPanel();
    bot.slack.failNext('assistant.threads.setStatus', { status: 200, body: { ok: false, error: 'invalid_thread' } });
    bot.slack.failNext('assistant.threads.setTitle', { status: 200, body: { ok: false, error: 'invalid_thread' } });
    await ask(thread, 'totalen 2023?');
    await bot.slack.waitFor(() => calls('chat.postMessage').length === 2);
    expect(calls('chat.postMessage')[1]!.body.text).toContain('556 miljoner kronor');
    expect(bot.logs.filter((l) => l.level === 'warn' && /assistant panel: the (?:status|title) failed \(invalid_thread\)/u.test(l.text))).toHaveLength(2);
  });

  it('answers a DM thread outside the panel as a DM, without a status or a title', async () => {
    const root = ts();
    await bot.event({ type: 'message', channel: 'D0DM', channel_type: 'im', user: 'U0ASKER', text: 'totalen 2024?', ts: ts(), thread_ts: root, event_ts: ts() });
    await bot.slack.waitFor(() => calls('chat.postMessage').length === 1);
    expect(calls('chat.postMessage')[0]!.body).toMatchObject({ channel: 'D0DM', thread_ts: root });
    expect(calls('chat.postMessage')[0]!.body.text).toContain('809 miljoner kronor');
    await settle();
    expect(calls('assistant.threads.setStatus')).toHaveLength(0);
    expect(calls('assistant.threads.setTitle')).toHaveLength(0);
  });
});

describe('"Fråga boten (Ask bot)" on a message', () => {
  it('answers the message in its thread where the bot is a member, acknowledged at once', async () => {
    const started = performance.now();
    const { res } = await bot.shortcut('ask_about_message', { text: 'Vet någon hur mycket som gick till patologi 2024?', ts: '1772440500.000100' });
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(2_500);
    await bot.slack.waitFor(() => calls('chat.postMessage').length === 1);
    const reply = calls('chat.postMessage')[0]!.body;
    expect(reply).toMatchObject({ channel: 'C0CHANNEL', thread_ts: '1772440500.000100' });
    expect(reply.text).toMatch(/patologi/iu);
    expect(reply.text).toMatch(/miljoner kronor/u);
  });

  it('answers privately, with a share button, where the bot is not a member', async () => {
    bot.slack.conversation('C0ELSEWHERE', { is_member: false });
    const { responseUrl } = await bot.shortcut('ask_about_message', { text: 'hur mycket var totalen 2021?', ts: '1772440600.000100' }, { channel: 'C0ELSEWHERE' });
    await bot.slack.waitFor(() => calls('respond').length === 1);
    const reply = calls('respond')[0]!;
    expect(reply.path).toBe(new URL(responseUrl).pathname);
    expect(reply.body).toMatchObject({ response_type: 'ephemeral' });
    expect(reply.body.text).toContain('500 miljoner kronor');
    expect(buttonsOf(reply.body.blocks).map((b) => b.action_id)).toContain('share_answer');
    expect(calls('chat.postMessage')).toHaveLength(0);
  });

  it('says so privately when the message has no text', async () => {
    await bot.shortcut('ask_about_message', { text: '', ts: '1772440700.000100' });
    await bot.slack.waitFor(() => calls('respond').length === 1);
    expect(calls('respond')[0]!.body.text).toMatch(/ingen text att svara på/u);
    expect(calls('chat.postMessage')).toHaveLength(0);
  });
});

describe('a mention of the bot in the panel', () => {
  it('is read without the mention', async () => {
    const thread = await openPanel();
    await ask(thread, `<@${BOT_USER_ID}> totalen 2026?`);
    await bot.slack.waitFor(() => calls('chat.postMessage').length === 2);
    expect(calls('chat.postMessage')[1]!.body.text).toContain('1 005 miljoner kronor');
  });
});
