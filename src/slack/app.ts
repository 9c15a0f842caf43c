/**
 * The Slack app: Bolt over Socket Mode (with an app token) or HTTP at /slack/events (with the
 * signing secret, which Bolt checks on every request: forged or stale signatures get 401).
 * The Web API client retries failures and rate limits with backoff, then gives up.
 * With the OAuth settings instead of a bot token, the app is installed per workspace
 * (installations.ts): each request is answered with its workspace's token and sees its own state.
 *
 * Start it with `startSlackApp`: it checks the bot token with Slack first (auth.test), so a
 * rejected token or an unreachable Slack stops the bot with a message rather than a crash at the
 * first request.
 */
import type { IncomingMessage, Server } from 'node:http';
import { App, LogLevel as BoltLogLevel, type Logger, webApi } from '@slack/bolt';
import type { PostDigest } from '../digest/runner.ts';
import { slackPoster } from '../digest/slackPost.ts';
import type { Corpus } from '../corpus/load.ts';
import type { Settings } from '../settings.ts';
import type { Store } from '../store/types.ts';
import { type AnswerCore, botDeps, type BotDeps } from './deps.ts';
import type { Work, WorkLoad } from '../work/work.ts';
import { healthRoute } from './health.ts';
import { capConnections, GuardedHTTPReceiver } from './httpGuard.ts';
import { registerListeners } from './listeners/index.ts';
import { trackInFlight, type InFlight } from './middleware/inFlight.ts';
import { answerEachEventOnce, type ExactlyOnce } from './middleware/exactlyOnce.ts';
import { watchStore } from '../store/watched.ts';
import { INSTALL_PATH, INSTALL_SCOPES, installKeyOfPayload, installPages, REDIRECT_PATH, storeInstallations } from './installations.ts';
import { webFetch } from './webFetch.ts';
import { inWorkspace, requestStore } from './workspace.ts';
import type { OAuthSettings } from '../settings.ts';

/** Retries of a failed Web API call: about 0.3 + 0.6 + 1.2 + 2.4 s with jitter, then give up. */
export const RETRY_CONFIG = { retries: 4, factor: 2, minTimeout: 300, maxTimeout: 5_000, randomize: true };

export interface SlackAppOptions {
  settings: Pick<Settings, 'mode' | 'oauth' | 'botToken' | 'appToken' | 'signingSecret' | 'slackApiUrl' | 'logLevel' | 'port' | 'adminUserIds' | 'digestHorizonDays'>;
  corpus: Corpus;
  store: Store;
  /** Where logs go; Bolt's console logger at settings.logLevel when absent. */
  logger?: Logger;
  /** Overrides of the listeners' dependencies (the clock, the answering core) for tests. */
  deps?: Partial<Pick<BotDeps, 'now'>> & { answer?: AnswerCore };
  /** Where answers and charts are computed: `npm start` passes its pool of worker threads; by default in-process. */
  work?: Work;
  /** Web API retry policy; tests shorten it. */
  retryConfig?: typeof RETRY_CONFIG;
}

/** Each app's work in flight, for stopSlackApp. */
const inFlightOf = new WeakMap<App, InFlight>();
/** Each app's install flow (installs per workspace), whose authorize finds a workspace's token. */
const installerOf = new WeakMap<App, { authorize: (source: { teamId?: string; enterpriseId?: string; isEnterpriseInstall: boolean }) => Promise<{ botToken?: string }> }>();
/** Each app's Web API client options, for clients with a workspace's token. */
const clientOptionsOf = new WeakMap<App, { slackApiUrl?: string; fetch: typeof webFetch }>();
/** Each app's exactly-once bookkeeping of events, whose sweep starts with the app. */
const onceOf = new WeakMap<App, ExactlyOnce>();

const LEVELS = { debug: BoltLogLevel.DEBUG, info: BoltLogLevel.INFO, warn: BoltLogLevel.WARN, error: BoltLogLevel.ERROR } as const;

export function createSlackApp({ settings, corpus, store: plainStore, logger, deps, work, retryConfig = RETRY_CONFIG }: SlackAppOptions): App {
  if (settings.mode === 'console' || (!settings.botToken && !settings.oauth)) throw new Error('createSlackApp needs Slack settings (a bot token and an app token or signing secret, or the OAuth settings)');
  const perWorkspace = settings.oauth !== undefined;
  // Every store fault is logged in one line naming the database, and turns /health to 503.
  // (`app` is read only when a fault happens, long after it is built.)
  // The work's load for /health, known once the listeners' dependencies are built below.
  let loadOf: () => WorkLoad = () => ({ waiting: 0, running: 0, limit: 0 });
  // Each request sees its own workspace's state (src/slack/workspace.ts).
  const store = watchStore(requestStore(plainStore), (line, level) => (level === 'error' ? app.logger.error(line) : app.logger.info(line)));
  const clientOptions = { retryConfig, fetch: webFetch, ...(settings.slackApiUrl ? { slackApiUrl: settings.slackApiUrl } : {}) };
  // deferInitialization: the token check runs in startSlackApp, where its failure can be reported.
  // No conversation store: the bot keeps its conversations in the database (conversations.ts), and Bolt's would be read for every event.
  const common = { ...(settings.botToken ? { token: settings.botToken } : {}), clientOptions, convoStore: false as const, deferInitialization: true, ...(logger ? { logger } : {}), logLevel: LEVELS[settings.logLevel] };
  const app: App =
    settings.mode === 'socket'
      ? new App({ ...common, appToken: settings.appToken!, socketMode: true })
      : new App({
          ...common,
          // Bolt's receiver behind the guard: body limits, replayed and future signatures, before Bolt verifies.
          receiver: new GuardedHTTPReceiver({
            signingSecret: settings.signingSecret!,
            port: settings.port,
            customRoutes: [healthRoute(corpus, store, () => loadOf())],
            ...(logger ? { logger } : {}),
            logLevel: common.logLevel,
            ...(settings.oauth ? installOptions(settings.oauth, store, clientOptions, { info: (m) => app.logger.info(m), warn: (m) => app.logger.warn(m) }, () => app.logger, common.logLevel) : {}),
          }),
        });
  clientOptionsOf.set(app, clientOptions);
  const installer = (receiverOf(app) as { installer?: Parameters<typeof installerOf.set>[1] } | undefined)?.installer;
  if (installer) installerOf.set(app, installer);
  const listenerDeps = botDeps({
    corpus,
    store,
    logger: app.logger,
    adminUserIds: settings.adminUserIds,
    digestHorizonDays: settings.digestHorizonDays,
    ...deps,
    ...(work ? { work } : {}),
  });
  loadOf = listenerDeps.work.load;
  const inFlight = trackInFlight();
  inFlightOf.set(app, inFlight);
  app.use(inFlight.middleware);
  if (perWorkspace) {
    app.use(inWorkspace(true));
  } else {
    app.use(onlyOurWorkspace(app));
    app.use(inWorkspace(false));
  }
  onceOf.set(app, answerEachEventOnce(app, store, { turn: listenerDeps.work.turn, track: inFlight.track }));
  // Outermost: a request from a workspace with no installation is acknowledged and set aside before anything else.
  if (perWorkspace) answerOnlyInstalled(app, store);
  registerListeners(app, listenerDeps);
  app.error(async (error) => {
    app.logger.error('unhandled error in a listener:', error);
  });
  return app;
}

/** What Bolt's HTTP receiver needs to serve the install flow and to find each workspace's token. */
function installOptions(oauth: OAuthSettings, store: Store, clientOptions: { slackApiUrl?: string }, log: { info: (m: string) => void; warn: (m: string) => void }, logger: () => Logger, level: BoltLogLevel) {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: INSTALL_SCOPES,
    installationStore: storeInstallations(store),
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      // A page with "Add to Slack": a link opened by a preview bot does not start an install.
      directInstall: false,
      // oauth.v2.access (and token refreshes) at SLACK_API_URL when it is set. Its debug lines would
      // show each request's body, the client secret and the code in it: they are not logged.
      clientOptions: { ...(clientOptions.slackApiUrl ? { slackApiUrl: clientOptions.slackApiUrl } : {}), logger: withoutDebug(logger, level) },
      callbackOptions: installPages(log),
    },
  };
}

/** The app's logger (read when a line is written), less its debug lines. */
const withoutDebug = (logger: () => Logger, level: BoltLogLevel): Logger => ({
  debug: () => {},
  info: (...m) => logger().info(...m),
  warn: (...m) => logger().warn(...m),
  error: (...m) => logger().error(...m),
  setLevel: () => {},
  getLevel: () => level,
  setName: () => {},
});

/**
 * With installs per workspace, a request from a workspace that has no installation (never
 * installed, or uninstalled) is acknowledged, logged once per workspace, and not answered: no
 * other workspace's token ever answers it.
 */
function answerOnlyInstalled(app: App, store: Store): void {
  const logged = new Set<string>();
  const original = app.processEvent.bind(app);
  app.processEvent = async (event) => {
    const key = installKeyOfPayload(event.body);
    let installed = true;
    if (key) {
      try {
        installed = (await store.installation(key)) !== null;
      } catch {
        installed = true; // the database fault is logged by the store; Bolt's authorize decides
      }
    }
    if (installed) return original(event);
    if (!logged.has(key!)) {
      logged.add(key!);
      app.logger.warn(`a request from workspace ${key}, where the app is not installed; acknowledged, not answered (logged once per workspace)`);
    }
    await event.ack();
  };
}

/** Bolt keeps its receiver to itself; the install flow (its installer) lives there. */
const receiverOf = (app: App): unknown => (app as unknown as { receiver?: unknown }).receiver;

/**
 * Where each workspace's digests go, with installs per workspace: a poster with the workspace's
 * bot token (refreshed by Bolt when token rotation is on); null when it has no installation.
 * Undefined with one bot token: then `slackPoster(app.client)` serves every digest.
 */
export function workspacePosters(app: App, store: Store): ((teamId: string) => Promise<PostDigest | null>) | undefined {
  const installer = installerOf.get(app);
  if (!installer) return undefined;
  const posters = new Map<string, PostDigest>();
  return async (teamId) => {
    if (!(await store.installation(teamId))) return null;
    const { botToken } = await installer.authorize({ teamId, isEnterpriseInstall: false });
    if (!botToken) return null;
    let poster = posters.get(botToken);
    if (!poster) posters.set(botToken, (poster = slackPoster(new webApi.WebClient(botToken, { ...clientOptionsOf.get(app), retryConfig: RETRY_CONFIG, logger: app.logger }))));
    return poster;
  };
}

/** The workspace the bot token belongs to (auth.test), once startSlackApp has asked. */
const teamOf = new WeakMap<App, string>();

/**
 * A request from another workspace is no request to this bot: the app is installed in one, and a
 * payload naming another (signed with our secret or not) is logged in one line and left alone.
 */
function onlyOurWorkspace(app: App) {
  return async ({ body, next }: { body: unknown; next: () => Promise<void> }): Promise<void> => {
    const ours = teamOf.get(app);
    const b = body as { team_id?: string; team?: { id?: string } | null; user?: { team_id?: string } };
    const theirs = b.team_id ?? b.team?.id ?? b.user?.team_id;
    if (ours && theirs && theirs !== ours) {
      app.logger.warn(`a request from workspace ${theirs}, not ${ours}; ignored`);
      return;
    }
    await next();
  };
}

/** The app could not start: Slack refused the token or could not be reached. The message names the setting, never its value. */
export class SlackStartError extends Error {
  override name = 'SlackStartError';
}

/** Why a Web API call failed, in a sentence an operator can act on. */
function startProblem(error: unknown, apiUrl: string): string {
  const e = error as { code?: string; data?: { error?: string }; original?: { message?: string }; message?: string };
  if (e.code === 'slack_webapi_platform_error' && e.data?.error) {
    const what = /auth|token|account/.test(e.data.error) ? 'SLACK_BOT_TOKEN or SLACK_APP_TOKEN' : 'a Slack setting';
    return `Slack refused the bot (${e.data.error}); check ${what} on the app's settings pages.`;
  }
  if (e.code === 'slack_webapi_request_error') return `Could not reach Slack's Web API at ${apiUrl} (${e.original?.message ?? 'request failed'}); check the network or SLACK_API_URL.`;
  return `Slack did not answer as expected (${e.message ?? String(error)}).`;
}

/**
 * Check the bot token with Slack, then start: Socket Mode, or HTTP on settings.port. Resolves
 * with what Bolt's start gives (the HTTP server in HTTP mode); rejects with a SlackStartError.
 */
export async function startSlackApp(app: App, settings: Pick<Settings, 'mode' | 'port' | 'slackApiUrl' | 'oauth'>): Promise<unknown> {
  const apiUrl = settings.slackApiUrl ?? 'https://slack.com/api/';
  try {
    await app.init();
    // With one bot token, check it now; installs per workspace bring their tokens with each request.
    if (!settings.oauth) {
      const auth = (await app.client.auth.test()) as { team_id?: string };
      if (auth.team_id) teamOf.set(app, auth.team_id);
    }
    // Events a stopped process took and never answered are answered now, and looked for from then on.
    const once = onceOf.get(app);
    const answerUnfinished = () => {
      void once?.sweep();
      once?.startSweeping();
    };
    if (settings.mode === 'socket') {
      const started = await app.start();
      answerUnfinished();
      return started;
    }
    const server = (await app.start(settings.port)) as Server;
    capConnections(server, app.logger);
    answerUnfinished();
    // Bolt reads a body as a form only when the content type is exactly that; Slack and proxies may
    // add "; charset=utf-8". The bare type is set before Bolt's own handler reads it.
    server.prependListener('request', (req: IncomingMessage) => {
      const type = req.headers['content-type'];
      if (type && type.includes(';')) req.headers['content-type'] = type.split(';')[0]!.trim().toLowerCase();
    });
    return server;
  } catch (error) {
    throw new SlackStartError(startProblem(error, apiUrl), { cause: error });
  }
}

/**
 * Stop taking requests, then wait up to `ms` for answers still being worked on, so that none is
 * cut off (an event cut off anyway is answered after the restart: exactlyOnce.ts). Resolves with how many were left
 * unfinished. Close the store only after this.
 */
export async function stopSlackApp(app: App, ms = 8_000): Promise<number> {
  onceOf.get(app)?.stop();
  await app.stop();
  const inFlight = inFlightOf.get(app);
  if (!inFlight || (await inFlight.settled(ms))) return 0;
  return inFlight.size();
}
