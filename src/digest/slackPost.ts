/** The production PostDigest: chat.postMessage through a Slack Web API client. */
import type { webApi } from '@slack/bolt';
import type { PostDigest } from './runner.ts';

/**
 * Post digests with a WebClient (Bolt's `app.client`, or `new WebClient(token, { slackApiUrl })`).
 * Resolves once Slack answered ok; a failure (HTTP error, `ok: false`, rate limit beyond the
 * client's own retries) rejects with the client's error, which the runner classifies: a temporary
 * one is retried with its own backoff, a refusal for good pauses the subscription. A user id as
 * `channel` posts in the bot's DM with that user. Links in deadline labels are not unfurled.
 */
export function slackPoster(client: Pick<webApi.WebClient, 'chat'>): PostDigest {
  return async (channel, text) => {
    await client.chat.postMessage({ channel, text, mrkdwn: true, unfurl_links: false, unfurl_media: false });
  };
}
