/**
 * Which Slack failures the digest retries: each error as the real WebClient raises it against the
 * stand-in server (or a server that never answers, or none at all).
 */
import { webApi } from '@slack/bolt';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifySlackError, neededScope } from '../../src/digest/slackErrors.ts';
import { startSlackStandIn, type Failure, type SlackStandIn } from '../helpers/slackStandIn.ts';

let slack: SlackStandIn;
beforeAll(async () => {
  slack = await startSlackStandIn();
});
afterAll(() => slack.close());

/** The error chat.postMessage rejects with when the stand-in answers `failure`. */
async function errorFor(failure: Failure, options: webApi.WebClientOptions = {}): Promise<unknown> {
  slack.failNext('chat.postMessage', failure);
  const client = new webApi.WebClient('xoxb-test-token', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 }, ...options });
  return client.chat.postMessage({ channel: 'C1', text: 'x' }).then(
    () => {
      throw new Error('expected Slack to refuse');
    },
    (e: unknown) => e,
  );
}
const platform = (error: string, extra: Record<string, unknown> = {}) => errorFor({ status: 200, body: { ok: false, error, ...extra } });

describe('classifying Slack Web API errors', () => {
  it.each(['not_in_channel', 'channel_not_found', 'is_archived', 'channel_is_archived', 'restricted_action', 'team_access_not_granted'])(
    '%s is permanent for the channel',
    async (error) => {
      expect(classifySlackError(await platform(error))).toMatchObject({ kind: 'permanent', scope: 'channel', error });
    },
  );

  it.each(['account_inactive', 'token_revoked', 'tokens_revoked', 'invalid_auth', 'not_authed', 'missing_scope', 'ekm_access_denied'])(
    '%s is permanent for the whole workspace',
    async (error) => {
      expect(classifySlackError(await platform(error))).toMatchObject({ kind: 'permanent', scope: 'workspace', error });
    },
  );

  it.each(['msg_too_long', 'no_text', 'invalid_blocks'])('%s refuses the message, not the channel', async (error) => {
    expect(classifySlackError(await platform(error))).toMatchObject({ kind: 'refused', error });
  });

  it.each(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'some_future_error'])(
    '%s is temporary',
    async (error) => {
      expect(classifySlackError(await platform(error))).toMatchObject({ kind: 'temporary', error });
    },
  );

  it('HTTP 500 and 503 are temporary', async () => {
    expect(classifySlackError(await errorFor({ status: 500 }))).toMatchObject({ kind: 'temporary', error: 'http_500' });
    expect(classifySlackError(await errorFor({ status: 503 }))).toMatchObject({ kind: 'temporary', error: 'http_503' });
  });

  it("a 429 is temporary with Slack's Retry-After, whether the client waited it out or rejected at once", async () => {
    expect(classifySlackError(await errorFor({ status: 429, headers: { 'retry-after': '0' } }))).toMatchObject({ kind: 'temporary', error: 'ratelimited', retryAfterMs: 0 });
    expect(classifySlackError(await errorFor({ status: 429, headers: { 'retry-after': '30' } }, { rejectRateLimitedCalls: true }))).toMatchObject({
      kind: 'temporary',
      error: 'ratelimited',
      retryAfterMs: 30_000,
    });
  });

  it('a Slack that cannot be reached, or does not answer in time, is temporary', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const unreachable = new webApi.WebClient('xoxb-test-token', { slackApiUrl: `http://127.0.0.1:${port}/api/`, retryConfig: { retries: 0 } });
    const refused = await unreachable.chat.postMessage({ channel: 'C1', text: 'x' }).catch((e: unknown) => e);
    expect(classifySlackError(refused)).toMatchObject({ kind: 'temporary', error: 'request_failed' });

    const silent = createServer(() => {}); // accepts, never answers
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const slow = new webApi.WebClient('xoxb-test-token', { slackApiUrl: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/api/`, retryConfig: { retries: 0 }, timeout: 100 });
      const timedOut = await slow.chat.postMessage({ channel: 'C1', text: 'x' }).catch((e: unknown) => e);
      expect(classifySlackError(timedOut)).toMatchObject({ kind: 'temporary', error: 'request_failed' });
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });

  it('anything that is not a Slack error is temporary, as before', () => {
    expect(classifySlackError(new Error('boom'))).toMatchObject({ kind: 'temporary', error: 'unknown_error', message: 'boom' });
    expect(classifySlackError('not even an error')).toMatchObject({ kind: 'temporary', message: 'not even an error' });
    expect(classifySlackError(null)).toMatchObject({ kind: 'temporary' });
  });

  it("reads the scope a missing_scope error says is needed", async () => {
    expect(neededScope(await platform('missing_scope', { needed: 'groups:read', provided: 'chat:write' }))).toBe('groups:read');
    expect(neededScope(await platform('not_in_channel'))).toBeNull();
  });
});
