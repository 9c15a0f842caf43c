/**
 * The Slack shell's part of the curator's loop: noting what curators should see (a question the bot
 * could not answer, a 👎) and handing every answer the phrases admins taught. Neither may ever stand
 * in the way of an answer: a store fault is logged in one line and the answer goes out as it is.
 */
import type { Answer, Language, TaughtPhrase } from '../answer/types.ts';
import { isUnansweredQuestion } from '../curation/outcome.ts';
import { buildReport, type ReportEntry } from '../curation/report.ts';
import type { ChannelKind } from '../store/types.ts';
import { todayOf, type BotDeps } from './deps.ts';

/** A channel's kind from its id: D… is a DM with the bot; anything else (C…, G…) a channel. */
export const channelKindOf = (channelId: string | undefined): ChannelKind => (channelId?.startsWith('D') ? 'dm' : 'channel');

/** The phrases admins taught, for `taught` in AnswerOptions; none when the store cannot say. */
export async function taughtOf(deps: Pick<BotDeps, 'store' | 'logger'>): Promise<readonly TaughtPhrase[]> {
  try {
    return await deps.store.taughtPhrases();
  } catch (error) {
    deps.logger.warn(`could not read the taught phrases; answering without them: ${(error as Error).message}`);
    return [];
  }
}

async function note(deps: Pick<BotDeps, 'store' | 'logger' | 'now'>, kind: 'unanswered' | 'downvote', n: { question: string; language: Language; intent: string; channelKind: ChannelKind; comment?: string }): Promise<void> {
  try {
    await deps.store.noteForCurators({ kind, ...n, at: deps.now() });
  } catch (error) {
    deps.logger.warn(`could not note ${kind === 'unanswered' ? 'an unanswered question' : 'a 👎'} for the curators: ${(error as Error).message}`);
  }
}

/** After an answer is computed: note it for the curators when it is a question the bot could not answer. */
export async function noteOutcome(deps: Pick<BotDeps, 'store' | 'logger' | 'now'>, answer: Answer, channelKind: ChannelKind): Promise<void> {
  if (isUnansweredQuestion(answer)) await note(deps, 'unanswered', { question: answer.question, language: answer.language, intent: answer.intent, channelKind });
}

/** A 👎 on an answer to `question`: noted with what the answer was, and where (and what was wrong, when the person said). */
export async function noteDownvote(deps: Pick<BotDeps, 'store' | 'logger' | 'now'>, d: { question: string; language: Language; intent: string; channelKind: ChannelKind; comment?: string }): Promise<void> {
  await note(deps, 'downvote', d);
}

/**
 * The most frequent unanswered questions, for an admin's Home tab (marked where a taught phrase now
 * answers them); an empty list when the store cannot say, so the tab still opens.
 */
export async function topUnanswered(deps: BotDeps, top: number): Promise<ReportEntry[]> {
  try {
    return buildReport({ notes: await deps.store.curationNotes(), votes: { up: 0, down: 0 }, taught: await deps.store.taughtPhrases(), corpus: deps.corpus, today: todayOf(deps), top }).unanswered;
  } catch (error) {
    deps.logger.warn(`could not read the unanswered questions for the Home tab: ${(error as Error).message}`);
    return [];
  }
}
