/**
 * Read-only readers of a SQLite database file, for the CLIs that must not create state nor migrate
 * a running bot's database (`npm run digest`, `report`, `lexicon`). They read every workspace's
 * rows: the operator's view, across the workspaces one database serves. A database from before a
 * table existed has none of its rows.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { type DeadlineRow, type NoteRow, sinceMs, type TaughtRow, toCounts, toDeadline, toNote, toTaught } from './rows.ts';
import type { CurationNote, TaughtPhraseRecord, UserDeadline, VoteCounts } from './types.ts';

const SQL = {
  notesSince: 'SELECT kind, question, language, intent, channel_kind, noted_at, comment FROM curation_notes WHERE noted_at >= ? ORDER BY noted_at, id',
  /** The same on a database from before comments (schema version 7 and older). */
  notesSinceNoComment: 'SELECT kind, question, language, intent, channel_kind, noted_at FROM curation_notes WHERE noted_at >= ? ORDER BY noted_at, id',
  votesSince: "SELECT COALESCE(SUM(vote = 'up'), 0) AS up, COALESCE(SUM(vote = 'down'), 0) AS down FROM votes WHERE voted_at >= ?",
  taught: 'SELECT * FROM taught_phrases ORDER BY id',
};

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
