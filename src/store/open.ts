/** Opens the bot's store in DATA_DIR: the SQLite database file there, created and migrated as needed. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, openSqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

/** The path of the database file inside a DATA_DIR. */
export const databasePath = (dataDir: string): string => join(dataDir, DATABASE_FILE);

export function openStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  return openSqliteStore(databasePath(dataDir));
}
