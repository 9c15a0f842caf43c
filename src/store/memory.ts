/** A Store kept in memory: for unit tests of listeners. Nothing survives the process. */
import type { Store, Vote } from './types.ts';

export function createMemoryStore(): Store & { votes: Vote[] } {
  const events = new Set<string>();
  const votes: Vote[] = [];
  return {
    votes,
    firstSeen(eventId) {
      if (events.has(eventId)) return false;
      events.add(eventId);
      return true;
    },
    recordVote(vote) {
      const i = votes.findIndex((v) => v.answerKey === vote.answerKey && v.userId === vote.userId);
      if (i >= 0) votes.splice(i, 1);
      votes.push(vote);
    },
    close() {},
  };
}
