/** What mentions and DMs share: which messages are questions, and answering one in a conversation. */
import type { AllMiddlewareArgs } from '@slack/bolt';
import { languageOf } from '../../../answer/answer.ts';
import { channelKindOf, noteOutcome } from '../../curation.ts';
import { askJob, todayOf, type BotDeps } from '../../deps.ts';
import { safely } from '../../safely.ts';
import { type ConversationKey, conversationAt, rememberRead } from '../../conversations.ts';
import type { Answer } from '../../../answer/types.ts';
import { hasTrait } from '../../../answer/intents/traits.ts';
import type { Answered } from '../../../work/jobs.ts';
import { inTurn } from '../../inTurn.ts';
import { uploadChart } from '../actions/showChart.ts';
import type { Delivery } from '../../middleware/exactlyOnce.ts';
import { slackReason } from '../../slackCall.ts';
import { withPlainVotes } from '../../../render/feedback.ts';

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
  // Lines are kept: a list of asks ("- totalen 2021\n- vem är …") is several questions.
  return (text ?? '').replace(own, ' ').replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim();
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
 * conversation's last question, and the question is kept as its next last one. With `delivery`
 * (the event being answered), the answer carries the event id as metadata, and a later try of the
 * event first looks for an answer already posted.
 */
export async function answerIn(
  deps: BotDeps,
  client: AllMiddlewareArgs['client'],
  channel: string,
  threadTs: string | undefined,
  question: string,
  questionTs?: string,
  conversation?: InConversation,
  delivery?: Delivery | null,
): Promise<void> {
  await inTurn(`${channel}/${threadTs ?? ''}`, () => answerNow(deps, client, channel, threadTs, question, questionTs, conversation, delivery));
}

async function answerNow(...[deps, client, channel, threadTs, question, questionTs, conversation, delivery]: Parameters<typeof answerIn>): Promise<void> {
  const before = conversation ? await conversationAt(deps, conversation.key) : null;
  let done: Answered | undefined;
  await safely(
    deps.logger,
    'answering a message',
    async (message) => {
      const answer = done?.answer;
      if (conversation?.quiet && answer && !worthSaying(answer)) return;
      if (delivery && delivery.attempt > 1 && (await answeredBefore(deps, client, channel, threadTs, questionTs, delivery.eventId))) return;
      const post = (m: typeof message) => client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), ...m, ...(delivery ? { metadata: answerMetadata(delivery.eventId) } : {}) });
      const posted = await post(message).catch(async (error: unknown) => {
        // Slack's feedback buttons refused where the app may not use them: the answer goes out with the plain ones.
        const plain = slackReason(error) === 'invalid_blocks' ? withPlainVotes(message) : null;
        if (!plain) throw error;
        deps.logger.warn(`Slack refused its feedback buttons in ${channel} (invalid_blocks); answered with plain vote buttons`);
        return post(plain);
      });
      if (questionTs && posted.ts) await remember(deps, channel, questionTs, posted.ts);
      if (conversation && done) await rememberRead(deps, conversation.key, before?.asker ?? conversation.asker, done.read);
      // "visa ett diagram över totalerna": the chart comes with the answer, in the same place.
      if (done?.chart && answer) {
        // Drawing is the thread's work: the next event may take this one's turn on the main thread meanwhile.
        delivery?.yieldTurn();
        const say = (text: string) => client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), text });
        await uploadChart(deps, client, { channel, ...(threadTs ? { threadTs } : {}) }, done.chart, answer.language, say);
      }
    },
    async () => {
      // Slack's own feedback buttons where it offers them: in threads, DMs and the side panel.
      const nativeFeedback = threadTs !== undefined || channel.startsWith('D');
      done = await deps.work.answer(await askJob(deps, question || 'hjälp', { as: 'message', chartIfAsked: true, options: { nativeFeedback } }, before?.json));
      if (!conversation?.quiet || worthSaying(done.answer)) await noteOutcome(deps, done.answer, channelKindOf(channel)); // for the curators; never throws
      return done.message!;
    },
    { language: () => done?.answer.language ?? languageOf(question, deps.corpus, todayOf(deps)) },
  );
}


/** The message metadata every answer to an event carries: which event it answers. */
export const ANSWER_EVENT_TYPE = 'cancer_bot_answer';
const answerMetadata = (eventId: string) => ({ event_type: ANSWER_EVENT_TYPE, event_payload: { event_id: eventId } });

/**
 * Whether the bot already answered an event in this conversation: a process that died between
 * Slack accepting the answer and marking the event done left it so. Looked up by the answer's
 * metadata, after the question (conversations.replies in a thread, conversations.history at the
 * top level). When Slack cannot tell (missing scope, an error), the answer is posted: a duplicate
 * is better than a question left unanswered.
 */
async function answeredBefore(deps: BotDeps, client: AllMiddlewareArgs['client'], channel: string, threadTs: string | undefined, questionTs: string | undefined, eventId: string): Promise<boolean> {
  const where = { channel, include_all_metadata: true, limit: 200, ...(questionTs ? { oldest: questionTs } : {}) };
  try {
    const found = threadTs ? await client.conversations.replies({ ...where, ts: threadTs }) : await client.conversations.history(where);
    const messages = (found.messages ?? []) as { metadata?: { event_type?: string; event_payload?: { event_id?: unknown } } }[];
    const answered = messages.some((m) => m.metadata?.event_type === ANSWER_EVENT_TYPE && m.metadata.event_payload?.event_id === eventId);
    if (answered) deps.logger.info(`event ${eventId}: its answer was posted before the process that took it stopped; not posted again`);
    return answered;
  } catch (error) {
    deps.logger.warn(`event ${eventId}: could not look for an earlier answer (Slack said ${slackReason(error)}); answering`);
    return false;
  }
}

/** What is worth saying unasked in an answer channel: an answer that found something in the sources. */
const worthSaying = (a: Answer): boolean => a.answered && a.facts.length > 0 && hasTrait(a.intent, 'worthSaying');

/** Words a question to the bot opens with, or a question mark: an answer channel reads nothing else. */
const QUESTION_OPENING = /^(?:hur|vad|vilka|vilken|vilket|vem|vems|när|var|varför|finns|kan|får|ska|har|är|how|what|which|who|whose|when|where|why|is|are|does|do|can|did|list|lista|visa|show|jämför|compare)(?![\p{L}])/iu;
export const asksSomething = (text: string): boolean => /\?/u.test(text) || QUESTION_OPENING.test(text.trim());

/** Remembering an answer is a convenience for edits: a store fault is logged, never in the way of the answer. */
async function remember(deps: BotDeps, channel: string, questionTs: string, answerTs: string): Promise<void> {
  try {
    await deps.store.recordAnswer(channel, questionTs, answerTs);
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
    answerTs = await deps.store.answerTo(event.channel, edited.ts);
  } catch (error) {
    return deps.logger.warn(`could not look up the answer to an edited message: ${(error as Error).message}`);
  }
  if (!answerTs) return;
  const question = questionIn(edited.text, botUserId);
  await safely(
    deps.logger,
    'updating the answer to an edited question',
    (message) => client.chat.update({ channel: event.channel, ts: answerTs, ...message }),
    async () => (await deps.work.answer(await askJob(deps, question || 'hjälp', { as: 'message' }))).message!,
    { language: () => languageOf(question, deps.corpus, todayOf(deps)) },
  );
}
