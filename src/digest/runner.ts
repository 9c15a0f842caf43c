/**
 * Sending the digests that are due, exactly once per channel and day. The (channel, date) row is
 * claimed in a transaction before posting, so a restart or a second process on the same database
 * does not post again; a post that fails for a temporary reason is retried with exponential
 * backoff, and the digest is logged as sent only once Slack accepted it. A post Slack refuses for
 * good (slackErrors.ts: the bot is not in the channel, it is archived, the token is revoked) is
 * not retried: the subscription is paused with the reason until someone turns it on again, and
 * the subscriber is told once by DM. A scheduler killed between Slack accepting its post and logging
 * it leaves the claim 'sending'; whoever takes the claim over once its lease has run out first looks
 * in the channel for that post (by the metadata every digest post carries) and, finding it, logs
 * the digest as sent instead of posting it again. Everything outside — the clock, the post, the sleep between
 * retries — is injected, so tests drive it with a controllable clock.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Corpus } from '../corpus/load.ts';
import type { Store, Subscription } from '../store/types.ts';
import { instantOf, isDigestDay } from './calendar.ts';
import { addDays, dateIn } from '../dates.ts';
import { buildDigest, DEFAULT_HORIZON_DAYS } from './digest.ts';
import { pauseNotice } from './paused.ts';
import { classifySlackError, neededScope, type SlackFailure } from './slackErrors.ts';

/** Which digest a post is: the post carries it (as Slack message metadata), so it can be found again. */
export interface DigestRef {
  /** The Stockholm date the digest is for. */
  date: string;
}

/** A digest found in its channel: the message's Slack ts, and when Slack accepted it. */
export interface PostedDigest {
  ts: string;
  at: Date;
}

/**
 * Looks in a channel for the digest for `date` that this bot posted at or after `since`; null
 * when there is none. Rejects (with the Web API's error) when it cannot tell.
 */
export type FindPostedDigest = (channelId: string, date: string, since: Date) => Promise<PostedDigest | null>;

/**
 * Posts a text to a channel; resolves once Slack accepted it, rejects otherwise (with the Web
 * API's error, which slackErrors.ts classifies). Given `digest`, the post is marked as that
 * channel's digest for that day. Given a user id, it posts in the bot's DM with that user: that is
 * how a subscriber learns that their digest was paused.
 *
 * `findPosted`, when the poster has it (slackPoster's does), finds such a marked post again: the
 * runner asks it before re-posting a digest whose scheduler died mid-send. Without it (a recorder
 * in tests), such a digest is simply posted again.
 */
export type PostDigest = ((channelId: string, text: string, digest?: DigestRef) => Promise<void>) & { findPosted?: FindPostedDigest };

/**
 * How far before an abandoned claim's time the channel is searched for its post. The claim's time
 * is renewed before each retry, so an earlier attempt Slack took without the dead scheduler seeing
 * the answer lies before it (the retries' waits, a timeout); and Slack's clock is not ours.
 */
export const ABANDONED_LOOKBACK_MS = 5 * 60_000;

/** How a failed post is retried: `attempts` tries in all, waiting base·2ⁿ ms (at most maxDelayMs) between them. */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 2_000, maxDelayMs: 60_000 };

export interface DigestRunnerOptions {
  store: Store;
  corpus: Corpus;
  /** Where digests go: `slackPoster(client)` in production, a recorder in tests. */
  post: PostDigest;
  /**
   * Where one workspace's digests go, when workspaces have tokens of their own (OAuth installs);
   * null when the workspace has no installation any more. Default: `post` for every workspace.
   */
  postFor?: (teamId: string) => Promise<PostDigest | null>;
  /** The clock (default: the system clock). */
  now?: () => Date;
  /** DIGEST_HORIZON_DAYS (default 60). */
  horizonDays?: number;
  /** Skip Swedish public holidays as well as weekends (default true). */
  skipHolidays?: boolean;
  /** Names this scheduler in the digest log (default: host, pid and a random part). */
  claimant?: string;
  retry?: Partial<RetryPolicy>;
  /** Waits between retries (default: a timer); rejects when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * How long a claim in progress keeps other schedulers off (default 10 minutes). After it, the
   * claimant is taken to have died and the digest is sent again. Keep it well above the time the
   * retries take.
   */
  leaseMs?: number;
  /** How long after every retry failed the digest may be tried again that day (default 5 minutes). */
  failedRetryMs?: number;
  /** Aborts retries in progress (the scheduler's stop). */
  signal?: AbortSignal;
  /** Where failures are reported (default console.error). */
  log?: (message: string) => void;
}

/** One workspace's part of a run: its view of the store and the poster with its token. */
interface TeamDigests {
  store: Store;
  post: PostDigest;
}

/** What happened to one channel's digest in one run. */
export interface DigestOutcome {
  channelId: string;
  date: string;
  status: 'sent' | 'failed';
  attempts: number;
  error?: string;
  /** Set when Slack refused for good and the subscription was paused: Slack's reason. */
  pausedReason?: string;
  /**
   * Set when a scheduler that died mid-send had already posted it: that message's ts. It was
   * logged as sent, not posted again (`attempts` is 0).
   */
  foundPosted?: string;
}

export function defaultClaimant(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** A timer-based sleep that rejects when the signal aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('stopped'));
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new Error('stopped'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The delay before retry n (1-based): base·2ⁿ⁻¹, capped. */
export const backoffDelay = (n: number, p: RetryPolicy): number => Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (n - 1));

/** The wait before retry n after a failure: the backoff, but never less than Slack's Retry-After. */
const retryDelay = (n: number, p: RetryPolicy, failure: SlackFailure | undefined): number =>
  Math.max(backoffDelay(n, p), failure?.kind === 'temporary' ? (failure.retryAfterMs ?? 0) : 0);

/**
 * Whether a subscription's digest is due at `now`: today (Stockholm) is a digest day, its time has
 * come, and the channel had subscribed by then (turning the digest on at 10:00 with time 08:00
 * starts with the next digest day, rather than posting at once).
 */
export function isDue(sub: Subscription, now: Date, skipHolidays = true): boolean {
  const date = dateIn(now);
  if (!isDigestDay(date, skipHolidays)) return false;
  const at = instantOf(date, sub.time);
  return at !== null && now >= at && new Date(sub.subscribedAt) <= at;
}

/**
 * When a subscription's next digest goes out, seen from `now`: today if its time is still ahead
 * (or passed but not yet sent), else the next digest day. Null when none falls within 30 days.
 */
export function nextDigestAt(sub: Pick<Subscription, 'time' | 'subscribedAt'>, now: Date, opts: { sentToday: boolean; skipHolidays?: boolean }): Date | null {
  const today = dateIn(now);
  for (let i = 0; i <= 30; i++) {
    const date = addDays(today, i);
    if (!isDigestDay(date, opts.skipHolidays ?? true)) continue;
    const at = instantOf(date, sub.time);
    if (!at || at < new Date(sub.subscribedAt)) continue;
    if (i === 0 && opts.sentToday) continue;
    if (at < now) return now; // passed but not sent: the scheduler sends it within the minute
    return at;
  }
  return null;
}

/** Sends due digests; one runner per scheduler. */
export interface DigestRunner {
  /** Send every digest that is due now and not yet sent or being sent elsewhere. */
  runDue(): Promise<DigestOutcome[]>;
  readonly claimant: string;
}

export function createDigestRunner(opts: DigestRunnerOptions): DigestRunner {
  const now = opts.now ?? (() => new Date());
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...opts.retry };
  const sleep = opts.sleep ?? abortableSleep;
  const claimant = opts.claimant ?? defaultClaimant();
  const leaseMs = opts.leaseMs ?? 10 * 60_000;
  const failedRetryMs = opts.failedRetryMs ?? 5 * 60_000;
  const log = opts.log ?? ((m: string) => console.error(m));
  const { store } = opts;
  /** Where one workspace's digests go: its part of the store, and a poster with its token. */
  const postFor = opts.postFor ?? (async () => opts.post);

  /**
   * Pause the subscription after a refusal for good and tell its subscriber, once: only the call
   * that actually paused it sends the DM. A token or permission refusal would refuse the DM too,
   * so then only the log says it.
   */
  async function pause(t: TeamDigests, sub: Subscription, failure: Extract<SlackFailure, { kind: 'permanent' }>): Promise<void> {
    if (!(await t.store.pauseSubscription(sub.channelId, failure.error, now()))) return;
    if (failure.scope === 'workspace') {
      log(`digest for ${sub.channelId} paused: Slack refused the bot's token or permissions (${failure.error}); no DM to ${sub.subscribedBy}, it would be refused too`);
      return;
    }
    log(`digest for ${sub.channelId} paused: Slack refused it for good (${failure.error}); telling ${sub.subscribedBy} by DM`);
    try {
      await t.post(sub.subscribedBy, pauseNotice(sub.channelId, failure.error));
    } catch (e) {
      log(`digest for ${sub.channelId}: could not tell ${sub.subscribedBy} about the pause either: ${classifySlackError(e).error}`);
    }
  }

  async function send(t: TeamDigests, sub: Subscription, date: string): Promise<DigestOutcome> {
    const { channelId } = sub;
    const { text } = buildDigest({ corpus: opts.corpus, userDeadlines: await t.store.userDeadlines(), today: date, horizonDays: opts.horizonDays ?? DEFAULT_HORIZON_DAYS });
    let lastError = '';
    let lastFailure: SlackFailure | undefined;
    for (let attempt = 1; attempt <= retry.attempts; attempt++) {
      if (attempt > 1) {
        try {
          await sleep(retryDelay(attempt - 1, retry, lastFailure), opts.signal);
        } catch {
          lastError = `stopped before Slack accepted the post (${lastError})`;
          await t.store.markDigestFailed(channelId, date, claimant, lastError, attempt - 1, now());
          return { channelId, date, status: 'failed', attempts: attempt - 1, error: lastError };
        }
        await t.store.renewClaim(channelId, date, claimant, now());
      }
      try {
        await t.post(channelId, text, { date });
        await t.store.markDigestSent(channelId, date, claimant, now(), attempt);
        return { channelId, date, status: 'sent', attempts: attempt };
      } catch (e) {
        lastFailure = classifySlackError(e);
        lastError = lastFailure.message;
        if (lastFailure.kind === 'temporary') {
          log(`digest for ${channelId} on ${date}: attempt ${attempt} of ${retry.attempts} failed: ${lastError}`);
          continue;
        }
        // Trying again would only repeat the refusal.
        await t.store.markDigestFailed(channelId, date, claimant, lastError, attempt, now());
        if (lastFailure.kind === 'refused') {
          log(`digest for ${channelId} on ${date}: Slack refused the message (${lastFailure.error}); not retrying it now`);
          return { channelId, date, status: 'failed', attempts: attempt, error: lastError };
        }
        await pause(t, sub, lastFailure);
        return { channelId, date, status: 'failed', attempts: attempt, error: lastError, pausedReason: lastFailure.error };
      }
    }
    await t.store.markDigestFailed(channelId, date, claimant, lastError, retry.attempts, now());
    return { channelId, date, status: 'failed', attempts: retry.attempts, error: lastError };
  }

  /**
   * Send a digest whose claim this runner took over from a scheduler that died mid-send. It may
   * have died after Slack accepted its post and before logging it, so look for that post first;
   * found, it is logged as sent at Slack's time, and not posted again.
   */
  async function takeOver(t: TeamDigests, sub: Subscription, date: string, abandonedAt: Date): Promise<DigestOutcome> {
    const { channelId } = sub;
    const findPosted = t.post.findPosted;
    if (!findPosted) return send(t, sub, date);
    try {
      const found = await findPosted(channelId, date, new Date(abandonedAt.getTime() - ABANDONED_LOOKBACK_MS));
      if (found) {
        await t.store.markDigestSent(channelId, date, claimant, found.at, 1); // the dead scheduler's post
        log(`digest for ${channelId} on ${date}: a scheduler that stopped mid-send had posted it (ts ${found.ts}); logged it as sent, not posting again`);
        return { channelId, date, status: 'sent', attempts: 0, foundPosted: found.ts };
      }
    } catch (e) {
      // Not knowing whether the earlier post got through, post: a duplicate is better than a lost
      // digest. That holds even when the lookup is refused for good: its refusals say nothing sure
      // about posting (a missing channels:history or groups:history does not stop chat:write), and
      // when the post is refused too, send() handles it as any refused post (pausing if need be).
      const failure = classifySlackError(e);
      const needed = neededScope(e);
      const why = `${failure.error}${needed ? `, needs ${needed}` : ''}${failure.error === 'unknown_error' ? `: ${failure.message}` : ''}`;
      log(`digest for ${channelId} on ${date}: could not check whether a scheduler that stopped mid-send had posted it (${why}); posting it, perhaps a second time`);
    }
    // The lookup may have waited out rate limits: keep the claim fresh while this runner posts.
    await t.store.renewClaim(channelId, date, claimant, now());
    return send(t, sub, date);
  }

  return {
    claimant,
    async runDue() {
      const at = now();
      const date = dateIn(at);
      // A paused subscription waits for `/cancer-digest on`: no post, no claim, no retry. With one
      // token (no postFor) only the one workspace's ('') are sent: another's would need its own token.
      const due = (await store.subscriptionsOfEveryTeam()).filter((s) => (opts.postFor !== undefined || s.teamId === '') && s.pausedReason === null && isDue(s, at, opts.skipHolidays ?? true));
      const claimed: { t: TeamDigests; sub: Subscription; abandonedAt: Date | null }[] = [];
      for (const sub of due) {
        const teamStore = store.forTeam(sub.teamId);
        // Read before claiming: a 'sending' row that the claim takes over is one whose lease ran
        // out, left by a scheduler that died mid-send, perhaps after its post got through.
        const before = await teamStore.digestLog(sub.channelId, date);
        if (!(await teamStore.claimDigest({ channelId: sub.channelId, date, claimant, now: at, leaseMs, failedRetryMs }))) continue;
        let post: PostDigest | null;
        try {
          post = await postFor(sub.teamId);
        } catch (e) {
          // No token now (the database, Slack's token refresh): released for a later try, as a failed post is.
          const error = `no token for workspace ${sub.teamId}: ${e instanceof Error ? e.message : String(e)}`;
          log(`digest for ${sub.channelId} on ${date}: ${error}`);
          await teamStore.markDigestFailed(sub.channelId, date, claimant, error, 0, now());
          continue;
        }
        if (!post) {
          // The workspace's installation is gone (uninstalled while the digest was on): nothing can post there.
          await teamStore.markDigestFailed(sub.channelId, date, claimant, 'app_uninstalled', 0, now());
          if (await teamStore.pauseSubscription(sub.channelId, 'app_uninstalled', now())) log(`digest for ${sub.channelId} paused: the app is not installed in workspace ${sub.teamId} any more`);
          continue;
        }
        claimed.push({ t: { store: teamStore, post }, sub, abandonedAt: before?.status === 'sending' ? new Date(before.claimedAt) : null });
      }
      return Promise.all(claimed.map(({ t, sub, abandonedAt }) => (abandonedAt ? takeOver(t, sub, date, abandonedAt) : send(t, sub, date))));
    },
  };
}
