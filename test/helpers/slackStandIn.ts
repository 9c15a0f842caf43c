/**
 * A local stand-in for Slack's servers, for tests: the Web API under /api/ (point SLACK_API_URL
 * at `apiUrl`) and response URLs under /respond/. It records every call and answers as Slack
 * does ({ ok: true, ... }); `failNext` makes the next calls of a method fail (HTTP status or
 * { ok: false }) to exercise retries; `failFor` makes every call of a method to one channel fail
 * (Slack refusing for good, e.g. not_in_channel). conversations.info says the bot is a member of
 * every channel unless `conversation` says otherwise. File uploads (files.uploadV2) work as Slack's:
 * files.getUploadURLExternal hands out an upload URL on the stand-in, whose POST is recorded as
 * method "upload" with the bytes received (`uploads`), and files.completeUploadExternal answers the file.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BOT_USER_ID = 'U0BOT';
export const BOT_ID = 'B0BOT';
export const TEAM_ID = 'T0TEST';

export interface RecordedCall {
  /** Web API method ("chat.postMessage") or "respond" for a response_url. */
  method: string;
  path: string;
  /** Form fields (JSON-valued ones parsed) or the JSON body. */
  body: Record<string, any>;
  authorization: string | undefined;
  at: number;
  /** The raw bytes of the request (what an upload to the upload URL carried). */
  raw: Buffer;
}

export interface Failure {
  status: number;
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** What conversations.info answers for a channel: its flags, or Slack's error. */
export type ConversationAnswer = { is_member?: boolean; is_archived?: boolean; is_private?: boolean; is_im?: boolean } | { error: string };

export interface SlackStandIn {
  /** Base URL of the Web API, ending in /api/. */
  apiUrl: string;
  /** A response_url on the stand-in. */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  /** The bytes of every file uploaded to an upload URL (the file itself, out of its multipart form), by file id. */
  uploads: Map<string, Buffer>;
  /** Calls of one method, in order. */
  callsTo(method: string): RecordedCall[];
  /** Make the next `times` calls of `method` fail this way. */
  failNext(method: string, failure: Failure, times?: number): void;
  /** Make every call of `method` whose `channel` is `channel` fail this way, until clearFailures. */
  failFor(method: string, channel: string, failure: Failure): void;
  /** Forget every failure still queued or set by failFor: Slack is back. */
  clearFailures(): void;
  /** Set what conversations.info answers for a channel (default: the bot is a member, not archived). */
  conversation(channel: string, answer: ConversationAnswer): void;
  /** Wait until `predicate` holds for the recorded calls (polling), or throw after `ms`. */
  waitFor(predicate: (calls: RecordedCall[]) => boolean, ms?: number): Promise<void>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The file's bytes in a POST to an upload URL: the whole body, or, as the WebClient sends it
 * (multipart/form-data), the content of its first part.
 */
export function uploadedBytes(raw: Buffer, contentType: string | undefined): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
  if (!contentType?.startsWith('multipart/form-data') || !boundary) return raw;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = raw.indexOf(delimiter);
  const headersEnd = raw.indexOf('\r\n\r\n', start);
  const end = raw.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headersEnd);
  return start < 0 || headersEnd < 0 || end < 0 ? raw : raw.subarray(headersEnd + 4, end);
}

function parseBody(raw: string, contentType: string | undefined): Record<string, any> {
  if (contentType?.includes('application/json')) return raw ? JSON.parse(raw) : {};
  const out: Record<string, any> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    try {
      out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

function okBody(method: string, body: Record<string, any>, conversations: Map<string, ConversationAnswer>, base: string): Record<string, unknown> {
  switch (method) {
    case 'files.getUploadURLExternal': {
      const fileId = `F0${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
      return { ok: true, upload_url: `${base}/upload/${fileId}`, file_id: fileId };
    }
    case 'files.completeUploadExternal': {
      const files: { id: string; title?: string }[] = typeof body.files === 'string' ? JSON.parse(body.files) : (body.files ?? []);
      return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title ?? '', name: f.title ?? '' })) };
    }
    case 'conversations.info': {
      const answer = conversations.get(body.channel) ?? {};
      if ('error' in answer) return { ok: false, error: answer.error };
      return { ok: true, channel: { id: body.channel, is_channel: !answer.is_im, is_im: false, is_member: true, is_archived: false, is_private: false, ...answer } };
    }
    case 'auth.test':
      return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'cancerbot', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID };
    case 'chat.postMessage':
      return { ok: true, channel: body.channel, ts: `${(Date.now() / 1000).toFixed(6)}`, message: { text: body.text } };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: `${(Date.now() / 1000).toFixed(6)}` };
    case 'views.open':
    case 'views.publish':
      return { ok: true, view: { id: 'V0VIEW', ...(typeof body.view === 'object' ? body.view : {}) } };
    default:
      return { ok: true };
  }
}

export async function startSlackStandIn(): Promise<SlackStandIn> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, Failure[]>();
  const channelFailures = new Map<string, Failure>();
  const conversations = new Map<string, ConversationAnswer>();
  const uploads = new Map<string, Buffer>();
  let base = '';
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = req.url ?? '/';
    const method = path.startsWith('/api/')
      ? path.slice('/api/'.length).split('?')[0]!
      : path.startsWith('/respond/')
        ? 'respond'
        : path.startsWith('/upload/')
          ? 'upload'
          : path;
    let body: Record<string, any>;
    try {
      body = method === 'upload' ? {} : parseBody(raw.toString('utf8'), req.headers['content-type']);
    } catch {
      body = { raw: raw.toString('utf8') };
    }
    calls.push({ method, path, body, authorization: req.headers.authorization, at: Date.now(), raw });
    const failure = failures.get(method)?.shift() ?? channelFailures.get(`${method} ${body.channel}`);
    if (failure) {
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      res.end(JSON.stringify(failure.body ?? { ok: false, error: 'internal_error' }));
      return;
    }
    if (method === 'respond' || method === 'upload') {
      if (method === 'upload') uploads.set(path.slice('/upload/'.length), uploadedBytes(raw, req.headers['content-type']));
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(method === 'upload' ? 'OK - uploaded' : 'ok');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(okBody(method, body, conversations, base)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${id}`,
    calls,
    uploads,
    callsTo: (method) => calls.filter((c) => c.method === method),
    failNext(method, failure, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => failure)]);
    },
    failFor(method, channel, failure) {
      channelFailures.set(`${method} ${channel}`, failure);
    },
    clearFailures() {
      failures.clear();
      channelFailures.clear();
    },
    conversation(channel, answer) {
      conversations.set(channel, answer);
    },
    async waitFor(predicate, ms = 5_000) {
      const until = Date.now() + ms;
      while (!predicate(calls)) {
        if (Date.now() > until) throw new Error(`the stand-in did not see the expected calls within ${ms} ms; it saw: ${calls.map((c) => c.method).join(', ') || 'nothing'}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
