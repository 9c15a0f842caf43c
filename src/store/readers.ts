/**
 * What the CLIs read from the bot's state, wherever it is kept: PostgreSQL when DATABASE_URL is
 * set, else the SQLite file in DATA_DIR; read-only either way, every workspace's rows together.
 */
import { existsSync } from 'node:fs';
import { databasePath } from './open.ts';
import { redactUrl } from './pgUrl.ts';
import { readCurationFromPostgres, readUserDeadlinesFromPostgres } from './postgresRead.ts';
import { type CurationData, readCuration, readUserDeadlines } from './sqliteRead.ts';
import type { UserDeadline } from './types.ts';

export interface StateAt {
  dataDir: string;
  databaseUrl?: string;
}

/** The database as a message may name it: the SQLite file, or the URL without its password. */
export const databaseName = (at: StateAt): string => (at.databaseUrl ? redactUrl(at.databaseUrl) : databasePath(at.dataDir));

/** Whether there is a database to read: a PostgreSQL URL is taken to be one; a SQLite file must exist. */
export const databaseExists = (at: StateAt): boolean => at.databaseUrl !== undefined || existsSync(databasePath(at.dataDir));

/** The curation notes (since an instant), the votes counted and the taught phrases. */
export const readCurationAt = (at: StateAt, since?: Date): Promise<CurationData> =>
  at.databaseUrl ? readCurationFromPostgres(at.databaseUrl, since) : Promise.resolve(readCuration(databasePath(at.dataDir), since));

/** The deadlines admins added. */
export const readUserDeadlinesAt = (at: StateAt): Promise<UserDeadline[]> =>
  at.databaseUrl ? readUserDeadlinesFromPostgres(at.databaseUrl) : Promise.resolve(readUserDeadlines(databasePath(at.dataDir)));
