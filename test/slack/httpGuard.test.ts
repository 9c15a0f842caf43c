/**
 * What HTTP mode refuses before it works on a request (src/slack/httpGuard.ts): a replayed signed
 * request, a timestamp from the future, a body too large for its route (before it is read), and
 * connections beyond the cap. The real Bolt app over real HTTP, with requests signed as Slack signs.
 */
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVENTS_BODY_LIMIT, MAX_CONNECTIONS } from '../../src/slack/httpGuard.ts';
import { type RunningBot, startBot } from '../helpers/bot.ts';
import { signedHeaders } from '../helpers/signing.ts';
import { BOT_USER_ID, TEAM_ID } from '../helpers/slackStandIn.ts';

let bot: RunningBot;
beforeEach(async () => {
  bot = await startBot();
});
afterEach(async () => {
  await bot.stop();
});

const port = () => Number(new URL(bot.url).port);
const now = () => Math.floor(Date.now() / 1000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const challenge = (text: string) => JSON.stringify({ token: 't', challenge: text, type: 'url_verification' });

/** A socket to the bot, once connected. */
function open(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port(), '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Write `text` and collect what comes back within `ms`, and whether the server closed the socket. */
function exchange(socket: Socket, text: string, ms = 2_000): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    let got = '';
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      socket.removeAllListeners('data');
      resolve({ text: got, closed });
    };
    const timer = setTimeout(() => finish(false), ms);
    socket.on('data', (d) => (got += d.toString()));
    socket.once('close', () => finish(true));
    socket.on('error', () => {});
    socket.write(text);
  });
}

describe('replayed and mistimed requests', () => {
  it('adds a deadline once when a signed /cancer-deadlines add is sent again: the copy gets 401 and one log line', async () => {
    const responseUrl = bot.slack.responseUrl('replayed');
    const body = new URLSearchParams({
      token: 'legacy-verification-token', team_id: TEAM_ID, team_domain: 'test', channel_id: 'C0CHANNEL', channel_name: 'cancervard',
      user_id: 'U0ADMIN', user_name: 'anna.berg', command: '/cancer-deadlines', text: 'add 2026-05-04 Ansökan till regionen',
      api_app_id: 'A0APP', is_enterprise_install: 'false', response_url: responseUrl, trigger_id: '1.replayed.trigger',
    }).toString();
    const headers = { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body) };
    expect((await bot.post(body, headers)).status).toBe(200);
    await bot.slack.waitFor(() => bot.slack.callsTo('respond').some((c) => responseUrl.endsWith(c.path)));
    expect((await bot.post(body, headers)).status).toBe(401);
    await sleep(300);
    expect((await bot.store.userDeadlines()).filter((d) => d.text === 'Ansökan till regionen')).toHaveLength(1);
    expect(bot.slack.callsTo('respond').filter((c) => responseUrl.endsWith(c.path))).toHaveLength(1);
    expect(bot.logs.filter((l) => /replayed/.test(l.text))).toHaveLength(1);
  });

  it('refuses a request timestamped 10 minutes ahead with 401, and takes one 2 minutes ahead', async () => {
    const ahead = await bot.postSigned(challenge('from-the-future'), 'application/json', { timestamp: now() + 600 });
    expect(ahead.status).toBe(401);
    expect(await ahead.text()).not.toContain('from-the-future');
    const skewed = await bot.postSigned(challenge('slightly-ahead'), 'application/json', { timestamp: now() + 120 });
    expect(skewed.status).toBe(200);
    expect(await skewed.text()).toContain('slightly-ahead');
  });

  it("acknowledges Slack's retry of a mention, signed afresh, with 200 and answers it once", async () => {
    const ts = '1772440500.000100';
    const body = JSON.stringify({
      token: 'legacy-verification-token', team_id: TEAM_ID, api_app_id: 'A0APP', type: 'event_callback', event_id: 'Ev0GUARDRETRY', event_time: now(),
      event: { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> totalen 2024`, ts, channel: 'C0GUARDRETRY', event_ts: ts },
      authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    });
    expect((await bot.postSigned(body, 'application/json', { timestamp: now() - 4 })).status).toBe(200);
    const retry = await bot.postSigned(body, 'application/json', { timestamp: now(), headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    const posts = () => bot.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0GUARDRETRY');
    await bot.slack.waitFor(() => posts().length >= 1);
    await sleep(300);
    expect(posts()).toHaveLength(1);
  });
});

describe('bodies too large for their route', () => {
  it('answers 413 to a Content-Length over 1 MiB before any of the body is sent', async () => {
    const socket = await open();
    const headers = `POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${EVENTS_BODY_LIMIT + 1}\r\n\r\n`;
    const answer = await exchange(socket, headers);
    socket.destroy();
    expect(answer.text).toMatch(/^HTTP\/1\.1 413 /);
  });

  it('stops reading a chunked body once it passes 1 MiB and answers 413', async () => {
    let written = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: port(), method: 'POST', path: '/slack/events', headers: { 'content-type': 'application/json', ...signedHeaders('{}') } });
      let answered = false;
      req.on('response', (res) => {
        answered = true;
        res.resume();
        resolve(res.statusCode!);
        req.destroy();
      });
      req.on('error', (e) => answered || reject(e));
      (async () => {
        const chunk = Buffer.alloc(64 * 1024, 'a');
        // Up to 3 MiB, under Bolt's own 4 MB limit: without the guard it would all be read.
        while (!answered && written < 3 * 1024 * 1024) {
          await new Promise((r) => req.write(chunk, r));
          written += chunk.length;
          await sleep(5);
        }
        if (!answered) req.end();
      })();
    });
    expect(status).toBe(413);
    expect(written).toBeLessThan(2 * 1024 * 1024);
  });

  it('takes a mention of 40 000 characters, JSON-escaped as Slack sends it, in text and blocks', async () => {
    const text = `<@${BOT_USER_ID}> ${'Hur mycket gick till barncancer år 2024? Ökningen är väsentlig. '.repeat(700).slice(0, 40_000 - 10)}`;
    const ts = '1772440600.000100';
    const event = { type: 'app_mention', user: 'U0ASKER', text, ts, channel: 'C0LONG', event_ts: ts, blocks: [{ type: 'rich_text', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }] }] };
    const body = JSON.stringify({ token: 't', team_id: TEAM_ID, api_app_id: 'A0APP', type: 'event_callback', event_id: 'Ev0LONGMENTION', event_time: now(), event })
      .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(Buffer.byteLength(body)).toBeGreaterThan(80_000);
    expect((await bot.postSigned(body, 'application/json')).status).toBe(200);
  });

  it('answers GET /health with 200, and 413 when it carries a body', async () => {
    expect((await fetch(new URL('/health', bot.url))).status).toBe(200);
    const socket = await open();
    const answer = await exchange(socket, 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello');
    socket.destroy();
    expect(answer.text).toMatch(/^HTTP\/1\.1 413 /);
  });
});

describe('connections', () => {
  it(`closes a connection beyond ${MAX_CONNECTIONS} at once, serves the ones it holds, and takes a new one when one closes`, async () => {
    const held = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, open));
    try {
      const extra = await open();
      const started = performance.now();
      const refused = await exchange(extra, 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      extra.destroy();
      expect(refused).toEqual({ text: '', closed: true });
      expect(performance.now() - started).toBeLessThan(1_000);

      const served = await exchange(held.shift()!, 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
      expect(served.text).toMatch(/^HTTP\/1\.1 200 /);
      await sleep(100);
      const later = await open();
      const again = await exchange(later, 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
      expect(again.text).toMatch(/^HTTP\/1\.1 200 /);
      expect(bot.logs.filter((l) => /connections open/.test(l.text))).toHaveLength(1);
    } finally {
      for (const socket of held) socket.destroy();
    }
  });
});
