/**
 * A local stand-in for Slack's servers, for tests: the Web API under /api/ (point SLACK_API_URL
 * at `apiUrl`) and response URLs under /respond/. It records every call and answers as Slack
 * does ({ ok: true, ... }); `failNext` makes the next calls of a method fail (HTTP status or
 * { ok: false }) to exercise retries; `failFor` makes every call of a method to one channel fail
 * (Slack refusing for good, e.g. not_in_channel). conversations.info says the bot is a member of
 * every channel unless `conversation` says otherwise. File uploads (files.uploadV2) work as Slack's:
 * files.getUploadURLExternal hands out an upload URL on the stand-in, whose POST is recorded as
 * method "upload" with the bytes received (`uploads`), and files.completeUploadExternal answers the file.
 * users.info gives each user the locale set with `locale` (sv-SE by default); the assistant.threads.*
 * methods answer ok. oauth.v2.access installs (and refreshes) as `oauthAccess` says; auth.test names the
 * workspace of a token xoxb-<team>.
 * conversations.history answers the messages accepted with chat.postMessage in that channel (as the
 * bot's, newest first, `oldest`/`latest`/`limit`/`cursor` honoured), with their metadata when
 * `include_all_metadata` is set; `setClock` sets the time their ts are stamped with.
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

/** A message the stand-in accepted with chat.postMessage, as conversations.history gives it back. */
interface PostedMessage {
  channel: string;
  ts: string;
  text: string;
  metadata?: unknown;
  thread_ts?: string;
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
  /** Accept the next `times` calls of `method` (a post is posted) but answer only after `ms`: a caller that dies meanwhile never learns it went through. */
  holdNext(method: string, ms: number, times?: number): void;
  /** Forget every failure still queued or set by failFor: Slack is back. */
  clearFailures(): void;
  /** Set a user's Slack locale, as users.info gives it with include_locale (default sv-SE). */
  locale(user: string, locale: string): void;
  /** Set what conversations.info answers for a channel (default: the bot is a member, not archived). */
  conversation(channel: string, answer: ConversationAnswer): void;
  /** Stamp accepted messages' ts with this clock (default: the system clock), e.g. a test's controllable one. */
  setClock(now: () => Date): void;
  /** Wait until `predicate` holds for the recorded calls (polling), or throw after `ms`. */
  waitFor(predicate: (calls: RecordedCall[]) => boolean | Promise<boolean>, ms?: number): Promise<void>;
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

/** conversations.history over the accepted posts: a channel's top-level messages, newest first, a page at a time. */
function history(body: Record<string, any>, posted: PostedMessage[]): Record<string, unknown> {
  const inclusive = body.inclusive === true || body.inclusive === 'true' || body.inclusive === '1';
  const after = (ts: string, bound: unknown) => bound === undefined || (inclusive ? Number(ts) >= Number(bound) : Number(ts) > Number(bound));
  const before = (ts: string, bound: unknown) => bound === undefined || (inclusive ? Number(ts) <= Number(bound) : Number(ts) < Number(bound));
  const withMetadata = body.include_all_metadata === true || body.include_all_metadata === 'true' || body.include_all_metadata === '1';
  const all = posted.filter((m) => m.channel === body.channel && !m.thread_ts && after(m.ts, body.oldest) && before(m.ts, body.latest)).sort((a, b) => Number(b.ts) - Number(a.ts));
  const start = Number(body.cursor ?? 0);
  const limit = Number(body.limit ?? 100);
  const page = all.slice(start, start + limit);
  const hasMore = start + limit < all.length;
  return {
    ok: true,
    messages: page.map((m) => ({ type: 'message', user: BOT_USER_ID, bot_id: BOT_ID, text: m.text, ts: m.ts, ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}) })),
    has_more: hasMore,
    ...(hasMore ? { response_metadata: { next_cursor: String(start + limit) } } : {}),
  };
}

/** conversations.replies over the accepted posts: a thread's replies (the bot's), oldest first, after `oldest` when given. */
function replies(body: Record<string, any>, posted: PostedMessage[]): Record<string, unknown> {
  const withMetadata = body.include_all_metadata === true || body.include_all_metadata === 'true' || body.include_all_metadata === '1';
  const thread = posted.filter((m) => m.channel === body.channel && m.thread_ts === body.ts && (body.oldest === undefined || Number(m.ts) > Number(body.oldest)));
  return {
    ok: true,
    messages: thread.map((m) => ({ type: 'message', user: BOT_USER_ID, bot_id: BOT_ID, text: m.text, ts: m.ts, thread_ts: m.thread_ts, ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}) })),
    has_more: false,
  };
}

/**
 * oauth.v2.access as Slack answers it: a code `ok-<team>-<installer>` installs the app in workspace
 * <team> (named "Workspace <team>"), with bot token xoxb-<team> and the installer's user id; a code
 * `rot-<team>-<installer>` does so with token rotation on (a refresh token, the access token
 * expiring within the hour); any other code is refused (invalid_code). A refresh
 * (grant_type=refresh_token) hands out the token xoxb-<team>-2, valid for 12 hours.
 */
function oauthAccess(body: Record<string, any>): Record<string, unknown> {
  if (body.grant_type === 'refresh_token') {
    const team = /^xoxe-1-(T[A-Z0-9]+)/.exec(String(body.refresh_token))?.[1];
    if (!team) return { ok: false, error: 'invalid_refresh_token' };
    return { ok: true, token_type: 'bot', access_token: `xoxb-${team}-2`, refresh_token: `xoxe-1-${team}-2`, expires_in: 43_200, team: { id: team }, bot_user_id: BOT_USER_ID };
  }
  const m = /^(ok|rot)-(T[A-Z0-9]+)-(U[A-Z0-9]+)$/.exec(String(body.code ?? ''));
  if (!m) return { ok: false, error: 'invalid_code' };
  const [, kind, team, user] = m;
  return {
    ...(kind === 'rot' ? { refresh_token: `xoxe-1-${team}-1`, expires_in: 3_600 } : {}),
    ok: true,
    access_token: `xoxb-${team}`,
    token_type: 'bot',
    scope: 'app_mentions:read,chat:write,commands',
    bot_user_id: BOT_USER_ID,
    app_id: 'A0APP',
    team: { id: team, name: `Workspace ${team}` },
    enterprise: null,
    is_enterprise_install: false,
    authed_user: { id: user },
  };
}

function okBody(method: string, body: Record<string, any>, conversations: Map<string, ConversationAnswer>, base: string, posted: PostedMessage[] = [], now: () => Date = () => new Date(), locales: Map<string, string> = new Map(), authorization?: string): Record<string, unknown> {
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
    case 'auth.test': {
      // A workspace's own token (xoxb-<team>, from oauth.v2.access) belongs to that workspace.
      const team = /^Bearer xoxb-(T[A-Z0-9]+)$/.exec(authorization ?? '')?.[1] ?? TEAM_ID;
      return { ok: true, url: `https://${team.toLowerCase()}.slack.com/`, team: team === TEAM_ID ? 'Test' : team, user: 'cancerbot', team_id: team, user_id: BOT_USER_ID, bot_id: BOT_ID };
    }
    case 'oauth.v2.access':
      return oauthAccess(body);
    case 'chat.postMessage': {
      const ts = `${(now().getTime() / 1000).toFixed(6)}`;
      posted.push({ channel: body.channel, ts, text: body.text, metadata: body.metadata, thread_ts: body.thread_ts });
      return { ok: true, channel: body.channel, ts, message: { text: body.text } };
    }
    case 'conversations.history':
      return history(body, posted);
    case 'conversations.replies':
      return replies(body, posted);
    case 'chat.postEphemeral':
      return { ok: true, message_ts: `${(Date.now() / 1000).toFixed(6)}` };
    case 'users.info':
      return { ok: true, user: { id: body.user, name: String(body.user).toLowerCase(), ...(body.include_locale === true || body.include_locale === 'true' ? { locale: locales.get(body.user) ?? 'sv-SE' } : {}) } };
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
  const locales = new Map<string, string>();
  const uploads = new Map<string, Buffer>();
  const posted: PostedMessage[] = [];
  const holds = new Map<string, { ms: number; times: number }>();
  let clock = () => new Date();
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
    const answer = JSON.stringify(okBody(method, body, conversations, base, posted, clock, locales, req.headers.authorization));
    const hold = holds.get(method);
    if (hold && hold.times > 0) {
      hold.times--;
      await new Promise((r) => setTimeout(r, hold.ms));
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(answer);
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
    holdNext(method, ms, times = 1) {
      holds.set(method, { ms, times });
    },
    clearFailures() {
      failures.clear();
      channelFailures.clear();
    },
    locale(user, locale) {
      locales.set(user, locale);
    },
    conversation(channel, answer) {
      conversations.set(channel, answer);
    },
    setClock(now) {
      clock = now;
    },
    async waitFor(predicate, ms = 5_000) {
      const until = Date.now() + ms;
      while (!(await predicate(calls))) {
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
