/**
 * The Store on PostgreSQL (DATABASE_URL), for several bot processes sharing one database: a pool
 * of connections (`pg`), the schema of pgMigrations.ts, and the same behaviour as the SQLite store
 * (sqlite.ts), which one test suite holds both to. Claims (events, digests) run in one transaction
 * on one connection, the row locked (`FOR UPDATE`), so that of two replicas racing for one event
 * exactly one gets it. Milliseconds since the epoch are BIGINT, read back as numbers; instants go
 * out as ISO strings. Every workspace's state is its own (`forTeam`); events are the app's. The
 * URL's password is never shown: `location` and every message name the URL with `***` in its place.
 */
import pg from 'pg';
import { EVENT_RETENTION_MS, MAX_KEPT_TEXT } from './limits.ts';
import { migratePostgres } from './pgMigrations.ts';
import { connectError, redactUrl } from './pgUrl.ts';
import { type AnswerChannelRow, type DeadlineRow, type InstallationRow, type LogRow, type NoteRow, sinceMs, type SubscriptionRow, type TaughtRow, toAnswerChannel, toCounts, toDeadline, toInstallation, toLog, toNote, toSubscription, toTaught } from './rows.ts';
import type { ClaimOptions, EventClaim, Store, TaughtPhraseRecord, UnfinishedEvent, UserDeadline } from './types.ts';

export interface PostgresStoreOptions {
  /** The clock used for timestamps the caller does not pass (event retention, votes, answers). */
  now?: () => Date;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** Told, in one line without the password, when an idle connection fails (the server restarted, the network dropped). */
  onError?: (message: string) => void;
}

/** BIGINT (type 20) read as a number, for this pool only; every other type as pg reads it. */
export const TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

interface EventRow { status: 'working' | 'done'; claimed_by: string | null; seen_at: number; attempts: number }

const ignore = () => undefined;

/**
 * Every query, in one place. Queries of one workspace's state take its team id as $1. Text is
 * ordered byte by byte (COLLATE "C"), as SQLite orders it, whatever the database's locale.
 */
const SQL = {
  insertEvent: "INSERT INTO processed_events (event_id, seen_at, status, claimed_by, attempts, body) VALUES ($1, $2, 'working', $3, 1, $4) ON CONFLICT (event_id) DO NOTHING",
  lockEvent: 'SELECT status, claimed_by, seen_at, attempts FROM processed_events WHERE event_id = $1 FOR UPDATE',
  retakeEvent: "UPDATE processed_events SET claimed_by = $1, seen_at = $2, attempts = attempts + 1 WHERE event_id = $3 AND status = 'working'",
  finishEvent: "UPDATE processed_events SET status = 'done', body = NULL WHERE event_id = $1",
  unfinished: "SELECT event_id, body, claimed_by, seen_at, attempts FROM processed_events WHERE status = 'working' ORDER BY seen_at",
  conversation: 'SELECT asker, question, updated_at FROM conversations WHERE team_id = $1 AND channel_id = $2 AND thread_ts = $3',
  saveConversation: `INSERT INTO conversations (team_id, channel_id, thread_ts, asker, question, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (team_id, channel_id, thread_ts) DO UPDATE SET question = excluded.question, updated_at = excluded.updated_at`,
  answerChannelOn: 'INSERT INTO answer_channels (team_id, channel_id, enabled_by, enabled_at) VALUES ($1, $2, $3, $4) ON CONFLICT (team_id, channel_id) DO NOTHING',
  answerChannelOff: 'DELETE FROM answer_channels WHERE team_id = $1 AND channel_id = $2',
  answerChannel: 'SELECT enabled_by, enabled_at FROM answer_channels WHERE team_id = $1 AND channel_id = $2',
  answered: `INSERT INTO answered_messages (team_id, channel_id, question_ts, answer_ts, answered_at) VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (team_id, channel_id, question_ts) DO UPDATE SET answer_ts = excluded.answer_ts, answered_at = excluded.answered_at`,
  answerOf: 'SELECT answer_ts FROM answered_messages WHERE team_id = $1 AND channel_id = $2 AND question_ts = $3',
  vote: `INSERT INTO votes (team_id, answer_key, user_id, vote, question, voted_at) VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (team_id, answer_key, user_id) DO UPDATE SET vote = excluded.vote, question = excluded.question, voted_at = excluded.voted_at`,
  addDeadline: 'INSERT INTO user_deadlines (team_id, date, text, added_by, added_by_name, added_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *',
  removeDeadline: 'DELETE FROM user_deadlines WHERE team_id = $1 AND id = $2 RETURNING *',
  deadlines: 'SELECT * FROM user_deadlines WHERE team_id = $1 ORDER BY date COLLATE "C", id',
  subscribe: `INSERT INTO digest_subscriptions (team_id, channel_id, time, subscribed_by, subscribed_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)
    ON CONFLICT (team_id, channel_id) DO UPDATE SET time = excluded.time, subscribed_by = excluded.subscribed_by, updated_at = excluded.updated_at,
      paused_reason = NULL, paused_at = NULL
    RETURNING *`,
  pause: 'UPDATE digest_subscriptions SET paused_reason = $2, paused_at = $3, updated_at = $3 WHERE team_id = $1 AND channel_id = $4 AND paused_reason IS NULL',
  pauseAll: 'UPDATE digest_subscriptions SET paused_reason = $2, paused_at = $3, updated_at = $3 WHERE team_id = $1 AND paused_reason IS NULL',
  unsubscribe: 'DELETE FROM digest_subscriptions WHERE team_id = $1 AND channel_id = $2',
  subscription: 'SELECT * FROM digest_subscriptions WHERE team_id = $1 AND channel_id = $2',
  subscriptions: 'SELECT * FROM digest_subscriptions WHERE team_id = $1 ORDER BY channel_id COLLATE "C"',
  everySubscription: 'SELECT * FROM digest_subscriptions ORDER BY team_id COLLATE "C", channel_id COLLATE "C"',
  log: 'SELECT * FROM digest_log WHERE team_id = $1 AND channel_id = $2 AND date = $3',
  lockLog: 'SELECT * FROM digest_log WHERE team_id = $1 AND channel_id = $2 AND date = $3 FOR UPDATE',
  lastSent: `SELECT * FROM digest_log WHERE team_id = $1 AND channel_id = $2 AND status = 'sent' ORDER BY date COLLATE "C" DESC LIMIT 1`,
  insertClaim: `INSERT INTO digest_log (team_id, channel_id, date, status, attempts, claimed_by, claimed_at) VALUES ($1, $2, $3, 'sending', 0, $4, $5)
    ON CONFLICT (team_id, channel_id, date) DO NOTHING`,
  retakeClaim: "UPDATE digest_log SET status = 'sending', claimed_by = $4, claimed_at = $5 WHERE team_id = $1 AND channel_id = $2 AND date = $3",
  renew: "UPDATE digest_log SET claimed_at = $5 WHERE team_id = $1 AND channel_id = $2 AND date = $3 AND claimed_by = $4 AND status = 'sending'",
  sent: `UPDATE digest_log SET status = 'sent', sent_at = $5, attempts = attempts + $6, error = NULL
    WHERE team_id = $1 AND channel_id = $2 AND date = $3 AND claimed_by = $4`,
  failed: `UPDATE digest_log SET status = 'failed', claimed_at = $5, attempts = attempts + $6, error = $7
    WHERE team_id = $1 AND channel_id = $2 AND date = $3 AND claimed_by = $4 AND status = 'sending'`,
  note: 'INSERT INTO curation_notes (team_id, kind, question, language, intent, channel_kind, noted_at, comment) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
  notes: 'SELECT kind, question, language, intent, channel_kind, noted_at, comment FROM curation_notes WHERE team_id = $1 AND noted_at >= $2 ORDER BY noted_at, id',
  voteCounts: "SELECT count(*) FILTER (WHERE vote = 'up') AS up, count(*) FILTER (WHERE vote = 'down') AS down FROM votes WHERE team_id = $1 AND voted_at >= $2",
  teach: 'INSERT INTO taught_phrases (team_id, phrase, words, added_by, added_at) VALUES ($1, $2, $3, $4, $5) RETURNING *',
  forget: 'DELETE FROM taught_phrases WHERE team_id = $1 AND id = $2 RETURNING *',
  taught: 'SELECT * FROM taught_phrases WHERE team_id = $1 ORDER BY id',
  admins: 'SELECT user_id FROM admins WHERE team_id = $1 ORDER BY added_at, user_id COLLATE "C"',
  addAdmin: 'INSERT INTO admins (team_id, user_id, added_by, added_at) VALUES ($1, $2, $3, $4) ON CONFLICT (team_id, user_id) DO NOTHING',
  saveInstallation: `INSERT INTO installations (install_key, team_id, enterprise_id, installation, installed_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (install_key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id, installation = excluded.installation,
      installed_by = COALESCE(excluded.installed_by, installations.installed_by), updated_at = excluded.updated_at`,
  installation: 'SELECT * FROM installations WHERE install_key = $1',
  deleteInstallation: 'DELETE FROM installations WHERE install_key = $1',
};

/**
 * Open the store in the PostgreSQL database at `url`, creating and migrating its schema as needed.
 * A server that cannot be reached, or refuses the login, is one Error naming the URL (password
 * hidden) and the reason.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const location = redactUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, types: TYPES, connectionTimeoutMillis: 10_000 });
  // Without a listener, an idle connection's error (the server restarted) would end the process.
  const onError = options.onError ?? ((message: string) => process.stderr.write(`${message}\n`));
  pool.on('error', (error) => onError(`PostgreSQL ${location}: an idle connection failed (${error.message}); the next query opens a new one`));

  let first: pg.PoolClient;
  try {
    first = await pool.connect();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw connectError(error, url);
  }
  first.on('error', ignore);
  try {
    await migratePostgres(first);
    const cutoff = now().getTime() - EVENT_RETENTION_MS;
    await first.query('DELETE FROM processed_events WHERE seen_at < $1', [cutoff]);
    await first.query('DELETE FROM answered_messages WHERE answered_at < $1', [cutoff]);
    await first.query('DELETE FROM conversations WHERE updated_at < $1', [cutoff]);
    first.off('error', ignore).release();
  } catch (error) {
    first.off('error', ignore).release(true);
    await pool.end().catch(() => undefined);
    // A database newer than the program is named, as open.ts names a SQLite file.
    if (error instanceof Error && /newer than this program/.test(error.message)) throw new Error(error.message.replace(/^the database /, `the database ${location} `));
    throw error;
  }

  const rows = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> => (await pool.query<R>(sql, params)).rows;
  const one = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R | undefined> => (await rows<R>(sql, params))[0];
  const changes = async (sql: string, params: unknown[]): Promise<number> => (await pool.query(sql, params)).rowCount ?? 0;

  /** Run `work` in one transaction on one connection; rolled back when it throws. */
  const transaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    // Held between two queries, a connection that drops has no query to fail: its error is heard
    // here (and the next query fails), not left to end the process.
    client.on('error', ignore);
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      client.off('error', ignore).release();
      return result;
    } catch (error) {
      // A connection that cannot even roll back is broken: dropped from the pool, not reused.
      const broken = await client.query('ROLLBACK').then(() => false, () => true);
      client.off('error', ignore).release(broken);
      throw error;
    }
  };

  const claimEvent = (c: Parameters<Store['claimEvent']>[0]) =>
    transaction(async (client): Promise<EventClaim> => {
      for (;;) {
        // A second claimant's INSERT waits for the first one's transaction, then finds its row.
        if ((await client.query(SQL.insertEvent, [c.eventId, c.now.getTime(), c.claimant, c.body])).rowCount === 1) return { outcome: 'claimed', attempts: 1 };
        const row = (await client.query<EventRow>(SQL.lockEvent, [c.eventId])).rows[0];
        // Deleted in between (kept a week, then dropped at an open): new again, so inserted again.
        if (!row) continue;
        if (row.status === 'done') return { outcome: 'done' };
        if (!c.abandoned(row.claimed_by ?? '', row.seen_at)) return { outcome: 'busy' };
        await client.query(SQL.retakeEvent, [c.claimant, c.now.getTime(), c.eventId]);
        return { outcome: 'claimed', attempts: row.attempts + 1 };
      }
    });

  const claimDigest = (team: string, o: ClaimOptions) =>
    transaction(async (client): Promise<boolean> => {
      const t = o.now.getTime();
      const key = [team, o.channelId, o.date];
      for (;;) {
        if ((await client.query(SQL.insertClaim, [...key, o.claimant, t])).rowCount === 1) return true;
        const row = (await client.query<LogRow>(SQL.lockLog, key)).rows[0];
        if (!row) continue; // the digest log keeps its rows; only a hand-made DELETE gets here
        const free =
          (row.status === 'sending' && t - row.claimed_at >= o.leaseMs) ||
          (row.status === 'failed' && t - row.claimed_at >= o.failedRetryMs);
        if (!free) return false;
        await client.query(SQL.retakeClaim, [...key, o.claimant, t]);
        return true;
      }
    });

  let closed: Promise<void> | undefined;
  const views = new Map<string, Store>();
  /** The store as one workspace sees it; every view shares the pool. */
  const view = (team: string): Store => {
    const known = views.get(team);
    if (known) return known;
    const store: Store = {
      location,
      teamId: team,
      forTeam: view,
      claimEvent,
      async finishEvent(eventId) {
        await pool.query(SQL.finishEvent, [eventId]);
      },
      async unfinishedEvents() {
        return (await rows<{ event_id: string; body: string | null; claimed_by: string | null; seen_at: number; attempts: number }>(SQL.unfinished)).map(
          (r): UnfinishedEvent => ({ eventId: r.event_id, body: r.body ?? '', claimedBy: r.claimed_by ?? '', claimedAt: r.seen_at, attempts: r.attempts }),
        );
      },
      async conversation(channelId, threadTs) {
        const row = await one<{ asker: string; question: string; updated_at: number }>(SQL.conversation, [team, channelId, threadTs]);
        return row ? { asker: row.asker, question: row.question, updatedAt: row.updated_at } : null;
      },
      async saveConversation(channelId, threadTs, asker, question, at) {
        await pool.query(SQL.saveConversation, [team, channelId, threadTs, asker, question, at]);
      },
      async setAnswerChannel(channelId, on, by) {
        return (await (on ? changes(SQL.answerChannelOn, [team, channelId, by, now().getTime()]) : changes(SQL.answerChannelOff, [team, channelId]))) === 1;
      },
      async answerChannel(channelId) {
        const row = await one<AnswerChannelRow>(SQL.answerChannel, [team, channelId]);
        return row ? toAnswerChannel(row) : null;
      },
      async recordAnswer(channelId, questionTs, answerTs) {
        await pool.query(SQL.answered, [team, channelId, questionTs, answerTs, now().getTime()]);
      },
      async answerTo(channelId, questionTs) {
        return (await one<{ answer_ts: string }>(SQL.answerOf, [team, channelId, questionTs]))?.answer_ts ?? null;
      },
      async recordVote(vote) {
        await pool.query(SQL.vote, [team, vote.answerKey, vote.userId, vote.vote, vote.question, now().getTime()]);
      },
      async addDeadline(d) {
        return toDeadline((await one<DeadlineRow>(SQL.addDeadline, [team, d.date, d.text, d.addedBy, d.addedByName ?? null, d.addedAt.getTime()]))!);
      },
      async removeDeadline(id) {
        const row = await one<DeadlineRow>(SQL.removeDeadline, [team, id]);
        return row ? toDeadline(row) : null;
      },
      async userDeadlines() {
        return (await rows<DeadlineRow>(SQL.deadlines, [team])).map(toDeadline);
      },
      async subscribe(s) {
        return toSubscription((await one<SubscriptionRow>(SQL.subscribe, [team, s.channelId, s.time, s.subscribedBy, s.now.getTime()]))!);
      },
      async pauseSubscription(channelId, reason, at) {
        return (await changes(SQL.pause, [team, reason, at.getTime(), channelId])) === 1;
      },
      async pauseAllSubscriptions(reason, at) {
        return changes(SQL.pauseAll, [team, reason, at.getTime()]);
      },
      async unsubscribe(channelId) {
        return (await changes(SQL.unsubscribe, [team, channelId])) === 1;
      },
      async subscription(channelId) {
        const row = await one<SubscriptionRow>(SQL.subscription, [team, channelId]);
        return row ? toSubscription(row) : null;
      },
      async subscriptions() {
        return (await rows<SubscriptionRow>(SQL.subscriptions, [team])).map(toSubscription);
      },
      async subscriptionsOfEveryTeam() {
        return (await rows<SubscriptionRow>(SQL.everySubscription)).map(toSubscription);
      },
      claimDigest: (o) => claimDigest(team, o),
      async renewClaim(channelId, date, claimant, at) {
        await pool.query(SQL.renew, [team, channelId, date, claimant, at.getTime()]);
      },
      async markDigestSent(channelId, date, claimant, sentAt, attempts) {
        await pool.query(SQL.sent, [team, channelId, date, claimant, sentAt.getTime(), attempts]);
      },
      async markDigestFailed(channelId, date, claimant, error, attempts, at) {
        await pool.query(SQL.failed, [team, channelId, date, claimant, at.getTime(), attempts, error.slice(0, MAX_KEPT_TEXT)]);
      },
      async digestLog(channelId, date) {
        const row = await one<LogRow>(SQL.log, [team, channelId, date]);
        return row ? toLog(row) : null;
      },
      async lastDigestSent(channelId) {
        const row = await one<LogRow>(SQL.lastSent, [team, channelId]);
        return row ? toLog(row) : null;
      },
      async noteForCurators(n) {
        const comment = n.comment?.trim().slice(0, MAX_KEPT_TEXT) || null;
        await pool.query(SQL.note, [team, n.kind, n.question.slice(0, MAX_KEPT_TEXT), n.language, n.intent, n.channelKind, n.at.getTime(), comment]);
      },
      async curationNotes(since) {
        return (await rows<NoteRow>(SQL.notes, [team, sinceMs(since)])).map(toNote);
      },
      async voteCounts(since) {
        return toCounts((await one<{ up: number; down: number }>(SQL.voteCounts, [team, sinceMs(since)]))!);
      },
      async addTaughtPhrase(t) {
        return toTaught((await one<TaughtRow>(SQL.teach, [team, t.phrase, t.words, t.addedBy, t.addedAt.getTime()]))!);
      },
      async removeTaughtPhrase(id) {
        const row = await one<TaughtRow>(SQL.forget, [team, id]);
        return row ? toTaught(row) : null;
      },
      async taughtPhrases() {
        return (await rows<TaughtRow>(SQL.taught, [team])).map(toTaught);
      },
      async admins() {
        return (await rows<{ user_id: string }>(SQL.admins, [team])).map((r) => r.user_id);
      },
      async addAdmin(userId, addedBy, at) {
        return (await changes(SQL.addAdmin, [team, userId, addedBy, at.getTime()])) === 1;
      },
      async saveInstallation(i) {
        await pool.query(SQL.saveInstallation, [i.key, i.teamId, i.enterpriseId, i.installation, i.installedBy, i.at.getTime()]);
      },
      async installation(key) {
        const row = await one<InstallationRow>(SQL.installation, [key]);
        return row ? toInstallation(row) : null;
      },
      async deleteInstallation(key) {
        return (await changes(SQL.deleteInstallation, [key])) === 1;
      },
      async ping() {
        await pool.query('SELECT 1');
      },
      close() {
        // Once, for every view: pg refuses a second end().
        return (closed ??= pool.end());
      },
    };
    views.set(team, store);
    return store;
  };
  return view('');
}
