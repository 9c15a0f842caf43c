/**
 * The database schema as a list of versioned migrations. A database records the last one applied
 * in `PRAGMA user_version`; at open, the later ones run, each in its own transaction. Append new
 * migrations; never edit one that has shipped.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  /** What the migration does, for the log and for reviewers. */
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'events, votes, user deadlines, digest subscriptions and log',
    sql: `
      CREATE TABLE processed_events (
        event_id TEXT PRIMARY KEY,
        seen_at  INTEGER NOT NULL           -- ms since epoch
      );
      CREATE TABLE votes (
        answer_key TEXT NOT NULL,
        user_id    TEXT NOT NULL,
        vote       TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        question   TEXT NOT NULL,
        voted_at   INTEGER NOT NULL,
        PRIMARY KEY (answer_key, user_id)
      );
      CREATE TABLE user_deadlines (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        date     TEXT NOT NULL,             -- ISO date
        text     TEXT NOT NULL,
        added_by TEXT NOT NULL,             -- Slack user id
        added_at INTEGER NOT NULL
      );
      CREATE INDEX user_deadlines_date ON user_deadlines (date);
      CREATE TABLE digest_subscriptions (
        channel_id    TEXT PRIMARY KEY,
        time          TEXT NOT NULL,        -- HH:MM, Europe/Stockholm
        subscribed_by TEXT NOT NULL,
        subscribed_at INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL
      );
      CREATE TABLE digest_log (
        channel_id TEXT NOT NULL,
        date       TEXT NOT NULL,           -- Stockholm date the digest is for
        status     TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
        attempts   INTEGER NOT NULL DEFAULT 0,
        claimed_by TEXT NOT NULL,
        claimed_at INTEGER NOT NULL,
        sent_at    INTEGER,
        error      TEXT,
        PRIMARY KEY (channel_id, date)
      );
    `,
  },
  {
    version: 2,
    name: "user deadlines keep the adder's display name, so digests name them without pinging them",
    sql: `ALTER TABLE user_deadlines ADD COLUMN added_by_name TEXT;`,
  },
  {
    version: 3,
    name: 'digest subscriptions can be paused, with the reason, when Slack refuses their posts for good',
    sql: `
      ALTER TABLE digest_subscriptions ADD COLUMN paused_reason TEXT;   -- Slack's error or the event; NULL: active
      ALTER TABLE digest_subscriptions ADD COLUMN paused_at INTEGER;    -- ms since epoch; NULL: active
    `,
  },
  {
    version: 4,
    name: 'the bot remembers which message answered which question, so that an edited question updates its answer',
    sql: `
      CREATE TABLE answered_messages (
        channel_id  TEXT NOT NULL,
        question_ts TEXT NOT NULL,   -- the question's message ts
        answer_ts   TEXT NOT NULL,   -- the bot's answer's message ts
        answered_at INTEGER NOT NULL, -- ms since epoch
        PRIMARY KEY (channel_id, question_ts)
      );
    `,
  },
  {
    version: 5,
    name: "the curator's loop: questions the bot could not answer and 👎 votes (no user ids), and phrases admins taught",
    sql: `
      CREATE TABLE curation_notes (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        kind         TEXT NOT NULL CHECK (kind IN ('unanswered', 'downvote')),
        question     TEXT NOT NULL,           -- as the bot read it; no user id, on purpose
        language     TEXT NOT NULL CHECK (language IN ('sv', 'en')),
        intent       TEXT NOT NULL,
        channel_kind TEXT NOT NULL CHECK (channel_kind IN ('dm', 'channel')),
        noted_at     INTEGER NOT NULL         -- ms since epoch
      );
      CREATE INDEX curation_notes_noted_at ON curation_notes (noted_at);
      CREATE TABLE taught_phrases (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        phrase   TEXT NOT NULL UNIQUE,        -- lower case, single spaces
        words    TEXT NOT NULL,               -- words of the sources it is read as
        added_by TEXT NOT NULL,               -- Slack user id of the admin
        added_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 6,
    name: 'conversations keep their last question for follow-ups, and channels can be answer channels',
    sql: `
      CREATE TABLE conversations (
        channel_id TEXT NOT NULL,
        thread_ts  TEXT NOT NULL,    -- the thread's ts; '' for a DM's top level
        asker      TEXT NOT NULL,    -- who started it: the one whose replies need no mention
        question   TEXT NOT NULL,    -- the last question as read (JSON)
        updated_at INTEGER NOT NULL, -- ms since epoch
        PRIMARY KEY (channel_id, thread_ts)
      );
      CREATE TABLE answer_channels (
        channel_id TEXT PRIMARY KEY,
        enabled_by TEXT NOT NULL,
        enabled_at INTEGER NOT NULL  -- ms since epoch
      );
    `,
  },
  {
    version: 7,
    name: 'events are claimed before their answer and marked done after it, with the payload kept until then',
    sql: `
      -- Rows from before are events that were handled: 'done'.
      ALTER TABLE processed_events ADD COLUMN status TEXT NOT NULL DEFAULT 'done' CHECK (status IN ('working', 'done'));
      ALTER TABLE processed_events ADD COLUMN claimed_by TEXT;           -- the process working on it
      ALTER TABLE processed_events ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE processed_events ADD COLUMN body TEXT;                 -- the event's payload (JSON) until it is done
      CREATE INDEX processed_events_working ON processed_events (status) WHERE status = 'working';
    `,
  },
  {
    version: 8,
    name: 'a 👎 may say what was wrong',
    sql: `
      ALTER TABLE curation_notes ADD COLUMN comment TEXT;               -- what the person said was wrong (optional)
    `,
  },
  {
    version: 9,
    name: "many workspaces: each workspace's state is its own (team_id; '' for the one workspace of a bot token), installations and admins",
    sql: `
      -- Keys that were a channel (or a phrase) become (team_id, channel): a channel shared between two
      -- workspaces (Slack Connect) keeps one subscription per workspace. SQLite cannot change a key
      -- in place, so those tables are made again with their rows.
      CREATE TABLE digest_subscriptions_9 (
        team_id       TEXT NOT NULL DEFAULT '',
        channel_id    TEXT NOT NULL,
        time          TEXT NOT NULL,
        subscribed_by TEXT NOT NULL,
        subscribed_at INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL,
        paused_reason TEXT,
        paused_at     INTEGER,
        PRIMARY KEY (team_id, channel_id)
      );
      INSERT INTO digest_subscriptions_9 (channel_id, time, subscribed_by, subscribed_at, updated_at, paused_reason, paused_at)
        SELECT channel_id, time, subscribed_by, subscribed_at, updated_at, paused_reason, paused_at FROM digest_subscriptions;
      DROP TABLE digest_subscriptions;
      ALTER TABLE digest_subscriptions_9 RENAME TO digest_subscriptions;

      CREATE TABLE digest_log_9 (
        team_id    TEXT NOT NULL DEFAULT '',
        channel_id TEXT NOT NULL,
        date       TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
        attempts   INTEGER NOT NULL DEFAULT 0,
        claimed_by TEXT NOT NULL,
        claimed_at INTEGER NOT NULL,
        sent_at    INTEGER,
        error      TEXT,
        PRIMARY KEY (team_id, channel_id, date)
      );
      INSERT INTO digest_log_9 (channel_id, date, status, attempts, claimed_by, claimed_at, sent_at, error)
        SELECT channel_id, date, status, attempts, claimed_by, claimed_at, sent_at, error FROM digest_log;
      DROP TABLE digest_log;
      ALTER TABLE digest_log_9 RENAME TO digest_log;

      CREATE TABLE answered_messages_9 (
        team_id     TEXT NOT NULL DEFAULT '',
        channel_id  TEXT NOT NULL,
        question_ts TEXT NOT NULL,
        answer_ts   TEXT NOT NULL,
        answered_at INTEGER NOT NULL,
        PRIMARY KEY (team_id, channel_id, question_ts)
      );
      INSERT INTO answered_messages_9 (channel_id, question_ts, answer_ts, answered_at)
        SELECT channel_id, question_ts, answer_ts, answered_at FROM answered_messages;
      DROP TABLE answered_messages;
      ALTER TABLE answered_messages_9 RENAME TO answered_messages;

      CREATE TABLE conversations_9 (
        team_id    TEXT NOT NULL DEFAULT '',
        channel_id TEXT NOT NULL,
        thread_ts  TEXT NOT NULL,
        asker      TEXT NOT NULL,
        question   TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (team_id, channel_id, thread_ts)
      );
      INSERT INTO conversations_9 (channel_id, thread_ts, asker, question, updated_at)
        SELECT channel_id, thread_ts, asker, question, updated_at FROM conversations;
      DROP TABLE conversations;
      ALTER TABLE conversations_9 RENAME TO conversations;

      CREATE TABLE answer_channels_9 (
        team_id    TEXT NOT NULL DEFAULT '',
        channel_id TEXT NOT NULL,
        enabled_by TEXT NOT NULL,
        enabled_at INTEGER NOT NULL,
        PRIMARY KEY (team_id, channel_id)
      );
      INSERT INTO answer_channels_9 (channel_id, enabled_by, enabled_at) SELECT channel_id, enabled_by, enabled_at FROM answer_channels;
      DROP TABLE answer_channels;
      ALTER TABLE answer_channels_9 RENAME TO answer_channels;

      CREATE TABLE votes_9 (
        team_id    TEXT NOT NULL DEFAULT '',
        answer_key TEXT NOT NULL,
        user_id    TEXT NOT NULL,
        vote       TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        question   TEXT NOT NULL,
        voted_at   INTEGER NOT NULL,
        PRIMARY KEY (team_id, answer_key, user_id)
      );
      INSERT INTO votes_9 (answer_key, user_id, vote, question, voted_at) SELECT answer_key, user_id, vote, question, voted_at FROM votes;
      DROP TABLE votes;
      ALTER TABLE votes_9 RENAME TO votes;

      CREATE TABLE taught_phrases_9 (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        team_id  TEXT NOT NULL DEFAULT '',
        phrase   TEXT NOT NULL,
        words    TEXT NOT NULL,
        added_by TEXT NOT NULL,
        added_at INTEGER NOT NULL,
        UNIQUE (team_id, phrase)
      );
      INSERT INTO taught_phrases_9 (id, phrase, words, added_by, added_at) SELECT id, phrase, words, added_by, added_at FROM taught_phrases;
      DROP TABLE taught_phrases;
      ALTER TABLE taught_phrases_9 RENAME TO taught_phrases;

      -- Numbered rows keep their numbers (admins remove them by it); a column says whose they are.
      ALTER TABLE user_deadlines ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
      ALTER TABLE curation_notes ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
      CREATE INDEX user_deadlines_team ON user_deadlines (team_id, date);
      CREATE INDEX curation_notes_team ON curation_notes (team_id, noted_at);

      -- A workspace (or an Enterprise Grid organisation) that installed the app through OAuth.
      CREATE TABLE installations (
        install_key   TEXT PRIMARY KEY,   -- the team id, or the enterprise id of an organisation-wide install
        team_id       TEXT,
        enterprise_id TEXT,
        installation  TEXT NOT NULL,      -- Bolt's Installation as JSON: tokens, bot user, scopes, installer
        installed_by  TEXT,               -- the Slack user who installed it: the workspace's first admin
        updated_at    INTEGER NOT NULL
      );
      -- Admins added with /cancer-admin admin add (besides ADMIN_USER_IDS and the installer).
      CREATE TABLE admins (
        team_id  TEXT NOT NULL,
        user_id  TEXT NOT NULL,
        added_by TEXT NOT NULL,
        added_at INTEGER NOT NULL,
        PRIMARY KEY (team_id, user_id)
      );
    `,
  },
];

/** The schema version this code expects. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/**
 * Bring a database up to SCHEMA_VERSION. Each step runs in an IMMEDIATE transaction that re-reads
 * the version first, so two processes opening one database at once apply each step once.
 * A database newer than this code is refused rather than misread.
 */
export function migrate(db: Database.Database): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  if (version() > SCHEMA_VERSION) {
    throw new Error(`the database is at schema version ${version()}, newer than this program's ${SCHEMA_VERSION}; upgrade the program`);
  }
  for (const m of MIGRATIONS) {
    db.transaction(() => {
      if (version() >= m.version) return;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
