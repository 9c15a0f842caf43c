/** "Visa alla (N)": the answer's full grouped list in a modal. */
import { ACTIONS, QuestionValue, readValue } from '../../../render/actions.ts';
import { fullListModal } from '../../../render/modals.ts';
import { taughtOf } from '../../curation.ts';
import { todayOf, type BotDeps } from '../../deps.ts';
import { slackCall } from '../../slackCall.ts';
import { type ButtonArgs, tellPrivately } from './types.ts';

export const SHOW_MORE_ACTION = ACTIONS.showMore;

export const showMoreListener =
  (deps: BotDeps) =>
  async ({ ack, action, body, client }: ButtonArgs): Promise<void> => {
    await ack();
    const value = readValue(QuestionValue, action.value);
    if (!value) return deps.logger.warn('show_more: a button value the bot did not write; ignored');
    const answer = deps.answer(value.q, { corpus: deps.corpus, today: todayOf(deps), taught: taughtOf(deps) });
    await slackCall(() => client.views.open({ trigger_id: body.trigger_id, view: fullListModal(answer, deps.corpus) }), {
      logger: deps.logger,
      what: 'opening the full list',
      tell: tellPrivately(client, body),
      language: answer.language,
    });
  };
