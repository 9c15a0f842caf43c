/** @bot question in a channel: the answer in that message's thread. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { BotDeps } from '../../deps.ts';
import { deliveryOf } from '../../middleware/exactlyOnce.ts';
import { answerIn, isPersonsMessage, questionIn } from './question.ts';

export const appMentionListener =
  (deps: BotDeps) =>
  async ({ event, body, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    // Mentions in a DM arrive as message.im too; that listener answers them.
    if (!isPersonsMessage(event) || event.channel.startsWith('D')) return;
    // The answer's thread is a conversation: a mention there later, or a reply from the asker, follows up.
    const thread = event.thread_ts ?? event.ts;
    await answerIn(deps, client, event.channel, thread, questionIn(event.text, context.botUserId), event.ts, { key: { channel: event.channel, thread }, asker: event.user! }, deliveryOf(body, context));
  };
