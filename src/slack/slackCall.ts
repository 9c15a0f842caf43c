/**
 * A Web API call a listener makes (views.open, views.publish, chat.*): when Slack refuses it, the
 * user gets a short private message where one can reach them, and the log one line with Slack's
 * reason — no stack trace, since the cause is Slack's answer, not our code.
 */
import type { Logger } from '@slack/bolt';
import type { Language } from '../answer/types.ts';
import { classifySlackError } from '../digest/slackErrors.ts';

/** Slack's reason for a failed call ("expired_trigger_id", "not_in_channel"), or a short description of another error. */
export function slackReason(error: unknown): string {
  const reason = classifySlackError(error).error;
  if (reason !== 'unknown_error') return reason;
  return (error as { message?: string } | null)?.message?.split('\n')[0]?.slice(0, 200) ?? reason;
}

/** What the user reads when a modal could not be opened or a message not be sent. */
export function failureText(reason: string, language: Language): string {
  if (reason === 'expired_trigger_id' || reason === 'exchanged_trigger_id') {
    return language === 'en' ? 'That took too long for Slack to open the window. Please click the button again.' : 'Det tog för lång tid för Slack att öppna fönstret. Klicka på knappen igen.';
  }
  return language === 'en'
    ? `Slack did not accept what I tried to show you (${reason}). Please try again in a moment.`
    : `Slack tog inte emot det jag försökte visa dig (${reason}). Försök igen om en stund.`;
}

export interface CallOptions {
  logger: Logger;
  /** What the call was for, in the log line ("opening the source modal"). */
  what: string;
  /** Tell the user privately (e.g. chat.postEphemeral, or respond to a response_url); absent when no way exists. */
  tell?: (text: string) => Promise<unknown>;
  language?: Language;
}

/** Run one Web API call; a failure is reported, never thrown. Resolves with whether the call went through. */
export async function slackCall(call: () => Promise<unknown>, { logger, what, tell, language = 'sv' }: CallOptions): Promise<boolean> {
  try {
    await call();
    return true;
  } catch (error) {
    const reason = slackReason(error);
    logger.warn(`${what} failed: Slack said ${reason}`);
    if (tell) {
      try {
        await tell(failureText(reason, language));
      } catch (again) {
        logger.warn(`${what}: could not tell the user either: Slack said ${slackReason(again)}`);
      }
    }
    return false;
  }
}
