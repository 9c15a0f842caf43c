/**
 * The HTTP benchmark's sender, in a worker thread of its own so that its work never delays the
 * bot's or the stand-in's: it POSTs signed events to a URL (or to several in turn, as a load
 * balancer spreads them over replicas) over kept-alive connections (fetch's
 * pooled agent), at most `concurrency` at a time, and reports each one's acknowledgement time
 * (null: no 200 within 10 s) and when it was sent (Date.now()). A `progress` message after each.
 */
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { signedHeaders } from '../../test/helpers/signing.ts';

export interface SendJob {
  /** Names the job in its messages back: several may run at once. */
  id?: number;
  url: string;
  /** Several servers (replicas): the events go to each in turn, `url` ignored. */
  urls?: string[];
  bodies: string[];
  concurrency: number;
  /** Slack's retry number, when these are Slack's retries. */
  retryNum?: number;
}
export interface Sent {
  ackMs: (number | null)[];
  sentAt: number[];
}

async function send(url: string, body: string, retryNum?: number): Promise<number | null> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...signedHeaders(body) };
  if (retryNum !== undefined) Object.assign(headers, { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' });
  const t = performance.now();
  try {
    const res = await fetch(url, { method: 'POST', body, headers, signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer();
    return res.status === 200 ? performance.now() - t : null;
  } catch {
    return null;
  }
}

parentPort!.on('message', async ({ id, url, urls, bodies, concurrency, retryNum }: SendJob) => {
  const to = (i: number) => (urls?.length ? urls[i % urls.length]! : url);
  const ackMs: (number | null)[] = new Array(bodies.length).fill(null);
  const sentAt: number[] = new Array(bodies.length).fill(0);
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, bodies.length) }, async () => {
      while (next < bodies.length) {
        const i = next++;
        sentAt[i] = Date.now();
        ackMs[i] = await send(to(i), bodies[i]!, retryNum);
        parentPort!.postMessage({ id, progress: ++done });
      }
    }),
  );
  parentPort!.postMessage({ id, result: { ackMs, sentAt } satisfies Sent });
});
