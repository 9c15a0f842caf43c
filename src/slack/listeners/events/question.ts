/** What mentions and DMs share: which messages are questions, and answering one in a conversation. */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { languageOf } from '../../../answer/answer.ts';
import { answerMessage } from '../../../render/answer.ts';
import { channelKindOf, noteOutcome, taughtOf } from '../../curation.ts';
import { todayOf, type BotDeps } from '../../deps.ts';
import { safely } from '../../safely.ts';
import { type ConversationKey, conversationAt, rememberTurn } from '../../conversations.ts';
import type { Answer } from '../../../answer/types.ts';
import { asksForChart, chartForAnswer } from '../../../chart/offer.ts';
import { uploadChart } from '../actions/showChart.ts';

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

/** Where a question stands in a conversation: its key, who started it, and whether to stay silent unless it can answer. */
export interface InConversation {
  key: ConversationKey;
  asker: string;
  /** An answer channel: a question the sources hold nothing about gets no reply (people talk there too). */
  quiet?: boolean;
}

/**
 * Answer `question` in `channel` (in `threadTs`'s thread when given). An empty question gets the
 * help. With `questionTs`, the answer is remembered as that message's, so that an edit of the
 * question can update it (see answerEdited). With `conversation`, a follow-up is read with the
 * conversation's last question, and the question is kept as its next last one.
 */
export async function answerIn(
  deps: BotDeps,
  client: AllMiddlewareArgs['client'],
  channel: string,
  threadTs: string | undefined,
  question: string,
  questionTs?: string,
  conversation?: InConversation,
): Promise<void> {
  const before = conversation ? conversationAt(deps, conversation.key) : null;
  const opts = { corpus: deps.corpus, today: todayOf(deps), taught: taughtOf(deps), ...(before ? { previous: before.previous } : {}) };
  let answer: Answer | undefined;
  await safely(
    deps.logger,
    'answering a message',
    async (message) => {
      if (conversation?.quiet && answer && !worthSaying(answer)) return;
      const posted = await client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), ...message });
      if (questionTs && posted.ts) remember(deps, channel, questionTs, posted.ts);
      if (conversation) rememberTurn(deps, conversation.key, before?.asker ?? conversation.asker, question || 'hjälp', opts);
      // "visa ett diagram över totalerna": the chart comes with the answer, in the same place.
      const chart = answer && asksForChart(question) ? chartForAnswer(answer.intent, answer.facts) : null;
      if (chart && answer) {
        const say = (text: string) => client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), text });
        await uploadChart(deps, client, { channel, ...(threadTs ? { threadTs } : {}) }, chart, answer.language, say);
      }
    },
    () => {
      answer = deps.answer(question || 'hjälp', opts);
      if (!conversation?.quiet || worthSaying(answer)) noteOutcome(deps, answer, channelKindOf(channel)); // for the curators; never throws
      return answerMessage(answer, deps.corpus);
    },
    { language: languageOf(question, deps.corpus, todayOf(deps)) },
  );
}


/** What is worth saying unasked in an answer channel: an answer that found something in the sources. */
const worthSaying = (a: Answer): boolean => a.answered && a.facts.length > 0 && !['help', 'thanks', 'empty', 'too-long', 'unknown'].includes(a.intent);

/** Words a question to the bot opens with, or a question mark: an answer channel reads nothing else. */
const QUESTION_OPENING = /^(?:hur|vad|vilka|vilken|vilket|vem|vems|när|var|varför|finns|kan|får|ska|har|är|how|what|which|who|whose|when|where|why|is|are|does|do|can|did|list|lista|visa|show|jämför|compare)(?![\p{L}])/iu;
export const asksSomething = (text: string): boolean => /\?/u.test(text) || QUESTION_OPENING.test(text.trim());

/** Remembering an answer is a convenience for edits: a store fault is logged, never in the way of the answer. */
function remember(deps: BotDeps, channel: string, questionTs: string, answerTs: string): void {
  try {
    deps.store.recordAnswer(channel, questionTs, answerTs);
  } catch (error) {
    deps.logger.warn(`could not remember the answer to ${channel}/${questionTs}: ${(error as Error).message}`);
  }
}

/** What Slack sends for an edited message (subtype message_changed): the message as it now reads, and as it read. */
export interface EditedMessage {
  channel: string;
  message?: { text?: string | null; ts?: string; user?: string; bot_id?: string; subtype?: string };
  previous_message?: { text?: string | null };
}

/**
 * A question the bot answered was edited: its answer is answered again and updated in place
 * (chat.update). An edit of anything else, of the bot's own message, or that leaves the text as it
 * was (Slack sends one when a link unfurls) changes nothing.
 */
export async function answerEdited(deps: BotDeps, client: AllMiddlewareArgs['client'], event: EditedMessage, botUserId: string | undefined): Promise<void> {
  const edited = event.message;
  if (!edited?.ts || edited.bot_id || edited.subtype || typeof edited.user !== 'string' || edited.user === botUserId) return;
  if ((edited.text ?? '') === (event.previous_message?.text ?? '')) return;
  let answerTs: string | null;
  try {
    answerTs = deps.store.answerTo(event.channel, edited.ts);
  } catch (error) {
    return deps.logger.warn(`could not look up the answer to an edited message: ${(error as Error).message}`);
  }
  if (!answerTs) return;
  const question = questionIn(edited.text, botUserId);
  await safely(
    deps.logger,
    'updating the answer to an edited question',
    (message) => client.chat.update({ channel: event.channel, ts: answerTs, ...message }),
    () => answerMessage(deps.answer(question || 'hjälp', { corpus: deps.corpus, today: todayOf(deps), taught: taughtOf(deps) }), deps.corpus),
    { language: languageOf(question, deps.corpus, todayOf(deps)) },
  );
}
