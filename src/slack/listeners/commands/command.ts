/**
 * A slash command listener over a pure command handler: acknowledge at once, run the handler,
 * answer through the command's response_url, visible only to the user who typed it.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { CommandHandler, CommandReply } from '../../../commands/types.ts';
import type { AnswerMessageOptions, SlackMessage } from '../../../render/answer.ts';
import { replyMessage } from '../../../render/reply.ts';
import { commandContext, type BotDeps } from '../../deps.ts';
import { reliableReply } from '../../respond.ts';
import { safely } from '../../safely.ts';

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/**
 * @param afterReply runs on the handler's reply before it is rendered (e.g. noting it for the
 * curators); it must not throw.
 */
export const commandListener = (handler: CommandHandler, deps: BotDeps, options: AnswerMessageOptions = {}, afterReply?: (reply: CommandReply, command: CommandArgs['command']) => void) =>
  replyingListener(deps, async (command) => {
    const reply = await handler(command.text ?? '', await commandContext(deps, command.user_id, command.channel_id, command.user_name));
    afterReply?.(reply, command);
    return replyMessage(reply, deps.corpus, options);
  });

/**
 * A slash command whose reply is built by `build` (which may wait for the work pool): acknowledged
 * first, then answered privately through the response_url, an apology when `build` fails.
 */
export const replyingListener =
  (deps: BotDeps, build: (command: CommandArgs['command']) => SlackMessage | Promise<SlackMessage>) =>
  async ({ ack, command, respond, client }: CommandArgs): Promise<void> => {
    await ack();
    const send = reliableReply({ respond, client, channel: command.channel_id, user: command.user_id, logger: deps.logger, what: command.command });
    await safely(deps.logger, command.command, (message) => send({ response_type: 'ephemeral', ...message }), () => build(command));
  };
