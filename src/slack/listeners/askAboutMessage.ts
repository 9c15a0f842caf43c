/**
 * The message shortcut "Fråga boten om detta" / "Ask the bot about this" (`ask_about_message`): the
 * bot answers the text of the message it was used on — in that message's thread when the bot is in
 * the channel, so everyone there sees it; otherwise privately to the person who clicked, with a
 * button to share it. Acknowledged at once; the answer follows.
 */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { plainMessage } from '../../render/reply.ts';
import { roughLanguage } from '../../text/roughLanguage.ts';
import { channelKindOf, noteOutcome } from '../curation.ts';
import { askJob, type BotDeps } from '../deps.ts';
import { reliableReply } from '../respond.ts';
import { safely } from '../safely.ts';
import { answerIn, questionIn } from './events/question.ts';

export const ASK_ABOUT_MESSAGE = 'ask_about_message';

/** Whether the bot is a member of the channel (and so may post in its threads); false when Slack will not say. */
async function isMember(client: AllMiddlewareArgs['client'], channel: string): Promise<boolean> {
  try {
    const info = await client.conversations.info({ channel });
    return info.channel?.is_member === true;
  } catch {
    return false;
  }
}

export const askAboutMessageListener =
  (deps: BotDeps) =>
  async ({ ack, shortcut, client, respond, context }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const question = questionIn(shortcut.message.text ?? '', context.botUserId);
    const channel = shortcut.channel.id;
    const send = reliableReply({ respond, client, channel, user: shortcut.user.id, logger: deps.logger, what: 'ask about this message' });
    if (!question) {
      await send({ response_type: 'ephemeral', ...plainMessage('Det meddelandet har ingen text att svara på. / That message has no text to answer.') });
      return;
    }
    const thread = shortcut.message.thread_ts ?? shortcut.message.ts;
    if (await isMember(client, channel)) {
      await answerIn(deps, client, channel, thread, question, undefined, { key: { channel, thread }, asker: shortcut.user.id });
      return;
    }
    await safely(
      deps.logger,
      'ask about this message',
      (message) => send({ response_type: 'ephemeral', ...message }),
      async () => {
        const done = await deps.work.answer(await askJob(deps, question, { as: 'message', options: { share: true, showQuestion: true } }));
        await noteOutcome(deps, done.answer, channelKindOf(channel));
        return done.message!;
      },
      { language: () => roughLanguage(question) },
    );
  };
