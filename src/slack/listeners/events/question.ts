/** What mentions and DMs share: which messages are questions, and answering one in a conversation. */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { languageOf } from '../../../answer/answer.ts';
import { answerMessage } from '../../../render/answer.ts';
import { todayOf, type BotDeps } from '../../deps.ts';
import { safely } from '../../safely.ts';

/**
 * Subtypes of a message a person wrote as a new question: a thread reply also sent to the channel,
 * and a message with a file attached (answered for its text). Edits are read on their own (see
 * messageChanged.ts); joins, bots' messages and every other subtype are no question.
 */
const QUESTION_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

/** A message a person wrote: not from a bot (this one included), not an edit, and a plain message or one of QUESTION_SUBTYPES. */
export function isPersonsMessage(event: { subtype?: string; bot_id?: string; edited?: unknown; user?: string; text?: string | null }): boolean {
  if (event.subtype && !QUESTION_SUBTYPES.has(event.subtype)) return false;
  if (event.subtype === 'file_share' && !event.text?.trim()) return false;
  return !event.bot_id && !event.edited && typeof event.user === 'string';
}

/** The question in a message: its text without mentions of this bot. */
export function questionIn(text: string | null | undefined, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/;
  return (text ?? '').replace(own, ' ').replace(/\s+/g, ' ').trim();
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
