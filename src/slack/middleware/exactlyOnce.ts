/**
 * Each event answered exactly once, across Slack's retries and across crashes. An event is claimed
 * in the store, with its payload, then acknowledged at once, and marked done only after its
 * listeners finished (the answer posted, or the apology). So:
 * - a retry of an answered event is ignored; a retry while the first delivery is still being
 *   answered is ignored too (the claim is live);
 * - an event whose process died before answering is answered again: by Slack's retry, or — since
 *   Slack does not retry an event it saw acknowledged — by the sweep, which processes every
 *   unfinished event whose claimant is gone (a dead process on this host at once, one elsewhere
 *   once its lease ran out);
 * - an event that fails every time is given up after MAX_ATTEMPTS, and one older than MAX_AGE_MS is
 *   not answered any more (an answer hours late is noise), each with a log line.
 * When the store cannot record the claim (disk full, read-only), the event is answered anyway and
 * the fault logged: a question that might be answered twice beats one never answered.
 *
 * A crash after Slack accepted the answer and before the event was marked done would answer it
 * twice; so every answer carries the event id in its message metadata, and a later try looks for it
 * in the conversation first (question.ts, answeredBefore).
 */
import { readlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { App } from '@slack/bolt';
import type { Store } from '../../store/types.ts';

/** The context properties that carry an event's try (1 the first time) and its turn's release. */
const ATTEMPT = 'eventAttempt';
const TURN = 'eventTurn';

/** An event as its listener answers it: its id, which try this is, and how to give its turn back early. */
export interface Delivery {
  eventId: string;
  attempt: number;
  /** Gives the event's turn on the main thread to the next event (lanes.ts), when what is left only waits (a chart being drawn). */
  yieldTurn: () => void;
}

/** The delivery of the event a listener is answering, from its body and context; null outside events. */
export function deliveryOf(body: unknown, context: Record<string, unknown>): Delivery | null {
  const ev = eventOf(body);
  if (!ev) return null;
  const attempt = context[ATTEMPT];
  const turn = context[TURN];
  return { eventId: ev.id, attempt: typeof attempt === 'number' ? attempt : 1, yieldTurn: typeof turn === 'function' ? (turn as () => void) : () => {} };
}

/** What Bolt's receivers hand to App.processEvent. */
type ReceiverEvent = Parameters<App['processEvent']>[0];

/** How long another host's claim keeps this process off: well above the time an answer takes with Slack's retries. */
export const LEASE_MS = 120_000;
/** How often unfinished events are looked for. */
export const SWEEP_MS = 15_000;
/** Tries of one event before it is given up. */
export const MAX_ATTEMPTS = 3;
/** An unfinished event older than this is not answered any more. */
export const MAX_AGE_MS = 3600_000;

export interface ExactlyOnceOptions {
  /** Names this process in the claims (default: host, pid and a random part). */
  claimant?: string;
  now?: () => Date;
  /** Whether a process on this host is running (default: signal 0). */
  isRunning?: (pid: number) => boolean;
  /** A turn at answering, waited for after the acknowledgement (Work.turn; default: at once). */
  turn?: () => Promise<() => void>;
  /** Counts an event's answering as work in flight, which a graceful stop waits for (InFlight.track). */
  track?: (work: Promise<void>) => Promise<void>;
}

export interface ExactlyOnce {
  /** Process every unfinished event whose claimant is gone; resolves when they are answered. */
  sweep(): Promise<void>;
  /** Sweep every SWEEP_MS until stop (the timer does not keep the process alive). */
  startSweeping(): void;
  stop(): void;
  claimant: string;
}

const running = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The event id and time of an Events API payload; null for anything else (commands, actions). */
function eventOf(body: unknown): { id: string; timeMs: number | null } | null {
  const b = body as { type?: unknown; event_id?: unknown; event_time?: unknown } | null;
  if (!b || b.type !== 'event_callback' || typeof b.event_id !== 'string') return null;
  return { id: b.event_id, timeMs: typeof b.event_time === 'number' ? b.event_time * 1000 : null };
}

/**
 * Make `app` answer each event once: its processEvent is wrapped (every receiver, HTTP or Socket
 * Mode, goes through it), so the claim is written before the acknowledgement.
 */
/**
 * This machine as claims name it: the host name and, where Linux tells it, the PID namespace.
 * Two containers may share a host name (host networking, a fixed `hostname:`) without sharing
 * process ids: only a process of the same host and namespace is judged by its pid, any other by
 * the lease.
 */
function hostIdentity(): string {
  try {
    const ns = /\[(\d+)\]/.exec(readlinkSync('/proc/self/ns/pid'))?.[1];
    return ns ? `${hostname()}/${ns}` : hostname();
  } catch {
    return hostname();
  }
}

export function answerEachEventOnce(app: App, store: Store, options: ExactlyOnceOptions = {}): ExactlyOnce {
  const host = hostIdentity();
  const claimant = options.claimant ?? `${host}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const now = options.now ?? (() => new Date());
  const isRunning = options.isRunning ?? running;
  const turn = options.turn ?? (async () => () => {});
  const track = options.track ?? ((work: Promise<void>) => work);
  const log = app.logger;

  /** Whether a claim's holder is gone: a process of this host that is not running, or any claim older than the lease. */
  const abandoned = (claimedBy: string, claimedAtMs: number): boolean => {
    if (claimedBy === claimant) return false;
    const [theirHost, pidText] = claimedBy.split(':');
    const pid = Number(pidText);
    if (theirHost === host && Number.isInteger(pid) && pid > 0) return pid === process.pid || !isRunning(pid);
    return now().getTime() - claimedAtMs >= LEASE_MS;
  };

  const finish = async (id: string, why: string): Promise<void> => {
    try {
      await store.finishEvent(id);
    } catch (error) {
      log.error(`event ${id}: ${why}, but the database could not mark it done (${(error as Error).message}); it may be answered again after a restart`);
    }
  };

  const original = app.processEvent.bind(app);
  app.processEvent = async (event: ReceiverEvent): Promise<void> => {
    const ev = eventOf(event.body);
    if (!ev) return original(event);
    let recorded = true;
    let attempts = 1;
    try {
      const claim = await store.claimEvent({ eventId: ev.id, body: JSON.stringify(event.body), claimant, now: now(), abandoned });
      if (claim.outcome !== 'claimed') {
        log.info(`event ${ev.id} was ${claim.outcome === 'done' ? 'already answered' : 'being answered'}; ignoring Slack's retry ${String(event.retryNum ?? '')}`.trim());
        return void (await event.ack());
      }
      attempts = claim.attempts;
    } catch (error) {
      recorded = false;
      log.error(`event ${ev.id}: the database (${store.location}) could not record it (${(error as Error).message}); answering it anyway`);
    }
    if (attempts > MAX_ATTEMPTS) {
      log.error(`event ${ev.id}: given up after ${MAX_ATTEMPTS} tries that did not finish`);
      await finish(ev.id, 'given up');
      return void (await event.ack());
    }
    if (attempts > 1) log.warn(`event ${ev.id}: answering it again (try ${attempts}); the process that took it stopped before answering`);
    // Recorded, so acknowledged now. The answering waits one turn of the event loop, so that the
    // requests that arrived with this one are acknowledged first, and then for a turn at answering
    // (lanes.ts), so that a burst's answers never hold up the acknowledgements that come after it.
    try {
      await event.ack();
    } catch (error) {
      // Slack will retry an event it saw no acknowledgement of; the retry finds it being answered here.
      log.error(`event ${ev.id}: could not acknowledge it (${(error as Error).message}); answering it all the same`);
    }
    await track(
      (async () => {
        await new Promise((resolve) => setImmediate(resolve));
        const leave = await turn();
        try {
          // The listeners learn which try this is (deliveryOf): a later try first looks for an answer already posted.
          await original({ ...event, ack: async () => {}, customProperties: { ...event.customProperties, [ATTEMPT]: attempts, [TURN]: leave } });
        } finally {
          leave();
          if (recorded) await finish(ev.id, 'answered');
        }
      })(),
    );
  };

  let sweeping = false;
  const sweep = async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      let unfinished;
      try {
        unfinished = await store.unfinishedEvents();
      } catch (error) {
        return log.error(`could not look for unanswered events in the database (${store.location}): ${(error as Error).message}`);
      }
      for (const e of unfinished) {
        if (!abandoned(e.claimedBy, e.claimedAt)) continue;
        let body: unknown;
        try {
          body = JSON.parse(e.body);
        } catch {
          await finish(e.eventId, 'its stored payload is unreadable');
          log.error(`event ${e.eventId}: its stored payload is unreadable; not answered`);
          continue;
        }
        const happened = eventOf(body)?.timeMs ?? e.claimedAt;
        if (now().getTime() - happened > MAX_AGE_MS) {
          await finish(e.eventId, 'too old');
          log.warn(`event ${e.eventId}: left unanswered by a process that stopped, and older than ${MAX_AGE_MS / 60_000} minutes now; not answered`);
          continue;
        }
        await app.processEvent({ body: body as ReceiverEvent['body'], ack: async () => {}, retryNum: e.attempts, retryReason: 'restart' });
      }
    } catch (error) {
      log.error('answering unfinished events failed:', error);
    } finally {
      sweeping = false;
    }
  };

  let timer: NodeJS.Timeout | undefined;
  return {
    claimant,
    sweep,
    startSweeping() {
      timer ??= setInterval(() => void sweep(), SWEEP_MS);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
