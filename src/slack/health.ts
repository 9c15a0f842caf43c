/**
 * GET /health (CONTRACT §3): what a load balancer in front of HTTP mode polls. 200 {"ok": true}
 * when the corpus is loaded and the database answers (and took its last write); 503 otherwise. Unauthenticated and cheap: a
 * count of facts and one small read. The work queue (jobs waiting for the worker threads, jobs
 * being done, and how many may wait) is in the headers X-Queue-Waiting, X-Queue-Running and
 * X-Queue-Limit, and with `?detail` also in the body as `queue`; the body stays `{"ok": true}`
 * otherwise, as load balancers expect.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Corpus } from '../corpus/load.ts';
import type { Store } from '../store/types.ts';
import { storeFault } from '../store/watched.ts';
import type { WorkLoad } from '../work/work.ts';

export interface Health {
  ok: boolean;
  corpus: boolean;
  database: boolean;
}

/** Where /health's probe write goes: a row of its own, in no workspace, replaced each time (and gone within a week). */
const PROBE = { team: '/health', channel: 'probe', ts: '0' };

/** How long /health waits for the database: a load balancer's poll must get its answer, 503 included. */
const PING_TIMEOUT_MS = 2_000;

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
};

export async function health(corpus: Corpus, store: Store): Promise<Health> {
  const corpusOk = corpus.facts.length > 0;
  // The database answers a read, and its last write did not fail (a full or read-only disk still reads).
  let database = false;
  try {
    await withTimeout(store.ping(), PING_TIMEOUT_MS);
    // After a fault, one small write tells whether writes work again: a replica that no traffic
    // reaches (its load balancer took it out for its 503) must be able to see the database is back.
    if (storeFault(store) !== null) await withTimeout(store.forTeam(PROBE.team).recordAnswer(PROBE.channel, PROBE.ts, PROBE.ts), PING_TIMEOUT_MS).catch(() => undefined);
    database = storeFault(store) === null;
  } catch {
    database = false;
  }
  return { ok: corpusOk && database, corpus: corpusOk, database };
}

/** The route for Bolt's HTTP receiver. */
export function healthRoute(corpus: Corpus, store: Store, load: () => WorkLoad) {
  return {
    path: '/health',
    method: ['GET'],
    handler: async (req: IncomingMessage, res: ServerResponse) => {
      const h = await health(corpus, store);
      const { waiting, running, limit } = load();
      const queue = { waiting, running, limit: Number.isFinite(limit) ? limit : null };
      res.writeHead(h.ok ? 200 : 503, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'x-queue-waiting': String(waiting),
        'x-queue-running': String(running),
        'x-queue-limit': String(queue.limit ?? 'none'),
      });
      const detail = /[?&]detail(?:[=&]|$)/.test(req.url ?? '');
      res.end(JSON.stringify({ ...(h.ok ? { ok: true } : h), ...(detail ? { queue } : {}) }));
    },
  };
}
