/** 👍/👎 under an answer: record the vote (a second vote replaces the first) and thank the user privately. */
import { ACTIONS, readValue, VoteValue } from '../../../render/actions.ts';
import { labels } from '../../../render/labels.ts';
import { plainMessage } from '../../../render/reply.ts';
import type { BotDeps } from '../../deps.ts';
import { safely } from '../../safely.ts';
import type { ButtonArgs } from './types.ts';

export const VOTE_ACTIONS = [ACTIONS.voteUp, ACTIONS.voteDown] as const;

export const feedbackListener =
  (deps: BotDeps) =>
  async ({ ack, action, body, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const value = readValue(VoteValue, action.value);
    if (!value) return deps.logger.warn('feedback: a button value the bot did not write; ignored');
    await safely(
      deps.logger,
      'recording a vote',
      (message) => respond({ response_type: 'ephemeral', replace_original: false, ...message }),
      () => {
        deps.store.recordVote({ answerKey: value.k, userId: body.user.id, vote: action.action_id === ACTIONS.voteUp ? 'up' : 'down', question: value.q });
        return plainMessage(labels(value.l).thanks);
      },
      { language: value.l },
    );
  };
