/**
 * The digest scheduler: a croner job in Europe/Stockholm that checks every minute which
 * channels' digests are due and sends them (runner.ts), plus one check at start, which sends a
 * digest whose time passed while the bot was down. Subscriptions are read from the database at
 * each check, so `/cancer-digest on|off` — from this process or another — takes effect at once;
 * paused ones (Slack refused their posts for good) are skipped until `on` ends the pause.
 *
 * @example
 *   const scheduler = startDigestScheduler({ store, corpus, post: slackPoster(app.client) });
 *   // on SIGTERM:
 *   await scheduler.stop();
 *   store.close();
 */
import { Cron } from 'croner';
import { TIME_ZONE } from '../dates.ts';
import { createDigestRunner, type DigestOutcome, type DigestRunnerOptions } from './runner.ts';

export interface DigestSchedulerOptions extends Omit<DigestRunnerOptions, 'signal'> {
  /**
   * The croner pattern of the check (default every minute, at second 0, in Europe/Stockholm).
   * Digest times are whole minutes, so each goes out within seconds of its time.
   */
  checkPattern?: string;
  /** Called with what each check did, when it did anything (default: nothing). */
  onRun?: (outcomes: DigestOutcome[]) => void;
}

export interface DigestScheduler {
  /** The check run at start: resolves with what it sent. */
  readonly started: Promise<DigestOutcome[]>;
  /** Run a check now (as the cron job does); resolves with what it sent. */
  runDue(): Promise<DigestOutcome[]>;
  /** When the next check runs. */
  nextCheck(): Date | null;
  /**
   * Stop checking, abort retries in progress (their digests are logged as failed, so another
   * process or the next start may try again), and resolve once running checks have finished.
   * Call it before closing the store.
   */
  stop(): Promise<void>;
}

/** Start sending digests. Returns at once; the first check runs immediately. */
export function startDigestScheduler(opts: DigestSchedulerOptions): DigestScheduler {
  const abort = new AbortController();
  const runner = createDigestRunner({ ...opts, signal: abort.signal });
  const log = opts.log ?? ((m: string) => console.error(m));
  const inFlight = new Set<Promise<DigestOutcome[]>>();

  // Checks may overlap (one still retrying a failed post while the next minute's starts): the
  // claims keep each digest to one sender.
  const check = (): Promise<DigestOutcome[]> => {
    if (abort.signal.aborted) return Promise.resolve([]);
    const run = runner
      .runDue()
      .catch((e: unknown) => {
        log(`digest check failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return [] as DigestOutcome[];
      })
      .then((outcomes) => {
        inFlight.delete(run);
        if (outcomes.length) opts.onRun?.(outcomes);
        return outcomes;
      });
    inFlight.add(run);
    return run;
  };

  const job = new Cron(opts.checkPattern ?? '0 * * * * *', { timezone: TIME_ZONE }, () => {
    void check();
  });
  const started = check();

  return {
    started,
    runDue: check,
    nextCheck: () => job.nextRun(),
    async stop() {
      job.stop();
      abort.abort();
      await Promise.all([...inFlight]);
    },
  };
}
