/** "Visa alla (N)": the answer's full grouped list in a modal. */
import { ACTIONS, QuestionValue, readValue } from '../../../render/actions.ts';
import type { Answered } from '../../../work/jobs.ts';
import { askJob, type BotDeps } from '../../deps.ts';
import { slackCall } from '../../slackCall.ts';
import { type ButtonArgs, tellPrivately } from './types.ts';

export const SHOW_MORE_ACTION = ACTIONS.showMore;

export const showMoreListener =
  (deps: BotDeps) =>
  async ({ ack, action, body, client }: ButtonArgs): Promise<void> => {
    await ack();
    const value = readValue(QuestionValue, action.value);
    if (!value) return deps.logger.warn('show_more: a button value the bot did not write; ignored');
    let done: Answered;
    try {
      done = await deps.work.answer(await askJob(deps, value.q, { as: 'fullList' }));
    } catch (error) {
      return deps.logger.error('show_more: answering for the full list failed:', error);
    }
    await slackCall(() => client.views.open({ trigger_id: body.trigger_id, view: done.view! }), {
      logger: deps.logger,
      what: 'opening the full list',
      tell: tellPrivately(client, body),
      language: done.answer.language,
    });
  };
