/**
 * The bot's settings: read from the environment (and `.env` through dotenv), validated with zod
 * once at start. A setting set to the empty string counts as unset (CONTRACT §3).
 *
 * Error messages name the setting and what it needs, never its value: tokens and secrets must
 * not reach a log or a terminal.
 */
import dotenv from 'dotenv';
import { z } from 'zod';

/** How the bot runs: Slack over Socket Mode, Slack over HTTP, or the local console. */
export type Mode = 'socket' | 'http' | 'console';

export const LogLevel = z.enum(['debug', 'info', 'warn', 'error']);
export type LogLevel = z.infer<typeof LogLevel>;

/** '' and whitespace-only count as unset. */
const unsetIfBlank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfBlank, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, value: z.input<T>) => z.preprocess(unsetIfBlank, schema.prefault(value as never));

/** The environment variables the bot reads, each with what it needs. */
const Env = z.object({
  /** Bot token (xoxb-…), from OAuth & Permissions after installing the app. */
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-\S+$/, 'needs a bot token that starts with "xoxb-"')),
  /** App-level token (xapp-…) with connections:write; when set, the bot uses Socket Mode. */
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-\S+$/, 'needs an app-level token that starts with "xapp-"')),
  /** Signing secret from Basic Information; verifies requests in HTTP mode. */
  SLACK_SIGNING_SECRET: optional(z.string().regex(/^\S+$/, 'needs the signing secret from the app\'s Basic Information page, without spaces')),
  /** The app's Client ID (Basic Information): with the secret and a state secret, the bot is installed per workspace through OAuth. */
  SLACK_CLIENT_ID: optional(z.string().regex(/^\d+\.\d+$/, 'needs the Client ID from the app\'s Basic Information page, such as 1234567890.1234567890')),
  /** The app's Client Secret (Basic Information). */
  SLACK_CLIENT_SECRET: optional(z.string().regex(/^\S+$/, 'needs the Client Secret from the app\'s Basic Information page, without spaces')),
  /** A secret of your own (32 characters or more) that signs the OAuth state, so an install cannot be forged. */
  SLACK_STATE_SECRET: optional(z.string().regex(/^\S{32,}$/, 'needs a random secret of at least 32 characters without spaces (e.g. `openssl rand -hex 32`)')),
  /** HTTP port for /slack/events (HTTP mode). */
  PORT: withDefault(
    z.coerce.number({ error: 'needs a port number from 0 to 65535' }).int('needs a whole port number').min(0, 'needs a port number from 0 to 65535').max(65535, 'needs a port number from 0 to 65535'),
    3000,
  ),
  /** Folder for the bot's own state (the embedded database). */
  DATA_DIR: withDefault(z.string(), './var'),
  /**
   * 1: start even though the database DATA_DIR held is missing or empty, beginning a new, empty one
   * (without it the bot refuses: see src/store/open.ts). For one start; remove it again after.
   */
  ALLOW_NEW_DATABASE: optional(
    z.enum(['1', '0'], { error: 'needs 1 to let the bot begin a new, empty database in DATA_DIR (or 0, or leave it empty)' }).transform((v) => v === '1'),
  ),
  /** A PostgreSQL database for the bot's state instead of SQLite under DATA_DIR (replicas share it). */
  DATABASE_URL: optional(
    z.string().refine((v) => /^postgres(?:ql)?:\/\/\S+$/.test(v) && URL.canParse(v), 'needs a PostgreSQL URL such as postgres://user:password@host:5432/database (or leave it empty to keep state in SQLite under DATA_DIR)'),
  ),
  /** Base URL of the Slack Web API; only tests and proxies change it. */
  SLACK_API_URL: optional(z.url({ error: 'needs an http(s) URL such as https://slack.com/api/', protocol: /^https?$/ })),
  /** Slack user ids allowed to add and remove deadlines, comma separated. */
  ADMIN_USER_IDS: withDefault(
    z
      .string()
      .transform((s) => s.split(',').map((id) => id.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[UW][A-Z0-9]{2,}$/, 'needs Slack user ids such as U012ABCDEF, separated by commas'))),
    '',
  ),
  /** How many days ahead the digest looks. */
  DIGEST_HORIZON_DAYS: withDefault(
    z.coerce.number({ error: 'needs a whole number of days from 1 to 366' }).int('needs a whole number of days from 1 to 366').min(1, 'needs a whole number of days from 1 to 366').max(366, 'needs a whole number of days from 1 to 366'),
    60,
  ),
  /** Worker threads that answer and draw charts (Slack modes); unset: one per core. */
  WORK_THREADS: optional(z.coerce.number({ error: 'needs a whole number of threads from 1 to 64' }).int('needs a whole number of threads from 1 to 64').min(1, 'needs a whole number of threads from 1 to 64').max(64, 'needs a whole number of threads from 1 to 64')),
  /** Questions and charts that may wait for a thread; beyond it the asker is told to try again in a moment. */
  WORK_QUEUE_LIMIT: withDefault(
    z.coerce.number({ error: 'needs a whole number from 1 to 100000' }).int('needs a whole number from 1 to 100000').min(1, 'needs a whole number from 1 to 100000').max(100_000, 'needs a whole number from 1 to 100000'),
    1_000,
  ),
  /** How much the bot logs: debug, info, warn or error. */
  LOG_LEVEL: withDefault(z.enum(LogLevel.options, { error: `needs one of ${LogLevel.options.join(', ')}` }), 'info'),
  /** How log lines are written: text (time, level, message) or json (one object per line). */
  LOG_FORMAT: withDefault(z.enum(['text', 'json'], { error: 'needs text or json' }), 'text'),
});

/** What installing the app per workspace through OAuth needs (multi-workspace HTTP mode). */
export interface OAuthSettings {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
}

/** Validated settings, with the mode worked out. Holds secrets: never log this object. */
export interface Settings {
  mode: Mode;
  /** Set when the bot is installed per workspace through OAuth (HTTP mode, no SLACK_BOT_TOKEN). */
  oauth?: OAuthSettings;
  botToken?: string;
  appToken?: string;
  signingSecret?: string;
  port: number;
  dataDir: string;
  /** Set (true) only for a start that may begin a new, empty database where DATA_DIR held one. */
  allowNewDatabase?: true;
  /** The PostgreSQL database holding the state, when DATABASE_URL is set; SQLite in dataDir otherwise. Holds a password: never log it. */
  databaseUrl?: string;
  slackApiUrl?: string;
  adminUserIds: string[];
  digestHorizonDays: number;
  /** Worker threads for answering and charts; absent: one per core. */
  workThreads?: number;
  workQueueLimit: number;
  logLevel: LogLevel;
  logFormat: 'text' | 'json';
}

/** Settings that cannot start the bot. The message lists each problem, never a value. */
export class SettingsError extends Error {
  constructor(
    readonly problems: string[],
    lead = 'The bot cannot start',
  ) {
    super(`${lead}; fix these settings (environment or .env):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

/**
 * Only the settings the digest CLI needs (DATA_DIR, DIGEST_HORIZON_DAYS), validated as the bot
 * validates them, so `npm run digest` works whatever the Slack settings are.
 */
export function readDigestSettings(env: Record<string, string | undefined> = process.env): Pick<Settings, 'dataDir' | 'databaseUrl' | 'digestHorizonDays'> {
  const result = Env.pick({ DATA_DIR: true, DATABASE_URL: true, DIGEST_HORIZON_DAYS: true }).safeParse(env);
  if (!result.success) throw new SettingsError(result.error.issues.map((i) => `${String(i.path[0] ?? 'setting')}: ${i.message}`), 'The digest cannot be made');
  return { dataDir: result.data.DATA_DIR, ...(result.data.DATABASE_URL ? { databaseUrl: result.data.DATABASE_URL } : {}), digestHorizonDays: result.data.DIGEST_HORIZON_DAYS };
}

/** Only where the state is (DATA_DIR, DATABASE_URL), validated as the bot validates them: for the report and lexicon CLIs, whatever the other settings are. */
export function readStoreSettings(env: Record<string, string | undefined> = process.env): Pick<Settings, 'dataDir' | 'databaseUrl'> {
  const result = Env.pick({ DATA_DIR: true, DATABASE_URL: true }).safeParse(env);
  if (!result.success) throw new SettingsError(result.error.issues.map((i) => `${String(i.path[0] ?? 'setting')}: ${i.message}`), 'The database cannot be read');
  return { dataDir: result.data.DATA_DIR, ...(result.data.DATABASE_URL ? { databaseUrl: result.data.DATABASE_URL } : {}) };
}

/** Load `.env` from the working folder into process.env (existing variables win). */
export function loadDotenv(path?: string): void {
  dotenv.config({ quiet: true, ...(path ? { path } : {}) });
}

/**
 * Validate an environment and decide the mode: Socket Mode with an app token, HTTP with a signing
 * secret, the console with no Slack settings at all. Some Slack settings without a working set is
 * an error naming what is missing.
 */
export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
  const result = Env.safeParse(env);
  if (!result.success) {
    throw new SettingsError(result.error.issues.map((i) => `${String(i.path[0] ?? 'setting')}: ${i.message}`));
  }
  const parsed = result.data;
  const { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, SLACK_SIGNING_SECRET: signingSecret } = parsed;
  const oauth = oauthSettings(parsed, { botToken, appToken, signingSecret });
  let mode: Mode;
  if (oauth) mode = 'http';
  else if (!botToken && !appToken && !signingSecret) mode = 'console';
  else if (!botToken) {
    throw new SettingsError([
      `SLACK_BOT_TOKEN: missing; needs the bot token (xoxb-…) from OAuth & Permissions, because ${appToken ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET'} is set (leave every Slack setting empty to run the console)`,
    ]);
  } else if (appToken) mode = 'socket';
  else if (signingSecret) mode = 'http';
  else {
    throw new SettingsError([
      'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: missing; SLACK_BOT_TOKEN is set, so the bot needs either an app-level token (xapp-…, Socket Mode) or the signing secret (HTTP mode)',
    ]);
  }
  const slackApiUrl = parsed.SLACK_API_URL ? (parsed.SLACK_API_URL.endsWith('/') ? parsed.SLACK_API_URL : `${parsed.SLACK_API_URL}/`) : undefined;
  return {
    mode,
    ...(oauth ? { oauth } : {}),
    ...(botToken ? { botToken } : {}),
    ...(appToken ? { appToken } : {}),
    ...(signingSecret ? { signingSecret } : {}),
    port: parsed.PORT,
    dataDir: parsed.DATA_DIR,
    ...(parsed.ALLOW_NEW_DATABASE ? { allowNewDatabase: true as const } : {}),
    ...(parsed.DATABASE_URL ? { databaseUrl: parsed.DATABASE_URL } : {}),
    ...(slackApiUrl ? { slackApiUrl } : {}),
    adminUserIds: parsed.ADMIN_USER_IDS,
    digestHorizonDays: parsed.DIGEST_HORIZON_DAYS,
    ...(parsed.WORK_THREADS ? { workThreads: parsed.WORK_THREADS } : {}),
    workQueueLimit: parsed.WORK_QUEUE_LIMIT,
    logLevel: parsed.LOG_LEVEL,
    logFormat: parsed.LOG_FORMAT,
  };
}

const OAUTH_NAMES = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

/**
 * The OAuth settings when the bot is to be installed per workspace; undefined when none of them
 * is set. Some but not all, or all beside a bot token or an app token, is an error naming what to change.
 */
function oauthSettings(
  parsed: { SLACK_CLIENT_ID?: string | undefined; SLACK_CLIENT_SECRET?: string | undefined; SLACK_STATE_SECRET?: string | undefined },
  slack: { botToken?: string | undefined; appToken?: string | undefined; signingSecret?: string | undefined },
): OAuthSettings | undefined {
  const missing = OAUTH_NAMES.filter((name) => !parsed[name]);
  if (missing.length === OAUTH_NAMES.length) return undefined;
  const problems: string[] = missing.map((name) => `${name}: missing; installing the bot per workspace (OAuth) needs ${OAUTH_NAMES.join(', ')} and SLACK_SIGNING_SECRET`);
  if (!slack.signingSecret) problems.push('SLACK_SIGNING_SECRET: missing; installing the bot per workspace (OAuth) runs in HTTP mode, which verifies every request with it');
  if (slack.botToken) problems.push('SLACK_BOT_TOKEN: set beside the OAuth settings; leave it empty to install per workspace, or leave SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET empty to serve the one workspace of the token');
  if (slack.appToken) problems.push('SLACK_APP_TOKEN: set beside the OAuth settings; installing per workspace runs in HTTP mode, so leave it empty');
  if (problems.length) throw new SettingsError(problems);
  return { clientId: parsed.SLACK_CLIENT_ID!, clientSecret: parsed.SLACK_CLIENT_SECRET!, stateSecret: parsed.SLACK_STATE_SECRET! };
}

/** Only DATA_DIR, validated as the bot validates it. */
export const readDataDir = (env: Record<string, string | undefined> = process.env): string => readStoreSettings(env).dataDir;
