/**
 * Opens the bot's store in DATA_DIR: the SQLite database file there, created and migrated as needed.
 *
 * It first makes sure nothing is lost without a word. Beside the database it keeps a marker
 * (MARKER_FILE, written once the database is made), so that a later start can tell a first start
 * from a database that vanished: the marker with no database, or with an empty file, is refused
 * unless `allowNewDatabase` (ALLOW_NEW_DATABASE=1). A damaged database, or a DATA_DIR that cannot
 * be made or written, is refused too. Each refusal is one DatabaseError naming the path and what to do.
 */
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openPostgresStore } from './postgres.ts';
import { DATABASE_FILE, openSqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

/** The path of the database file inside a DATA_DIR. */
export const databasePath = (dataDir: string): string => join(dataDir, DATABASE_FILE);

/** The marker's name inside DATA_DIR: it says the bot made (or found) its database there, and when. */
export const MARKER_FILE = 'database-created.json';

/** DATA_DIR or its database as the bot will not open them. The message names the path and what to do. */
export class DatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseError';
  }
}

export interface OpenStoreOptions {
  /** Begin a new, empty database even though the marker says DATA_DIR held one (ALLOW_NEW_DATABASE=1). */
  allowNewDatabase?: boolean;
  /** Told, in one line, when a new, empty database was begun in place of one that was there. */
  warn?: (message: string) => void;
}

interface Marker {
  database: string;
  /** When the bot created the database here. */
  createdAt?: string;
  /** For a database from before the marker: when the bot first found it. */
  foundAt?: string;
}

const FRESH_START = 'start once with ALLOW_NEW_DATABASE=1 to begin a new, empty database';

export function openStore(dataDir: string, options: OpenStoreOptions = {}): Store {
  const dir = resolve(dataDir);
  prepareDataDir(dir);
  const file = databasePath(dir);
  const markerFile = join(dir, MARKER_FILE);
  const marker = readMarker(markerFile);
  const size = existsSync(file) ? statSync(file).size : null;
  // Without a marker, an empty file is a first start (another process may be creating it right now).
  const vanished = marker !== null && !size;
  if (vanished && !options.allowNewDatabase) {
    const since = marker.createdAt ?? marker.foundAt;
    const lost = `${markerFile} says the bot kept its database there${since ? ` (since ${since})` : ''}; starting would begin an empty one, without the deadlines, digest subscriptions and processed events`;
    throw new DatabaseError(
      size === null
        ? `the database ${file} is missing, but ${lost}. Restore ${DATABASE_FILE} from a backup, or ${FRESH_START}`
        : `the database ${file} is empty (0 bytes), but ${lost}. Restore it from a backup, or ${FRESH_START}`,
    );
  }
  if (size) checkIntact(file);
  let store: Store;
  try {
    store = openSqliteStore(file);
  } catch (error) {
    throw asDatabaseError(error, file);
  }
  if (vanished) {
    writeMarker(markerFile, { database: DATABASE_FILE, createdAt: new Date().toISOString() }, true);
    options.warn?.(`began a new, empty database at ${file} (ALLOW_NEW_DATABASE=1); remove that setting again, so that a database that goes missing later is refused`);
  } else if (!marker) {
    writeMarker(markerFile, size ? { database: DATABASE_FILE, foundAt: new Date().toISOString() } : { database: DATABASE_FILE, createdAt: new Date().toISOString() }, false);
  }
  return store;
}

/** "ENOTDIR: not a directory" from a Node fs error, without the path it repeats. */
const reason = (error: unknown): string => (error instanceof Error ? error.message.split(', ')[0]! : String(error));

function prepareDataDir(dir: string): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new DatabaseError(`DATA_DIR ${dir} is a file, not a folder; point DATA_DIR at a folder for the bot's database`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new DatabaseError(`DATA_DIR ${dir} cannot be created (${reason(error)}); create it, or point DATA_DIR at a folder the bot may write`);
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new DatabaseError(`DATA_DIR ${dir} is not writable (${reason(error)}); let the bot's user write it, since its database lives there`);
  }
}

/** The marker, or null when there is none. One that cannot be read still says a database was here. */
function readMarker(markerFile: string): Marker | null {
  if (!existsSync(markerFile)) return null;
  try {
    const m = JSON.parse(readFileSync(markerFile, 'utf8')) as Partial<Marker>;
    return { database: DATABASE_FILE, ...(typeof m.createdAt === 'string' ? { createdAt: m.createdAt } : {}), ...(typeof m.foundAt === 'string' ? { foundAt: m.foundAt } : {}) };
  } catch {
    return { database: DATABASE_FILE };
  }
}

function writeMarker(markerFile: string, marker: Marker, replace: boolean): void {
  const note = `Written by the bot when it began (or first found) ${DATABASE_FILE} in this folder. While this file is here, a start that finds no ${DATABASE_FILE}, or an empty one, is refused; ALLOW_NEW_DATABASE=1 lets it begin a new, empty database. Keep this file with the database in backups.`;
  try {
    writeFileSync(markerFile, `${JSON.stringify({ ...marker, note }, null, 2)}\n`, { flag: replace ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return; // another process wrote it first
    throw new DatabaseError(`${markerFile} cannot be written (${reason(error)}); let the bot's user write DATA_DIR`);
  }
}

/** Refuse a database file SQLite cannot read whole (random bytes, a truncated copy), before anything writes to it. */
function checkIntact(file: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const result = String(db.pragma('quick_check', { simple: true }));
    if (result !== 'ok') throw damaged(file, result.slice(0, 200));
  } catch (error) {
    throw asDatabaseError(error, file);
  } finally {
    db?.close();
  }
}

const damaged = (file: string, detail: string) =>
  new DatabaseError(
    `the database ${file} is damaged (${detail}). Restore it from a backup, or move it aside (with its -wal and -shm files, if any) and ${FRESH_START}`,
  );

/** SQLite's refusals at open, as one message naming the file; anything else as it is. */
function asDatabaseError(error: unknown, file: string): unknown {
  if (error instanceof DatabaseError) return error;
  if (error instanceof Database.SqliteError) {
    if (/^SQLITE_(NOTADB|CORRUPT)/.test(error.code)) return damaged(file, error.message);
    if (/^SQLITE_(READONLY|PERM|CANTOPEN|AUTH)/.test(error.code)) return new DatabaseError(`the database ${file} cannot be opened for writing (${error.message}); let the bot's user read and write it and DATA_DIR`);
    if (/^SQLITE_FULL/.test(error.code)) return new DatabaseError(`the disk holding ${file} is full; free some space`);
    if (/^SQLITE_BUSY/.test(error.code)) return new DatabaseError(`the database ${file} stayed locked by another process (${error.message}); stop whatever holds it`);
    return new DatabaseError(`the database ${file} cannot be opened (${error.code}: ${error.message})`);
  }
  // migrate() refuses a database written by a newer version of the program.
  if (error instanceof Error && /newer than this program/.test(error.message)) return new DatabaseError(error.message.replace(/^the database /, `the database ${file} `));
  return error;
}

/**
 * The store the settings ask for: PostgreSQL at DATABASE_URL when it is set (migrated at open,
 * under a lock, so replicas starting together migrate once), SQLite in DATA_DIR otherwise. Either
 * way a store that cannot be opened is one DatabaseError naming it (a URL without its password).
 */
export async function openConfiguredStore(settings: { dataDir: string; databaseUrl?: string }, options: OpenStoreOptions & { onError?: (message: string) => void } = {}): Promise<Store> {
  if (!settings.databaseUrl) return openStore(settings.dataDir, options);
  try {
    return await openPostgresStore(settings.databaseUrl, options.onError ? { onError: options.onError } : {});
  } catch (error) {
    throw new DatabaseError(error instanceof Error ? error.message : String(error));
  }
}
