/**
 * /cancer-digest on [HH:MM] | off | status | preview: the digest handler (issue 5), rendered.
 * Before `on`, Slack is asked whether the bot can post in the channel (conversations.info), so
 * the handler can refuse a channel the bot is not in. Acknowledged first: the check is a Web API
 * call, and Slack wants the acknowledgement within 3 seconds.
 */
import { digestCommandFor, turnsDigestOn } from '../../../commands/digest.ts';
import { checkChannelAccess } from '../../../digest/channelAccess.ts';
import { replyMessage } from '../../../render/reply.ts';
import { commandContext, type BotDeps } from '../../deps.ts';
import { reliableReply } from '../../respond.ts';
import { safely } from '../../safely.ts';
import type { CommandArgs } from './command.ts';

export const digestListener =
  (deps: BotDeps) =>
  async ({ ack, command, respond, client }: CommandArgs): Promise<void> => {
    await ack();
    const send = reliableReply({ respond, client, channel: command.channel_id, user: command.user_id, logger: deps.logger, what: command.command });
    const text = command.text ?? '';
    await safely(
      deps.logger,
      command.command,
      (message) => send({ response_type: 'ephemeral', ...message }),
      async () => {
        const access = turnsDigestOn(text) ? await checkChannelAccess(client, command.channel_id) : null;
        const reply = await digestCommandFor(access)(text, await commandContext(deps, command.user_id, command.channel_id, command.user_name));
        return replyMessage(reply, deps.corpus);
      },
    );
  };
