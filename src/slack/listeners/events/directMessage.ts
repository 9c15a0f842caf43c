/** A direct message to the bot: the answer in the DM (in the thread, when asked in one); an edited question updates its answer. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { BotDeps } from '../../deps.ts';
import { deliveryOf } from '../../middleware/exactlyOnce.ts';
import { answerEdited, answerIn, type EditedMessage, isPersonsMessage, questionIn } from './question.ts';

export const directMessageListener =
  (deps: BotDeps) =>
  async ({ event, body, client, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    if (event.channel_type !== 'im') return;
    if ((event as { subtype?: string }).subtype === 'message_changed') return answerEdited(deps, client, event as unknown as EditedMessage, context.botUserId);
    if (!isPersonsMessage(event as { subtype?: string })) return;
    const message = event as { text?: string; thread_ts?: string; ts: string };
    // A DM is one conversation at its top level, and one per thread.
    const user = (event as { user: string }).user;
    await answerIn(deps, client, event.channel, message.thread_ts, questionIn(message.text ?? '', context.botUserId), message.ts, { key: { channel: event.channel, thread: message.thread_ts ?? '' }, asker: user }, deliveryOf(body, context));
  };
