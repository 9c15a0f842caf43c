/**
 * The bot's own state, behind one small interface so that a server database could replace the
 * embedded one later. The SQLite implementation (issue 5) extends this with user deadlines,
 * digest subscriptions and the digest log.
 */

/** A 👍/👎 on an answer. */
export interface Vote {
  /** Identifies the answer voted on (e.g. a hash of question + fact ids). */
  answerKey: string;
  userId: string;
  vote: 'up' | 'down';
  question: string;
}

export interface Store {
  /** True the first time an event id is seen, false for Slack's retries of it. Survives restarts where the store does. */
  firstSeen(eventId: string): boolean;
  /** Record a vote; a user's second vote on the same answer replaces the first. */
  recordVote(vote: Vote): void;
  close(): void;
}
