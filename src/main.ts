/**
 * The entry point (`npm start`): the Slack app over Socket Mode when SLACK_APP_TOKEN is set, over
 * HTTP on PORT at /slack/events when only the signing secret is, and the local console when no
 * Slack setting is set (CONTRACT §3). In Slack modes answers and charts are computed in a pool of
 * worker threads (src/work/), and the digest scheduler runs beside the app. Stops cleanly on SIGINT
 * and SIGTERM: the scheduler, then the app (after the answers it is still working on), the pool,
 * then the database.
 */
import { runConsole } from './cli/console.ts';
import { endOnClosedPipe } from './cli/cli.ts';
import { type Corpus, DataError, loadCorpus } from './corpus/load.ts';
import { lexicon } from './lexicon/load.ts';
import { createLogger } from './log.ts';
import type { LogLevel } from '@slack/bolt';
import { startDigestScheduler, type DigestScheduler } from './digest/scheduler.ts';
import { slackPoster } from './digest/slackPost.ts';
import { loadDotenv, readSettings, SettingsError, type Settings } from './settings.ts';
import { createSlackApp, SlackStartError, startSlackApp, stopSlackApp, workspacePosters } from './slack/app.ts';
import { DatabaseError, openConfiguredStore } from './store/open.ts';
import type { Store } from './store/types.ts';
import { startWorkPool } from './work/pool.ts';
import type { Work } from './work/work.ts';

async function main(): Promise<void> {
  loadDotenv();
  let settings: Settings;
  try {
    settings = readSettings(process.env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  // A bad data file or a database the bot will not open stops it here with one line, no stack trace.
  let corpus: Corpus;
  let store: Store;
  try {
    corpus = loadCorpus();
    lexicon(); // the vocabulary files (data/lexicon/): a bad one stops the start here, not at the first question
    store = await openConfiguredStore(settings, {
      allowNewDatabase: settings.allowNewDatabase === true,
      warn: (m) => process.stderr.write(`${m}\n`),
      onError: (m) => process.stderr.write(`${m}\n`),
    });
  } catch (error) {
    if (!(error instanceof DataError || error instanceof DatabaseError)) throw error;
    process.stderr.write(`The bot cannot start: ${error.message}\n`);
    process.exitCode = 1;
    return;
  }

  if (settings.mode === 'console') {
    endOnClosedPipe(() => void store.close());
    try {
      await runConsole({
        corpus,
        store,
        input: process.stdin,
        output: process.stdout,
        adminUserIds: settings.adminUserIds,
        digestHorizonDays: settings.digestHorizonDays,
        dataDir: settings.dataDir,
      });
    } finally {
      await store.close();
    }
    return;
  }

  const logger = createLogger(settings.logLevel as LogLevel, settings.logFormat);
  // Answers and charts are computed in worker threads, each with the corpus and index loaded and
  // warmed before Slack can send the first request: the main thread only receives, acknowledges and posts.
  let work: Work;
  try {
    work = await startWorkPool({
      ...(settings.workThreads ? { threads: settings.workThreads } : {}),
      queueLimit: settings.workQueueLimit,
      log: (line, level) => (level === 'warn' ? logger.warn(line) : logger.info(line)),
    });
  } catch (error) {
    process.stderr.write(`The bot cannot start: its worker threads could not load the sources (${error instanceof Error ? error.message : String(error)})\n`);
    await store.close();
    process.exitCode = 1;
    return;
  }
  const app = createSlackApp({ settings, corpus, store, logger, work });
  let scheduler: DigestScheduler | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info(`${signal}: stopping`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await scheduler?.stop();
      const unfinished = await stopSlackApp(app, 8_000);
      if (unfinished) app.logger.warn(`${unfinished} answer(s) still unfinished after 8 s; stopping anyway`);
      await work.close();
    } catch (error) {
      app.logger.warn('stopping the Slack app:', error);
    }
    await store.close().catch((error: unknown) => app.logger.warn('closing the database:', error));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    await startSlackApp(app, settings);
  } catch (error) {
    if (!(error instanceof SlackStartError)) throw error;
    process.stderr.write(`The bot cannot start: ${error.message}\n`);
    await app.stop().catch(() => {});
    await work.close().catch(() => {});
    await store.close().catch(() => {});
    process.exit(1);
  }
  app.logger.info(settings.mode === 'socket' ? 'Slack app running in Socket Mode' : `Slack app listening on port ${settings.port} at /slack/events`);
  // The daily digests (issue 5): checked every minute; a digest missed while the bot was down goes out now.
  scheduler = startDigestScheduler({
    store,
    corpus,
    post: slackPoster(app.client),
    ...(settings.oauth ? { postFor: workspacePosters(app, store)! } : {}),
    horizonDays: settings.digestHorizonDays,
    log: (message) => app.logger.error(message),
  });
  scheduler.started.catch((error: unknown) => app.logger.error('the digest check at start failed:', error));
}

main().catch((error: unknown) => {
  process.stderr.write(`The bot stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
