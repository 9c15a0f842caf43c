/**
 * The real Bolt app in HTTP mode on a free port, talking to a Slack stand-in, with a fresh
 * DATA_DIR; and what Slack sends it, signed: slash commands, event callbacks, button clicks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import { loadCorpus, type Corpus } from '../../src/corpus/load.ts';
import { readSettings } from '../../src/settings.ts';
import { createSlackApp, type SlackAppOptions } from '../../src/slack/app.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store, Vote } from '../../src/store/types.ts';
import { SIGNING_SECRET, signedHeaders } from './signing.ts';
import { startSlackStandIn, TEAM_ID, type SlackStandIn } from './slackStandIn.ts';

let corpus: Corpus | undefined;
/** The real corpus, loaded once per test file. */
export const realCorpus = (): Corpus => (corpus ??= loadCorpus());

/** A logger that keeps every line, for asserting on what reaches the log. */
export function captureLogger(): Logger & { lines: { level: string; text: string }[] } {
  const lines: { level: string; text: string }[] = [];
  const keep = (level: string) => (...msg: unknown[]) => {
    lines.push({ level, text: msg.map((m) => (m instanceof Error ? (m.stack ?? m.message) : typeof m === 'string' ? m : JSON.stringify(m))).join(' ') });
  };
  let level = LogLevel.INFO;
  return { lines, debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error'), setLevel: (l) => (level = l), getLevel: () => level, setName: () => {} };
}

export interface RunningBot {
  /** http://127.0.0.1:PORT/slack/events */
  url: string;
  slack: SlackStandIn;
  store: Store;
  /** Every vote the app recorded through the store. */
  votes: Vote[];
  logs: ReturnType<typeof captureLogger>['lines'];
  /** POST a raw body with the given headers. */
  post(body: string, headers: Record<string, string>): Promise<Response>;
  /** POST a body signed as Slack signs it. */
  postSigned(body: string, contentType: string, extra?: { timestamp?: number; secret?: string; headers?: Record<string, string> }): Promise<Response>;
  /** Send a slash command; its response_url points at the stand-in. */
  command(command: string, text: string, fields?: Record<string, string>): Promise<{ res: Response; responseUrl: string; ms: number }>;
  /** Send an event_callback wrapping `event`. */
  event(event: Record<string, unknown>, opts?: { eventId?: string; retryNum?: number }): Promise<Response>;
  /** Send a block_actions payload for a button of a message. */
  click(action: { action_id: string; value: string; text?: string }, opts?: { channel?: string; responseUrl?: string; ephemeral?: boolean; user?: string }): Promise<{ res: Response; responseUrl: string }>;
  stop(): Promise<void>;
}

let seq = 0;
const nextId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(seq++).toString(36)}`.toUpperCase();

export interface StartBotOptions {
  /** Fixed clock for the bot (default 2026-03-02 09:00 Stockholm). */
  now?: Date;
  answer?: NonNullable<SlackAppOptions['deps']>['answer'];
}

export async function startBot(options: StartBotOptions = {}): Promise<RunningBot> {
  const slack = await startSlackStandIn();
  const dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-test-'));
  const settings = readSettings({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
    DATA_DIR: dataDir,
    ADMIN_USER_IDS: 'U0ADMIN',
  });
  const opened = openStore(settings.dataDir);
  const votes: Vote[] = [];
  // The real store, with its votes also noted here so tests can see what the buttons recorded.
  const store = new Proxy(opened, {
    get(target, key, receiver) {
      if (key === 'recordVote') return (vote: Vote) => (votes.push(vote), target.recordVote(vote));
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const logger = captureLogger();
  const now = options.now ?? new Date('2026-03-02T08:00:00Z');
  const app = createSlackApp({
    settings,
    corpus: realCorpus(),
    store,
    logger,
    retryConfig: { retries: 3, factor: 2, minTimeout: 20, maxTimeout: 200, randomize: false },
    deps: { now: () => now, ...(options.answer ? { answer: options.answer } : {}) },
  });
  const server = (await app.start(0)) as Server;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  const post = (body: string, headers: Record<string, string>) => fetch(url, { method: 'POST', body, headers });
  const postSigned: RunningBot['postSigned'] = (body, contentType, extra = {}) =>
    post(body, { 'content-type': contentType, ...signedHeaders(body, extra), ...extra.headers });

  return {
    url,
    slack,
    store,
    votes,
    logs: logger.lines,
    post,
    postSigned,
    async command(command, text, fields = {}) {
      const responseUrl = slack.responseUrl(nextId('cmd'));
      const body = new URLSearchParams({
        token: 'legacy-verification-token',
        team_id: TEAM_ID,
        team_domain: 'test',
        channel_id: 'C0CHANNEL',
        channel_name: 'cancervard',
        user_id: 'U0ASKER',
        user_name: 'asker',
        command,
        text,
        api_app_id: 'A0APP',
        is_enterprise_install: 'false',
        response_url: responseUrl,
        trigger_id: `${nextId('')}.trigger`,
        ...fields,
      }).toString();
      const started = performance.now();
      const res = await postSigned(body, 'application/x-www-form-urlencoded');
      return { res, responseUrl, ms: performance.now() - started };
    },
    event(event, opts = {}) {
      const body = JSON.stringify({
        token: 'legacy-verification-token',
        team_id: TEAM_ID,
        api_app_id: 'A0APP',
        event,
        type: 'event_callback',
        event_id: opts.eventId ?? nextId('Ev'),
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: 'U0BOT', is_bot: true, is_enterprise_install: false }],
        is_ext_shared_channel: false,
      });
      const headers: Record<string, string> = opts.retryNum !== undefined ? { 'x-slack-retry-num': String(opts.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {};
      return postSigned(body, 'application/json', { headers });
    },
    async click(action, opts = {}) {
      const responseUrl = opts.responseUrl ?? slack.responseUrl(nextId('act'));
      const channel = opts.channel ?? 'C0CHANNEL';
      const payload = {
        type: 'block_actions',
        user: { id: opts.user ?? 'U0ASKER', username: 'asker', name: 'asker', team_id: TEAM_ID },
        api_app_id: 'A0APP',
        token: 'legacy-verification-token',
        container: opts.ephemeral ? { type: 'message', message_ts: '1700000000.000100', channel_id: channel, is_ephemeral: true } : { type: 'message', message_ts: '1700000000.000100', channel_id: channel, is_ephemeral: false },
        trigger_id: `${nextId('')}.trigger`,
        team: { id: TEAM_ID, domain: 'test' },
        enterprise: null,
        is_enterprise_install: false,
        channel: { id: channel, name: 'cancervard' },
        ...(opts.ephemeral ? {} : { message: { type: 'message', user: 'U0BOT', ts: '1700000000.000100', text: 'svar' } }),
        state: { values: {} },
        response_url: responseUrl,
        actions: [{ type: 'button', block_id: 'b1', action_id: action.action_id, value: action.value, text: { type: 'plain_text', text: action.text ?? 'knapp', emoji: true }, action_ts: `${Date.now() / 1000}` }],
      };
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      const res = await postSigned(body, 'application/x-www-form-urlencoded');
      return { res, responseUrl };
    },
    async stop() {
      await app.stop();
      await slack.close();
      store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The buttons of a rendered message, by action id. */
export function buttonsOf(blocks: any[]): { action_id: string; value: string; text: { text: string } }[] {
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements);
}

/** All visible text of blocks, joined (sections, fields, context, headers). */
export function textOf(blocks: any[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.text?.text) out.push(b.text.text);
    for (const f of b.fields ?? []) out.push(f.text);
    for (const e of b.elements ?? []) if (e.text && typeof e.text === 'string') out.push(e.text);
  }
  return out.join('\n');
}
