/**
 * The Store on an embedded SQLite database (better-sqlite3): one file in DATA_DIR, WAL mode so
 * readers never wait for the writer, a busy timeout so two processes on one file take turns, and
 * every read-then-write in one IMMEDIATE transaction.
 */
import Database from 'better-sqlite3';
import { EVENT_RETENTION_MS, MAX_KEPT_TEXT } from './limits.ts';
import { migrate } from './migrations.ts';
import { type AnswerChannelRow, type DeadlineRow, type InstallationRow, type LogRow, type NoteRow, sinceMs, type SubscriptionRow, type TaughtRow, toAnswerChannel, toCounts, toDeadline, toInstallation, toLog, toNote, toSubscription, toTaught } from './rows.ts';
import type { ClaimOptions, EventClaim, Store, UnfinishedEvent, Subscription, TaughtPhraseRecord, UserDeadline, Vote } from './types.ts';

/** The database file's name inside DATA_DIR. */
export const DATABASE_FILE = 'bot.sqlite3';

export interface SqliteStoreOptions {
  /** The clock used for timestamps the caller does not pass (event ids, votes). */
  now?: () => Date;
}

/** Reads of one workspace's curation data. */
const SQL = {
  notesSince: 'SELECT kind, question, language, intent, channel_kind, noted_at, comment FROM curation_notes WHERE team_id = ? AND noted_at >= ? ORDER BY noted_at, id',
  votesSince: "SELECT COALESCE(SUM(vote = 'up'), 0) AS up, COALESCE(SUM(vote = 'down'), 0) AS down FROM votes WHERE team_id = ? AND voted_at >= ?",
  taught: 'SELECT * FROM taught_phrases WHERE team_id = ? ORDER BY id',
};

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
    conversation: db.prepare('SELECT asker, question, updated_at FROM conversations WHERE team_id = ? AND channel_id = ? AND thread_ts = ?'),
    saveConversation: db.prepare(`INSERT INTO conversations (team_id, channel_id, thread_ts, asker, question, updated_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (team_id, channel_id, thread_ts) DO UPDATE SET question = excluded.question, updated_at = excluded.updated_at`),
    answerChannelOn: db.prepare('INSERT OR IGNORE INTO answer_channels (team_id, channel_id, enabled_by, enabled_at) VALUES (?, ?, ?, ?)'),
    answerChannelOff: db.prepare('DELETE FROM answer_channels WHERE team_id = ? AND channel_id = ?'),
    answerChannel: db.prepare('SELECT enabled_by, enabled_at FROM answer_channels WHERE team_id = ? AND channel_id = ?'),
    answered: db.prepare('INSERT OR REPLACE INTO answered_messages (team_id, channel_id, question_ts, answer_ts, answered_at) VALUES (?, ?, ?, ?, ?)'),
    answerOf: db.prepare('SELECT answer_ts FROM answered_messages WHERE team_id = ? AND channel_id = ? AND question_ts = ?'),
    vote: db.prepare(`INSERT INTO votes (team_id, answer_key, user_id, vote, question, voted_at) VALUES (@team, @answerKey, @userId, @vote, @question, @at)
      ON CONFLICT (team_id, answer_key, user_id) DO UPDATE SET vote = excluded.vote, question = excluded.question, voted_at = excluded.voted_at`),
    addDeadline: db.prepare('INSERT INTO user_deadlines (team_id, date, text, added_by, added_by_name, added_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING *'),
    getDeadline: db.prepare('SELECT * FROM user_deadlines WHERE team_id = ? AND id = ?'),
    deleteDeadline: db.prepare('DELETE FROM user_deadlines WHERE team_id = ? AND id = ?'),
    deadlines: db.prepare('SELECT * FROM user_deadlines WHERE team_id = ? ORDER BY date, id'),
    subscribe: db.prepare(`INSERT INTO digest_subscriptions (team_id, channel_id, time, subscribed_by, subscribed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (team_id, channel_id) DO UPDATE SET time = excluded.time, subscribed_by = excluded.subscribed_by, updated_at = excluded.updated_at,
        paused_reason = NULL, paused_at = NULL`),
    pause: db.prepare('UPDATE digest_subscriptions SET paused_reason = ?, paused_at = ?, updated_at = ? WHERE team_id = ? AND channel_id = ? AND paused_reason IS NULL'),
    pauseAll: db.prepare('UPDATE digest_subscriptions SET paused_reason = ?, paused_at = ?, updated_at = ? WHERE team_id = ? AND paused_reason IS NULL'),
    unsubscribe: db.prepare('DELETE FROM digest_subscriptions WHERE team_id = ? AND channel_id = ?'),
    subscription: db.prepare('SELECT * FROM digest_subscriptions WHERE team_id = ? AND channel_id = ?'),
    subscriptions: db.prepare('SELECT * FROM digest_subscriptions WHERE team_id = ? ORDER BY channel_id'),
    everySubscription: db.prepare('SELECT * FROM digest_subscriptions ORDER BY team_id, channel_id'),
    log: db.prepare('SELECT * FROM digest_log WHERE team_id = ? AND channel_id = ? AND date = ?'),
    lastSent: db.prepare("SELECT * FROM digest_log WHERE team_id = ? AND channel_id = ? AND status = 'sent' ORDER BY date DESC LIMIT 1"),
    insertClaim: db.prepare("INSERT INTO digest_log (team_id, channel_id, date, status, attempts, claimed_by, claimed_at) VALUES (?, ?, ?, 'sending', 0, ?, ?)"),
    retakeClaim: db.prepare("UPDATE digest_log SET status = 'sending', claimed_by = ?, claimed_at = ? WHERE team_id = ? AND channel_id = ? AND date = ?"),
    renew: db.prepare("UPDATE digest_log SET claimed_at = ? WHERE team_id = ? AND channel_id = ? AND date = ? AND claimed_by = ? AND status = 'sending'"),
    sent: db.prepare(`UPDATE digest_log SET status = 'sent', sent_at = ?, attempts = attempts + ?, error = NULL
      WHERE team_id = ? AND channel_id = ? AND date = ? AND claimed_by = ?`),
    failed: db.prepare(`UPDATE digest_log SET status = 'failed', claimed_at = ?, attempts = attempts + ?, error = ?
      WHERE team_id = ? AND channel_id = ? AND date = ? AND claimed_by = ? AND status = 'sending'`),
    note: db.prepare('INSERT INTO curation_notes (team_id, kind, question, language, intent, channel_kind, noted_at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    notes: db.prepare(SQL.notesSince),
    voteCounts: db.prepare(SQL.votesSince),
    teach: db.prepare('INSERT INTO taught_phrases (team_id, phrase, words, added_by, added_at) VALUES (?, ?, ?, ?, ?) RETURNING *'),
    getTaught: db.prepare('SELECT * FROM taught_phrases WHERE team_id = ? AND id = ?'),
    deleteTaught: db.prepare('DELETE FROM taught_phrases WHERE team_id = ? AND id = ?'),
    taught: db.prepare(SQL.taught),
    admins: db.prepare('SELECT user_id FROM admins WHERE team_id = ? ORDER BY added_at, user_id'),
    addAdmin: db.prepare('INSERT OR IGNORE INTO admins (team_id, user_id, added_by, added_at) VALUES (?, ?, ?, ?)'),
    saveInstallation: db.prepare(`INSERT INTO installations (install_key, team_id, enterprise_id, installation, installed_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (install_key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id, installation = excluded.installation,
        installed_by = COALESCE(excluded.installed_by, installations.installed_by), updated_at = excluded.updated_at`),
    installation: db.prepare('SELECT * FROM installations WHERE install_key = ?'),
    deleteInstallation: db.prepare('DELETE FROM installations WHERE install_key = ?'),
  };

  const claim = db.transaction((team: string, o: ClaimOptions): boolean => {
    const t = o.now.getTime();
    const row = q.log.get(team, o.channelId, o.date) as LogRow | undefined;
    if (!row) {
      q.insertClaim.run(team, o.channelId, o.date, o.claimant, t);
      return true;
    }
    const free =
      (row.status === 'sending' && t - row.claimed_at >= o.leaseMs) ||
      (row.status === 'failed' && t - row.claimed_at >= o.failedRetryMs);
    if (!free) return false;
    q.retakeClaim.run(o.claimant, t, team, o.channelId, o.date);
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

  const remove = db.transaction((team: string, id: number): UserDeadline | null => {
    const row = q.getDeadline.get(team, id) as DeadlineRow | undefined;
    if (!row) return null;
    q.deleteDeadline.run(team, id);
    return toDeadline(row);
  });

  const forget = db.transaction((team: string, id: number): TaughtPhraseRecord | null => {
    const row = q.getTaught.get(team, id) as TaughtRow | undefined;
    if (!row) return null;
    q.deleteTaught.run(team, id);
    return toTaught(row);
  });

  const subscribe = db.transaction((team: string, s: { channelId: string; time: string; subscribedBy: string; now: Date }): Subscription => {
    q.subscribe.run(team, s.channelId, s.time, s.subscribedBy, s.now.getTime(), s.now.getTime());
    return toSubscription(q.subscription.get(team, s.channelId) as SubscriptionRow);
  });

  const views = new Map<string, Store>();
  /** The store as one workspace sees it; every view shares the database and its statements. */
  const view = (team: string): Store => {
    const known = views.get(team);
    if (known) return known;
    const store: Store = {
      location: file,
      teamId: team,
      forTeam: view,
      async claimEvent(c) {
        return claimEvent.immediate(c);
      },
      async finishEvent(eventId) {
        q.finishEvent.run(eventId);
      },
      async unfinishedEvents() {
        return (q.unfinished.all() as { event_id: string; body: string | null; claimed_by: string | null; seen_at: number; attempts: number }[]).map(
          (r): UnfinishedEvent => ({ eventId: r.event_id, body: r.body ?? '', claimedBy: r.claimed_by ?? '', claimedAt: r.seen_at, attempts: r.attempts }),
        );
      },
      async conversation(channelId, threadTs) {
        const row = q.conversation.get(team, channelId, threadTs) as { asker: string; question: string; updated_at: number } | undefined;
        return row ? { asker: row.asker, question: row.question, updatedAt: row.updated_at } : null;
      },
      async saveConversation(channelId, threadTs, asker, question, at) {
        q.saveConversation.run(team, channelId, threadTs, asker, question, at);
      },
      async setAnswerChannel(channelId, on, by) {
        return (on ? q.answerChannelOn.run(team, channelId, by, now().getTime()) : q.answerChannelOff.run(team, channelId)).changes === 1;
      },
      async answerChannel(channelId) {
        const row = q.answerChannel.get(team, channelId) as AnswerChannelRow | undefined;
        return row ? toAnswerChannel(row) : null;
      },
      async recordAnswer(channelId, questionTs, answerTs) {
        q.answered.run(team, channelId, questionTs, answerTs, now().getTime());
      },
      async answerTo(channelId, questionTs) {
        return ((q.answerOf.get(team, channelId, questionTs) as { answer_ts: string } | undefined)?.answer_ts) ?? null;
      },
      async recordVote(vote: Vote) {
        q.vote.run({ ...vote, team, at: now().getTime() });
      },
      async addDeadline(d) {
        // Inside a transaction: its COMMIT reports a full or read-only disk. Read with .get() alone, an
        // INSERT … RETURNING hands back the new row even when its implicit commit then fails.
        return toDeadline(db.transaction(() => q.addDeadline.get(team, d.date, d.text, d.addedBy, d.addedByName ?? null, d.addedAt.getTime()) as DeadlineRow).immediate());
      },
      async removeDeadline(id) {
        return remove.immediate(team, id);
      },
      async userDeadlines() {
        return (q.deadlines.all(team) as DeadlineRow[]).map(toDeadline);
      },
      async subscribe(s) {
        return subscribe.immediate(team, s);
      },
      async unsubscribe(channelId) {
        return q.unsubscribe.run(team, channelId).changes === 1;
      },
      async subscription(channelId) {
        const row = q.subscription.get(team, channelId) as SubscriptionRow | undefined;
        return row ? toSubscription(row) : null;
      },
      async subscriptions() {
        return (q.subscriptions.all(team) as SubscriptionRow[]).map(toSubscription);
      },
      async subscriptionsOfEveryTeam() {
        return (q.everySubscription.all() as SubscriptionRow[]).map(toSubscription);
      },
      async pauseSubscription(channelId, reason, at) {
        return q.pause.run(reason, at.getTime(), at.getTime(), team, channelId).changes === 1;
      },
      async pauseAllSubscriptions(reason, at) {
        return q.pauseAll.run(reason, at.getTime(), at.getTime(), team).changes;
      },
      async claimDigest(o) {
        return claim.immediate(team, o);
      },
      async renewClaim(channelId, date, claimant, at) {
        q.renew.run(at.getTime(), team, channelId, date, claimant);
      },
      async markDigestSent(channelId, date, claimant, sentAt, attempts) {
        q.sent.run(sentAt.getTime(), attempts, team, channelId, date, claimant);
      },
      async markDigestFailed(channelId, date, claimant, error, attempts, at) {
        q.failed.run(at.getTime(), attempts, error.slice(0, MAX_KEPT_TEXT), team, channelId, date, claimant);
      },
      async digestLog(channelId, date) {
        const row = q.log.get(team, channelId, date) as LogRow | undefined;
        return row ? toLog(row) : null;
      },
      async lastDigestSent(channelId) {
        const row = q.lastSent.get(team, channelId) as LogRow | undefined;
        return row ? toLog(row) : null;
      },
      async noteForCurators(n) {
        q.note.run(team, n.kind, n.question.slice(0, MAX_KEPT_TEXT), n.language, n.intent, n.channelKind, n.at.getTime(), n.comment?.trim().slice(0, MAX_KEPT_TEXT) || null);
      },
      async curationNotes(since) {
        return (q.notes.all(team, sinceMs(since)) as NoteRow[]).map(toNote);
      },
      async voteCounts(since) {
        return toCounts(q.voteCounts.get(team, sinceMs(since)) as { up: number; down: number });
      },
      async addTaughtPhrase(t) {
        // In a transaction, as addDeadline: a commit that fails must throw, not hand back a row never stored.
        return toTaught(db.transaction(() => q.teach.get(team, t.phrase, t.words, t.addedBy, t.addedAt.getTime()) as TaughtRow).immediate());
      },
      async removeTaughtPhrase(id) {
        return forget.immediate(team, id);
      },
      async taughtPhrases() {
        return (q.taught.all(team) as TaughtRow[]).map(toTaught);
      },
      async admins() {
        return (q.admins.all(team) as { user_id: string }[]).map((r) => r.user_id);
      },
      async addAdmin(userId, addedBy, at) {
        return q.addAdmin.run(team, userId, addedBy, at.getTime()).changes === 1;
      },
      async saveInstallation(i) {
        q.saveInstallation.run(i.key, i.teamId, i.enterpriseId, i.installation, i.installedBy, i.at.getTime());
      },
      async installation(key) {
        const row = q.installation.get(key) as InstallationRow | undefined;
        return row ? toInstallation(row) : null;
      },
      async deleteInstallation(key) {
        return q.deleteInstallation.run(key).changes === 1;
      },
      async ping() {
        db.prepare('SELECT 1').get();
      },
      async close() {
        if (db.open) db.close();
      },
    };
    views.set(team, store);
    return store;
  };
  return view('');
}
