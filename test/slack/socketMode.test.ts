/** With an app token the app uses Socket Mode: it asks Slack for a socket with that token. */
import { afterEach, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/settings.ts';
import { createSlackApp, startSlackApp } from '../../src/slack/app.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { captureLogger, realCorpus } from '../helpers/bot.ts';
import { startSlackStandIn, type SlackStandIn } from '../helpers/slackStandIn.ts';

let slack: SlackStandIn | undefined;
afterEach(async () => {
  await slack?.close();
});

describe('Socket Mode', () => {
  it('opens its connection with the app-level token through SLACK_API_URL, and reports a refusal', async () => {
    slack = await startSlackStandIn();
    slack.failNext('apps.connections.open', { status: 200, body: { ok: false, error: 'invalid_auth' } }, 10);
    const settings = readSettings({ SLACK_BOT_TOKEN: 'xoxb-socket', SLACK_APP_TOKEN: 'xapp-socket-test', SLACK_API_URL: slack.apiUrl });
    expect(settings.mode).toBe('socket');
    const app = createSlackApp({ settings, corpus: realCorpus(), store: createMemoryStore(), logger: captureLogger(), retryConfig: { retries: 0, factor: 1, minTimeout: 1, maxTimeout: 1, randomize: false } });
    await expect(startSlackApp(app, settings)).rejects.toThrow(/Slack refused the bot \(invalid_auth\); check SLACK_BOT_TOKEN or SLACK_APP_TOKEN/);
    const open = slack.callsTo('apps.connections.open');
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open[0]!.authorization).toBe('Bearer xapp-socket-test');
    await app.stop().catch(() => {});
  });
});
