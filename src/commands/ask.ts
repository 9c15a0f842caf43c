/** `/cancer-ask <fråga>`: one question to the answering core, as a command reply. */
import { answer } from '../answer/answer.ts';
import type { CommandHandler } from './types.ts';

export const ASK_USAGE = 'Använd: /cancer-ask <fråga>, till exempel /cancer-ask Hur mycket gick till barncancer 2024?';

export const askCommand: CommandHandler = (text, { corpus, today }) => {
  const question = text.trim();
  if (!question) return { ok: false, text: ASK_USAGE, facts: [] };
  const reply = answer(question, { corpus, today });
  return { ok: true, text: reply.text, answer: reply, facts: reply.facts };
};
