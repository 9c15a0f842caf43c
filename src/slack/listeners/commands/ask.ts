/**
 * /cancer-ask <fråga>: the answer, visible to the asker, with a button to share it in the channel.
 * It is answered (off the event loop) with the phrases admins taught, and a question it could not
 * answer is noted for the curators.
 */
import { ASK_USAGE } from '../../../commands/ask.ts';
import { replyMessage } from '../../../render/reply.ts';
import { askJob, type BotDeps } from '../../deps.ts';
import { channelKindOf, noteOutcome } from '../../curation.ts';
import { replyingListener } from './command.ts';

export const askListener = (deps: BotDeps) =>
  replyingListener(deps, async (command) => {
    const question = (command.text ?? '').trim();
    if (!question) return replyMessage({ ok: false, text: ASK_USAGE, facts: [] }, deps.corpus);
    const done = await deps.work.answer(await askJob(deps, question, { as: 'message', options: { share: true, showQuestion: true } }));
    await noteOutcome(deps, done.answer, channelKindOf(command.channel_id));
    return done.message!;
  });
