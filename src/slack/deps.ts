/** What every listener needs: the corpus, the store, the clock and the work (answering, drawing). */
import type { Logger } from '@slack/bolt';
import { type answer as coreAnswer, readQuestion } from '../answer/answer.ts';
import type { AnswerJob } from '../work/jobs.ts';
import { inlineWork, type Work } from '../work/work.ts';
import { taughtOf } from './curation.ts';
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
  /** Answering and chart drawing: the pool of worker threads in `npm start`, in-process in tests. */
  work: Work;
}

/** A replacement of the answering core, for tests (one that fails, or counts its calls). */
export type AnswerCore = typeof coreAnswer;

/**
 * Defaults for what tests usually leave alone: the work is done in-process, by the core or by
 * `answer` when a test replaces it.
 */
export function botDeps(deps: Pick<BotDeps, 'corpus' | 'store' | 'logger'> & Partial<BotDeps> & { answer?: AnswerCore }): BotDeps {
  const { answer, ...rest } = deps;
  const work = deps.work ?? inlineWork(deps.corpus, answer ? (q, opts) => ({ answer: answer(q, opts), question: readQuestion(q, opts) }) : undefined);
  return { adminUserIds: [], digestHorizonDays: 60, now: () => new Date(), ...rest, work };
}

/** A question for the work, with today's date and the taught phrases the main thread holds. */
export async function askJob(deps: BotDeps, question: string, render: AnswerJob['render'], previous?: string): Promise<Omit<AnswerJob, 'kind'>> {
  return { question, today: todayOf(deps), taught: await taughtOf(deps), render, ...(previous ? { previous } : {}) };
}

/** Today's ISO date in Europe/Stockholm. */
export const todayOf = (deps: BotDeps): string => dateIn(deps.now());

/**
 * The workspace's admins: ADMIN_USER_IDS, and those its store names (its installer, and whoever
 * an admin added). When the store cannot say, ADMIN_USER_IDS alone (the fault is logged).
 */
export async function adminsOf(deps: Pick<BotDeps, 'store' | 'adminUserIds' | 'logger'>): Promise<string[]> {
  try {
    return [...new Set([...deps.adminUserIds, ...(await deps.store.admins())])];
  } catch (error) {
    deps.logger.warn(`could not read the workspace's admins; only ADMIN_USER_IDS count: ${(error as Error).message}`);
    return deps.adminUserIds;
  }
}

/** The context a pure command handler gets for one Slack user in one channel. */
export async function commandContext(deps: BotDeps, userId: string, channelId: string, userName?: string): Promise<CommandContext> {
  const now = deps.now();
  return {
    corpus: deps.corpus,
    today: dateIn(now),
    now,
    userId,
    ...(userName ? { userName } : {}),
    channelId,
    store: deps.store,
    adminUserIds: await adminsOf(deps),
    digestHorizonDays: deps.digestHorizonDays,
  };
}
