/** What every listener needs: the corpus, the store, the clock and the answering core. */
import type { Logger } from '@slack/bolt';
import { answer as coreAnswer, answerTurn as coreAnswerTurn, readQuestion } from '../answer/answer.ts';
import type { Corpus } from '../corpus/load.ts';
import type { CommandContext } from '../commands/types.ts';
import type { Store } from '../store/types.ts';
import { dateIn } from '../dates.ts';

export interface BotDeps {
  corpus: Corpus;
  store: Store;
  logger: Logger;
  /** Slack user ids allowed to add and remove deadlines. */
  adminUserIds: string[];
  digestHorizonDays: number;
  /** The clock; tests fix it. */
  now: () => Date;
  /** The answering core; tests may wrap it (e.g. to make it fail). */
  answer: typeof coreAnswer;
  /** The answer with the question as read, for a conversation's next turn: the core's own, or `answer` and a reading beside it when a test replaced `answer`. */
  answerTurn: typeof coreAnswerTurn;
}

/** Defaults for what tests usually leave alone. */
export function botDeps(deps: Pick<BotDeps, 'corpus' | 'store' | 'logger'> & Partial<BotDeps>): BotDeps {
  const answer = deps.answer ?? coreAnswer;
  const answerTurn: BotDeps['answerTurn'] = answer === coreAnswer ? coreAnswerTurn : (q, opts) => ({ answer: answer(q, opts), question: readQuestion(q, opts) });
  return { adminUserIds: [], digestHorizonDays: 60, now: () => new Date(), answerTurn, ...deps, answer };
}

/** Today's ISO date in Europe/Stockholm. */
export const todayOf = (deps: BotDeps): string => dateIn(deps.now());

/** The context a pure command handler gets for one Slack user in one channel. */
export function commandContext(deps: BotDeps, userId: string, channelId: string, userName?: string): CommandContext {
  const now = deps.now();
  return {
    corpus: deps.corpus,
    today: dateIn(now),
    now,
    userId,
    ...(userName ? { userName } : {}),
    channelId,
    store: deps.store,
    adminUserIds: deps.adminUserIds,
    digestHorizonDays: deps.digestHorizonDays,
  };
}
