/**
 * Conversations in Slack, over signed HTTP against the stand-in Slack API: a thread the bot
 * answered follows up without a mention for the person who asked; other people's replies need a
 * mention; a DM is one conversation; an answer channel answers questions and leaves chat alone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { botDeps } from '../../src/slack/deps.ts';
import { CONVERSATION_TTL_MS, conversationAt, rememberRead } from '../../src/slack/conversations.ts';
import { readQuestion } from '../../src/answer/answer.ts';
import { questionToJson } from '../../src/understand/followUp.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { BOT_USER_ID } from '../helpers/slackStandIn.ts';
import { captureLogger, realCorpus, type RunningBot, startBot } from '../helpers/bot.ts';

let bot: RunningBot;
beforeEach(async () => {
  bot = await startBot();
});
afterEach(async () => {
  await bot.stop();
});

let clock = 1_772_440_000;
const ts = () => `${clock++}.000100`;
const posted = () => bot.slack.callsTo('chat.postMessage');
const settle = () => new Promise((r) => setTimeout(r, 300));
const message = (fields: Record<string, unknown>) => bot.event({ type: 'message', channel: 'C0CHANNEL', channel_type: 'channel', event_ts: ts(), ...fields });

describe('a thread the bot answered', () => {
  it('answers the asker\'s reply without a mention, with the topic carried over, and leaves other people\'s replies alone', async () => {
    const root = ts();
    await bot.event({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> hur mycket gick till barncancer 2024?`, ts: root, channel: 'C0CHANNEL', event_ts: root });
    await bot.slack.waitFor(() => posted().length === 1);
    // Slack also delivers the mention as a channel message: it is not answered twice.
    await message({ user: 'U0ASKER', text: `<@${BOT_USER_ID}> hur mycket gick till barncancer 2024?`, ts: root });

    await message({ user: 'U0OTHER', text: 'och 2021?', ts: ts(), thread_ts: root });
    await settle();
    expect(posted()).toHaveLength(1);

    await message({ user: 'U0ASKER', text: 'och 2021?', ts: ts(), thread_ts: root });
    await bot.slack.waitFor(() => posted().length === 2);
    const reply = posted()[1]!.body;
    expect(reply).toMatchObject({ channel: 'C0CHANNEL', thread_ts: root });
    expect(JSON.stringify(reply.blocks)).toContain('2021 (barncancer).');
    expect(reply.text).toContain('80 miljoner kronor');

    // Someone else asks in the thread with a mention: answered, in the same conversation.
    await bot.event({ type: 'app_mention', user: 'U0OTHER', text: `<@${BOT_USER_ID}> och 2026?`, ts: ts(), thread_ts: root, channel: 'C0CHANNEL', event_ts: ts() });
    await bot.slack.waitFor(() => posted().length === 3);
    expect(posted()[2]!.body.text).toContain('barncancer 2026');
  });

  it('answers a complete question in the thread on its own', async () => {
    const root = ts();
    await bot.event({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> hur mycket gick till barncancer 2024?`, ts: root, channel: 'C0CHANNEL', event_ts: root });
    await bot.slack.waitFor(() => posted().length === 1);
    await message({ user: 'U0ASKER', text: 'vad är totalen 2023?', ts: ts(), thread_ts: root });
    await bot.slack.waitFor(() => posted().length === 2);
    expect(posted()[1]!.body.text).toContain('556 miljoner kronor');
    expect(JSON.stringify(posted()[1]!.body.blocks)).not.toContain('barncancer');
  });
});

describe('a DM', () => {
  it('is one conversation: "och 2021?" follows up the question before', async () => {
    await bot.event({ type: 'message', user: 'U0ASKER', text: 'how much went to pathology in 2024?', ts: ts(), channel: 'D0DM', channel_type: 'im', event_ts: ts() });
    await bot.slack.waitFor(() => posted().length === 1);
    await bot.event({ type: 'message', user: 'U0ASKER', text: 'what about radiology?', ts: ts(), channel: 'D0DM', channel_type: 'im', event_ts: ts() });
    await bot.slack.waitFor(() => posted().length === 2);
    expect(posted()[1]!.body.text).toContain('SEK 60 million');
    expect(JSON.stringify(posted()[1]!.body.blocks)).toContain('radiologin');
  });
});

describe('an answer channel', () => {
  beforeEach(async () => {
    await bot.store.setAnswerChannel('C0CHANNEL', true, 'U0ADMIN');
  });

  it('answers a top-level question without a mention, in its thread', async () => {
    const q = ts();
    await message({ user: 'U0ASKER', text: 'Hur mycket gick till barncancer 2024?', ts: q });
    await bot.slack.waitFor(() => posted().length === 1);
    expect(posted()[0]!.body).toMatchObject({ channel: 'C0CHANNEL', thread_ts: q });
  });

  it('leaves greetings, chat and what the sources say nothing about alone, and its own messages', async () => {
    for (const text of ['Hej allihop!', 'Någon som vill ha fika?', 'Vad blir det för lunch på SKR idag?', 'tack för senast', 'ok']) await message({ user: 'U0ASKER', text, ts: ts() });
    await message({ user: BOT_USER_ID, bot_id: 'B0BOT', text: 'Hur mycket gick till barncancer 2024?', ts: ts() });
    await settle();
    expect(posted()).toEqual([]);
  });

  it('answers nothing unasked in a channel that is not an answer channel', async () => {
    await bot.store.setAnswerChannel('C0CHANNEL', false, 'U0ADMIN');
    await message({ user: 'U0ASKER', text: 'Hur mycket gick till barncancer 2024?', ts: ts() });
    await settle();
    expect(posted()).toEqual([]);
  });
});

describe('conversation state', async () => {
  it('is forgotten after a day', async () => {
    let now = new Date('2026-03-02T08:00:00Z');
    const deps = botDeps({ corpus: realCorpus(), store: createMemoryStore(), logger: captureLogger(), now: () => now });
    const key = { channel: 'C1', thread: '1.1' };
    await rememberRead(deps, key, 'U1', questionToJson(readQuestion('hur mycket gick till barncancer 2024?', { corpus: realCorpus(), today: '2026-03-02' })));
    expect((await conversationAt(deps, key))?.asker).toBe('U1');
    now = new Date(now.getTime() + CONVERSATION_TTL_MS + 1);
    expect(await conversationAt(deps, key)).toBeNull();
  });
});
