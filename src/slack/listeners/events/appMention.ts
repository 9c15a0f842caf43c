/** @bot question in a channel: the answer in that message's thread. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { BotDeps } from '../../deps.ts';
import { answerIn, isPersonsMessage, questionIn } from './question.ts';

export const appMentionListener =
  (deps: BotDeps) =>
  async ({ event, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    // Mentions in a DM arrive as message.im too; that listener answers them.
    if (!isPersonsMessage(event) || event.channel.startsWith('D')) return;
    await answerIn(deps, client, event.channel, event.thread_ts ?? event.ts, questionIn(event.text, context.botUserId), event.ts);
  };
