/**
 * What HTTP mode refuses before Bolt spends anything on a request: bodies too large for their
 * route (413, before they are buffered), timestamps from the future and replayed signatures (401),
 * and connections beyond a cap (closed at accept). Bolt still verifies every signature itself;
 * Socket Mode has no HTTP server and none of this.
 *
 * Bolt's HTTPReceiver reads the body in its own request listener, so the guard owns that listener:
 * it reads the body itself, counting, and hands Bolt the bytes (Bolt uses a body already read,
 * `req.rawBody`, instead of reading the stream again).
 */
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { type App, HTTPReceiver, type HTTPReceiverOptions, isValidSlackRequest, type Logger } from '@slack/bolt';

/**
 * The most a request to /slack/events may carry. Slack's largest payloads are a message event of
 * 40 000 characters, which Slack sends twice (text and rich-text blocks), JSON-escaped at up to 6
 * bytes a character (`\u00e4`): about 480 KB at worst; and view submissions, whose form-encoded
 * JSON (3 bytes a byte of UTF-8) stays well below that. 1 MiB holds both with twice the room, and
 * with MAX_CONNECTIONS bounds what buffering can ever hold at 256 MiB (Bolt alone allows 4 MB each).
 */
export const EVENTS_BODY_LIMIT = 1024 * 1024;

/** The most any other request may carry: nothing (GET /health has no body). */
export const OTHER_BODY_LIMIT = 0;

/** Open connections the server keeps at once; more are closed as they arrive, not queued. */
export const MAX_CONNECTIONS = 256;

/** How far a request's timestamp may be from our clock, either way (Bolt refuses older ones). */
export const TIMESTAMP_WINDOW_S = 5 * 60;

const FORM = 'application/x-www-form-urlencoded';

/**
 * The signatures of requests already taken, each until its timestamp leaves the window (Bolt then
 * refuses it as stale anyway). Only a signature that verified is recorded, so garbage carrying a
 * made-up signature cannot block the real request that would later carry it.
 */
function replayCache() {
  const until = new Map<string, number>();
  let swept = 0;
  return {
    seen: (signature: string, nowMs: number) => (until.get(signature) ?? 0) > nowMs,
    record(signature: string, timestampS: number, nowMs: number) {
      if (nowMs - swept > 60_000) {
        for (const [s, ms] of until) if (ms <= nowMs) until.delete(s);
        swept = nowMs;
      }
      until.set(signature, (timestampS + TIMESTAMP_WINDOW_S + 1) * 1000);
    },
  };
}

/** Answer with a status and no body, and close the connection (what is left of a body is not read). */
function refuse(res: ServerResponse, status: 401 | 413): void {
  res.writeHead(status, { connection: 'close', 'content-length': '0' });
  res.end();
}

export interface HttpGuardOptions {
  signingSecret: string;
  /** Where refusals are logged, one line each (asked at each refusal: the app's logger comes after). */
  logger: () => Pick<Logger, 'warn' | 'error'>;
  /** The path Bolt takes events, commands and interactivity on. */
  endpoint?: string;
}

/**
 * Wrap a request listener (Bolt's) so that POST `endpoint` is read here within EVENTS_BODY_LIMIT,
 * future timestamps and replayed signatures are refused, and every other request has no body.
 */
export function httpGuard(next: RequestListener, { signingSecret, logger, endpoint = '/slack/events' }: HttpGuardOptions): RequestListener {
  const cache = replayCache();
  return (req, res) => {
    // As Bolt routes (it throws on a URL it cannot parse, and so may this: the caller handles it).
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const isEvents = req.method === 'POST' && path === endpoint;
    const limit = isEvents ? EVENTS_BODY_LIMIT : OTHER_BODY_LIMIT;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit || (limit === 0 && req.headers['transfer-encoding'] !== undefined)) {
      logger().warn(`a request body of ${req.headers['content-length'] ?? 'unknown'} bytes to ${path.slice(0, 100)}, more than ${limit}; refused (413)`);
      return refuse(res, 413);
    }
    if (!isEvents) return next(req, res);

    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    if (timestamp > Date.now() / 1000 + TIMESTAMP_WINDOW_S) {
      logger().warn(`a request timestamped ${Math.round(timestamp - Date.now() / 1000)} s in the future; refused (401)`);
      return refuse(res, 401);
    }
    readWithin(req, limit, {
      over: () => {
        logger().warn(`a request body to ${endpoint} over ${limit} bytes; refused (413)`);
        refuse(res, 413);
      },
      done: (body) => {
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
        const signature = req.headers['x-slack-signature'];
        // Verified here as well as by Bolt, so that only a real request is recorded. Slack's
        // retries of an event are signed afresh; one that is not (a test's, sent within the same
        // second) is left to the event_id dedupe, which answers each event once. Commands and
        // interactivity (form-encoded) are never retried by Slack.
        const retriedEvent = req.headers['x-slack-retry-num'] !== undefined && req.headers['content-type'] !== FORM;
        if (typeof signature === 'string' && isValidSlackRequest({ signingSecret, body: body.toString(), headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp } })) {
          const now = Date.now();
          if (!retriedEvent && cache.seen(signature, now)) {
            logger().warn('a replayed request (its signature was already taken); refused (401)');
            return refuse(res, 401);
          }
          cache.record(signature, timestamp, now);
        }
        try {
          next(req, res);
        } catch (error) {
          logger().error('the HTTP receiver failed on a request:', error);
          if (!res.headersSent) res.writeHead(500);
          res.end();
        }
      },
    });
  };
}

/** Read a body, counting; past `limit` stop keeping it and call `over` once instead of `done`. */
function readWithin(req: IncomingMessage, limit: number, { over, done }: { over: () => void; done: (body: Buffer) => void }): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    if (size > limit) return;
    size += chunk.length;
    if (size <= limit) return void chunks.push(chunk);
    chunks.length = 0;
    req.pause();
    over();
  });
  req.on('end', () => {
    if (size <= limit) done(Buffer.concat(chunks, size));
  });
  // A client gone mid-body has nobody to answer.
  req.on('error', () => {});
}

/** Bolt's HTTP receiver with its request listener behind httpGuard, logging through the app's logger. */
export class GuardedHTTPReceiver extends HTTPReceiver {
  private guardLogger: Logger | undefined;

  /** The receiver's options except `endpoints`: the guard knows Bolt's default, /slack/events. */
  constructor(options: Omit<HTTPReceiverOptions, 'endpoints'>) {
    super(options);
    this.requestListener = httpGuard(this.requestListener, {
      signingSecret: options.signingSecret,
      logger: () => this.guardLogger ?? options.logger ?? console,
    });
  }

  override init(app: App): void {
    super.init(app);
    this.guardLogger = app.logger;
  }
}

/**
 * Cap the server's open connections at `max`: Node closes each one beyond it as it is accepted,
 * so a flood is refused at once instead of queueing. The first refusal in a minute is logged.
 */
export function capConnections(server: Server, logger: Logger, max = MAX_CONNECTIONS): void {
  server.maxConnections = max;
  let logged = 0;
  server.on('drop', () => {
    if (Date.now() - logged < 60_000) return;
    logged = Date.now();
    logger.warn(`${max} connections open; refusing new ones until some close`);
  });
}
