import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDotenv, readSettings, SettingsError } from '../../src/settings.ts';
import { dateIn } from '../../src/dates.ts';

const fails = (env: Record<string, string>): string => {
  try {
    readSettings(env);
  } catch (e) {
    expect(e).toBeInstanceOf(SettingsError);
    return (e as Error).message;
  }
  throw new Error('expected the settings to be refused');
};

describe('settings', () => {
  it('run the console when no Slack setting is set, and count empty strings as unset', () => {
    expect(readSettings({}).mode).toBe('console');
    expect(readSettings({ SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '  ', PORT: '', DATA_DIR: '' })).toEqual({
      mode: 'console',
      port: 3000,
      dataDir: './var',
      adminUserIds: [],
      digestHorizonDays: 60,
      workQueueLimit: 1000,
      logLevel: 'info',
      logFormat: 'text',
    });
  });

  it('run HTTP mode with a bot token and a signing secret, Socket Mode when an app token is set', () => {
    expect(readSettings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abc' }).mode).toBe('http');
    expect(readSettings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).mode).toBe('socket');
    expect(readSettings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_SIGNING_SECRET: 'abc' }).mode).toBe('socket');
  });

  it('install per workspace (HTTP) with the three OAuth settings and the signing secret, and name what is missing or in the way', () => {
    const oauth = { SLACK_CLIENT_ID: '1111.2222', SLACK_CLIENT_SECRET: 'csecret', SLACK_STATE_SECRET: 'x'.repeat(32), SLACK_SIGNING_SECRET: 'abc' };
    expect(readSettings(oauth)).toMatchObject({ mode: 'http', oauth: { clientId: '1111.2222', clientSecret: 'csecret', stateSecret: 'x'.repeat(32) } });
    expect(readSettings(oauth).botToken).toBeUndefined();
    const partial = fails({ SLACK_CLIENT_ID: '1111.2222', SLACK_SIGNING_SECRET: 'abc' });
    expect(partial).toContain('SLACK_CLIENT_SECRET: missing');
    expect(partial).toContain('SLACK_STATE_SECRET: missing');
    expect(fails({ ...oauth, SLACK_SIGNING_SECRET: '' })).toContain('SLACK_SIGNING_SECRET: missing');
    expect(fails({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-1' })).toContain('SLACK_BOT_TOKEN: set beside the OAuth settings');
    expect(fails({ ...oauth, SLACK_APP_TOKEN: 'xapp-1' })).toContain('SLACK_APP_TOKEN: set beside the OAuth settings');
    const short = fails({ ...oauth, SLACK_STATE_SECRET: 'short' });
    expect(short).toContain('SLACK_STATE_SECRET: needs a random secret of at least 32 characters');
    expect(short).not.toContain('short');
  });

  it('keep state in PostgreSQL with DATABASE_URL, and refuse a URL that is not one without repeating it', () => {
    expect(readSettings({ DATABASE_URL: 'postgres://bot:pw@db:5432/bot' }).databaseUrl).toBe('postgres://bot:pw@db:5432/bot');
    expect(readSettings({ DATABASE_URL: 'postgresql://db/bot' }).databaseUrl).toBe('postgresql://db/bot');
    expect(readSettings({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    const wrong = fails({ DATABASE_URL: 'mysql://bot:secretpw@db/bot' });
    expect(wrong).toContain('DATABASE_URL: needs a PostgreSQL URL');
    expect(wrong).not.toContain('secretpw');
  });

  it('read every other setting', () => {
    const s = readSettings({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'abc',
      PORT: '8080',
      DATA_DIR: '/tmp/bot',
      SLACK_API_URL: 'http://127.0.0.1:4000/api',
      ADMIN_USER_IDS: 'U012ABC, W0XYZ ,',
      DIGEST_HORIZON_DAYS: '30',
      WORK_THREADS: '3',
      WORK_QUEUE_LIMIT: '50',
      LOG_LEVEL: 'debug',
    });
    expect(s).toMatchObject({ port: 8080, dataDir: '/tmp/bot', slackApiUrl: 'http://127.0.0.1:4000/api/', adminUserIds: ['U012ABC', 'W0XYZ'], digestHorizonDays: 30, workThreads: 3, workQueueLimit: 50, logLevel: 'debug' });
  });

  it('refuse a bot token with neither an app token nor a signing secret, naming both', () => {
    const message = fails({ SLACK_BOT_TOKEN: 'xoxb-secret-value' });
    expect(message).toContain('SLACK_APP_TOKEN or SLACK_SIGNING_SECRET');
    expect(message).not.toContain('xoxb-secret-value');
  });

  it('refuse an app token or signing secret without a bot token, naming SLACK_BOT_TOKEN', () => {
    expect(fails({ SLACK_APP_TOKEN: 'xapp-1' })).toContain('SLACK_BOT_TOKEN: missing');
    expect(fails({ SLACK_SIGNING_SECRET: 'abc' })).toContain('SLACK_BOT_TOKEN: missing');
  });

  it('name each malformed setting and what it needs, never its value', () => {
    const values = {
      SLACK_BOT_TOKEN: 'xoxp-user-token-value',
      SLACK_APP_TOKEN: 'app-token-value',
      SLACK_SIGNING_SECRET: 'secret with spaces',
      PORT: 'eighty',
      SLACK_API_URL: 'ftp://slack-api-value',
      ADMIN_USER_IDS: 'anna,bertil',
      DIGEST_HORIZON_DAYS: '-3',
      WORK_THREADS: 'many',
      WORK_QUEUE_LIMIT: 'unbounded',
      LOG_LEVEL: 'loud',
    };
    const message = fails(values);
    for (const [name, value] of Object.entries(values)) {
      expect(message).toContain(`${name}: needs`);
      expect(message).not.toContain(value);
    }
  });

  it('take settings from a .env file without overriding the environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dotenv-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'CANCER_BOT_TEST_FROM_FILE=from-file\nCANCER_BOT_TEST_SET=from-file\n');
    process.env.CANCER_BOT_TEST_SET = 'from-env';
    try {
      loadDotenv(file);
      expect(process.env.CANCER_BOT_TEST_FROM_FILE).toBe('from-file');
      expect(process.env.CANCER_BOT_TEST_SET).toBe('from-env');
    } finally {
      delete process.env.CANCER_BOT_TEST_FROM_FILE;
      delete process.env.CANCER_BOT_TEST_SET;
      rmSync(dir, { recursive: true });
    }
  });
});

describe('today in Stockholm', () => {
  it('is already the new year at 23:30 UTC on New Year\'s Eve, and still the old day at 22:30 UTC in summer', () => {
    expect(dateIn(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(dateIn(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(dateIn(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });
});
