/**
 * What Slack sends a bot's Request URL, signed as Slack signs it: slash commands (form-encoded, with
 * a response_url on the stand-in), event_callbacks (JSON, with Slack's retry headers when asked),
 * button clicks (block_actions). It speaks HTTP only, so it drives an in-process app and a bot
 * process alike.
 */
import { signedHeaders } from './signing.ts';
import { TEAM_ID, type SlackStandIn } from './slackStandIn.ts';

export interface SlackClient {
  /** http://127.0.0.1:PORT/slack/events */
  url: string;
  /** POST a raw body with the given headers. */
  post(body: string, headers: Record<string, string>): Promise<Response>;
  /** POST a body signed as Slack signs it. */
  postSigned(body: string, contentType: string, extra?: { timestamp?: number; secret?: string; headers?: Record<string, string> }): Promise<Response>;
  /** Send a slash command; its response_url points at the stand-in. */
  command(command: string, text: string, fields?: Record<string, string>): Promise<{ res: Response; responseUrl: string; ms: number }>;
  /** Send an event_callback wrapping `event`. */
  event(event: Record<string, unknown>, opts?: { eventId?: string; retryNum?: number }): Promise<Response>;
  /** Send a block_actions payload for a button of a message. */
  /** A message shortcut used on a message (Slack's message_action payload). */
  shortcut(callbackId: string, message: { text: string; ts: string; thread_ts?: string; user?: string }, opts?: { channel?: string; user?: string }): Promise<{ res: Response; responseUrl: string }>;
  click(action: { action_id: string; value: string; text?: string }, opts?: { channel?: string; responseUrl?: string; ephemeral?: boolean; user?: string }): Promise<{ res: Response; responseUrl: string }>;
}

let seq = 0;
const nextId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(seq++).toString(36)}`.toUpperCase();

/** A client for the bot at `url` (its /slack/events), whose replies go to `slack`, sending as workspace `team`. */
export function slackClient(url: string, slack: Pick<SlackStandIn, 'responseUrl'>, team: string = TEAM_ID): SlackClient {
  const post = (body: string, headers: Record<string, string>) => fetch(url, { method: 'POST', body, headers });
  const postSigned: SlackClient['postSigned'] = (body, contentType, extra = {}) =>
    post(body, { 'content-type': contentType, ...signedHeaders(body, extra), ...extra.headers });

  return {
    url,
    post,
    postSigned,
    async command(command, text, fields = {}) {
      const responseUrl = slack.responseUrl(nextId('cmd'));
      const body = new URLSearchParams({
        token: 'legacy-verification-token',
        team_id: team,
        team_domain: 'test',
        channel_id: 'C0CHANNEL',
        channel_name: 'cancervard',
        user_id: 'U0ASKER',
        user_name: 'asker',
        command,
        text,
        api_app_id: 'A0APP',
        is_enterprise_install: 'false',
        response_url: responseUrl,
        trigger_id: `${nextId('')}.trigger`,
        ...fields,
      }).toString();
      const started = performance.now();
      const res = await postSigned(body, 'application/x-www-form-urlencoded');
      return { res, responseUrl, ms: performance.now() - started };
    },
    event(event, opts = {}) {
      const body = JSON.stringify({
        token: 'legacy-verification-token',
        team_id: team,
        api_app_id: 'A0APP',
        event,
        type: 'event_callback',
        event_id: opts.eventId ?? nextId('Ev'),
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ enterprise_id: null, team_id: team, user_id: 'U0BOT', is_bot: true, is_enterprise_install: false }],
        is_ext_shared_channel: false,
      });
      const headers: Record<string, string> = opts.retryNum !== undefined ? { 'x-slack-retry-num': String(opts.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {};
      return postSigned(body, 'application/json', { headers });
    },
    async shortcut(callbackId, message, opts = {}) {
      const responseUrl = slack.responseUrl(nextId('sc'));
      const channel = opts.channel ?? 'C0CHANNEL';
      const payload = {
        type: 'message_action',
        callback_id: callbackId,
        trigger_id: `${nextId('')}.trigger`,
        message_ts: message.ts,
        response_url: responseUrl,
        team: { id: team, domain: 'test' },
        channel: { id: channel, name: 'cancervard' },
        user: { id: opts.user ?? 'U0ASKER', name: 'asker', team_id: team },
        message: { type: 'message', user: message.user ?? 'U0COLLEAGUE', ts: message.ts, text: message.text, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) },
        token: 'legacy-verification-token',
        action_ts: `${Date.now() / 1000}`,
        is_enterprise_install: false,
        enterprise: null,
      };
      const res = await postSigned(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
      return { res, responseUrl };
    },
    async click(action, opts = {}) {
      const responseUrl = opts.responseUrl ?? slack.responseUrl(nextId('act'));
      const channel = opts.channel ?? 'C0CHANNEL';
      const payload = {
        type: 'block_actions',
        user: { id: opts.user ?? 'U0ASKER', username: 'asker', name: 'asker', team_id: team },
        api_app_id: 'A0APP',
        token: 'legacy-verification-token',
        container: opts.ephemeral ? { type: 'message', message_ts: '1700000000.000100', channel_id: channel, is_ephemeral: true } : { type: 'message', message_ts: '1700000000.000100', channel_id: channel, is_ephemeral: false },
        trigger_id: `${nextId('')}.trigger`,
        team: { id: team, domain: 'test' },
        enterprise: null,
        is_enterprise_install: false,
        channel: { id: channel, name: 'cancervard' },
        ...(opts.ephemeral ? {} : { message: { type: 'message', user: 'U0BOT', ts: '1700000000.000100', text: 'svar' } }),
        state: { values: {} },
        response_url: responseUrl,
        actions: [{ type: 'button', block_id: 'b1', action_id: action.action_id, value: action.value, text: { type: 'plain_text', text: action.text ?? 'knapp', emoji: true }, action_ts: `${Date.now() / 1000}` }],
      };
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      const res = await postSigned(body, 'application/x-www-form-urlencoded');
      return { res, responseUrl };
    },
  };
}
