/** "Dela i kanalen" on an ephemeral /cancer-ask answer: post the answer in the channel, remove the private copy. */
import { languageOf } from '../../../answer/answer.ts';
import { ACTIONS, QuestionValue, readValue } from '../../../render/actions.ts';
import { askJob, todayOf, type BotDeps } from '../../deps.ts';
import { reliableReply } from '../../respond.ts';
import { safely } from '../../safely.ts';
import type { ButtonArgs } from './types.ts';

export const SHARE_ACTION = ACTIONS.share;

export const shareAnswerListener =
  (deps: BotDeps) =>
  async ({ ack, action, body, respond, client }: ButtonArgs): Promise<void> => {
    await ack();
    const value = readValue(QuestionValue, action.value);
    if (!value) return deps.logger.warn('share_answer: a button value the bot did not write; ignored');
    const reply = reliableReply({ respond, client, channel: body.channel?.id ?? body.container?.channel_id, user: body.user.id, logger: deps.logger, what: 'sharing an answer' });
    let shared = false;
    await safely(
      deps.logger,
      'sharing an answer',
      async (message) => {
        shared = await reply({ response_type: 'in_channel', replace_original: false, ...message });
      },
      async () => (await deps.work.answer(await askJob(deps, value.q, { as: 'message', options: { sharedBy: body.user.id } }))).message!,
      { sendApology: (apology) => reply({ response_type: 'ephemeral', replace_original: false, ...apology }), language: () => languageOf(value.q, deps.corpus, todayOf(deps)) },
    );
    if (shared) await reliableReply({ respond, logger: deps.logger, what: 'share_answer: removing the private copy' })({ delete_original: true });
  };
