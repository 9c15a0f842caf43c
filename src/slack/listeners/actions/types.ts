import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';

/** What a button click's listener gets. */
export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** A private message to whoever clicked, where they clicked (an ephemeral in that channel); none outside a channel. */
export function tellPrivately(client: ButtonArgs['client'], body: ButtonArgs['body']): ((text: string) => Promise<unknown>) | undefined {
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (!channel) return undefined;
  return (text) => client.chat.postEphemeral({ channel, user: body.user.id, text });
}
