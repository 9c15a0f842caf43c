/** The production PostDigest: chat.postMessage through a Slack Web API client. */
import type { webApi } from '@slack/bolt';
import type { PostDigest } from './runner.ts';

/**
 * Post digests with a WebClient (Bolt's `app.client`, or `new WebClient(token, { slackApiUrl })`).
 * Resolves once Slack answered ok; a failure (HTTP error, `ok: false`, rate limit beyond the
 * client's own retries) rejects, and the scheduler retries with its own backoff. Links in
 * deadline labels are not unfurled.
 */
export function slackPoster(client: Pick<webApi.WebClient, 'chat'>): PostDigest {
  return async (channel, text) => {
    await client.chat.postMessage({ channel, text, mrkdwn: true, unfurl_links: false, unfurl_media: false });
  };
}
