/**
 * The bot's own state, behind one small interface so that a server database could replace the
 * embedded one later (see the README). The SQLite implementation lives in sqlite.ts.
 * Every method is synchronous: the embedded database answers in microseconds, and a server
 * implementation would change these to promises in one place.
 */

/** A 👍/👎 on an answer. */
export interface Vote {
  /** Identifies the answer voted on (e.g. a hash of question + fact ids). */
  answerKey: string;
  userId: string;
  vote: 'up' | 'down';
  question: string;
}

/** Where a question was asked: a DM with the bot, or a channel (a mention, a slash command there). */
export type ChannelKind = 'dm' | 'channel';

/**
 * What curators review (`npm run report`, `/cancer-admin report`): a question the bot could not
 * answer, or an answer someone gave 👎. No user id is kept: the report is about questions, not people.
 */
export interface CurationNote {
  kind: 'unanswered' | 'downvote';
  /** The question as the bot read it (at most 500 characters). */
  question: string;
  language: 'sv' | 'en';
  /** The intent the answer was composed for. */
  intent: string;
  channelKind: ChannelKind;
  /** When it happened (ISO instant, UTC). */
  at: string;
  /** A 👎's "what was wrong", when the person wrote one (at most 500 characters). */
  comment?: string;
}

/** A phrase an admin taught with `/cancer-admin synonym add`: read as words of the sources in every question. */
export interface TaughtPhraseRecord {
  /** The number admins remove it by (`/cancer-admin synonym remove 3`). */
  id: number;
  /** Lower case, single spaces. */
  phrase: string;
  /** The words of the sources it stands for. */
  words: string;
  /** Slack user id of the admin who taught it. */
  addedBy: string;
  /** When (ISO instant, UTC). */
  addedAt: string;
}

/** 👍 and 👎 counted, without who gave them. */
export interface VoteCounts {
  up: number;
  down: number;
}

/** A deadline an admin added with `/cancer-deadlines add`. */
export interface UserDeadline {
  /** The number admins use to remove it (`/cancer-deadlines remove 3`). */
  id: number;
  /** ISO date it falls due. */
  date: string;
  /** What it is, as the admin wrote it. */
  text: string;
  /** Slack user id of the admin who added it. */
  addedBy: string;
  /** Their Slack name when they added it (deadlines added before names were kept have none). */
  addedByName: string | null;
  /** When it was added (ISO instant, UTC). */
  addedAt: string;
}

/** A channel's subscription to the daily digest. */
export interface Subscription {
  channelId: string;
  /** Europe/Stockholm wall-clock time, HH:MM. */
  time: string;
  /** Slack user id of whoever last turned it on or changed its time. */
  subscribedBy: string;
  /** When the channel first subscribed (ISO instant, UTC); kept when only the time changes. */
  subscribedAt: string;
  /**
   * Why no digest goes out until someone turns it on again, when Slack refused a post for good
   * (`not_in_channel`, `is_archived`, `token_revoked`, …) or the app was uninstalled
   * (`app_uninstalled`, `tokens_revoked`); null while the subscription is active.
   */
  pausedReason: string | null;
  /** When it was paused (ISO instant, UTC); null while active. */
  pausedAt: string | null;
}

/** Where one channel's digest for one day stands. */
export type DigestStatus = 'sending' | 'sent' | 'failed';

/** One row of the digest log: a (channel, Stockholm date) pair, claimed before posting. */
export interface DigestLogEntry {
  channelId: string;
  /** The Stockholm date the digest is for. */
  date: string;
  status: DigestStatus;
  /** Posts tried for this digest so far. */
  attempts: number;
  /** Which scheduler holds (or last held) the claim. */
  claimedBy: string;
  claimedAt: string;
  /** When Slack accepted the post; null until then. */
  sentAt: string | null;
  /** The last failure, when there was one. */
  error: string | null;
}

/** How claims on a day's digest behave; see Store.claimDigest. */
export interface ClaimOptions {
  channelId: string;
  date: string;
  /** Identifies the claiming scheduler (host, process, random part). */
  claimant: string;
  now: Date;
  /** A 'sending' claim older than this is taken to belong to a process that died. */
  leaseMs: number;
  /** A 'failed' digest may be claimed again this long after its last attempt. */
  failedRetryMs: number;
}

/** An event claimed for answering and not yet marked done: what a restart answers again. */
export interface UnfinishedEvent {
  eventId: string;
  /** The event's payload as Slack sent it (JSON), to be processed again. */
  body: string;
  /** Which process holds (or held) the claim. */
  claimedBy: string;
  /** When it was last claimed (ms since epoch). */
  claimedAt: number;
  /** How many times it has been claimed, the first included. */
  attempts: number;
}

/** How claiming an event went; see Store.claimEvent. */
export type EventClaim =
  /** This process answers it now (attempt 1 is the first time it was seen). */
  | { outcome: 'claimed'; attempts: number }
  /** It was answered already: a retry to ignore. */
  | { outcome: 'done' }
  /** Another claim on it is live (the first delivery is still being answered): ignore this one. */
  | { outcome: 'busy' };

export interface Store {
  /** Where the state lives (the database file's path, or ':memory:'): what a fault's log line names. */
  readonly location: string;
  /**
   * Claim an event before answering it, atomically (across processes sharing the database). A
   * new event is claimed; one marked done is 'done'; one being worked on is 'busy' unless
   * `abandoned(claimedBy, claimedAtMs)` says its claimant died, when it is claimed again with one
   * more attempt. The payload is kept until finishEvent, so that a restart can answer it.
   */
  claimEvent(c: { eventId: string; body: string; claimant: string; now: Date; abandoned: (claimedBy: string, claimedAtMs: number) => boolean }): EventClaim;
  /** Mark a claimed event done (after its answer was posted, or it was given up); its payload is dropped. */
  finishEvent(eventId: string): void;
  /** Events claimed and never marked done, oldest first. */
  unfinishedEvents(): UnfinishedEvent[];
  /** Note that the bot's message `answerTs` answered the question `questionTs` in a channel (kept for a week). */
  recordAnswer(channelId: string, questionTs: string, answerTs: string): void;
  /** The ts of the bot's answer to a question, if it answered it in the last week. */
  answerTo(channelId: string, questionTs: string): string | null;
  /** A conversation's last question (JSON) and who started it; null when there is none. Callers judge its age by `updatedAt` (ms). */
  conversation(channelId: string, threadTs: string): { asker: string; question: string; updatedAt: number } | null;
  /** Keep a conversation's last question, as of `at` (ms, the bot's clock); the asker of an existing conversation is kept. */
  saveConversation(channelId: string, threadTs: string, asker: string, question: string, at: number): void;
  /** Make a channel an answer channel (every top-level question answered without a mention), or stop it; true when it changed. */
  setAnswerChannel(channelId: string, on: boolean, by: string): boolean;
  /** Whether a channel is an answer channel, and who made it one. */
  answerChannel(channelId: string): { enabledBy: string; enabledAt: string } | null;
  /** Record a vote; a user's second vote on the same answer replaces the first. */
  recordVote(vote: Vote): void;

  /** Store a user deadline (validated by the caller) and return it with its id. */
  addDeadline(d: { date: string; text: string; addedBy: string; addedByName?: string; addedAt: Date }): UserDeadline;
  /** Remove a user deadline; returns what was removed, or null when there is no such id. */
  removeDeadline(id: number): UserDeadline | null;
  /** Every user deadline, by date then id. */
  userDeadlines(): UserDeadline[];

  /** Subscribe a channel, or change its time when it already is; either way a pause ends. */
  subscribe(s: { channelId: string; time: string; subscribedBy: string; now: Date }): Subscription;
  /**
   * Pause a channel's subscription with the reason. True only when this call paused it (it
   * existed and was active), so that whoever pauses it tells the subscriber exactly once.
   */
  pauseSubscription(channelId: string, reason: string, at: Date): boolean;
  /** Pause every active subscription (the app was uninstalled); returns how many it paused. */
  pauseAllSubscriptions(reason: string, at: Date): number;
  /** End a channel's subscription; false when it had none. */
  unsubscribe(channelId: string): boolean;
  subscription(channelId: string): Subscription | null;
  /** Every subscription, paused ones included, by channel id. */
  subscriptions(): Subscription[];

  /**
   * Claim the right to post a channel's digest for a date, atomically: true for exactly one
   * claimant while no claim is live, even across processes sharing the database. False when the
   * digest was sent, another scheduler is sending it, or it failed too recently to try again.
   */
  claimDigest(o: ClaimOptions): boolean;
  /** Extend a live claim (between retries), so that it does not look abandoned. */
  renewClaim(channelId: string, date: string, claimant: string, now: Date): void;
  /** Log the digest as sent: only after Slack accepted the post. */
  markDigestSent(channelId: string, date: string, claimant: string, sentAt: Date, attempts: number): void;
  /** Log that every retry failed; the claim is released for a later try that day. */
  markDigestFailed(channelId: string, date: string, claimant: string, error: string, attempts: number, at: Date): void;
  /** The log row for a channel and date, if any. */
  digestLog(channelId: string, date: string): DigestLogEntry | null;
  /** The channel's most recent digest that Slack accepted, if any. */
  lastDigestSent(channelId: string): DigestLogEntry | null;

  /** Note a question for curators (an unanswered question, a 👎). Callers keep a fault from reaching the user. */
  noteForCurators(note: Omit<CurationNote, 'at'> & { at: Date }): void;
  /** The curation notes since an instant (all when absent), oldest first. */
  curationNotes(since?: Date): CurationNote[];
  /** The votes given since an instant (all when absent), counted. */
  voteCounts(since?: Date): VoteCounts;

  /** Store a taught phrase (validated by the caller) and return it with its id. */
  addTaughtPhrase(t: { phrase: string; words: string; addedBy: string; addedAt: Date }): TaughtPhraseRecord;
  /** Forget a taught phrase; returns what was removed, or null when there is no such id. */
  removeTaughtPhrase(id: number): TaughtPhraseRecord | null;
  /** Every taught phrase, by id: what every answer applies. */
  taughtPhrases(): TaughtPhraseRecord[];

  close(): void;
}
