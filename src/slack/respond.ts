/**
 * Replies through a command's or a button's response_url (Bolt's `respond()`) that still reach the
 * user when Slack has a bad moment. An HTTP 5xx or 429 is tried again after a pause (1, 2, then
 * 4 s: four tries within about 7 s); any other refusal (404: the URL expired or was used up) is
 * final at once. A reply the response_url never took goes the same way by the Web API instead —
 * `chat.postEphemeral` to the user in that channel, or `chat.postMessage` for one meant for the
 * channel — and the log gets one line saying so, with the status or Slack's reason: no stack, no
 * response_url. Nothing is thrown.
 *
 * Bolt 5's `respond()` reports a refusal as a `RespondError` carrying the HTTP status but not the
 * response's headers, so a 429's `Retry-After` cannot be read here; the pauses stand in for it.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { AllMiddlewareArgs, Logger, RespondArguments, RespondFn } from '@slack/bolt';
import { slackReason } from './slackCall.ts';

/** The pause before each retry of a response_url post, in order; tests shorten them. */
export const RESPOND_RETRY: { delaysMs: number[] } = { delaysMs: [1_000, 2_000, 4_000] };

export interface ReplyTarget {
  /** Bolt's respond() for this command or click. */
  respond: RespondFn;
  /** For the fallback; absent when a listener is called without one. */
  client?: Pick<AllMiddlewareArgs['client'], 'chat'>;
  /** Where the reply would have appeared (the command's or the click's channel) and for whom. */
  channel?: string | undefined;
  user?: string | undefined;
  logger: Logger;
  /** What the reply was for, in the log line ("/cancer-totals", "recording a vote"). */
  what: string;
}

/** The HTTP status of a failed respond() (Bolt's RespondError has it as statusCode). */
function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

const worthRetrying = (status: number | undefined): boolean => status !== undefined && (status === 429 || status >= 500);

/**
 * A `reply(message)` over `respond`: retried, then rerouted, then logged, as above. It resolves
 * with whether the message reached Slack by either way.
 */
export function reliableReply({ respond, client, channel, user, logger, what }: ReplyTarget): (message: RespondArguments) => Promise<boolean> {
  return async (message) => {
    let tries = 0;
    let failure: unknown;
    for (;;) {
      tries++;
      try {
        await respond(message);
        return true;
      } catch (error) {
        failure = error;
      }
      const pause = RESPOND_RETRY.delaysMs[tries - 1];
      if (pause === undefined || !worthRetrying(statusOf(failure))) break;
      await sleep(pause);
    }
    const status = statusOf(failure);
    const why = `could not post to the response_url (${status ? `HTTP ${status}` : slackReason(failure)}, ${tries} ${tries === 1 ? 'try' : 'tries'})`;
    const inChannel = message.response_type === 'in_channel';
    // A removal or a replacement of the original has no Web API equivalent for an ephemeral message.
    if (!client || !channel || (!inChannel && !user) || message.delete_original || message.replace_original) {
      logger.error(`${what}: ${why}; there is no other way to send it, so it is lost`);
      return false;
    }
    const method = inChannel ? 'chat.postMessage' : 'chat.postEphemeral';
    const content = { text: message.text ?? '', ...('blocks' in message && message.blocks ? { blocks: message.blocks } : {}) };
    try {
      await (inChannel ? client.chat.postMessage({ channel, ...content }) : client.chat.postEphemeral({ channel, user: user!, ...content }));
      logger.warn(`${what}: ${why}; sent it with ${method} instead`);
      return true;
    } catch (error) {
      logger.error(`${what}: ${why}, and ${method} failed too: Slack said ${slackReason(error)}; the reply is lost`);
      return false;
    }
  };
}
