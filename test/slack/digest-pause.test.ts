/**
 * The digest's Slack side over real HTTP: `/cancer-digest on` asks Slack (conversations.info)
 * whether the bot can post in the channel before storing anything, `status` shows a pause, `on`
 * ends it, and the app_uninstalled / tokens_revoked events pause every subscription. The real
 * Bolt app, signed requests, the Slack stand-in, a real SQLite file in a fresh DATA_DIR.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../helpers/bot.ts';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot?.stop();
});

/** Run a slash command typed in `channel` and return the private reply's text. */
async function digest(text: string, channel: string, user = 'U0ASKER'): Promise<{ text: string; responseType: string }> {
  const { res, responseUrl } = await bot.command('/cancer-digest', text, { channel_id: channel, user_id: user });
  expect(res.status).toBe(200);
  const at = () => bot.slack.callsTo('respond').filter((c) => responseUrl.endsWith(c.path));
  await bot.slack.waitFor(() => at().length > 0);
  const reply = at()[0]!.body;
  return { text: reply.text, responseType: reply.response_type };
}
const infoCallsFor = (channel: string) => bot.slack.callsTo('conversations.info').filter((c) => c.body.channel === channel);

describe('/cancer-digest on checks that the bot can post in the channel', () => {
  it('where the bot is not a member: answers privately with the invite, and stores nothing', async () => {
    bot.slack.conversation('C0NOTIN', { is_member: false });
    const reply = await digest('on', 'C0NOTIN');
    expect(reply.responseType).toBe('ephemeral');
    expect(reply.text).toContain('Jag är inte med i den här kanalen – bjud in mig först: `/invite @cancervardsboten`');
    expect(reply.text).toContain('Inget sparades');
    expect(await bot.store.subscription('C0NOTIN')).toBeNull();
    expect(infoCallsFor('C0NOTIN')).toHaveLength(1);
  });

  it('in a private channel the bot is not in (channel_not_found): the invite, nothing stored', async () => {
    bot.slack.conversation('G0PRIVATE', { error: 'channel_not_found' });
    const reply = await digest('on 07:30', 'G0PRIVATE');
    expect(reply.text).toContain('bjud in mig först: `/invite @cancervardsboten`');
    expect(await bot.store.subscription('G0PRIVATE')).toBeNull();
  });

  it('in an archived channel: says so, nothing stored', async () => {
    bot.slack.conversation('C0ARCHIVED', { is_member: true, is_archived: true });
    const reply = await digest('on', 'C0ARCHIVED');
    expect(reply.text).toContain('Kanalen är arkiverad, så jag kan inte skriva här');
    expect(await bot.store.subscription('C0ARCHIVED')).toBeNull();
  });

  it('when the app may not ask (missing_scope): names the missing scope, nothing stored', async () => {
    bot.slack.failFor('conversations.info', 'C0NOSCOPE', { status: 200, body: { ok: false, error: 'missing_scope', needed: 'channels:read', provided: 'chat:write,commands' } });
    const reply = await digest('on', 'C0NOSCOPE');
    expect(reply.text).toContain('appen saknar behörigheten `channels:read`');
    expect(reply.text).toContain('Inget sparades');
    expect(await bot.store.subscription('C0NOSCOPE')).toBeNull();
  });

  it('when Slack cannot answer the check (HTTP 500 through every retry): asks to try again, nothing stored, and the bot keeps serving', async () => {
    bot.slack.failFor('conversations.info', 'C0DOWN', { status: 500 });
    const reply = await digest('on', 'C0DOWN');
    expect(reply.text).toContain('Jag kunde inte fråga Slack om kanalen just nu. Försök igen om en stund. Inget sparades.');
    expect(infoCallsFor('C0DOWN').length).toBeGreaterThan(1); // the client's own retries
    expect(await bot.store.subscription('C0DOWN')).toBeNull();
    expect((await digest('status', 'C0DOWN')).text).toContain('får ingen sammanfattning');
  });

  it('where the bot is a member: subscribes', async () => {
    const reply = await digest('on', 'C0MEMBER');
    expect(reply.text).toContain('Kanalen får nu deadlines-sammanfattningen varje vardag kl 08:00');
    expect(await bot.store.subscription('C0MEMBER')).toMatchObject({ time: '08:00', subscribedBy: 'U0ASKER', pausedReason: null });
    expect(infoCallsFor('C0MEMBER')).toHaveLength(1);
  });

  it('in a DM (D…) it does not ask Slack: the bot is in its own DMs', async () => {
    const reply = await digest('on', 'D0DIRECT');
    expect(reply.text).toContain('Kanalen får nu');
    expect(infoCallsFor('D0DIRECT')).toEqual([]);
  });

  it('only on asks Slack: status, preview and off do not', async () => {
    const before = bot.slack.callsTo('conversations.info').length;
    await digest('status', 'C0QUIET');
    await digest('preview', 'C0QUIET');
    await digest('off', 'C0QUIET');
    expect(bot.slack.callsTo('conversations.info').length).toBe(before);
  });
});

describe('a paused digest over Slack', () => {
  it('status shows the pause and what to do; on, once the bot is invited, resumes it', async () => {
    await digest('on 07:30', 'C0PAUSED');
    await bot.store.pauseSubscription('C0PAUSED', 'not_in_channel', new Date('2026-03-02T06:30:00Z'));
    const status = (await digest('status', 'C0PAUSED')).text;
    expect(status).toContain('är *pausad* sedan måndag 2 mars 2026 kl 07:30: jag är inte med i kanalen (Slack svarade `not_in_channel`)');
    expect(status).toContain('Bjud in mig med `/invite @cancervardsboten` och slå på igen med `/cancer-digest on`.');

    // Still not invited: `on` refuses and the pause stays.
    bot.slack.conversation('C0PAUSED', { is_member: false });
    expect((await digest('on', 'C0PAUSED')).text).toContain('Jag är inte med i den här kanalen');
    expect((await bot.store.subscription('C0PAUSED'))?.pausedReason).toBe('not_in_channel');

    // Invited: `on` resumes it.
    bot.slack.conversation('C0PAUSED', { is_member: true });
    const resumed = (await digest('on 07:30', 'C0PAUSED')).text;
    expect(resumed).toContain('Sammanfattningen är påslagen igen: kanalen får den varje vardag kl 07:30');
    expect(await bot.store.subscription('C0PAUSED')).toMatchObject({ pausedReason: null, pausedAt: null });
    expect((await digest('status', 'C0PAUSED')).text).not.toContain('pausad');
  });
});

describe('app_uninstalled and tokens_revoked', () => {
  const active = async () => (await bot.store.subscriptions()).filter((s) => s.pausedReason === null);

  it('tokens_revoked for user tokens only leaves the digests alone', async () => {
    await digest('on', 'C0UNINST1');
    const before = (await active()).length;
    expect(before).toBeGreaterThan(0);
    const res = await bot.event({ type: 'tokens_revoked', tokens: { oauth: ['U0SOMEONE'] }, event_ts: `${Date.now() / 1000}` });
    expect(res.status).toBe(200);
    await bot.slack.waitFor(() => bot.logs.some((l) => l.text.includes('tokens_revoked for user tokens only')));
    expect(await active()).toHaveLength(before);
  });

  it('tokens_revoked for the bot token pauses every subscription with that reason, in one log line', async () => {
    await digest('on', 'C0UNINST2');
    const count = (await active()).length;
    expect(count).toBeGreaterThanOrEqual(2);
    const res = await bot.event({ type: 'tokens_revoked', tokens: { bot: ['U0BOT'] }, event_ts: `${Date.now() / 1000}` });
    expect(res.status).toBe(200);
    await bot.slack.waitFor(async () => (await active()).length === 0);
    expect((await bot.store.subscription('C0UNINST2'))?.pausedReason).toBe('tokens_revoked');
    expect(bot.logs.filter((l) => l.text.startsWith('tokens_revoked: paused'))).toEqual([{ level: 'warn', text: expect.stringContaining(`paused ${count} digest subscription(s)`) }]);
  });

  it('app_uninstalled pauses every subscription, sends nothing to Slack, and status says to reinstall', async () => {
    for (const s of await bot.store.subscriptions()) await digest('on', s.channelId); // resume them all first
    await digest('on', 'C0UNINST3');
    expect((await active()).length).toBeGreaterThanOrEqual(3);
    const callsBefore = bot.slack.calls.filter((c) => c.method !== 'respond').length;
    const res = await bot.event({ type: 'app_uninstalled', event_ts: `${Date.now() / 1000}` });
    expect(res.status).toBe(200);
    await bot.slack.waitFor(async () => (await active()).length === 0);
    expect((await bot.store.subscriptions()).every((s) => s.pausedReason === 'app_uninstalled')).toBe(true);
    expect(bot.logs.filter((l) => l.text.startsWith('app_uninstalled: paused'))).toHaveLength(1);
    expect(bot.slack.calls.filter((c) => c.method !== 'respond').length).toBe(callsBefore);
    const status = (await digest('status', 'C0UNINST3')).text;
    expect(status).toContain('appen har avinstallerats från arbetsytan');
    expect(status).toContain('installera appen igen');
  });
});
