/**
 * The real Bolt app in HTTP mode on a free port, in the test's own process, talking to a Slack
 * stand-in, with a fresh DATA_DIR; driven by what Slack sends it, signed (slackClient.ts).
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
import type { Work } from '../../src/work/work.ts';
import { createSlackApp, startSlackApp, stopSlackApp, type SlackAppOptions } from '../../src/slack/app.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store, Vote } from '../../src/store/types.ts';
import { SIGNING_SECRET } from './signing.ts';
import { slackClient, type SlackClient } from './slackClient.ts';
import { startSlackStandIn, type SlackStandIn } from './slackStandIn.ts';

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

export interface RunningBot extends SlackClient {
  slack: SlackStandIn;
  store: Store;
  /** Every vote the app recorded through the store. */
  votes: Vote[];
  logs: ReturnType<typeof captureLogger>['lines'];
  stop(): Promise<void>;
  /** Stop as `npm start` does on SIGTERM (stopSlackApp): stop taking requests, wait up to `ms` for what is in flight; resolves with how many were left. Then call stop(). */
  stopTaking(ms: number): Promise<number>;
}

export interface StartBotOptions {
  /** Fixed clock for the bot (default 2026-03-02 09:00 Stockholm). */
  now?: Date;
  answer?: NonNullable<SlackAppOptions['deps']>['answer'];
  /** Keep the database in this folder (and leave it there at stop), e.g. to start the bot again on it. */
  dataDir?: string;
  /** Where answers and charts are computed (a pool of worker threads); in-process by default. Closed at stop. */
  work?: Work;
  /** Installed per workspace through OAuth (CLIENT_ID and secrets, no bot token) instead of one bot token. */
  perWorkspace?: boolean;
}

/** The OAuth settings of a bot installed per workspace, in tests. */
export const OAUTH_ENV = { SLACK_CLIENT_ID: '1111.2222', SLACK_CLIENT_SECRET: 'client-secret-for-tests', SLACK_STATE_SECRET: 'state-secret-for-tests-0123456789abcdef' };

export async function startBot(options: StartBotOptions = {}): Promise<RunningBot> {
  const slack = await startSlackStandIn();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cancer-bot-test-'));
  const settings = readSettings({
    ...(options.perWorkspace ? OAUTH_ENV : { SLACK_BOT_TOKEN: 'xoxb-test-token' }),
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
      // The one workspace's view ('') is this proxy, so that its votes are noted too.
      if (key === 'forTeam') return (team: string) => (team === '' ? receiver : target.forTeam(team));
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
    ...(options.work ? { work: options.work } : {}),
  });
  const server = (await startSlackApp(app, { mode: 'http', port: 0, slackApiUrl: slack.apiUrl, ...(settings.oauth ? { oauth: settings.oauth } : {}) })) as Server;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  return {
    ...slackClient(url, slack),
    slack,
    store,
    votes,
    logs: logger.lines,
    stopTaking: (ms) => stopSlackApp(app, ms),
    async stop() {
      await app.stop().catch(() => {}); // already stopped by stopTaking
      await options.work?.close();
      await slack.close();
      await store.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
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
