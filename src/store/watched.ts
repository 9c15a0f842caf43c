/**
 * A store whose faults are loud. A store that starts failing is logged in one line that names the
 * database and the error (and again when the error changes, and when writes work again), and the
 * fault is kept as the store's current one until a write succeeds again; /health reads
 * it, so a bot whose disk is full or read-only reports 503 instead of looking healthy while it
 * drops what it should keep. The call still throws: each caller decides what the user is told.
 */
import type { Store } from './types.ts';

/** The last failure of a store, until a write succeeds again. */
export interface StoreFault {
  at: Date;
  /** The store method that failed. */
  method: string;
  message: string;
}

export interface Watched {
  /** The store's current fault; null while its last write succeeded (or none has failed). */
  fault(): StoreFault | null;
}

/** Methods that write: one of them succeeding means the database takes writes again. */
const WRITES = new Set<keyof Store>([
  'claimEvent', 'finishEvent', 'recordAnswer', 'saveConversation', 'setAnswerChannel', 'recordVote', 'addDeadline', 'removeDeadline',
  'subscribe', 'pauseSubscription', 'pauseAllSubscriptions', 'unsubscribe', 'claimDigest', 'renewClaim', 'markDigestSent',
  'markDigestFailed', 'noteForCurators', 'addTaughtPhrase', 'removeTaughtPhrase', 'addAdmin', 'saveInstallation', 'deleteInstallation',
]);

const watchedOf = new WeakMap<object, Watched>();

/** The fault of a store made by watchStore; null for any other store. */
export const storeFault = (store: Store): StoreFault | null => watchedOf.get(store)?.fault() ?? null;

/**
 * Wrap a store so that its failures are logged (`log` gets one line, at error; recovery at info) and remembered. Wrapping a
 * watched store again returns it as it is.
 */
export function watchStore(store: Store, log: (line: string, level: 'error' | 'info') => void, now: () => Date = () => new Date()): Store & Watched {
  if (watchedOf.has(store)) return store as Store & Watched;
  // One fault for the database, whichever workspace's view of it failed.
  const state: { fault: StoreFault | null } = { fault: null };
  return watchView(store, state, log, now);
}

function watchView(store: Store, state: { fault: StoreFault | null }, log: (line: string, level: 'error' | 'info') => void, now: () => Date): Store & Watched {
  const watched = {} as Record<string, unknown>;
  const views = new Map<string, Store & Watched>();
  for (const key of Object.keys(store) as (keyof Store)[]) {
    const value = store[key];
    if (typeof value !== 'function') {
      // Read through (a request's store names the request's workspace).
      Object.defineProperty(watched, key, { get: () => store[key], enumerable: true });
      continue;
    }
    if (key === 'close') continue;
    if (key === 'forTeam') {
      watched.forTeam = (team: string) => {
        let view = views.get(team);
        if (!view) views.set(team, (view = watchView(store.forTeam(team), state, log, now)));
        return view;
      };
      continue;
    }
    watched[key] = async (...args: unknown[]) => {
      try {
        // Looked up at each call, so the store's own methods are what runs, whatever replaced them.
        const result = await (store[key] as (...a: unknown[]) => Promise<unknown>).apply(store, args);
        if (WRITES.has(key) && state.fault) {
          log(`database ${store.location}: writes work again (${key}); the fault since ${state.fault.at.toISOString()} is over`, 'info');
          state.fault = null;
        }
        return result;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // One line when the store starts failing, or fails differently: not one per question while the disk is full.
        const fault = state.fault;
        if (!fault || fault.message !== message) log(`database ${store.location}: ${key} failed: ${message}`, 'error');
        state.fault = { at: fault?.message === message ? fault.at : now(), method: key, message };
        throw error;
      }
    };
  }
  watched.close = () => store.close();
  watched.fault = () => state.fault;
  const result = watched as unknown as Store & Watched;
  watchedOf.set(result, result);
  return result;
}
