/**
 * One thread of the work pool (pool.ts). It lowers its own priority (priority.ts), loads the
 * corpus and the lexicon once, builds the search index and warms the answering path before it
 * takes its first job, then does each job it is handed (jobs.ts). A `ping` answers with the
 * thread's id and its priority once all that is done.
 */
import { threadId } from 'node:worker_threads';
import { warmUp } from '../answer/warm.ts';
import { loadCorpus } from '../corpus/load.ts';
import { dateIn } from '../dates.ts';
import { lexicon } from '../lexicon/load.ts';
import { answerMessage } from '../render/answer.ts';
import { doJob, type Job } from './jobs.ts';
import { lowerPriority, type Pong } from './priority.ts';

export type PoolTask = Job | { kind: 'ping' };

const nice = lowerPriority();

const corpus = loadCorpus();
lexicon();
warmUp(corpus, dateIn(new Date()), (a) => answerMessage(a, corpus));

export default function work(task: PoolTask): Promise<unknown> | Pong {
  return task.kind === 'ping' ? { thread: threadId, nice } : doJob(corpus, task);
}
