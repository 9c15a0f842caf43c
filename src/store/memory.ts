/**
 * A Store kept in memory: for unit tests of listeners. It is the SQLite store on an in-memory
 * database, so it behaves exactly like the real one; `votes` lists the votes kept, for assertions.
 * Nothing survives the process.
 */
import { openSqliteStore } from './sqlite.ts';
import type { Store, Vote } from './types.ts';

export function createMemoryStore(): Store & { votes: Vote[] } {
  const store = openSqliteStore(':memory:');
  const record = store.recordVote;
  const votes: Vote[] = [];
  return Object.assign(store, {
    votes,
    async recordVote(vote: Vote) {
      await record(vote);
      const i = votes.findIndex((v) => v.answerKey === vote.answerKey && v.userId === vote.userId);
      if (i >= 0) votes.splice(i, 1);
      votes.push(vote);
    },
  });
}
