/** `npm start` as a process: the mode its settings choose, a clear refusal, and a clean stop. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, NO_SLACK, ROOT, startHttpProcess, startProcess, until, type BotProcess } from '../helpers/process.ts';
import { SIGNING_SECRET, signedHeaders } from '../helpers/signing.ts';
import { slackClient } from '../helpers/slackClient.ts';
import { startSlackStandIn, type SlackStandIn } from '../helpers/slackStandIn.ts';

let run: BotProcess | undefined;
let slack: SlackStandIn | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  if (run && run.child.exitCode === null) run.child.kill('SIGKILL');
  await slack?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  run = slack = dataDir = undefined;
});

describe('npm start', () => {
  it('stops with a message naming what is missing when a bot token has neither app token nor signing secret', async () => {
    run = startProcess({ SLACK_BOT_TOKEN: 'xoxb-do-not-print-me' });
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain('SLACK_APP_TOKEN or SLACK_SIGNING_SECRET');
    expect(run.output()).not.toContain('xoxb-do-not-print-me');
  });

  it('serves Slack over HTTP at /slack/events on PORT, and stops cleanly on SIGTERM', async () => {
    slack = await startSlackStandIn();
    dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-main-'));
    const http = await startHttpProcess({ slack, dataDir, env: { SLACK_BOT_TOKEN: 'xoxb-main-test' } });
    run = http;
    const { url } = http;

    const challenge = JSON.stringify({ type: 'url_verification', challenge: 'from-main' });
    const res = await fetch(url, { method: 'POST', body: challenge, headers: { 'content-type': 'application/json', ...signedHeaders(challenge) } });
    expect(await res.text()).toContain('from-main');

    const body = new URLSearchParams({ command: '/cancer-totals', text: '2024', user_id: 'U0A', channel_id: 'C0A', team_id: 'T0TEST', response_url: slack.responseUrl('main-totals'), trigger_id: 't' }).toString();
    const started = Date.now();
    const ack = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body) } });
    expect(ack.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    await slack.waitFor((calls) => calls.some((c) => c.path === '/respond/main-totals'), 10_000);
    expect(slack.calls.find((c) => c.path === '/respond/main-totals')!.body.text).toContain('809 miljoner kronor');

    expect(await run.stop()).toBe(0);
    expect(run.output()).not.toContain('xoxb-main-test');
    expect(run.output()).not.toContain(SIGNING_SECRET);
  });

  it('a SIGTERM to `npm start` itself stops the bot (no orphan left serving)', async () => {
    slack = await startSlackStandIn();
    dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-main-'));
    const port = await freePort();
    const env = { ...process.env, ...NO_SLACK, SLACK_BOT_TOKEN: 'xoxb-npm-start', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port), DATA_DIR: dataDir };
    // Its own process group, so that whatever the test's outcome, nothing it started outlives it.
    const npm = spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    try {
      let out = '';
      npm.stdout.on('data', (d) => (out += d));
      npm.stderr.on('data', (d) => (out += d));
      const exited = new Promise((resolve) => npm.on('exit', resolve));
      await until(() => out.includes(`listening on port ${port}`), 30_000, 'npm start to listen');
      npm.kill('SIGTERM'); // npm only, as a process manager does
      await exited;
      await until(() => out.includes('SIGTERM: stopping'), 5_000, 'the bot to stop');
      const stillServing = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: '{}' }).then(
        () => true,
        () => false,
      );
      expect(stillServing).toBe(false);
    } finally {
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // the group is gone already
      }
    }
  });

  it('finishes an answer it is working on before it stops', async () => {
    slack = await startSlackStandIn();
    dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-main-'));
    const http = await startHttpProcess({ slack, dataDir });
    run = http;
    // The first post fails, so the answer is still being retried when SIGTERM arrives.
    slack.failNext('chat.postMessage', { status: 500 });
    const ts = '1772440100.000100';
    const res = await slackClient(http.url, slack).event({ type: 'message', channel_type: 'im', channel: 'D0STOP', user: 'U0ASKER', text: 'barncancer 2024', ts, event_ts: ts });
    expect(res.status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'), 10_000);
    expect(await run.stop()).toBe(0);
    const posts = slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.body.text).toContain('80 miljoner kronor');
  });

  it('stops with a message, not a crash, when Slack refuses the bot token', async () => {
    slack = await startSlackStandIn();
    slack.failNext('auth.test', { status: 200, body: { ok: false, error: 'invalid_auth' } }, 10);
    dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-main-'));
    run = startProcess({ SLACK_BOT_TOKEN: 'xoxb-refused-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0', DATA_DIR: dataDir });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('The bot cannot start: Slack refused the bot (invalid_auth); check SLACK_BOT_TOKEN');
    expect(run.output()).not.toMatch(/xoxb-refused-token|\n\s+at /);
  });

  it('stops with a message naming the address when Slack cannot be reached', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-main-'));
    const nobody = `http://127.0.0.1:${await freePort()}/api/`;
    run = startProcess({ SLACK_BOT_TOKEN: 'xoxb-unreachable', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: nobody, PORT: '0', DATA_DIR: dataDir });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`Could not reach Slack's Web API at ${nobody}`);
    expect(run.output()).not.toMatch(/xoxb-unreachable|\n\s+at /);
  }, 30_000);

  it('runs the console when no Slack setting is set, and ends with its input', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-main-'));
    run = startProcess({ DATA_DIR: dataDir }, '/cancer-totals 2024\n');
    expect(await run.exited).toBe(0);
    expect(run.output()).not.toContain('listening on port');
    expect(run.output().length).toBeGreaterThan(0);
  });
});
