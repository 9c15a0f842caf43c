/**
 * One thread of the work pool (pool.ts). It loads the corpus and the lexicon once, builds the
 * search index and warms the answering path before it takes its first job, then does each job
 * it is handed (jobs.ts). A `ping` answers with the thread's id once all that is done.
 */
import { threadId } from 'node:worker_threads';
import { warmUp } from '../answer/warm.ts';
import { loadCorpus } from '../corpus/load.ts';
import { dateIn } from '../dates.ts';
import { lexicon } from '../lexicon/load.ts';
import { answerMessage } from '../render/answer.ts';
import { doJob, type Job } from './jobs.ts';

export type PoolTask = Job | { kind: 'ping' };

const corpus = loadCorpus();
lexicon();
warmUp(corpus, dateIn(new Date()), (a) => answerMessage(a, corpus));

export default function work(task: PoolTask): Promise<unknown> | number {
  return task.kind === 'ping' ? threadId : doJob(corpus, task);
}
