/**
 * The bot's own state, behind one small interface: SQLite (sqlite.ts, the embedded default, in
 * DATA_DIR) and PostgreSQL (postgres.ts, chosen by DATABASE_URL) stand behind it, and both pass one
 * test suite (test/store/store.test.ts). Every method returns a promise.
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
  /** The workspace whose channel it is ('' in the one workspace of a bot token). */
  teamId: string;
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

/**
 * A workspace (or an Enterprise Grid organisation) that installed the app through Slack's OAuth:
 * Bolt's Installation object as JSON (tokens, bot user, scopes, installer), kept whole so that
 * token rotation can write back what Bolt refreshed.
 */
export interface InstallationRecord {
  /** The team id, or the enterprise id of an organisation-wide install. */
  key: string;
  teamId: string | null;
  enterpriseId: string | null;
  /** Bolt's Installation, as JSON. Holds tokens: never logged. */
  installation: string;
  /** The Slack user who installed it: the workspace's first admin. */
  installedBy: string | null;
  /** When it was stored or last refreshed (ISO instant, UTC). */
  updatedAt: string;
}

/**
 * The bot's state, seen as one workspace's (`teamId`; '' for the one workspace of a bot token):
 * deadlines, subscriptions, the digest log, conversations, answer channels, votes, curation notes,
 * taught phrases and admins are that workspace's alone. Events and installations are the app's.
 */
export interface Store {
  /** Where the state lives (the database file's path, ':memory:', or a URL without its password): what a fault's log line names. */
  readonly location: string;
  /** The workspace this view belongs to; '' for the one workspace of a bot token. */
  readonly teamId: string;
  /** The same database seen as another workspace's. Cheap: no connection of its own. */
  forTeam(teamId: string): Store;
  /**
   * Claim an event before answering it, atomically (across processes sharing the database). A
   * new event is claimed; one marked done is 'done'; one being worked on is 'busy' unless
   * `abandoned(claimedBy, claimedAtMs)` says its claimant died, when it is claimed again with one
   * more attempt. The payload is kept until finishEvent, so that a restart can answer it.
   */
  claimEvent(c: { eventId: string; body: string; claimant: string; now: Date; abandoned: (claimedBy: string, claimedAtMs: number) => boolean }): Promise<EventClaim>;
  /** Mark a claimed event done (after its answer was posted, or it was given up); its payload is dropped. */
  finishEvent(eventId: string): Promise<void>;
  /** Events claimed and never marked done, oldest first. */
  unfinishedEvents(): Promise<UnfinishedEvent[]>;
  /** Note that the bot's message `answerTs` answered the question `questionTs` in a channel (kept for a week). */
  recordAnswer(channelId: string, questionTs: string, answerTs: string): Promise<void>;
  /** The ts of the bot's answer to a question, if it answered it in the last week. */
  answerTo(channelId: string, questionTs: string): Promise<string | null>;
  /** A conversation's last question (JSON) and who started it; null when there is none. Callers judge its age by `updatedAt` (ms). */
  conversation(channelId: string, threadTs: string): Promise<{ asker: string; question: string; updatedAt: number } | null>;
  /** Keep a conversation's last question, as of `at` (ms, the bot's clock); the asker of an existing conversation is kept. */
  saveConversation(channelId: string, threadTs: string, asker: string, question: string, at: number): Promise<void>;
  /** Make a channel an answer channel (every top-level question answered without a mention), or stop it; true when it changed. */
  setAnswerChannel(channelId: string, on: boolean, by: string): Promise<boolean>;
  /** Whether a channel is an answer channel, and who made it one. */
  answerChannel(channelId: string): Promise<{ enabledBy: string; enabledAt: string } | null>;
  /** Record a vote; a user's second vote on the same answer replaces the first. */
  recordVote(vote: Vote): Promise<void>;

  /** Store a user deadline (validated by the caller) and return it with its id. */
  addDeadline(d: { date: string; text: string; addedBy: string; addedByName?: string; addedAt: Date }): Promise<UserDeadline>;
  /** Remove a user deadline; returns what was removed, or null when there is no such id. */
  removeDeadline(id: number): Promise<UserDeadline | null>;
  /** Every user deadline, by date then id. */
  userDeadlines(): Promise<UserDeadline[]>;

  /** Subscribe a channel, or change its time when it already is; either way a pause ends. */
  subscribe(s: { channelId: string; time: string; subscribedBy: string; now: Date }): Promise<Subscription>;
  /**
   * Pause a channel's subscription with the reason. True only when this call paused it (it
   * existed and was active), so that whoever pauses it tells the subscriber exactly once.
   */
  pauseSubscription(channelId: string, reason: string, at: Date): Promise<boolean>;
  /** Pause every active subscription (the app was uninstalled); returns how many it paused. */
  pauseAllSubscriptions(reason: string, at: Date): Promise<number>;
  /** End a channel's subscription; false when it had none. */
  unsubscribe(channelId: string): Promise<boolean>;
  subscription(channelId: string): Promise<Subscription | null>;
  /** Every subscription, paused ones included, by channel id. */
  subscriptions(): Promise<Subscription[]>;
  /** Every workspace's subscriptions, by workspace then channel: what the digest scheduler goes through. */
  subscriptionsOfEveryTeam(): Promise<Subscription[]>;

  /**
   * Claim the right to post a channel's digest for a date, atomically: true for exactly one
   * claimant while no claim is live, even across processes sharing the database. False when the
   * digest was sent, another scheduler is sending it, or it failed too recently to try again.
   */
  claimDigest(o: ClaimOptions): Promise<boolean>;
  /** Extend a live claim (between retries), so that it does not look abandoned. */
  renewClaim(channelId: string, date: string, claimant: string, now: Date): Promise<void>;
  /** Log the digest as sent: only after Slack accepted the post. */
  markDigestSent(channelId: string, date: string, claimant: string, sentAt: Date, attempts: number): Promise<void>;
  /** Log that every retry failed; the claim is released for a later try that day. */
  markDigestFailed(channelId: string, date: string, claimant: string, error: string, attempts: number, at: Date): Promise<void>;
  /** The log row for a channel and date, if any. */
  digestLog(channelId: string, date: string): Promise<DigestLogEntry | null>;
  /** The channel's most recent digest that Slack accepted, if any. */
  lastDigestSent(channelId: string): Promise<DigestLogEntry | null>;

  /** Note a question for curators (an unanswered question, a 👎). Callers keep a fault from reaching the user. */
  noteForCurators(note: Omit<CurationNote, 'at'> & { at: Date }): Promise<void>;
  /** The curation notes since an instant (all when absent), oldest first. */
  curationNotes(since?: Date): Promise<CurationNote[]>;
  /** The votes given since an instant (all when absent), counted. */
  voteCounts(since?: Date): Promise<VoteCounts>;

  /** Store a taught phrase (validated by the caller) and return it with its id. */
  addTaughtPhrase(t: { phrase: string; words: string; addedBy: string; addedAt: Date }): Promise<TaughtPhraseRecord>;
  /** Forget a taught phrase; returns what was removed, or null when there is no such id. */
  removeTaughtPhrase(id: number): Promise<TaughtPhraseRecord | null>;
  /** Every taught phrase, by id: what every answer applies. */
  taughtPhrases(): Promise<TaughtPhraseRecord[]>;

  /** Slack user ids made admins of this workspace with `/cancer-admin admin add` (or as its installer), by when. */
  admins(): Promise<string[]>;
  /** Make a user an admin of this workspace; false when they were one already. */
  addAdmin(userId: string, addedBy: string, at: Date): Promise<boolean>;

  /** Store (or replace) an installation. */
  saveInstallation(i: Omit<InstallationRecord, 'updatedAt'> & { at: Date }): Promise<void>;
  /** The installation stored under a team or enterprise id, if any. */
  installation(key: string): Promise<InstallationRecord | null>;
  /** Forget an installation (the app was uninstalled, its tokens revoked); true when there was one. */
  deleteInstallation(key: string): Promise<boolean>;

  /** Answers when the database does (a trivial query): what /health asks. */
  ping(): Promise<void>;
  /** Close the database (the pool, for a server); the store is not used after. */
  close(): Promise<void>;
}
