/** What mentions and DMs share: which messages are questions, and answering one in a conversation. */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { languageOf } from '../../../answer/answer.ts';
import { answerMessage } from '../../../render/answer.ts';
import { todayOf, type BotDeps } from '../../deps.ts';
import { safely } from '../../safely.ts';

/** A message a person wrote: not from a bot (this one included), not an edit or any other subtype. */
export function isPersonsMessage(event: { subtype?: string; bot_id?: string; edited?: unknown; user?: string }): boolean {
  return !event.subtype && !event.bot_id && !event.edited && typeof event.user === 'string';
}

/** The question in a message: its text without mentions of this bot. */
export function questionIn(text: string, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/;
  return text.replace(own, ' ').replace(/\s+/g, ' ').trim();
}

/** Answer `question` in `channel` (in `threadTs`'s thread when given). An empty question gets the help. */
export async function answerIn(deps: BotDeps, client: AllMiddlewareArgs['client'], channel: string, threadTs: string | undefined, question: string): Promise<void> {
  await safely(
    deps.logger,
    'answering a message',
    (message) => client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), ...message }),
    () => answerMessage(deps.answer(question || 'hjälp', { corpus: deps.corpus, today: todayOf(deps) }), deps.corpus),
    { language: languageOf(question, deps.corpus, todayOf(deps)) },
  );
}
