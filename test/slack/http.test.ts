/**
 * The real Bolt app over real HTTP, with a local stand-in for Slack's Web API: what Slack sends,
 * signed, and what reaches Slack back.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deadlinesCommand } from '../../src/commands/deadlines.ts';
import { commandContext, botDeps } from '../../src/slack/deps.ts';
import { METHOD_SCOPES } from '../../src/slack/scopes.ts';
import { buttonsOf, captureLogger, realCorpus, startBot, textOf, type RunningBot } from '../helpers/bot.ts';
import { signedHeaders } from '../helpers/signing.ts';
import { BOT_ID, BOT_USER_ID } from '../helpers/slackStandIn.ts';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot?.stop();
});

/** The respond() calls that reached one response_url. */
const responsesAt = (url: string) => bot.slack.callsTo('respond').filter((c) => url.endsWith(c.path));
const waitForResponse = async (url: string, n = 1) => {
  await bot.slack.waitFor(() => responsesAt(url).length >= n);
  return responsesAt(url);
};
const postsTo = (channel: string) => bot.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);

/** Send a DM that must be answered, and wait for it: events sent before it have been handled by then. */
async function dmMarker(channel: string, text = 'Vad är totalen 2024?') {
  const before = postsTo(channel).length;
  await bot.event({ type: 'message', channel, channel_type: 'im', user: 'U0ASKER', text, ts: `${Date.now() / 1000}`, event_ts: `${Date.now() / 1000}` });
  await bot.slack.waitFor(() => postsTo(channel).length > before);
}

describe('requests Slack signs', () => {
  it('answers the URL verification challenge', async () => {
    const body = JSON.stringify({ token: 't', challenge: 'c4llenge-123', type: 'url_verification' });
    const res = await bot.postSigned(body, 'application/json');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('c4llenge-123');
  });

  it('refuses a forged signature with 401 and runs nothing', async () => {
    const before = bot.slack.calls.length;
    const body = new URLSearchParams({ command: '/cancer-totals', text: '2024', user_id: 'U1', channel_id: 'C1', response_url: bot.slack.responseUrl('forged') }).toString();
    const res = await bot.postSigned(body, 'application/x-www-form-urlencoded', { secret: 'not-the-signing-secret' });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(bot.slack.calls.slice(before).filter((c) => c.method === 'respond')).toEqual([]);
  });

  it('refuses a correctly signed but 10-minute-old request with 401', async () => {
    const body = JSON.stringify({ token: 't', challenge: 'old', type: 'url_verification' });
    const res = await bot.postSigned(body, 'application/json', { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('old');
  });

  it('refuses an unsigned request with 401', async () => {
    const res = await bot.post(JSON.stringify({ challenge: 'x', type: 'url_verification' }), { 'content-type': 'application/json' });
    expect(res.status).toBe(401);
  });

  it('refuses a body that was changed after signing', async () => {
    const signed = JSON.stringify({ challenge: 'a', type: 'url_verification' });
    const res = await bot.post(JSON.stringify({ challenge: 'b', type: 'url_verification' }), { 'content-type': 'application/json', ...signedHeaders(signed) });
    expect(res.status).toBe(401);
  });

  it('turns away garbage bodies and keeps serving', async () => {
    const garbage = ['{"type": "event_callback", ', '\u0000\u0001binary', 'payload=%7Bnot-json', ''];
    for (const body of garbage) {
      const signed = await bot.postSigned(body, body.startsWith('payload') ? 'application/x-www-form-urlencoded' : 'application/json');
      expect(signed.status).toBeGreaterThanOrEqual(400);
      const unsigned = await bot.post(body, { 'content-type': 'application/json' });
      expect(unsigned.status).toBe(401);
    }
    const res = await bot.postSigned(JSON.stringify({ challenge: 'still-here', type: 'url_verification' }), 'application/json');
    expect(await res.text()).toContain('still-here');
    await dmMarker('D0GARBAGE');
  });
});

describe('/cancer-totals', () => {
  it('acknowledges at once and then answers 2024 with 809 MSEK, its budget lines and flows, privately', async () => {
    const { res, responseUrl, ms } = await bot.command('/cancer-totals', '2024');
    expect(res.status).toBe(200);
    expect(ms).toBeLessThan(3000);
    const [reply] = await waitForResponse(responseUrl);
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(reply!.body.text).toContain('Överenskommelsen 2024: 809 miljoner kronor');
    expect(reply!.body.text).toContain('Barncancer: 80 miljoner kronor');
    expect(reply!.body.text).toContain('Från Kammarkollegiet till regionerna: 365 miljoner kronor');
    expect(textOf(reply!.body.blocks)).toContain('<https://cancercentrum.se/norr/om-oss/mal-och-inriktning/overenskommelse/|Överenskommelsen jämlik');
  });

  it('lists every year with a source and the years without one when given no year', async () => {
    const { responseUrl } = await bot.command('/cancer-totals', '');
    const [reply] = await waitForResponse(responseUrl);
    expect(reply!.body.text).toMatch(/2021: 500 miljoner kronor\n2022: ingen källa\n2023: 556 miljoner kronor\n2024: 809 miljoner kronor\n2025: ingen källa\n2026: 1 005 miljoner kronor/);
  });

  it('shows the usage for "20x4", escaping what the user typed', async () => {
    const { responseUrl } = await bot.command('/cancer-totals', '20x4 <!channel>');
    const [reply] = await waitForResponse(responseUrl);
    expect(reply!.body.text).toContain('Använd: /cancer-totals');
    expect(JSON.stringify(reply!.body)).not.toContain('<!channel>');
  });
});

describe('/cancer-ask', () => {
  it('answers barncancer 2024 with 80 MSEK only to the asker, with a share button (needs the answering core)', async () => {
    const { res, responseUrl, ms } = await bot.command('/cancer-ask', 'Hur mycket gick till barncancer 2024?');
    expect(res.status).toBe(200);
    expect(ms).toBeLessThan(3000);
    const [reply] = await waitForResponse(responseUrl);
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(reply!.body.text).toContain('80 miljoner kronor');
    expect(textOf(reply!.body.blocks)).toContain('80 miljoner kronor');
    expect(buttonsOf(reply!.body.blocks).map((b) => b.action_id)).toContain('share_answer');
  });

  it('never echoes a channel-wide ping back', async () => {
    const { responseUrl } = await bot.command('/cancer-ask', '<!channel> <!here> <!everyone> hur mycket fick barncancer 2024 & <b>?');
    const [reply] = await waitForResponse(responseUrl);
    const sent = JSON.stringify(reply!.body);
    for (const ping of ['<!channel>', '<!here>', '<!everyone>', '<b>']) expect(sent).not.toContain(ping);
  });

  it('tells the user how to ask when the question is empty', async () => {
    const { responseUrl } = await bot.command('/cancer-ask', '   ');
    const [reply] = await waitForResponse(responseUrl);
    expect(reply!.body.text).toContain('Använd: /cancer-ask');
  });
});

describe('/cancer-deadlines and /cancer-digest', () => {
  it('render the deadlines handler\'s reply', async () => {
    const { responseUrl } = await bot.command('/cancer-deadlines', '30');
    const [reply] = await waitForResponse(responseUrl);
    const deps = botDeps({ corpus: realCorpus(), store: bot.store, logger: captureLogger(), now: () => new Date('2026-03-02T08:00:00Z'), adminUserIds: ['U0ADMIN'] });
    const expected = await deadlinesCommand('30', await commandContext(deps, 'U0ASKER', 'C0CHANNEL'));
    expect(reply!.body.text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).toBe(expected.text.slice(0, 3900));
    expect(reply!.body.response_type).toBe('ephemeral');
  });

  it("keep the name of the admin who adds a deadline, so the digest names them without a ping", async () => {
    const { responseUrl } = await bot.command('/cancer-deadlines', 'add 2026-04-01 Rapport till styrelsen', { user_id: 'U0ADMIN', user_name: 'anna.berg' });
    const [reply] = await waitForResponse(responseUrl);
    expect(reply!.body.text).toContain('Tillagd som nr');
    const added = (await bot.store.userDeadlines()).find((d) => d.text === 'Rapport till styrelsen')!;
    expect(added).toMatchObject({ addedBy: 'U0ADMIN', addedByName: 'anna.berg' });
    await bot.store.removeDeadline(added.id);
  });

  it('acknowledge /cancer-digest and reply', async () => {
    const { res, responseUrl } = await bot.command('/cancer-digest', 'status');
    expect(res.status).toBe(200);
    const [reply] = await waitForResponse(responseUrl);
    expect(typeof reply!.body.text).toBe('string');
    expect(reply!.body.text.length).toBeGreaterThan(0);
  });
});

describe('mentions and DMs', () => {
  it('answers a mention in that message\'s thread, with the bot token', async () => {
    const ts = '1772440000.000100';
    const res = await bot.event({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> vad är totalen för 2024?`, ts, channel: 'C0MENTION', event_ts: ts });
    expect(res.status).toBe(200);
    await bot.slack.waitFor(() => postsTo('C0MENTION').length === 1);
    const [post] = postsTo('C0MENTION');
    expect(post!.body.thread_ts).toBe(ts);
    expect(post!.authorization).toBe('Bearer xoxb-test-token');
    expect(typeof post!.body.text).toBe('string');
    expect(Array.isArray(post!.body.blocks)).toBe(true);
  });

  it('answers a mention inside a thread in that thread', async () => {
    const res = await bot.event({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> och 2026?`, ts: '1772440001.000200', thread_ts: '1772439999.000001', channel: 'C0THREAD', event_ts: '1772440001.000200' });
    expect(res.status).toBe(200);
    await bot.slack.waitFor(() => postsTo('C0THREAD').length === 1);
    expect(postsTo('C0THREAD')[0]!.body.thread_ts).toBe('1772439999.000001');
  });

  it('answers a mention once even when Slack retries the event', async () => {
    const event = { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> totalen 2024`, ts: '1772440002.000300', channel: 'C0RETRY', event_ts: '1772440002.000300' };
    expect((await bot.event(event, { eventId: 'Ev0RETRIED' })).status).toBe(200);
    expect((await bot.event(event, { eventId: 'Ev0RETRIED', retryNum: 1 })).status).toBe(200);
    expect((await bot.event(event, { eventId: 'Ev0RETRIED', retryNum: 2 })).status).toBe(200);
    await bot.slack.waitFor(() => postsTo('C0RETRY').length >= 1);
    await dmMarker('D0AFTERRETRY');
    expect(postsTo('C0RETRY')).toHaveLength(1);
  });

  it('answers a DM in the DM, not in a thread', async () => {
    const res = await bot.event({ type: 'message', channel: 'D0DM', channel_type: 'im', user: 'U0ASKER', text: 'Hur mycket gick till barncancer 2024?', ts: '1772440003.000400', event_ts: '1772440003.000400' });
    expect(res.status).toBe(200);
    await bot.slack.waitFor(() => postsTo('D0DM').length === 1);
    expect(postsTo('D0DM')[0]!.body.thread_ts).toBeUndefined();
  });

  it('answers barncancer 2024 in a DM with 80 MSEK and its source line (needs the answering core)', async () => {
    await bot.event({ type: 'message', channel: 'D0DMCORE', channel_type: 'im', user: 'U0ASKER', text: 'Hur mycket gick till barncancer 2024?', ts: '1772440003.000500', event_ts: '1772440003.000500' });
    await bot.slack.waitFor(() => postsTo('D0DMCORE').length === 1);
    const [post] = postsTo('D0DMCORE');
    expect(textOf(post!.body.blocks)).toContain('80 miljoner kronor');
    expect(textOf(post!.body.blocks)).toMatch(/rad(er)? [\d, ]*224/);
  });

  it('ignores other bots, itself, edits and other message subtypes', async () => {
    const base = { channel: 'D0IGNORE', channel_type: 'im', text: 'Hur mycket gick till barncancer 2024?', ts: '1772440004.000500', event_ts: '1772440004.000500' };
    await bot.event({ ...base, user: 'U0OTHERBOT', bot_id: 'B0OTHER' });
    await bot.event({ ...base, subtype: 'bot_message', bot_id: 'B0OTHER', username: 'annan bot' });
    await bot.event({ ...base, user: BOT_USER_ID, bot_id: BOT_ID });
    await bot.event({ ...base, subtype: 'message_changed', message: { user: 'U0ASKER', text: 'ändrad' }, previous_message: { user: 'U0ASKER', text: 'förut' } });
    await bot.event({ ...base, subtype: 'message_deleted', previous_message: { user: 'U0ASKER', text: 'borta' } });
    await bot.event({ ...base, subtype: 'channel_join', user: 'U0ASKER' });
    await bot.event({ type: 'app_mention', user: 'U0OTHERBOT', bot_id: 'B0OTHER', text: `<@${BOT_USER_ID}> hej`, ts: '1772440004.000600', channel: 'C0IGNORE', event_ts: '1772440004.000600' });
    await dmMarker('D0IGNOREMARK');
    expect(postsTo('D0IGNORE')).toEqual([]);
    expect(postsTo('C0IGNORE')).toEqual([]);
  });
});

describe('the Home tab', () => {
  it('is published with the yearly totals, the next deadlines and example questions', async () => {
    const res = await bot.event({ type: 'app_home_opened', user: 'U0HOME', channel: 'D0HOME', tab: 'home', event_ts: '1772440005.000600' });
    expect(res.status).toBe(200);
    await bot.slack.waitFor((calls) => calls.some((c) => c.method === 'views.publish' && c.body.user_id === 'U0HOME'));
    const publish = bot.slack.callsTo('views.publish').find((c) => c.body.user_id === 'U0HOME')!;
    expect(publish.body.view.type).toBe('home');
    const text = textOf(publish.body.view.blocks);
    expect(text).toContain('*2024*  809 miljoner kronor');
    expect(text).toContain('*2025*  _ingen källa_');
    expect(text).toContain('• 2026-12-31 (');
    expect(text).toContain('• 2030-12-31 (');
    expect(text).not.toContain('2024-12-31'); // past on 2026-03-02
    // The example questions are buttons that ask them.
    const examples = buttonsOf(publish.body.view.blocks);
    expect(examples.map((b) => b.text.text)).toContain('Hur mycket gick till barncancer 2024?');
    expect(examples.every((b) => /^ask_question_\d+$/.test(b.action_id))).toBe(true);
  });

  it('is not published when the Messages tab is opened', async () => {
    await bot.event({ type: 'app_home_opened', user: 'U0MSGTAB', channel: 'D0HOME2', tab: 'messages', event_ts: '1772440006.000700' });
    await dmMarker('D0HOMEMARK');
    expect(bot.slack.callsTo('views.publish').filter((c) => c.body.user_id === 'U0MSGTAB')).toEqual([]);
  });
});

describe('buttons', () => {
  it('"show source" opens a modal with the quoted passage and the lines around it', async () => {
    const { res } = await bot.click({ action_id: 'show_source_0', value: JSON.stringify({ f: '2024-rcc:224:budget', l: 'sv' }) });
    expect(res.status).toBe(200);
    await bot.slack.waitFor(() => bot.slack.callsTo('views.open').length >= 1);
    const open = bot.slack.callsTo('views.open').at(-1)!;
    expect(open.body.trigger_id).toMatch(/\.trigger$/);
    const text = textOf(open.body.view.blocks);
    expect(text).toContain('Barncancer - 80 miljoner kronor');
    expect(text).toContain('Utrota livmoderhalscancer - 25 miljoner kronor'); // the line after
    expect(text).toContain('Sjukvårdsregionala medel, fördelas lika mellan RCC'); // lines before
  });

  it('👍 records the vote and thanks the user privately', async () => {
    const { responseUrl } = await bot.click({ action_id: 'feedback_up', value: JSON.stringify({ k: 'abc123', q: 'barncancer 2024', l: 'sv' }) }, { user: 'U0VOTER' });
    const [reply] = await waitForResponse(responseUrl);
    expect(reply!.body.text).toContain('Tack');
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(reply!.body.replace_original).toBe(false);
    expect(bot.votes).toContainEqual({ answerKey: 'abc123', userId: 'U0VOTER', vote: 'up', question: 'barncancer 2024' });
  });

  it('👎 records a down vote and thanks in English for an English answer', async () => {
    const { responseUrl } = await bot.click({ action_id: 'feedback_down', value: JSON.stringify({ k: 'def456', q: 'childhood cancer 2024', l: 'en' }) }, { user: 'U0VOTER' });
    const [reply] = await waitForResponse(responseUrl);
    expect(reply!.body.text).toContain('Thanks');
    expect(bot.votes).toContainEqual({ answerKey: 'def456', userId: 'U0VOTER', vote: 'down', question: 'childhood cancer 2024' });
  });

  it('"share in channel" posts the answer for everyone and removes the private copy', async () => {
    const { responseUrl } = await bot.click({ action_id: 'share_answer', value: JSON.stringify({ q: 'Vad är totalen för 2024?' }) }, { ephemeral: true, user: 'U0SHARER' });
    const [shared, removed] = await waitForResponse(responseUrl, 2);
    expect(shared!.body.response_type).toBe('in_channel');
    expect(shared!.body.replace_original).toBe(false);
    expect(textOf(shared!.body.blocks)).toContain('<@U0SHARER>');
    expect(removed!.body.delete_original).toBe(true);
  });

  it('"show all" opens a modal with the whole list', async () => {
    const before = bot.slack.callsTo('views.open').length;
    await bot.click({ action_id: 'show_more', value: JSON.stringify({ q: 'Vilka insatser ska RCC i samverkan göra 2024?' }) });
    await bot.slack.waitFor(() => bot.slack.callsTo('views.open').length > before);
    const open = bot.slack.callsTo('views.open').at(-1)!;
    expect(open.body.view.type).toBe('modal');
    expect(open.body.view.title.text).toBe('Hela listan');
  });

  it('ignores a button value the bot did not write', async () => {
    const before = bot.slack.calls.length;
    const { res } = await bot.click({ action_id: 'show_source_0', value: '{"f": 12}' });
    expect(res.status).toBe(200);
    await dmMarker('D0BADVALUE');
    expect(bot.slack.calls.slice(before).filter((c) => c.method === 'views.open')).toEqual([]);
  });
});

describe('permissions', () => {
  it('calls only Web API methods that the manifest\'s scopes allow', () => {
    const scopes: string[] = parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8')).oauth_config.scopes.bot;
    const methods = [...new Set(bot.slack.calls.filter((c) => c.path.startsWith('/api/')).map((c) => c.method))];
    expect(methods).toEqual(expect.arrayContaining(['chat.postMessage', 'views.open', 'views.publish']));
    for (const method of methods) {
      expect(Object.keys(METHOD_SCOPES), `${method} has no entry in METHOD_SCOPES`).toContain(method);
      const scope = METHOD_SCOPES[method as keyof typeof METHOD_SCOPES];
      if (scope) expect(scopes).toContain(scope);
    }
  });
});
