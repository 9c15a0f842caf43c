/**
 * Messages in channels the bot is in (message.channels, message.groups), without a mention:
 *  - in a thread the bot answered, a reply from the person who asked is a follow-up and answered;
 *    other people's replies are people talking to each other, and need a mention;
 *  - in an answer channel (`/cancer-admin channel auto on`), a top-level message that asks
 *    something is answered in its thread — but only when the sources hold an answer, so that a
 *    colleague's chat gets no "I don't understand".
 * Mentions are the app_mention listener's; bots, the bot itself and edits are nobody's question.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { BotDeps } from '../../deps.ts';
import { deliveryOf } from '../../middleware/exactlyOnce.ts';
import { conversationAt } from '../../conversations.ts';
import { answerIn, asksSomething, isPersonsMessage, questionIn } from './question.ts';

interface ChannelMessage {
  channel: string;
  channel_type?: string;
  user?: string;
  text?: string | null;
  ts: string;
  thread_ts?: string;
  subtype?: string;
  bot_id?: string;
}

export const channelMessageListener =
  (deps: BotDeps) =>
  async ({ event, body, client, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const m = event as unknown as ChannelMessage;
    if (m.channel_type !== 'channel' && m.channel_type !== 'group') return;
    if (!isPersonsMessage(m) || !m.user) return;
    const text = m.text ?? '';
    if (context.botUserId && text.includes(`<@${context.botUserId}`)) return; // answered as a mention
    if (m.thread_ts && m.thread_ts !== m.ts) {
      const key = { channel: m.channel, thread: m.thread_ts };
      const conversation = await conversationAt(deps, key);
      if (!conversation || conversation.asker !== m.user) return;
      await answerIn(deps, client, m.channel, m.thread_ts, questionIn(text, context.botUserId), m.ts, { key, asker: conversation.asker }, deliveryOf(body, context));
      return;
    }
    if (!asksSomething(text) || !(await isAnswerChannel(deps, m.channel))) return;
    await answerIn(deps, client, m.channel, m.ts, questionIn(text, context.botUserId), m.ts, { key: { channel: m.channel, thread: m.ts }, asker: m.user, quiet: true }, deliveryOf(body, context));
  };

async function isAnswerChannel(deps: BotDeps, channel: string): Promise<boolean> {
  try {
    return (await deps.store.answerChannel(channel)) !== null;
  } catch (error) {
    deps.logger.warn(`could not read whether ${channel} is an answer channel: ${(error as Error).message}`);
    return false;
  }
}
