/** "Visa källa": a modal with the cited passage and the lines around it. */
import { ACTIONS, readValue, SourceValue } from '../../../render/actions.ts';
import { sourceModal } from '../../../render/modals.ts';
import type { BotDeps } from '../../deps.ts';
import { slackCall } from '../../slackCall.ts';
import { type ButtonArgs, tellPrivately } from './types.ts';

export const SHOW_SOURCE_ACTION = ACTIONS.showSource;

export const showSourceListener =
  (deps: BotDeps) =>
  async ({ ack, action, body, client }: ButtonArgs): Promise<void> => {
    await ack();
    const value = readValue(SourceValue, action.value);
    if (!value) return deps.logger.warn('show_source: a button value the bot did not write; ignored');
    const fact = deps.corpus.facts.find((f) => f.id === value.f);
    await slackCall(() => client.views.open({ trigger_id: body.trigger_id, view: sourceModal(fact, deps.corpus, value.l) }), {
      logger: deps.logger,
      what: 'opening the source modal',
      tell: tellPrivately(client, body),
      language: value.l,
    });
  };
