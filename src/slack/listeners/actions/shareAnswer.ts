/** "Dela i kanalen" on an ephemeral /cancer-ask answer: post the answer in the channel, remove the private copy. */
import { languageOf } from '../../../answer/answer.ts';
import { ACTIONS, QuestionValue, readValue } from '../../../render/actions.ts';
import { answerMessage } from '../../../render/answer.ts';
import { taughtOf } from '../../curation.ts';
import { todayOf, type BotDeps } from '../../deps.ts';
import { safely } from '../../safely.ts';
import type { ButtonArgs } from './types.ts';

export const SHARE_ACTION = ACTIONS.share;

export const shareAnswerListener =
  (deps: BotDeps) =>
  async ({ ack, action, body, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const value = readValue(QuestionValue, action.value);
    if (!value) return deps.logger.warn('share_answer: a button value the bot did not write; ignored');
    let shared = false;
    await safely(
      deps.logger,
      'sharing an answer',
      async (message) => {
        await respond({ response_type: 'in_channel', replace_original: false, ...message });
        shared = true;
      },
      () => answerMessage(deps.answer(value.q, { corpus: deps.corpus, today: todayOf(deps), taught: taughtOf(deps) }), deps.corpus, { sharedBy: body.user.id }),
      { sendApology: (apology) => respond({ response_type: 'ephemeral', replace_original: false, ...apology }), language: languageOf(value.q, deps.corpus, todayOf(deps)) },
    );
    if (shared) await respond({ delete_original: true }).catch((error) => deps.logger.warn('share_answer: could not remove the private copy:', error));
  };
