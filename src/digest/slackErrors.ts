/**
 * What a failed Slack Web API call means for the digest: whether trying again can help.
 *
 * - `permanent`: the channel or the app cannot take posts until a person acts (invite the bot,
 *   unarchive, reinstall). Retrying only repeats the refusal, so the subscription is paused.
 *   `scope` says whether it is this channel (`channel`) or the bot's token or permissions
 *   (`workspace`, where a DM to the subscriber would be refused for the same reason).
 * - `refused`: Slack refuses this message as written (too long, malformed). The same text would
 *   be refused again, so it is not retried now; the channel itself is fine.
 * - `temporary`: rate limits, Slack's own errors, HTTP 5xx, the network. Retried with backoff
 *   (no sooner than Slack's Retry-After, when it sent one).
 *
 * Errors are read the way @slack/web-api reports them (node_modules/@slack/web-api/dist/errors.d.ts):
 * `code` is `slack_webapi_platform_error` (Slack answered `ok: false`; the reason is
 * `data.error`), `slack_webapi_rate_limited_error` (`retryAfter`, seconds), `slack_webapi_http_error`
 * (`statusCode`) or `slack_webapi_request_error` (network, timeout). Anything else is taken to be
 * temporary, as before this module existed, so an unknown error never silently stops a digest.
 */
import { z } from 'zod';

export type SlackFailure =
  | { kind: 'permanent'; scope: 'channel' | 'workspace'; error: string; message: string }
  | { kind: 'refused'; error: string; message: string }
  | { kind: 'temporary'; error: string; message: string; retryAfterMs?: number };

/** Slack errors that mean the bot cannot post in this one channel until someone acts. */
const CHANNEL_ERRORS = new Set([
  'not_in_channel', // public channel, bot not a member (and no chat:write.public)
  'channel_not_found', // private channel the bot is not in, a deleted channel, a foreign DM
  'is_archived',
  'channel_is_archived',
  'restricted_action', // workspace settings stop the bot posting in this channel
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'team_access_not_granted', // a shared channel whose workspace has not granted the app access
]);

/** Slack errors that mean the bot's token or permissions are refused everywhere. */
const WORKSPACE_ERRORS = new Set([
  'account_inactive',
  'token_revoked',
  'tokens_revoked',
  'token_expired',
  'invalid_auth',
  'not_authed',
  'missing_scope',
  'not_allowed_token_type',
  'ekm_access_denied', // the workspace's Enterprise Key Management has revoked access
  'app_uninstalled',
]);

/** Slack errors about the message itself: the same text would be refused again. */
const MESSAGE_ERRORS = new Set(['msg_too_long', 'no_text', 'invalid_blocks', 'invalid_blocks_format', 'too_many_attachments', 'invalid_arguments']);

/** The parts of a @slack/web-api error this module reads; every field optional, so any value parses. */
const WebApiError = z.object({
  code: z.string().optional().catch(undefined),
  message: z.string().optional().catch(undefined),
  data: z.object({ error: z.string() }).optional().catch(undefined),
  retryAfter: z.number().optional().catch(undefined),
  statusCode: z.number().optional().catch(undefined),
});

/**
 * With its default `rejectRateLimitedCalls: false`, the WebClient waits out a 429 itself and, once
 * its own retries are spent, rejects with a request error whose message names the wait.
 */
const WAITED_RATE_LIMIT = /rate limit was exceeded.*retry-after: (\d+)/i;

/** Classify a rejection of a Web API call (any value: a non-error is temporary). */
export function classifySlackError(e: unknown): SlackFailure {
  const parsed = WebApiError.safeParse(e);
  const err = parsed.success ? parsed.data : {};
  const message = err.message ?? String(e);
  const waited = WAITED_RATE_LIMIT.exec(message);
  if (waited) return { kind: 'temporary', error: 'ratelimited', message, retryAfterMs: Number(waited[1]) * 1000 };
  switch (err.code) {
    case 'slack_webapi_platform_error': {
      const error = err.data?.error ?? 'unknown_error';
      if (CHANNEL_ERRORS.has(error)) return { kind: 'permanent', scope: 'channel', error, message };
      if (WORKSPACE_ERRORS.has(error)) return { kind: 'permanent', scope: 'workspace', error, message };
      if (MESSAGE_ERRORS.has(error)) return { kind: 'refused', error, message };
      // ratelimited, internal_error, fatal_error, service_unavailable, request_timeout, and
      // whatever Slack adds later: worth another try.
      return { kind: 'temporary', error, message };
    }
    case 'slack_webapi_rate_limited_error':
      return { kind: 'temporary', error: 'ratelimited', message, ...(err.retryAfter !== undefined ? { retryAfterMs: err.retryAfter * 1000 } : {}) };
    case 'slack_webapi_http_error':
      return { kind: 'temporary', error: `http_${err.statusCode ?? 'error'}`, message };
    case 'slack_webapi_request_error':
      return { kind: 'temporary', error: 'request_failed', message };
  }
  return { kind: 'temporary', error: 'unknown_error', message };
}

/** The scope Slack says is missing, from a `missing_scope` error's `needed` field, when it sent one. */
export function neededScope(e: unknown): string | null {
  const parsed = z.object({ data: z.object({ needed: z.string() }) }).safeParse(e);
  return parsed.success ? parsed.data.data.needed : null;
}
