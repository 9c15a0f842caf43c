/**
 * Read-only readers of a PostgreSQL database, for the CLIs (`npm run report`, `digest`, `lexicon`)
 * when DATABASE_URL is set: one connection, plain SELECTs, no migration, every workspace's rows
 * together (the operator's view, as the SQLite readers give it). A database without the bot's
 * tables yet has none of their rows.
 */
import pg from 'pg';
import { connectError } from './pgUrl.ts';
import { TYPES } from './postgres.ts';
import { type DeadlineRow, type NoteRow, sinceMs, type TaughtRow, toCounts, toDeadline, toNote, toTaught } from './rows.ts';
import type { CurationData } from './sqliteRead.ts';
import type { UserDeadline } from './types.ts';

async function withClient<T>(url: string, read: (query: <R extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<R[]>, has: (table: string) => Promise<boolean>) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, types: TYPES, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw connectError(error, url);
  }
  try {
    const query = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await client.query<R>(sql, params)).rows;
    const has = async (table: string) => (await query<{ t: string | null }>('SELECT to_regclass($1) AS t', [`public.${table}`]))[0]?.t != null;
    return await read(query, has);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Every workspace's curation notes (since an instant), votes counted, and taught phrases. */
export function readCurationFromPostgres(url: string, since?: Date): Promise<CurationData> {
  return withClient(url, async (query, has) => ({
    notes: (await has('curation_notes'))
      ? (await query<NoteRow>('SELECT kind, question, language, intent, channel_kind, noted_at, comment FROM curation_notes WHERE noted_at >= $1 ORDER BY noted_at, id', [sinceMs(since)])).map(toNote)
      : [],
    votes: (await has('votes'))
      ? toCounts((await query<{ up: number; down: number }>("SELECT COUNT(*) FILTER (WHERE vote = 'up')::int AS up, COUNT(*) FILTER (WHERE vote = 'down')::int AS down FROM votes WHERE voted_at >= $1", [sinceMs(since)]))[0]!)
      : { up: 0, down: 0 },
    taught: (await has('taught_phrases')) ? (await query<TaughtRow>('SELECT * FROM taught_phrases ORDER BY id')).map(toTaught) : [],
  }));
}

/** Every workspace's added deadlines, by date then id. */
export function readUserDeadlinesFromPostgres(url: string): Promise<UserDeadline[]> {
  return withClient(url, async (query, has) => ((await has('user_deadlines')) ? (await query<DeadlineRow>('SELECT * FROM user_deadlines ORDER BY date, id')).map(toDeadline) : []));
}
