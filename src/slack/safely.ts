/**
 * Runs a listener's work so that a failure reaches the user as a short apology with an error id,
 * and the log as the full error with the same id. The bot keeps serving either way; when Slack
 * itself cannot be reached (after the client's retries), the error is logged and dropped.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import type { Language } from '../answer/types.ts';
import type { SlackMessage } from '../render/answer.ts';
import { plainMessage } from '../render/reply.ts';
import { slackReason } from './slackCall.ts';
import { WorkBusy } from '../work/work.ts';

/** A short id to quote in the apology and find in the log. */
export const newErrorId = (): string => randomBytes(4).toString('hex');

/** The apology a user sees, in the language they wrote in. */
export const apology = (errorId: string, language: Language = 'sv'): SlackMessage =>
  plainMessage(
    language === 'en'
      ? `Sorry, something went wrong while I was answering. Please try again in a moment. (Error id: ${errorId})`
      : `Förlåt, något gick fel när jag skulle svara. Försök igen om en stund. (Fel-id: ${errorId})`,
  );

export interface SafelyOptions {
  /** Where the apology goes (default: where the message would have gone). */
  sendApology?: (message: SlackMessage) => Promise<unknown>;
  /** The language of the apology (default Swedish), or how to find it (asked only when there is an apology to write). */
  language?: Language | (() => Language);
}

/**
 * Build a message with `work` and send it with `send`; when `work` fails, send an apology
 * instead (through `options.sendApology`, default `send`).
 */
export async function safely(
  logger: Logger,
  what: string,
  send: (message: SlackMessage) => Promise<unknown>,
  work: () => SlackMessage | Promise<SlackMessage>,
  { sendApology = send, language = 'sv' }: SafelyOptions = {},
): Promise<void> {
  let message: SlackMessage;
  let deliver = send;
  try {
    message = await work();
  } catch (error) {
    if (error instanceof WorkBusy) return deliverBusy(logger, what, sendApology, error.language);
    const id = newErrorId();
    logger.error(`[error ${id}] ${what} failed:`, error);
    message = apology(id, typeof language === 'function' ? language() : language);
    deliver = sendApology;
  }
  // Posting is the main thread's heaviest part of an answer: it waits for the requests that came
  // meanwhile to be acknowledged first (they are read before the check phase, where this goes on).
  await new Promise((resolve) => setImmediate(resolve));
  try {
    await deliver(message);
  } catch (error) {
    const id = newErrorId();
    // Slack's answer is the cause, not our code: its reason, in one line.
    logger.error(`[error ${id}] ${what}: could not send the reply to Slack; giving up: Slack said ${slackReason(error)}`);
  }
}

/** What a user reads when every thread is busy and the queue in front of them is full. */
export const busyMessage = (language: Language = 'sv'): SlackMessage =>
  plainMessage(language === 'en' ? 'Many questions right now: please try again in a moment.' : 'Många frågor just nu: försök igen om en stund.');

/** The bot is too busy to take the work: the user is told so, where the reply would have gone (the pool logged the queue). */
async function deliverBusy(logger: Logger, what: string, send: (message: SlackMessage) => Promise<unknown>, language: Language): Promise<void> {
  try {
    await send(busyMessage(language));
  } catch (error) {
    logger.error(`${what}: could not tell the user the bot is busy: Slack said ${slackReason(error)}`);
  }
}
