/**
 * The Store on an embedded SQLite database (better-sqlite3): one file in DATA_DIR, WAL mode so
 * readers never wait for the writer, a busy timeout so two processes on one file take turns, and
 * every read-then-write in one IMMEDIATE transaction.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { migrate } from './migrations.ts';
import type { ClaimOptions, CurationNote, DigestLogEntry, DigestStatus, EventClaim, Store, UnfinishedEvent, Subscription, TaughtPhraseRecord, UserDeadline, Vote, VoteCounts } from './types.ts';

/** The database file's name inside DATA_DIR. */
export const DATABASE_FILE = 'bot.sqlite3';

/** How long processed event ids are kept: Slack retries within minutes, so a week is plenty. */
const EVENT_RETENTION_MS = 7 * 24 * 3600_000;

export interface SqliteStoreOptions {
  /** The clock used for timestamps the caller does not pass (event ids, votes). */
  now?: () => Date;
}

interface DeadlineRow { id: number; date: string; text: string; added_by: string; added_by_name: string | null; added_at: number }
interface SubscriptionRow { channel_id: string; time: string; subscribed_by: string; subscribed_at: number; paused_reason: string | null; paused_at: number | null }
interface LogRow {
  channel_id: string; date: string; status: DigestStatus; attempts: number;
  claimed_by: string; claimed_at: number; sent_at: number | null; error: string | null;
}

interface NoteRow { kind: CurationNote['kind']; question: string; language: CurationNote['language']; intent: string; channel_kind: CurationNote['channelKind']; noted_at: number; comment?: string | null }
interface TaughtRow { id: number; phrase: string; words: string; added_by: string; added_at: number }

/** The longest question kept in a curation note: enough to read it, not a whole pasted document. */
const MAX_NOTED_QUESTION = 500;

/** Reads shared by the store and the read-only curation reader (the report and lexicon CLIs). */
const SQL = {
  notesSince: 'SELECT kind, question, language, intent, channel_kind, noted_at, comment FROM curation_notes WHERE noted_at >= ? ORDER BY noted_at, id',
  /** The same on a database from before comments (schema version 7 and older), read without migrating it. */
  notesSinceNoComment: 'SELECT kind, question, language, intent, channel_kind, noted_at FROM curation_notes WHERE noted_at >= ? ORDER BY noted_at, id',
  votesSince: "SELECT COALESCE(SUM(vote = 'up'), 0) AS up, COALESCE(SUM(vote = 'down'), 0) AS down FROM votes WHERE voted_at >= ?",
  taught: 'SELECT * FROM taught_phrases ORDER BY id',
};

const iso = (ms: number) => new Date(ms).toISOString();
const toDeadline = (r: DeadlineRow): UserDeadline => ({ id: r.id, date: r.date, text: r.text, addedBy: r.added_by, addedByName: r.added_by_name ?? null, addedAt: iso(r.added_at) });
const toSubscription = (r: SubscriptionRow): Subscription => ({
  channelId: r.channel_id, time: r.time, subscribedBy: r.subscribed_by, subscribedAt: iso(r.subscribed_at),
  pausedReason: r.paused_reason, pausedAt: r.paused_at === null ? null : iso(r.paused_at),
});
const toNote = (r: NoteRow): CurationNote => ({ kind: r.kind, question: r.question, language: r.language, intent: r.intent, channelKind: r.channel_kind, at: iso(r.noted_at), ...(r.comment ? { comment: r.comment } : {}) });
const toTaught = (r: TaughtRow): TaughtPhraseRecord => ({ id: r.id, phrase: r.phrase, words: r.words, addedBy: r.added_by, addedAt: iso(r.added_at) });
const toCounts = (r: { up: number; down: number }): VoteCounts => ({ up: r.up, down: r.down });
const sinceMs = (since?: Date) => since?.getTime() ?? 0;
const toLog = (r: LogRow): DigestLogEntry => ({
  channelId: r.channel_id, date: r.date, status: r.status, attempts: r.attempts, claimedBy: r.claimed_by,
  claimedAt: iso(r.claimed_at), sentAt: r.sent_at === null ? null : iso(r.sent_at), error: r.error,
});

/** Open (creating and migrating as needed) the store in a database file, or ':memory:'. */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL syncs at checkpoints, not at every commit: a commit survives the process
  // dying (kill -9), and only a power cut may lose the last ones; every event claim is a commit.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  db.prepare('DELETE FROM processed_events WHERE seen_at < ?').run(now().getTime() - EVENT_RETENTION_MS);
  db.prepare('DELETE FROM answered_messages WHERE answered_at < ?').run(now().getTime() - EVENT_RETENTION_MS);
  db.prepare('DELETE FROM conversations WHERE updated_at < ?').run(now().getTime() - EVENT_RETENTION_MS);

  const q = {
    event: db.prepare('SELECT status, claimed_by, seen_at, attempts FROM processed_events WHERE event_id = ?'),
    insertEvent: db.prepare("INSERT INTO processed_events (event_id, seen_at, status, claimed_by, attempts, body) VALUES (?, ?, 'working', ?, 1, ?)"),
    retakeEvent: db.prepare("UPDATE processed_events SET claimed_by = ?, seen_at = ?, attempts = attempts + 1 WHERE event_id = ? AND status = 'working'"),
    finishEvent: db.prepare("UPDATE processed_events SET status = 'done', body = NULL WHERE event_id = ?"),
    unfinished: db.prepare("SELECT event_id, body, claimed_by, seen_at, attempts FROM processed_events WHERE status = 'working' ORDER BY seen_at"),
    conversation: db.prepare('SELECT asker, question, updated_at FROM conversations WHERE channel_id = ? AND thread_ts = ?'),
    saveConversation: db.prepare(`INSERT INTO conversations (channel_id, thread_ts, asker, question, updated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (channel_id, thread_ts) DO UPDATE SET question = excluded.question, updated_at = excluded.updated_at`),
    answerChannelOn: db.prepare('INSERT OR IGNORE INTO answer_channels (channel_id, enabled_by, enabled_at) VALUES (?, ?, ?)'),
    answerChannelOff: db.prepare('DELETE FROM answer_channels WHERE channel_id = ?'),
    answerChannel: db.prepare('SELECT enabled_by, enabled_at FROM answer_channels WHERE channel_id = ?'),
    answered: db.prepare('INSERT OR REPLACE INTO answered_messages (channel_id, question_ts, answer_ts, answered_at) VALUES (?, ?, ?, ?)'),
    answerOf: db.prepare('SELECT answer_ts FROM answered_messages WHERE channel_id = ? AND question_ts = ?'),
    vote: db.prepare(`INSERT INTO votes (answer_key, user_id, vote, question, voted_at) VALUES (@answerKey, @userId, @vote, @question, @at)
      ON CONFLICT (answer_key, user_id) DO UPDATE SET vote = excluded.vote, question = excluded.question, voted_at = excluded.voted_at`),
    addDeadline: db.prepare('INSERT INTO user_deadlines (date, text, added_by, added_by_name, added_at) VALUES (?, ?, ?, ?, ?) RETURNING *'),
    getDeadline: db.prepare('SELECT * FROM user_deadlines WHERE id = ?'),
    deleteDeadline: db.prepare('DELETE FROM user_deadlines WHERE id = ?'),
    deadlines: db.prepare('SELECT * FROM user_deadlines ORDER BY date, id'),
    subscribe: db.prepare(`INSERT INTO digest_subscriptions (channel_id, time, subscribed_by, subscribed_at, updated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (channel_id) DO UPDATE SET time = excluded.time, subscribed_by = excluded.subscribed_by, updated_at = excluded.updated_at,
        paused_reason = NULL, paused_at = NULL`),
    pause: db.prepare('UPDATE digest_subscriptions SET paused_reason = ?, paused_at = ?, updated_at = ? WHERE channel_id = ? AND paused_reason IS NULL'),
    pauseAll: db.prepare('UPDATE digest_subscriptions SET paused_reason = ?, paused_at = ?, updated_at = ? WHERE paused_reason IS NULL'),
    unsubscribe: db.prepare('DELETE FROM digest_subscriptions WHERE channel_id = ?'),
    subscription: db.prepare('SELECT * FROM digest_subscriptions WHERE channel_id = ?'),
    subscriptions: db.prepare('SELECT * FROM digest_subscriptions ORDER BY channel_id'),
    log: db.prepare('SELECT * FROM digest_log WHERE channel_id = ? AND date = ?'),
    lastSent: db.prepare("SELECT * FROM digest_log WHERE channel_id = ? AND status = 'sent' ORDER BY date DESC LIMIT 1"),
    insertClaim: db.prepare("INSERT INTO digest_log (channel_id, date, status, attempts, claimed_by, claimed_at) VALUES (?, ?, 'sending', 0, ?, ?)"),
    retakeClaim: db.prepare("UPDATE digest_log SET status = 'sending', claimed_by = ?, claimed_at = ? WHERE channel_id = ? AND date = ?"),
    renew: db.prepare("UPDATE digest_log SET claimed_at = ? WHERE channel_id = ? AND date = ? AND claimed_by = ? AND status = 'sending'"),
    sent: db.prepare(`UPDATE digest_log SET status = 'sent', sent_at = ?, attempts = attempts + ?, error = NULL
      WHERE channel_id = ? AND date = ? AND claimed_by = ?`),
    failed: db.prepare(`UPDATE digest_log SET status = 'failed', claimed_at = ?, attempts = attempts + ?, error = ?
      WHERE channel_id = ? AND date = ? AND claimed_by = ? AND status = 'sending'`),
    note: db.prepare('INSERT INTO curation_notes (kind, question, language, intent, channel_kind, noted_at, comment) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    notes: db.prepare(SQL.notesSince),
    voteCounts: db.prepare(SQL.votesSince),
    teach: db.prepare('INSERT INTO taught_phrases (phrase, words, added_by, added_at) VALUES (?, ?, ?, ?) RETURNING *'),
    getTaught: db.prepare('SELECT * FROM taught_phrases WHERE id = ?'),
    deleteTaught: db.prepare('DELETE FROM taught_phrases WHERE id = ?'),
    taught: db.prepare(SQL.taught),
  };

  const claim = db.transaction((o: ClaimOptions): boolean => {
    const t = o.now.getTime();
    const row = q.log.get(o.channelId, o.date) as LogRow | undefined;
    if (!row) {
      q.insertClaim.run(o.channelId, o.date, o.claimant, t);
      return true;
    }
    const free =
      (row.status === 'sending' && t - row.claimed_at >= o.leaseMs) ||
      (row.status === 'failed' && t - row.claimed_at >= o.failedRetryMs);
    if (!free) return false;
    q.retakeClaim.run(o.claimant, t, o.channelId, o.date);
    return true;
  });

  const claimEvent = db.transaction((c: Parameters<Store['claimEvent']>[0]): EventClaim => {
    const row = q.event.get(c.eventId) as { status: 'working' | 'done'; claimed_by: string | null; seen_at: number; attempts: number } | undefined;
    if (!row) {
      q.insertEvent.run(c.eventId, c.now.getTime(), c.claimant, c.body);
      return { outcome: 'claimed', attempts: 1 };
    }
    if (row.status === 'done') return { outcome: 'done' };
    if (!c.abandoned(row.claimed_by ?? '', row.seen_at)) return { outcome: 'busy' };
    q.retakeEvent.run(c.claimant, c.now.getTime(), c.eventId);
    return { outcome: 'claimed', attempts: row.attempts + 1 };
  });

  const remove = db.transaction((id: number): UserDeadline | null => {
    const row = q.getDeadline.get(id) as DeadlineRow | undefined;
    if (!row) return null;
    q.deleteDeadline.run(id);
    return toDeadline(row);
  });

  const forget = db.transaction((id: number): TaughtPhraseRecord | null => {
    const row = q.getTaught.get(id) as TaughtRow | undefined;
    if (!row) return null;
    q.deleteTaught.run(id);
    return toTaught(row);
  });

  const subscribe = db.transaction((s: { channelId: string; time: string; subscribedBy: string; now: Date }): Subscription => {
    q.subscribe.run(s.channelId, s.time, s.subscribedBy, s.now.getTime(), s.now.getTime());
    return toSubscription(q.subscription.get(s.channelId) as SubscriptionRow);
  });

  return {
    location: file,
    claimEvent(c) {
      return claimEvent.immediate(c);
    },
    finishEvent(eventId) {
      q.finishEvent.run(eventId);
    },
    unfinishedEvents() {
      return (q.unfinished.all() as { event_id: string; body: string | null; claimed_by: string | null; seen_at: number; attempts: number }[]).map(
        (r): UnfinishedEvent => ({ eventId: r.event_id, body: r.body ?? '', claimedBy: r.claimed_by ?? '', claimedAt: r.seen_at, attempts: r.attempts }),
      );
    },
    conversation(channelId, threadTs) {
      const row = q.conversation.get(channelId, threadTs) as { asker: string; question: string; updated_at: number } | undefined;
      return row ? { asker: row.asker, question: row.question, updatedAt: row.updated_at } : null;
    },
    saveConversation(channelId, threadTs, asker, question, at) {
      q.saveConversation.run(channelId, threadTs, asker, question, at);
    },
    setAnswerChannel(channelId, on, by) {
      return (on ? q.answerChannelOn.run(channelId, by, now().getTime()) : q.answerChannelOff.run(channelId)).changes === 1;
    },
    answerChannel(channelId) {
      const row = q.answerChannel.get(channelId) as { enabled_by: string; enabled_at: number } | undefined;
      return row ? { enabledBy: row.enabled_by, enabledAt: new Date(row.enabled_at).toISOString() } : null;
    },
    recordAnswer(channelId, questionTs, answerTs) {
      q.answered.run(channelId, questionTs, answerTs, now().getTime());
    },
    answerTo(channelId, questionTs) {
      return ((q.answerOf.get(channelId, questionTs) as { answer_ts: string } | undefined)?.answer_ts) ?? null;
    },
    recordVote(vote: Vote) {
      q.vote.run({ ...vote, at: now().getTime() });
    },
    addDeadline(d) {
      // Inside a transaction: its COMMIT reports a full or read-only disk. Read with .get() alone, an
      // INSERT … RETURNING hands back the new row even when its implicit commit then fails.
      return toDeadline(db.transaction(() => q.addDeadline.get(d.date, d.text, d.addedBy, d.addedByName ?? null, d.addedAt.getTime()) as DeadlineRow).immediate());
    },
    removeDeadline(id) {
      return remove.immediate(id);
    },
    userDeadlines() {
      return (q.deadlines.all() as DeadlineRow[]).map(toDeadline);
    },
    subscribe(s) {
      return subscribe.immediate(s);
    },
    unsubscribe(channelId) {
      return q.unsubscribe.run(channelId).changes === 1;
    },
    subscription(channelId) {
      const row = q.subscription.get(channelId) as SubscriptionRow | undefined;
      return row ? toSubscription(row) : null;
    },
    subscriptions() {
      return (q.subscriptions.all() as SubscriptionRow[]).map(toSubscription);
    },
    pauseSubscription(channelId, reason, at) {
      return q.pause.run(reason, at.getTime(), at.getTime(), channelId).changes === 1;
    },
    pauseAllSubscriptions(reason, at) {
      return q.pauseAll.run(reason, at.getTime(), at.getTime()).changes;
    },
    claimDigest(o) {
      return claim.immediate(o);
    },
    renewClaim(channelId, date, claimant, at) {
      q.renew.run(at.getTime(), channelId, date, claimant);
    },
    markDigestSent(channelId, date, claimant, sentAt, attempts) {
      q.sent.run(sentAt.getTime(), attempts, channelId, date, claimant);
    },
    markDigestFailed(channelId, date, claimant, error, attempts, at) {
      q.failed.run(at.getTime(), attempts, error.slice(0, 500), channelId, date, claimant);
    },
    digestLog(channelId, date) {
      const row = q.log.get(channelId, date) as LogRow | undefined;
      return row ? toLog(row) : null;
    },
    lastDigestSent(channelId) {
      const row = q.lastSent.get(channelId) as LogRow | undefined;
      return row ? toLog(row) : null;
    },
    noteForCurators(n) {
      q.note.run(n.kind, n.question.slice(0, MAX_NOTED_QUESTION), n.language, n.intent, n.channelKind, n.at.getTime(), n.comment?.trim().slice(0, MAX_NOTED_QUESTION) || null);
    },
    curationNotes(since) {
      return (q.notes.all(sinceMs(since)) as NoteRow[]).map(toNote);
    },
    voteCounts(since) {
      return toCounts(q.voteCounts.get(sinceMs(since)) as { up: number; down: number });
    },
    addTaughtPhrase(t) {
      // In a transaction, as addDeadline: a commit that fails must throw, not hand back a row never stored.
      return toTaught(db.transaction(() => q.teach.get(t.phrase, t.words, t.addedBy, t.addedAt.getTime()) as TaughtRow).immediate());
    },
    removeTaughtPhrase(id) {
      return forget.immediate(id);
    },
    taughtPhrases() {
      return (q.taught.all() as TaughtRow[]).map(toTaught);
    },
    close() {
      if (db.open) db.close();
    },
  };
}

/**
 * The user deadlines in an existing database file, read-only: for the digest CLI, which must not
 * create state. An absent file, or one from before deadlines existed, has none.
 */
export function readUserDeadlines(file: string): UserDeadline[] {
  if (!existsSync(file)) return [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'user_deadlines'").get();
    return has ? (db.prepare('SELECT * FROM user_deadlines ORDER BY date, id').all() as DeadlineRow[]).map(toDeadline) : [];
  } finally {
    db.close();
  }
}

/** What curators read from a database: its notes and vote counts (since an instant), and the taught phrases. */
export interface CurationData {
  notes: CurationNote[];
  votes: VoteCounts;
  taught: TaughtPhraseRecord[];
}

/**
 * The curation data in an existing database file, read-only: for the report and lexicon CLIs,
 * which must not create state (nor migrate a running bot's database). An absent file, or one from
 * before curation notes existed, has none.
 */
const hasComment = (db: Database.Database): boolean => !!db.prepare("SELECT 1 FROM pragma_table_info('curation_notes') WHERE name = 'comment'").get();

export function readCuration(file: string, since?: Date): CurationData {
  const none: CurationData = { notes: [], votes: { up: 0, down: 0 }, taught: [] };
  if (!existsSync(file)) return none;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const has = (table: string) => !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
    return {
      notes: has('curation_notes') ? (db.prepare(hasComment(db) ? SQL.notesSince : SQL.notesSinceNoComment).all(sinceMs(since)) as NoteRow[]).map(toNote) : [],
      votes: has('votes') ? toCounts(db.prepare(SQL.votesSince).get(sinceMs(since)) as { up: number; down: number }) : none.votes,
      taught: has('taught_phrases') ? (db.prepare(SQL.taught).all() as TaughtRow[]).map(toTaught) : [],
    };
  } finally {
    db.close();
  }
}
