/** Test helpers for the digest and store tests: a temp DATA_DIR, a clock we move by hand, a recording post, a Slack stand-in. */
import { mkdtempSync, rmSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Corpus, loadCorpus } from '../../src/corpus/load.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { dateIn } from '../../src/dates.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/types.ts';

let corpus: Corpus | undefined;
/** The real corpus, loaded once. */
export const realCorpus = (): Corpus => (corpus ??= loadCorpus());

/** A fresh DATA_DIR in the system temp folder; `cleanup` removes it. */
export function tempDataDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'digest-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A real SQLite store in a fresh DATA_DIR for each test of the calling file, closed and removed
 * after it. The returned Store always stands for the current test's store.
 */
export function freshStoreEachTest(): Store {
  let tmp: ReturnType<typeof tempDataDir> | undefined;
  let current: Store | undefined;
  beforeEach(() => {
    tmp = tempDataDir();
    current = openStore(tmp.dir);
  });
  afterEach(async () => {
    await current?.close();
    tmp?.cleanup();
  });
  return new Proxy({} as Store, {
    get: (_target, key) => {
      if (!current) throw new Error('the store exists only inside a test');
      const value = Reflect.get(current, key);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}

/** A clock that only moves when told to. */
export function manualClock(start: string | Date) {
  let t = new Date(start);
  return {
    now: () => new Date(t),
    set(at: string | Date) {
      t = new Date(at);
    },
    advance(ms: number) {
      t = new Date(t.getTime() + ms);
    },
  };
}

/** A post function that records what it was asked to send. */
export function recordingPost() {
  const posts: { channelId: string; text: string }[] = [];
  return { posts, post: async (channelId: string, text: string) => void posts.push({ channelId, text }) };
}

/** A CommandContext for a user in a channel at an instant. */
export function commandContext(store: Store, o: { userId?: string; userName?: string; channelId?: string; now?: string; admins?: string[]; horizon?: number } = {}): CommandContext {
  const now = new Date(o.now ?? '2026-11-23T10:00:00Z');
  return {
    corpus: realCorpus(),
    today: dateIn(now),
    now,
    userId: o.userId ?? 'UADMIN',
    ...(o.userName ? { userName: o.userName } : {}),
    channelId: o.channelId ?? 'C0DIGEST',
    store,
    adminUserIds: o.admins ?? ['UADMIN'],
    digestHorizonDays: o.horizon ?? 60,
  };
}

/** One call the stand-in received. */
export interface StandInCall {
  method: string;
  authorization: string | undefined;
  body: Record<string, string>;
}

/**
 * A stand-in for Slack's Web API on 127.0.0.1, port 0: records every call and answers
 * chat.postMessage with `respond(n)` for the n-th call (1-based): ok, a Slack error, or an HTTP status.
 */
export async function slackStandIn(respond: (n: number) => { ok: true } | { ok: false; error: string } | { status: number } = () => ({ ok: true })) {
  const calls: StandInCall[] = [];
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let s = '';
      req.on('data', (c) => (s += c));
      req.on('end', () => resolve(s));
    });
  const server: Server = createServer(async (req, res) => {
    const raw = await read(req);
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
    const body = (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(raw || '{}') : Object.fromEntries(new URLSearchParams(raw));
    calls.push({ method, authorization: req.headers.authorization, body });
    const n = calls.filter((c) => c.method === method).length;
    const answer = method === 'chat.postMessage' ? respond(n) : { ok: true };
    if ('status' in answer) {
      res.writeHead(answer.status, { 'content-type': 'text/plain' }).end('stand-in failure');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer.ok ? { ok: true, channel: body.channel, ts: `${Date.now() / 1000}` } : answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    posts: () => calls.filter((c) => c.method === 'chat.postMessage'),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
