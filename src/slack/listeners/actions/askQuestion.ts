/**
 * A question asked by a button: a Home tab example, or "Visa budgetraderna 2024" under a total.
 * From the Home tab the answer comes in the user's messages with the bot; under a message, in
 * that message's thread; under a private (ephemeral) answer, privately again.
 */
import { languageOf } from '../../../answer/answer.ts';
import { QuestionValue, readValue } from '../../../render/actions.ts';
import type { SlackMessage } from '../../../render/answer.ts';
import { askJob, todayOf, type BotDeps } from '../../deps.ts';
import { reliableReply } from '../../respond.ts';
import { safely } from '../../safely.ts';
import type { ButtonArgs } from './types.ts';

export const askQuestionListener =
  (deps: BotDeps) =>
  async ({ ack, action, body, client, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const value = readValue(QuestionValue, action.value);
    if (!value) return deps.logger.warn('ask_question: a button value the bot did not write; ignored');
    const today = todayOf(deps);
    const reply = reliableReply({ respond, client, channel: body.channel?.id ?? body.container?.channel_id, user: body.user.id, logger: deps.logger, what: 'answering a question asked by a button' });
    const message = body.message as { ts?: string; thread_ts?: string } | undefined;
    const channel = body.channel?.id;
    const send =
      body.container?.type === 'view' || !channel
        ? (m: SlackMessage) => client.chat.postMessage({ channel: body.user.id, ...m }) // the Home tab: the app's DM
        : message?.ts
          ? (m: SlackMessage) => client.chat.postMessage({ channel, thread_ts: message.thread_ts ?? message.ts, ...m })
          : (m: SlackMessage) => reply({ response_type: 'ephemeral', replace_original: false, ...m });
    await safely(deps.logger, 'answering a question asked by a button', send, async () => (await deps.work.answer(await askJob(deps, value.q, { as: 'message', options: { showQuestion: true } }))).message!, {
      language: () => languageOf(value.q, deps.corpus, today),
    });
  };
