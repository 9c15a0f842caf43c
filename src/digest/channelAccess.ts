/**
 * Whether the bot can post in a channel, asked of Slack (conversations.info) before
 * `/cancer-digest on` stores a subscription: the bot posts only where it is a member, so a channel
 * it was never invited to, or an archived one, is refused at once instead of failing every morning.
 * Never throws: a Slack that cannot answer is an answer too (`unavailable`).
 *
 * Needs `channels:read` (public channels) and `groups:read` (private ones). A DM with the bot
 * (an id starting with D) is not asked about: the bot is in its own DMs, and `im:read` would be
 * one more permission for nothing.
 */
import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { classifySlackError, neededScope } from './slackErrors.ts';

export type ChannelAccess =
  | { ok: true }
  | {
      ok: false;
      /**
       * not_member: a channel the bot can see but is not in; archived; not_found: a private
       * channel the bot is not in (Slack does not say more); missing_scope: the app may not ask;
       * unavailable: Slack did not answer (rate limit, 5xx, network); refused: any other refusal.
       */
      problem: 'not_member' | 'archived' | 'not_found' | 'missing_scope' | 'unavailable' | 'refused';
      /** Slack's word for it, or the scope it said is missing. */
      detail?: string;
    };

/** What conversations.info says that matters here; absent flags count as false. */
const ConversationInfo = z.object({
  channel: z.object({
    is_member: z.boolean().optional(),
    is_archived: z.boolean().optional(),
    is_im: z.boolean().optional(),
  }),
});

/** Ask Slack whether the bot can post in `channelId`. */
export async function checkChannelAccess(client: Pick<webApi.WebClient, 'conversations'>, channelId: string): Promise<ChannelAccess> {
  if (channelId.startsWith('D')) return { ok: true };
  let answer: unknown;
  try {
    answer = await client.conversations.info({ channel: channelId });
  } catch (e) {
    return accessFromError(e);
  }
  const info = ConversationInfo.safeParse(answer);
  if (!info.success) return { ok: false, problem: 'unavailable', detail: 'unexpected_answer' };
  const { channel } = info.data;
  if (channel.is_archived) return { ok: false, problem: 'archived' };
  if (channel.is_im || channel.is_member) return { ok: true };
  return { ok: false, problem: 'not_member' };
}

function accessFromError(e: unknown): ChannelAccess {
  const failure = classifySlackError(e);
  if (failure.error === 'channel_not_found') return { ok: false, problem: 'not_found' };
  if (failure.error === 'is_archived' || failure.error === 'channel_is_archived') return { ok: false, problem: 'archived' };
  if (failure.error === 'missing_scope') {
    const needed = neededScope(e);
    return { ok: false, problem: 'missing_scope', ...(needed ? { detail: needed } : {}) };
  }
  if (failure.kind === 'temporary') return { ok: false, problem: 'unavailable', detail: failure.error };
  return { ok: false, problem: 'refused', detail: failure.error };
}
