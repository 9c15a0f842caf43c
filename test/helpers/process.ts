/**
 * The bot as an operator runs it: `npm start`'s entry (`node --import tsx src/main.ts`, what
 * `tsx src/main.ts` runs) as a child process with its settings in the environment; and the small
 * waits around a process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SIGNING_SECRET } from './signing.ts';
import type { SlackStandIn } from './slackStandIn.ts';

/** The repository's root, where `npm start` runs. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every setting unset, so that what the test passes is all the process sees (a developer's .env or shell included). */
export const NO_SLACK = { SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_CLIENT_ID: '', SLACK_CLIENT_SECRET: '', SLACK_STATE_SECRET: '', DATABASE_URL: '', SLACK_API_URL: '', PORT: '', DATA_DIR: '', ADMIN_USER_IDS: '', LOG_LEVEL: '', WORK_THREADS: '', WORK_QUEUE_LIMIT: '' };

export interface BotProcess {
  child: ChildProcess;
  /** Everything the process wrote so far, stdout and stderr together. */
  output: () => string;
  /** Its exit code (null when killed by a signal it did not handle). */
  exited: Promise<number | null>;
  /** SIGTERM, as a process manager stops it; resolves with the exit code. */
  stop: () => Promise<number | null>;
}

/** Start the bot's entry point with these settings (on top of NO_SLACK) and this standard input. */
export function startProcess(env: Record<string, string>, stdin = '', root = ROOT, nodeArgs: string[] = []): BotProcess {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/main.ts'], { cwd: root, env: { ...process.env, ...NO_SLACK, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  child.stdin!.end(stdin);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited,
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

/** Poll `check` every 50 ms until it holds, or throw naming `what` after `ms`. */
export async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface HttpBotProcess extends BotProcess {
  port: number;
  /** http://127.0.0.1:PORT/slack/events */
  url: string;
}

/**
 * Start the bot in HTTP mode on `port` (a free one by default), talking to `slack`, keeping its
 * database in `dataDir`; resolves once it listens. If it exits first, the error carries its output.
 */
export async function startHttpProcess({ slack, dataDir, port, env = {}, root, nodeArgs }: { slack: Pick<SlackStandIn, 'apiUrl'>; dataDir: string; port?: number; env?: Record<string, string>; root?: string; nodeArgs?: string[] }): Promise<HttpBotProcess> {
  const listenOn = port ?? (await freePort());
  const run = startProcess({
    SLACK_BOT_TOKEN: 'xoxb-process-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: String(listenOn),
    DATA_DIR: dataDir,
    ...env,
  }, '', root, nodeArgs);
  const listening = `listening on port ${listenOn}`;
  try {
    await until(() => run.output().includes(listening) || run.child.exitCode !== null, 30_000, 'the bot to listen');
  } catch (error) {
    run.child.kill('SIGKILL');
    throw error;
  }
  if (!run.output().includes(listening)) throw new Error(`the bot exited (${run.child.exitCode}) before listening:\n${run.output()}`);
  return { ...run, port: listenOn, url: `http://127.0.0.1:${listenOn}/slack/events` };
}
