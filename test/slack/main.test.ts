/** `npm start` as a process: the mode its settings choose, a clear refusal, and a clean stop. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpProcess, startProcess, type BotProcess } from '../helpers/process.ts';
import { SIGNING_SECRET, signedHeaders } from '../helpers/signing.ts';
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

  it('runs the console when no Slack setting is set, and ends with its input', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-main-'));
    run = startProcess({ DATA_DIR: dataDir }, '/cancer-totals 2024\n');
    expect(await run.exited).toBe(0);
    expect(run.output()).not.toContain('listening on port');
    expect(run.output().length).toBeGreaterThan(0);
  });
});
