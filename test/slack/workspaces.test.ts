/**
 * Installed per workspace (OAuth v2, HTTP mode): the real Bolt app over HTTP with signed requests,
 * Slack's OAuth and Web API stood in for at the wire. Two workspaces install the bot through
 * /slack/install and /slack/oauth_redirect; each is answered with its own token, sees only its own
 * state, and a workspace without an installation is acknowledged and left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot, textOf } from '../helpers/bot.ts';
import { installKeyOfPayload } from '../../src/slack/installations.ts';
import { slackClient } from '../helpers/slackClient.ts';

let bot: RunningBot;
let base: string;
beforeAll(async () => {
  bot = await startBot({ perWorkspace: true });
  base = bot.url.replace(/\/slack\/events$/, '');
});
afterAll(() => bot.stop());

/** The install page, then Slack's redirect back with `code`, as a browser carries the state cookie between them. */
async function install(code: string, opts: { state?: string } = {}): Promise<Response> {
  const page = await fetch(`${base}/slack/install`);
  expect(page.status).toBe(200);
  const html = await page.text();
  const link = /href="(https:\/\/slack\.com\/oauth\/v2\/authorize\?[^"]+)"/.exec(html.replace(/&amp;/g, '&'))?.[1];
  expect(link).toBeDefined();
  const state = new URL(link!).searchParams.get('state')!;
  const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
  return fetch(`${base}/slack/oauth_redirect?code=${encodeURIComponent(code)}&state=${encodeURIComponent(opts.state ?? state)}`, { headers: { cookie } });
}

const dm = (team: string, text: string, user = 'U0ASKER') =>
  slackClient(bot.url, bot.slack, team).event({ type: 'message', channel_type: 'im', channel: `D0${team}`, user, text, ts: `${Date.now() / 1000}` });

/** The bot token each answer in a DM of `team` was posted with. */
const tokensInto = (team: string) => bot.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === `D0${team}`).map((c) => c.authorization);

describe('installing the bot in a workspace', () => {
  it('links to Slack\'s authorize page with the client id, the manifest\'s scopes and a signed state', async () => {
    const page = await fetch(`${base}/slack/install`);
    const link = new URL(/href="(https:\/\/slack\.com\/[^"]+)"/.exec((await page.text()).replace(/&amp;/g, '&'))![1]!);
    expect(link.origin + link.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(link.searchParams.get('client_id')).toBe('1111.2222');
    expect(link.searchParams.get('scope')!.split(',')).toEqual(expect.arrayContaining(['chat:write', 'commands', 'app_mentions:read', 'assistant:write']));
    expect(link.searchParams.get('state')).toMatch(/\S{20,}/);
  });

  it('exchanges the code, keeps the installation, says it worked and makes the installer an admin', async () => {
    const res = await install('ok-T0AAA-U0INSTA');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Boten är nu installerad i Workspace T0AAA');
    expect(bot.slack.callsTo('oauth.v2.access').at(-1)!.body).toMatchObject({ code: 'ok-T0AAA-U0INSTA', client_id: '1111.2222' });
    const stored = await bot.store.installation('T0AAA');
    expect(JSON.parse(stored!.installation)).toMatchObject({ team: { id: 'T0AAA' }, bot: { token: 'xoxb-T0AAA' }, user: { id: 'U0INSTA' } });
    expect(await bot.store.forTeam('T0AAA').admins()).toEqual(['U0INSTA']);
    expect((await install('ok-T0BBB-U0INSTB')).status).toBe(200);
    // The exchange carried the client secret and the code: neither reaches the log, at any level.
    expect(bot.logs.filter((l) => /client-secret-for-tests|ok-T0AAA-U0INSTA|xoxb-T0AAA/.test(l.text))).toEqual([]);
  });

  it('makes only the first installer an admin: a member who installs the app again gains nothing', async () => {
    expect((await install('ok-T0BBB-U0MEMBER')).status).toBe(200);
    expect(await bot.store.forTeam('T0BBB').admins()).toEqual(['U0INSTB']);
  });

  it('reads the installation an event is for from its authorizations, as in a channel shared with another organisation', () => {
    const shared = { team_id: 'T0PARTNER', authorizations: [{ team_id: 'T0AAA', enterprise_id: null, is_enterprise_install: false }] };
    expect(installKeyOfPayload(shared)).toBe('T0AAA');
    expect(installKeyOfPayload({ team_id: 'T0BBB' })).toBe('T0BBB');
    expect(installKeyOfPayload({ team: { id: 'T0CCC' }, is_enterprise_install: true, enterprise: { id: 'E0ORG' } })).toBe('E0ORG');
  });

  it('says why when the install cannot finish, and stores nothing', async () => {
    const forged = await install('ok-T0EVIL-U0EVIL', { state: 'not-the-state' });
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('börja om från installationssidan');
    const refused = await install('bad-code');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Slack godtog inte installationen');
    expect(await bot.store.installation('T0EVIL')).toBeNull();
  });
});

describe('each workspace on its own', () => {
  it('answers each workspace with its own token', async () => {
    expect((await dm('T0AAA', 'hur mycket gick till barncancer 2024?')).status).toBe(200);
    expect((await dm('T0BBB', 'total 2024?')).status).toBe(200);
    await bot.slack.waitFor(() => tokensInto('T0AAA').length === 1 && tokensInto('T0BBB').length === 1);
    expect(tokensInto('T0AAA')).toEqual(['Bearer xoxb-T0AAA']);
    expect(tokensInto('T0BBB')).toEqual(['Bearer xoxb-T0BBB']);
  });

  it('acknowledges a workspace with no installation, logs it once, and answers nothing there', async () => {
    const before = bot.slack.calls.length;
    expect((await dm('T0NONE', 'total 2024?')).status).toBe(200);
    expect((await dm('T0NONE', 'total 2023?')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(bot.slack.calls.slice(before).filter((c) => c.method !== 'oauth.v2.access')).toEqual([]);
    expect(bot.logs.filter((l) => l.text.includes('T0NONE'))).toHaveLength(1);
  });

  it("keeps one workspace's taught phrases, deadlines and admins from the other", async () => {
    const a = slackClient(bot.url, bot.slack, 'T0AAA');
    const b = slackClient(bot.url, bot.slack, 'T0BBB');
    const reply = async (sent: Promise<{ responseUrl: string }>) => {
      const { responseUrl } = await sent;
      await bot.slack.waitFor((calls) => calls.some((c) => c.path.endsWith(new URL(responseUrl).pathname)));
      return bot.slack.calls.filter((c) => c.path.endsWith(new URL(responseUrl).pathname)).at(-1)!.body;
    };
    const taught = await reply(a.command('/cancer-admin', 'synonym add "smear tests" = livmoderhalscancer', { user_id: 'U0INSTA' }));
    expect(taught.text).toContain('Inlärd som nr');
    expect((await reply(b.command('/cancer-admin', 'synonym list', { user_id: 'U0INSTB' }))).text).toContain('Inga inlärda fraser');
    // A's installer is no admin in B.
    expect((await reply(b.command('/cancer-admin', 'synonym list', { user_id: 'U0INSTA' }))).text).toContain('Bara administratörer');
    const added = await reply(a.command('/cancer-deadlines', 'add 2026-04-01 Rapport till RCC i samverkan', { user_id: 'U0INSTA' }));
    expect(textOf(added.blocks ?? []) + added.text).toContain('Rapport till RCC i samverkan');
    expect((await bot.store.forTeam('T0AAA').userDeadlines()).map((d) => d.text)).toEqual(['Rapport till RCC i samverkan']);
    expect(await bot.store.forTeam('T0BBB').userDeadlines()).toEqual([]);
    // Admins add admins, in their own workspace only.
    expect((await reply(a.command('/cancer-admin', 'admin add <@U0SECOND|second>', { user_id: 'U0INSTA' }))).text).toContain('är nu administratör');
    expect((await bot.store.forTeam('T0AAA').admins()).sort()).toEqual(['U0INSTA', 'U0SECOND']);
    expect(await bot.store.forTeam('T0BBB').admins()).toEqual(['U0INSTB']);
  });

  it('refreshes a workspace\'s token when token rotation is on, and keeps the new one', async () => {
    expect((await install('rot-T0ROT-U0INSTR')).status).toBe(200);
    expect(JSON.parse((await bot.store.installation('T0ROT'))!.installation).bot).toMatchObject({ token: 'xoxb-T0ROT', refreshToken: 'xoxe-1-T0ROT-1' });
    await dm('T0ROT', 'total 2024?');
    await bot.slack.waitFor(() => tokensInto('T0ROT').length === 1);
    // The token expired within two hours, so Bolt refreshed it before answering, and wrote it back.
    expect(bot.slack.callsTo('oauth.v2.access').some((c) => c.body.grant_type === 'refresh_token' && c.body.refresh_token === 'xoxe-1-T0ROT-1')).toBe(true);
    expect(tokensInto('T0ROT')).toEqual(['Bearer xoxb-T0ROT-2']);
    expect(JSON.parse((await bot.store.installation('T0ROT'))!.installation).bot).toMatchObject({ token: 'xoxb-T0ROT-2', refreshToken: 'xoxe-1-T0ROT-2' });
  });

  it("an uninstall forgets that workspace's installation and pauses its digests, not the other's", async () => {
    await bot.store.forTeam('T0AAA').subscribe({ channelId: 'C0SHARED', time: '08:00', subscribedBy: 'U0INSTA', now: new Date() });
    await bot.store.forTeam('T0BBB').subscribe({ channelId: 'C0SHARED', time: '09:00', subscribedBy: 'U0INSTB', now: new Date() });
    const res = await slackClient(bot.url, bot.slack, 'T0AAA').event({ type: 'app_uninstalled', event_ts: `${Date.now() / 1000}` });
    expect(res.status).toBe(200);
    await bot.slack.waitFor(async () => (await bot.store.installation('T0AAA')) === null);
    await bot.slack.waitFor(async () => (await bot.store.forTeam('T0AAA').subscription('C0SHARED'))?.pausedReason === 'app_uninstalled');
    expect(await bot.store.forTeam('T0BBB').subscription('C0SHARED')).toMatchObject({ time: '09:00', pausedReason: null });
    expect(await bot.store.installation('T0BBB')).not.toBeNull();
    // From now on T0AAA is a workspace without an installation.
    const before = tokensInto('T0AAA').length;
    await dm('T0AAA', 'total 2024?');
    await new Promise((r) => setTimeout(r, 200));
    expect(tokensInto('T0AAA')).toHaveLength(before);
  });
});
