/** `npm start` as a process: the mode its settings choose, a clear refusal, and a clean stop. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { SIGNING_SECRET, signedHeaders } from '../helpers/signing.ts';
import { startSlackStandIn, type SlackStandIn } from '../helpers/slackStandIn.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NO_SLACK = { SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_API_URL: '', PORT: '', DATA_DIR: '', ADMIN_USER_IDS: '', LOG_LEVEL: '' };

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>, stdin = ''): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...process.env, ...NO_SLACK, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  child.stdin!.end(stdin);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

async function until(check: () => boolean, ms: number, what: string) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let run: Run | undefined;
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
    run = start({ SLACK_BOT_TOKEN: 'xoxb-do-not-print-me' });
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain('SLACK_APP_TOKEN or SLACK_SIGNING_SECRET');
    expect(run.output()).not.toContain('xoxb-do-not-print-me');
  });

  it('serves Slack over HTTP at /slack/events on PORT, and stops cleanly on SIGTERM', async () => {
    slack = await startSlackStandIn();
    dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-main-'));
    const port = await freePort();
    run = start({ SLACK_BOT_TOKEN: 'xoxb-main-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port), DATA_DIR: dataDir });
    await until(() => run!.output().includes(`listening on port ${port}`), 20_000, 'the app to listen');
    const url = `http://127.0.0.1:${port}/slack/events`;

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

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output()).not.toContain('xoxb-main-test');
    expect(run.output()).not.toContain(SIGNING_SECRET);
  });

  it('runs the console when no Slack setting is set, and ends with its input', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-main-'));
    run = start({ DATA_DIR: dataDir }, '/cancer-totals 2024\n');
    expect(await run.exited).toBe(0);
    expect(run.output()).not.toContain('listening on port');
    expect(run.output().length).toBeGreaterThan(0);
  });
});
