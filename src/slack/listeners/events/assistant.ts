/**
 * Slack's assistant side panel (Bolt's `Assistant`): a thread opened in the panel gets a greeting
 * and four suggested prompts in the user's language; a question there gets a status line while it is
 * answered, the thread a title from its first question, and the answer in the thread, rendered as
 * in a DM. The panel thread is one conversation: follow-ups are read with its earlier questions. The
 * channel the user is viewing is kept as the thread's context, as Bolt keeps it, and no more.
 *
 * Bolt hands the Assistant every person's message in a DM thread (the panel's threads are DM
 * threads), so a DM thread outside the panel is answered here as directMessage.ts would: only the
 * status line and the title are the panel's.
 */
import { Assistant, type Logger } from '@slack/bolt';
import type { Language } from '../../../answer/types.ts';
import { panelGreeting, panelPrompts, panelStatus, panelTitle } from '../../../render/panel.ts';
import { roughLanguage } from '../../../text/roughLanguage.ts';
import { conversationAt } from '../../conversations.ts';
import { todayOf, type BotDeps } from '../../deps.ts';
import { deliveryOf } from '../../middleware/exactlyOnce.ts';
import { slackReason } from '../../slackCall.ts';
import { answerIn, isPersonsMessage, questionIn } from './question.ts';

/** A panel call that is no answer (status, title, prompts, context): its failure is logged, the answer still goes out. */
async function besides(logger: Logger, what: string, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    logger.warn(`assistant panel: ${what} failed (${slackReason(error)}); the answer is not affected`);
  }
}

/** The user's language from their Slack locale ("sv-SE", "en-US"); Swedish when Slack does not say. */
async function languageOf(client: { users: { info: (a: { user: string; include_locale: boolean }) => Promise<{ user?: { locale?: string } }> } }, user: string, logger: Logger): Promise<Language> {
  try {
    const info = await client.users.info({ user, include_locale: true });
    return info.user?.locale?.startsWith('en') ? 'en' : 'sv';
  } catch (error) {
    logger.warn(`assistant panel: the user's language was not found (${slackReason(error)}); greeting in Swedish`);
    return 'sv';
  }
}

export function assistantPanel(deps: BotDeps): Assistant {
  /** Panel threads this process saw open ("channel/thread"): they get a status line and a title. */
  const panels = new Set<string>();
  return new Assistant({
    threadStarted: async ({ event, say, setSuggestedPrompts, client, logger }) => {
      const { channel_id: channel, thread_ts: thread, user_id: user } = event.assistant_thread;
      panels.add(`${channel}/${thread}`);
      const language = await languageOf(client, user, logger);
      // The greeting carries the viewed channel as its metadata (Bolt's say), where the context lives.
      await besides(logger, 'the greeting', () => say(panelGreeting(language)));
      const prompts = panelPrompts(deps.corpus, todayOf(deps), language);
      await besides(logger, 'the suggested prompts', () => setSuggestedPrompts({ title: language === 'en' ? 'Try asking' : 'Prova att fråga', prompts }));
    },
    threadContextChanged: async ({ saveThreadContext, logger }) => {
      await besides(logger, 'keeping the viewed channel', () => saveThreadContext());
    },
    userMessage: async ({ event, body, client, context, setStatus, setTitle, logger }) => {
      if (!isPersonsMessage(event as { subtype?: string })) return;
      const message = event as { channel: string; text?: string; thread_ts?: string; ts: string; user: string };
      const thread = message.thread_ts ?? message.ts;
      const question = questionIn(message.text ?? '', context.botUserId);
      const key = { channel: message.channel, thread };
      if (panels.has(`${message.channel}/${thread}`)) {
        if (question && !(await conversationAt(deps, key))) await besides(logger, 'the title', () => setTitle(panelTitle(question)));
        await besides(logger, 'the status', () => setStatus(panelStatus(roughLanguage(question))));
      }
      await answerIn(deps, client, message.channel, thread, question, message.ts, { key, asker: message.user }, deliveryOf(body, context));
    },
  });
}
