/**
 * /cancer-ask <fråga>: the answer, visible to the asker, with a button to share it in the channel.
 * It is answered with the phrases admins taught, and a question it could not answer is noted for
 * the curators.
 */
import { askCommand } from '../../../commands/ask.ts';
import type { BotDeps } from '../../deps.ts';
import { channelKindOf, noteOutcome, taughtOf } from '../../curation.ts';
import { commandListener } from './command.ts';

export const askListener = (deps: BotDeps) =>
  commandListener((text, ctx) => askCommand(text, { ...ctx, taught: taughtOf(deps) }), deps, { share: true, showQuestion: true }, (reply, command) => {
    if (reply.answer) noteOutcome(deps, reply.answer, channelKindOf(command.channel_id));
  });
