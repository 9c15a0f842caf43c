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
