/**
 * The answering core: a pure function of (question, corpus, today). No I/O, no Slack.
 * PLACEHOLDER until the real core lands: same signature, answers nothing.
 */
import type { Answer, AnswerOptions } from './types.ts';

export function answer(question: string, _opts: AnswerOptions): Answer {
  return { question, language: 'sv', intent: 'unknown', answered: false, text: 'Jag kan inte svara på det ännu.', facts: [] };
}
