/** `/cancer-ask <fråga>`: one question to the answering core, as a command reply. */
import { answer } from '../answer/answer.ts';
import type { TaughtPhrase } from '../answer/types.ts';
import type { Store } from '../store/types.ts';
import type { CommandHandler } from './types.ts';

export const ASK_USAGE = 'Använd: /cancer-ask <fråga>, till exempel /cancer-ask Hur mycket gick till barncancer 2024?';

/** The taught phrases in the store; none when it cannot say, since answering goes first. */
async function storedTaught(store: Store): Promise<readonly TaughtPhrase[]> {
  try {
    return await store.taughtPhrases();
  } catch {
    return [];
  }
}

export const askCommand: CommandHandler = async (text, { corpus, today, store, taught }) => {
  const question = text.trim();
  if (!question) return { ok: false, text: ASK_USAGE, facts: [] };
  const reply = answer(question, { corpus, today, taught: taught ?? (await storedTaught(store)) });
  return { ok: true, text: reply.text, answer: reply, facts: reply.facts };
};
