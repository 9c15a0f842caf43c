/**
 * Payloads shaped as Slack sends them (after the scenario fixtures of Slack's Bolt SDKs): message
 * subtypes a person writes, interactions no listener takes, Web API calls Slack refuses, and the
 * health route a load balancer polls. Over signed HTTP, against the stand-in Slack API.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT_USER_ID, TEAM_ID } from '../helpers/slackStandIn.ts';
import { type RunningBot, startBot } from '../helpers/bot.ts';

let bot: RunningBot;
beforeEach(async () => {
  bot = await startBot();
});
afterEach(async () => {
  await bot.stop();
});

const ts = () => `${(Date.now() / 1000).toFixed(6)}`;
const form = (payload: object) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
const posted = () => bot.slack.callsTo('chat.postMessage');

describe('messages people write', () => {
  it('answers a mention in a thread reply also sent to the channel (thread_broadcast) in that thread', async () => {
    const root = ts();
    const res = await bot.event({
      type: 'app_mention',
      subtype: 'thread_broadcast',
      user: 'U0ASKER',
      text: `<@${BOT_USER_ID}> hur mycket gick till barncancer 2024?`,
      ts: ts(),
      thread_ts: root,
      channel: 'C0CHANNEL',
      event_ts: ts(),
      root: { user: 'U0OTHER', ts: root, text: 'tråden' },
    });
    expect(res.status).toBe(200);
    await bot.slack.waitFor(() => posted().length === 1);
    expect(posted()[0]!.body).toMatchObject({ channel: 'C0CHANNEL', thread_ts: root });
    expect(posted()[0]!.body.text).toContain('80 miljoner kronor');
  });

  it('answers a direct message with a file attached (file_share) for its text, and ignores one with no text', async () => {
    const file = { id: 'F0FILE', name: 'budget.pdf', mimetype: 'application/pdf', filetype: 'pdf', mode: 'hosted' };
    await bot.event({ type: 'message', subtype: 'file_share', user: 'U0ASKER', text: 'vad är totalen 2024?', files: [file], upload: false, ts: ts(), channel: 'D0DM', channel_type: 'im', event_ts: ts() });
    await bot.slack.waitFor(() => posted().length === 1);
    expect(posted()[0]!.body.text).toContain('809 miljoner kronor');
    await bot.event({ type: 'message', subtype: 'file_share', user: 'U0ASKER', text: '', files: [file], ts: ts(), channel: 'D0DM', channel_type: 'im', event_ts: ts() });
    await bot.event({ type: 'message', subtype: 'channel_join', user: 'U0ASKER', text: '<@U0ASKER> has joined', ts: ts(), channel: 'D0DM', channel_type: 'im', event_ts: ts() });
    await bot.event({ type: 'message', subtype: 'bot_message', bot_id: 'B0OTHER', text: 'hur mycket 2024?', ts: ts(), channel: 'D0DM', channel_type: 'im', event_ts: ts() });
    await new Promise((r) => setTimeout(r, 300));
    expect(posted()).toHaveLength(1);
  });

  it('survives a mention whose text is null', async () => {
    const res = await bot.event({ type: 'app_mention', user: 'U0ASKER', text: null, ts: ts(), channel: 'C0CHANNEL', event_ts: ts() });
    expect(res.status).toBe(200);
    await bot.slack.waitFor(() => posted().length === 1);
  });
});

describe('interactions the bot has no listener for are acknowledged at once', () => {
  const base = { user: { id: 'U0ASKER', username: 'asker', team_id: TEAM_ID }, api_app_id: 'A0APP', token: 'x', team: { id: TEAM_ID, domain: 'test' }, is_enterprise_install: false };
  const cases: [string, object][] = [
    ['an unknown button', { ...base, type: 'block_actions', trigger_id: '1.trigger', container: { type: 'message', message_ts: '1.1', channel_id: 'C0CHANNEL' }, channel: { id: 'C0CHANNEL', name: 'x' }, response_url: 'http://127.0.0.1:1/r', actions: [{ type: 'button', action_id: 'someone_elses_button', block_id: 'b', value: 'v', action_ts: '1.2' }] }],
    ['a modal submitted', { ...base, type: 'view_submission', trigger_id: '1.trigger', view: { id: 'V0VIEW', type: 'modal', callback_id: 'unknown_modal', state: { values: {} }, hash: 'h', private_metadata: '' } }],
    ['a modal closed', { ...base, type: 'view_closed', is_cleared: false, view: { id: 'V0VIEW', type: 'modal', callback_id: 'source_modal', state: { values: {} }, hash: 'h' } }],
    ['a global shortcut', { ...base, type: 'shortcut', callback_id: 'some_shortcut', trigger_id: '1.trigger', action_ts: '1.2' }],
    ['another app\'s message shortcut', { ...base, type: 'message_action', callback_id: 'translate_message', trigger_id: '1.trigger', action_ts: '1.2', message_ts: '1.1', channel: { id: 'C0CHANNEL', name: 'x' }, message: { type: 'message', text: 'hej', ts: '1.1', user: 'U0OTHER' }, response_url: 'http://127.0.0.1:1/r' }],
  ];
  it.each(cases)('%s', async (_what, payload) => {
    const started = performance.now();
    const res = await bot.postSigned(form(payload), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1_500);
    const lines = bot.logs.filter((l) => /acknowledged/.test(l.text));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).not.toMatch(/\n\s+at /); // one line, no stack trace
  });

  it('an unknown slash command routed here gets a short answer, not a timeout', async () => {
    const { res, ms } = await bot.command('/someone-else', 'hej');
    expect(res.status).toBe(200);
    expect(ms).toBeLessThan(1_500);
    expect(((await res.json()) as { text: string }).text).toContain('/cancer-ask');
  });

  it('still answers the bot\'s own buttons with their own listeners', async () => {
    const { res } = await bot.click({ action_id: 'show_more', value: JSON.stringify({ q: 'vilka insatser har RCC i samverkan 2024?' }) });
    expect(res.status).toBe(200);
    await bot.slack.waitFor(() => bot.slack.callsTo('views.open').length === 1);
    expect(bot.logs.some((l) => /acknowledged/.test(l.text))).toBe(false);
  });
});

describe('Web API calls Slack refuses', () => {
  it('tells the user privately when a modal cannot open (expired_trigger_id), and logs one line', async () => {
    bot.slack.failNext('views.open', { status: 200, body: { ok: false, error: 'expired_trigger_id' } });
    const fact = '2024-rcc:231:budget';
    await bot.click({ action_id: 'show_source_0', value: JSON.stringify({ f: fact, l: 'sv' }) });
    await bot.slack.waitFor(() => bot.slack.callsTo('chat.postEphemeral').length === 1);
    const told = bot.slack.callsTo('chat.postEphemeral')[0]!.body;
    expect(told).toMatchObject({ channel: 'C0CHANNEL', user: 'U0ASKER' });
    expect(told.text).toContain('Klicka på knappen igen');
    const line = bot.logs.find((l) => /opening the source modal failed/.test(l.text))!;
    expect(line.text).toContain('expired_trigger_id');
    expect(line.text).not.toMatch(/\n\s+at /);
  });

  it('logs a Home tab that Slack refuses to publish, and keeps serving', async () => {
    bot.slack.failNext('views.publish', { status: 200, body: { ok: false, error: 'not_enabled' } });
    await bot.event({ type: 'app_home_opened', user: 'U0ASKER', channel: 'D0DM', tab: 'home', event_ts: ts() });
    await bot.slack.waitFor(() => bot.logs.some((l) => /publishing the Home tab failed: Slack said not_enabled/.test(l.text)));
    const { res } = await bot.command('/cancer-totals', '2024');
    expect(res.status).toBe(200);
  });
});

describe('GET /health', () => {
  const healthUrl = () => bot.url.replace('/slack/events', '/health');
  it('answers 200 {"ok": true} without a signature while the corpus and database are there', async () => {
    const res = await fetch(healthUrl());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('answers 503 when the database no longer answers', async () => {
    await bot.store.close();
    const res = await fetch(healthUrl());
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ok: false, database: false, corpus: true });
    bot.store.close = async () => {}; // already closed; stop() closes it again
  });
});

describe('questions asked by a button', () => {
  const click = (container: object, extra: object = {}) =>
    bot.postSigned(
      form({
        type: 'block_actions',
        user: { id: 'U0ASKER', username: 'asker', team_id: TEAM_ID },
        api_app_id: 'A0APP',
        token: 'x',
        team: { id: TEAM_ID, domain: 'test' },
        trigger_id: '1.trigger',
        container,
        actions: [{ type: 'button', action_id: 'ask_question_0', block_id: 'b', value: JSON.stringify({ q: 'Hur mycket gick till barncancer 2024?' }), action_ts: '1.2' }],
        ...extra,
      }),
      'application/x-www-form-urlencoded',
    );

  it('answers a Home tab example in the user\'s messages with the bot', async () => {
    const res = await click({ type: 'view', view_id: 'V0HOME' }, { view: { id: 'V0HOME', type: 'home' } });
    expect(res.status).toBe(200);
    await bot.slack.waitFor(() => posted().length === 1);
    expect(posted()[0]!.body.channel).toBe('U0ASKER');
    expect(JSON.stringify(posted()[0]!.body.blocks)).toContain('Barncancer fick *80 miljoner kronor* 2024.');
  });

  it('answers a button under an answer in that answer\'s thread', async () => {
    await click({ type: 'message', message_ts: '1700000000.000100', channel_id: 'C0CHANNEL' }, { channel: { id: 'C0CHANNEL', name: 'x' }, message: { type: 'message', user: BOT_USER_ID, ts: '1700000000.000100', thread_ts: '1699999999.000001', text: 'svar' } });
    await bot.slack.waitFor(() => posted().length === 1);
    expect(posted()[0]!.body).toMatchObject({ channel: 'C0CHANNEL', thread_ts: '1699999999.000001' });
  });
});

describe('an edited question', () => {
  const dm = (text: string, questionTs: string) => bot.event({ type: 'message', user: 'U0ASKER', text, ts: questionTs, channel: 'D0DM', channel_type: 'im', event_ts: questionTs });
  const edit = (questionTs: string, text: string, before: string) =>
    bot.event({
      type: 'message',
      subtype: 'message_changed',
      hidden: true,
      channel: 'D0DM',
      channel_type: 'im',
      ts: ts(),
      event_ts: ts(),
      message: { type: 'message', user: 'U0ASKER', text, ts: questionTs, edited: { user: 'U0ASKER', ts: ts() } },
      previous_message: { type: 'message', user: 'U0ASKER', text: before, ts: questionTs },
    });

  it('updates the answer the bot gave it, in place', async () => {
    const q = ts();
    await dm('hur mycket gick till barncancer 2024?', q);
    await bot.slack.waitFor(() => posted().length === 1);
    // The bot records its answer once Slack has replied to the post, a moment after the stand-in saw it.
    await bot.slack.waitFor(async () => (await bot.store.answerTo('D0DM', q)) !== null);
    const answerTs = await bot.store.answerTo('D0DM', q);
    expect(answerTs).toBeTruthy();
    await edit(q, 'hur mycket gick till barncancer 2021?', 'hur mycket gick till barncancer 2024?');
    await bot.slack.waitFor(() => bot.slack.callsTo('chat.update').length === 1);
    const update = bot.slack.callsTo('chat.update')[0]!.body;
    expect(update).toMatchObject({ channel: 'D0DM', ts: answerTs });
    expect(update.text).toContain('2021');
    expect(posted()).toHaveLength(1); // no second answer
  });

  it('changes nothing for a message the bot did not answer, or an edit that leaves the text as it was', async () => {
    const q = ts();
    await dm('hur mycket 2024?', q);
    await bot.slack.waitFor(() => posted().length === 1);
    await edit(q, 'hur mycket 2024?', 'hur mycket 2024?'); // a link unfurled
    await edit('1600000000.000001', 'vad är nytt 2026?', 'vad är nytt?');
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.slack.callsTo('chat.update')).toEqual([]);
    expect(posted()).toHaveLength(1);
  });
});

describe('what HTTP carries', () => {
  it('reads a body whose content type names its charset', async () => {
    const body = new URLSearchParams({ command: '/cancer-totals', text: '2024', user_id: 'U0ASKER', channel_id: 'C0CHANNEL', team_id: TEAM_ID, response_url: bot.slack.responseUrl('cs'), trigger_id: '1.t' }).toString();
    const res = await bot.postSigned(body, 'application/x-www-form-urlencoded; charset=utf-8');
    expect(res.status).toBe(200);
    await bot.slack.waitFor(() => bot.slack.callsTo('respond').length === 1);
    expect(JSON.stringify(bot.slack.callsTo('respond')[0]!.body)).toContain('809 miljoner kronor');
  });
});

describe('the workspace', () => {
  it('leaves a request from another workspace alone, with one log line', async () => {
    const body = JSON.stringify({ token: 'x', team_id: 'T0OTHER', api_app_id: 'A0APP', type: 'event_callback', event_id: 'EvOTHER1', event_time: 1, event: { type: 'message', user: 'U0ASKER', text: 'hur mycket 2024?', ts: ts(), channel: 'D0DM', channel_type: 'im', event_ts: ts() } });
    const res = await bot.postSigned(body, 'application/json');
    expect(res.status).toBeLessThan(500);
    await new Promise((r) => setTimeout(r, 300));
    expect(posted()).toEqual([]);
    expect(bot.logs.some((l) => /workspace T0OTHER, not T0TEST; ignored/.test(l.text))).toBe(true);
  });
});
