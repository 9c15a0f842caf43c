/**
 * Conversations in Slack: a thread the bot answered in, and a DM, keep their last question for 24
 * hours, so that a follow-up ("och 2021?") is read with it. The state lives in the store, keyed by
 * channel and thread ("" for a DM's top level); a store fault never stops an answer, it only makes
 * the next question stand on its own.
 */
import { questionFromJson } from '../understand/followUp.ts';
import type { Question } from '../understand/question.ts';
import type { BotDeps } from './deps.ts';

/** How long a conversation is remembered after its last question. */
export const CONVERSATION_TTL_MS = 24 * 3600_000;

export interface ConversationKey {
  channel: string;
  /** The thread's ts; "" for the top level of a DM. */
  thread: string;
}

/** The conversation's last question (read, and as its JSON) and who asked the first, if it is younger than a day. */
export async function conversationAt(deps: BotDeps, key: ConversationKey): Promise<{ asker: string; previous: Question; json: string } | null> {
  try {
    const row = await deps.store.conversation(key.channel, key.thread);
    if (!row || deps.now().getTime() - row.updatedAt > CONVERSATION_TTL_MS) return null;
    const previous = questionFromJson(row.question);
    return previous ? { asker: row.asker, previous, json: row.question } : null;
  } catch (error) {
    deps.logger.warn(`could not read the conversation ${key.channel}/${key.thread}: ${(error as Error).message}`);
    return null;
  }
}

/** Keep a question already read (its JSON, as the work gives it) as the conversation's last; the asker stays whoever started it. */
export async function rememberRead(deps: BotDeps, key: ConversationKey, asker: string, read: string): Promise<void> {
  try {
    await deps.store.saveConversation(key.channel, key.thread, asker, read, deps.now().getTime());
  } catch (error) {
    deps.logger.warn(`could not keep the conversation ${key.channel}/${key.thread}: ${(error as Error).message}`);
  }
}
