/**
 * The 👍/👎 under an answer. Where Slack's own feedback buttons are offered (answers in threads, in
 * DMs and in the side panel) they are Slack's `feedback_buttons` in a `context_actions` block;
 * elsewhere — and whenever Slack refuses that block — two plain buttons. Both say in words what
 * they mean beside the emoji, with an accessibility label for screen readers, and carry the same
 * vote value (which answer, its question, language and intent).
 */
import type { types } from '@slack/bolt';
import type { Language } from '../answer/types.ts';
import { ACTIONS, readValue, VoteValue, writeValue } from './actions.ts';
import { labels } from './labels.ts';
import type { Block, SlackMessage } from './answer.ts';

/** The two plain buttons. */
export function voteButtons(vote: string, language: Language): types.Button[] {
  const l = labels(language);
  return [
    { type: 'button', action_id: ACTIONS.voteUp, text: { type: 'plain_text', text: l.helpful, emoji: true }, value: vote, accessibility_label: l.helpfulLabel },
    { type: 'button', action_id: ACTIONS.voteDown, text: { type: 'plain_text', text: l.notHelpful, emoji: true }, value: vote, accessibility_label: l.notHelpfulLabel },
  ];
}

/** Slack's feedback buttons: the same vote, each button's value saying which way. */
export function feedbackBlock(vote: string, language: Language): Block | null {
  const value = readValue(VoteValue, vote);
  const up = value && writeValue({ ...value, d: 'up' });
  const down = value && writeValue({ ...value, d: 'down' });
  if (!up || !down) return null;
  const l = labels(language);
  return {
    type: 'context_actions',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: ACTIONS.feedback,
        positive_button: { text: { type: 'plain_text', text: l.helpful, emoji: true }, value: up, accessibility_label: l.helpfulLabel },
        negative_button: { text: { type: 'plain_text', text: l.notHelpful, emoji: true }, value: down, accessibility_label: l.notHelpfulLabel },
      },
    ],
  };
}

/**
 * The message with plain vote buttons instead of Slack's feedback block (where Slack refused the
 * block): appended to its last row of buttons, or as a row of their own. Null when it has none.
 */
export function withPlainVotes(message: SlackMessage): SlackMessage | null {
  const at = message.blocks.findIndex((b) => b.type === 'context_actions');
  if (at < 0) return null;
  const element = (message.blocks[at] as types.ContextActionsBlock).elements[0] as types.FeedbackButtons | undefined;
  const value = element && readValue(VoteValue, element.positive_button.value);
  if (!value) return { ...message, blocks: message.blocks.filter((_, i) => i !== at) };
  const { d: _way, ...vote } = value;
  const buttons = voteButtons(writeValue(vote)!, value.l);
  const blocks = message.blocks.filter((_, i) => i !== at);
  const row = blocks.findLastIndex((b) => b.type === 'actions');
  if (row >= 0 && (blocks[row] as types.ActionsBlock).elements.length + 2 <= 25) {
    const actions = blocks[row] as types.ActionsBlock;
    blocks[row] = { ...actions, elements: [...actions.elements, ...buttons] };
  } else blocks.push({ type: 'actions', elements: buttons });
  return { ...message, blocks };
}
