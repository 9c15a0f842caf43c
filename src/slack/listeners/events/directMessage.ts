/** A direct message to the bot: the answer in the DM (in the thread, when asked in one). */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { BotDeps } from '../../deps.ts';
import { answerIn, isPersonsMessage, questionIn } from './question.ts';

export const directMessageListener =
  (deps: BotDeps) =>
  async ({ event, client, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    if (event.channel_type !== 'im' || !isPersonsMessage(event as { subtype?: string })) return;
    const message = event as { text?: string; thread_ts?: string };
    await answerIn(deps, client, event.channel, message.thread_ts, questionIn(message.text ?? '', context.botUserId));
  };
