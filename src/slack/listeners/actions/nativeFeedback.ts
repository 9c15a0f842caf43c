/**
 * Slack's own feedback buttons under an answer (render/feedback.ts). 👍 is recorded and thanked for
 * privately, as the plain buttons are; 👎 is recorded and opens a modal asking what was wrong
 * (optional). Sent, its words are kept with the curators' note of the 👎; closed, the note is kept
 * without them. No user id goes into the note. A modal that cannot open (an expired trigger) leaves
 * the note without words.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs, ViewClosedAction, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { Language } from '../../../answer/types.ts';
import { readValue, VoteValue, writeValue } from '../../../render/actions.ts';
import { labels } from '../../../render/labels.ts';
import { feedbackModal, thanksModal } from '../../../render/modals.ts';
import { plainMessage } from '../../../render/reply.ts';
import { channelKindOf, noteDownvote } from '../../curation.ts';
import type { BotDeps } from '../../deps.ts';
import { reliableReply } from '../../respond.ts';
import { safely } from '../../safely.ts';
import { slackReason } from '../../slackCall.ts';
import type { ChannelKind } from '../../../store/types.ts';

type FeedbackArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** What the modal carries to its submission: the 👎's record, without who gave it. */
const Pending = z.object({ q: z.string(), l: Language, i: z.string(), c: z.enum(['dm', 'channel']) });
type Pending = z.infer<typeof Pending>;

const note = (deps: BotDeps, p: Pending, comment?: string) =>
  noteDownvote(deps, { question: p.q, language: p.l, intent: p.i, channelKind: p.c, ...(comment?.trim() ? { comment: comment.trim() } : {}) });

export const nativeFeedbackListener =
  (deps: BotDeps) =>
  async ({ ack, action, body, respond, client }: FeedbackArgs): Promise<void> => {
    await ack();
    const value = readValue(VoteValue, (action as { value?: string }).value);
    if (!value?.d) return deps.logger.warn('feedback: a feedback value the bot did not write; ignored');
    const channel = body.channel?.id ?? body.container?.channel_id;
    const reply = reliableReply({ respond, client, channel, user: body.user.id, logger: deps.logger, what: 'recording a vote' });
    // A 👎 whose modal opened is answered by the modal; anything else by a private line (or the apology).
    let opened = false;
    await safely(
      deps.logger,
      'recording a vote',
      async (message) => (opened ? undefined : reply({ response_type: 'ephemeral', replace_original: false, ...message })),
      async () => {
        await deps.store.recordVote({ answerKey: value.k, userId: body.user.id, vote: value.d!, question: value.q });
        if (value.d === 'down') {
          const pending: Pending = { q: value.q.slice(0, 1500), l: value.l, i: value.i ?? 'unknown', c: channelKindOf(channel) as ChannelKind };
          try {
            await client.views.open({ trigger_id: body.trigger_id, view: feedbackModal(value.l, writeValue(pending) ?? JSON.stringify({ ...pending, q: pending.q.slice(0, 500) })) });
            opened = true;
          } catch (error) {
            deps.logger.warn(`feedback: the "what was wrong?" modal did not open (${slackReason(error)}); the 👎 is noted without it`);
            await note(deps, pending);
          }
        }
        return plainMessage(labels(value.l).thanks);
      },
      { language: value.l },
    );
  };

export const feedbackSubmittedListener =
  (deps: BotDeps) =>
  async ({ ack, view }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const pending = readValue(Pending, view.private_metadata);
    const said = view.state.values.what?.text?.value ?? undefined;
    await ack(pending ? { response_action: 'update', view: thanksModal(pending.l) } : undefined);
    if (!pending) return deps.logger.warn('feedback: a modal the bot did not write was sent; ignored');
    await note(deps, pending, said);
  };

export const feedbackClosedListener =
  (deps: BotDeps) =>
  async ({ ack, view }: SlackViewMiddlewareArgs<ViewClosedAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const pending = readValue(Pending, view.private_metadata);
    if (pending) await note(deps, pending);
  };
