/** The production PostDigest: chat.postMessage through a Slack Web API client, and finding such a post again. */
import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { FindPostedDigest, PostDigest } from './runner.ts';

/**
 * The `event_type` of the message metadata a digest post carries; its `event_payload` is
 * `{ channel, date }` (the Stockholm date the digest is for). It is how a scheduler taking over
 * from one that died mid-send tells whether that digest is already in the channel.
 */
export const DIGEST_EVENT_TYPE = 'cancer_digest';

/**
 * conversations.history is read this many messages a call, this many calls at most. Apps outside
 * the Slack Marketplace may read 15 a call, about one call a minute (the WebClient waits out a
 * rate limit), so the pages stay well inside the claim's 10-minute lease. A channel busier than
 * that since the abandoned claim gets the digest posted again (see FindPostedDigest's rejection).
 */
const HISTORY_PAGE = 15;
const HISTORY_PAGES = 5;

/** The parts of a conversations.history message that tell a digest post by this bot. */
const HistoryMessage = z.object({
  ts: z.string(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  metadata: z.object({ event_type: z.string(), event_payload: z.object({ channel: z.unknown(), date: z.unknown() }).partial() }).optional(),
});

/** Who the bot is, as auth.test says: its messages carry one or both. */
interface BotIdentity {
  userId?: string;
  botId?: string;
}

type Client = Pick<webApi.WebClient, 'chat' | 'conversations' | 'auth'>;

/**
 * Finds a digest this bot posted, by its metadata: conversations.history from `since`, all
 * metadata included, a page at a time (channels:history in a public channel, groups:history in a
 * private one). Rejects with the client's error when Slack does not answer, and when the channel
 * held more messages since than it reads: then it cannot tell.
 */
function postFinder(client: Client): FindPostedDigest {
  let identity: Promise<BotIdentity> | undefined;
  const whoAmI = () =>
    (identity ??= client.auth.test().then(
      (r) => ({ ...(r.user_id ? { userId: r.user_id } : {}), ...(r.bot_id ? { botId: r.bot_id } : {}) }),
      (e: unknown) => {
        identity = undefined; // ask again next time
        throw e;
      },
    ));
  return async (channel, date, since) => {
    const me = await whoAmI();
    const byMe = (m: z.infer<typeof HistoryMessage>) => (me.botId !== undefined && m.bot_id === me.botId) || (me.userId !== undefined && m.user === me.userId);
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const r = await client.conversations.history({ channel, oldest: (since.getTime() / 1000).toFixed(6), inclusive: true, include_all_metadata: true, limit: HISTORY_PAGE, ...(cursor ? { cursor } : {}) });
      for (const raw of r.messages ?? []) {
        const m = HistoryMessage.safeParse(raw);
        if (!m.success || !byMe(m.data)) continue;
        const meta = m.data.metadata;
        if (meta?.event_type === DIGEST_EVENT_TYPE && meta.event_payload.channel === channel && meta.event_payload.date === date) {
          return { ts: m.data.ts, at: new Date(Math.round(Number(m.data.ts) * 1000)) };
        }
      }
      cursor = r.response_metadata?.next_cursor || undefined;
      if (!r.has_more || !cursor) return null;
    }
    throw new Error(`read ${HISTORY_PAGE * HISTORY_PAGES} messages in ${channel} since ${since.toISOString()} without finding the digest or the end`);
  };
}

/**
 * Post digests with a WebClient (Bolt's `app.client`, or `new WebClient(token, { slackApiUrl })`).
 * Resolves once Slack answered ok; a failure (HTTP error, `ok: false`, rate limit beyond the
 * client's own retries) rejects with the client's error, which the runner classifies: a temporary
 * one is retried with its own backoff, a refusal for good pauses the subscription. A user id as
 * `channel` posts in the bot's DM with that user. Links in deadline labels are not unfurled. A
 * digest post carries metadata naming its channel and day (no extra scope needed), which
 * `findPosted` looks for.
 */
export function slackPoster(client: Client): PostDigest {
  const post = async (channel: string, text: string, digest?: { date: string }) => {
    await client.chat.postMessage({
      channel, text, mrkdwn: true, unfurl_links: false, unfurl_media: false,
      ...(digest ? { metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { channel, date: digest.date } } } : {}),
    });
  };
  return Object.assign(post, { findPosted: postFinder(client) });
}
