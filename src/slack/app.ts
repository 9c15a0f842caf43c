/**
 * The Slack app: Bolt over Socket Mode (with an app token) or HTTP at /slack/events (with the
 * signing secret, which Bolt checks on every request: forged or stale signatures get 401).
 * The Web API client retries failures and rate limits with backoff, then gives up.
 */
import { App, LogLevel as BoltLogLevel, type Logger } from '@slack/bolt';
import type { Corpus } from '../corpus/load.ts';
import type { Settings } from '../settings.ts';
import type { Store } from '../store/types.ts';
import { botDeps, type BotDeps } from './deps.ts';
import { registerListeners } from './listeners/index.ts';
import { answerEachEventOnce } from './middleware/onceEvent.ts';

/** Retries of a failed Web API call: about 0.3 + 0.6 + 1.2 + 2.4 s with jitter, then give up. */
export const RETRY_CONFIG = { retries: 4, factor: 2, minTimeout: 300, maxTimeout: 5_000, randomize: true };

export interface SlackAppOptions {
  settings: Pick<Settings, 'mode' | 'botToken' | 'appToken' | 'signingSecret' | 'slackApiUrl' | 'logLevel' | 'port' | 'adminUserIds' | 'digestHorizonDays'>;
  corpus: Corpus;
  store: Store;
  /** Where logs go; Bolt's console logger at settings.logLevel when absent. */
  logger?: Logger;
  /** Overrides of the listeners' dependencies (the clock, the answering core) for tests. */
  deps?: Partial<Pick<BotDeps, 'now' | 'answer'>>;
  /** Web API retry policy; tests shorten it. */
  retryConfig?: typeof RETRY_CONFIG;
}

const LEVELS = { debug: BoltLogLevel.DEBUG, info: BoltLogLevel.INFO, warn: BoltLogLevel.WARN, error: BoltLogLevel.ERROR } as const;

export function createSlackApp({ settings, corpus, store, logger, deps, retryConfig = RETRY_CONFIG }: SlackAppOptions): App {
  if (settings.mode === 'console' || !settings.botToken) throw new Error('createSlackApp needs Slack settings (a bot token and an app token or signing secret)');
  const clientOptions = { retryConfig, ...(settings.slackApiUrl ? { slackApiUrl: settings.slackApiUrl } : {}) };
  const common = { token: settings.botToken, clientOptions, ...(logger ? { logger } : {}), logLevel: LEVELS[settings.logLevel] };
  const app =
    settings.mode === 'socket'
      ? new App({ ...common, appToken: settings.appToken!, socketMode: true })
      : new App({ ...common, signingSecret: settings.signingSecret!, port: settings.port });
  const listenerDeps = botDeps({
    corpus,
    store,
    logger: app.logger,
    adminUserIds: settings.adminUserIds,
    digestHorizonDays: settings.digestHorizonDays,
    ...deps,
  });
  app.use(answerEachEventOnce(store));
  registerListeners(app, listenerDeps);
  app.error(async (error) => {
    app.logger.error('unhandled error in a listener:', error);
  });
  return app;
}
