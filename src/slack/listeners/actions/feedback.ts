/**
 * 👍/👎 under an answer: record the vote (a second vote replaces the first) and thank the user
 * privately. A 👎 is also noted for the curators, with its question but not who gave it.
 */
import { ACTIONS, readValue, VoteValue } from '../../../render/actions.ts';
import { labels } from '../../../render/labels.ts';
import { plainMessage } from '../../../render/reply.ts';
import { channelKindOf, noteDownvote } from '../../curation.ts';
import { askJob, type BotDeps } from '../../deps.ts';
import { reliableReply } from '../../respond.ts';
import { safely } from '../../safely.ts';
import type { ButtonArgs } from './types.ts';

export const VOTE_ACTIONS = [ACTIONS.voteUp, ACTIONS.voteDown] as const;

export const feedbackListener =
  (deps: BotDeps) =>
  async ({ ack, action, body, respond, client }: ButtonArgs): Promise<void> => {
    await ack();
    const value = readValue(VoteValue, action.value);
    if (!value) return deps.logger.warn('feedback: a button value the bot did not write; ignored');
    const reply = reliableReply({ respond, client, channel: body.channel?.id ?? body.container?.channel_id, user: body.user.id, logger: deps.logger, what: 'recording a vote' });
    await safely(
      deps.logger,
      'recording a vote',
      (message) => reply({ response_type: 'ephemeral', replace_original: false, ...message }),
      async () => {
        const vote = action.action_id === ACTIONS.voteUp ? 'up' : 'down';
        await deps.store.recordVote({ answerKey: value.k, userId: body.user.id, vote, question: value.q });
        if (vote === 'down') await noteDownvote(deps, { question: value.q, language: value.l, intent: await intentOf(deps, value.q, value.i), channelKind: channelKindOf(body.channel?.id ?? body.container?.channel_id) });
        return plainMessage(labels(value.l).thanks);
      },
      { language: value.l },
    );
  };

/** The intent of the answer voted on: from the button, or (older buttons) by answering again, as the core is pure. */
async function intentOf(deps: BotDeps, question: string, intent: string | undefined): Promise<string> {
  if (intent) return intent;
  try {
    return (await deps.work.answer(await askJob(deps, question, { as: 'none' }))).answer.intent;
  } catch {
    return 'unknown';
  }
}
