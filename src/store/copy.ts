/**
 * Moving the bot's state from SQLite to PostgreSQL (`npm run --silent store -- copy --to URL`):
 * every row of every table of a SQLite database at the current schema version, read in one read
 * transaction, written into an empty PostgreSQL database (migrated first) in one transaction,
 * ids kept and each id sequence set past the highest id SQLite ever gave. The rows are then counted
 * on both sides, table by table; any difference rolls the whole copy back. A target that holds
 * any rows already is refused, so that a copy never mixes two databases' state.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { SCHEMA_VERSION } from './migrations.ts';
import { PG_TABLES, migratePostgres } from './pgMigrations.ts';
import { connectError, redactUrl } from './pgUrl.ts';

/** Why a copy did not happen (or was rolled back), said so that the person can act on it. */
export class CopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyError';
  }
}

/** One table's rows in SQLite and, after the copy, in PostgreSQL. */
export interface TableCount {
  table: string;
  source: number;
  target: number;
}

/** Rows per INSERT: well under PostgreSQL's 65 535 parameters for the widest table. */
const BATCH = 500;

type Row = Record<string, unknown>;

/** Every table's rows (in rowid order), and for tables with ids the highest id SQLite has handed out. */
function readSqlite(file: string): Map<string, { rows: Row[]; lastId: number }> {
  if (!existsSync(file)) throw new CopyError(`no database at ${file}: set DATA_DIR to the folder the bot keeps its data in`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new CopyError(`the database ${file} is at schema version ${version}, newer than this program's ${SCHEMA_VERSION}; upgrade the program`);
    if (version !== SCHEMA_VERSION) {
      throw new CopyError(`the database ${file} is at schema version ${version}, not ${SCHEMA_VERSION}; start the bot once with this DATA_DIR (without DATABASE_URL) to bring it up to date, then copy it`);
    }
    // One read transaction: a bot still writing to the file cannot make the tables disagree.
    return db.transaction(() => {
      const hasSequence = !!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get();
      const tables = new Map<string, { rows: Row[]; lastId: number }>();
      for (const t of PG_TABLES) {
        const rows = db.prepare(`SELECT * FROM ${t.name} ORDER BY rowid`).all() as Row[];
        let lastId = 0;
        if (t.identity) {
          const seq = hasSequence ? (db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').get(t.name) as { seq: number } | undefined)?.seq ?? 0 : 0;
          lastId = rows.reduce((max, r) => Math.max(max, Number(r[t.identity!])), seq);
        }
        tables.set(t.name, { rows, lastId });
      }
      return tables;
    })();
  } finally {
    db.close();
  }
}

async function count(client: pg.Client, table: string): Promise<number> {
  return (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
}

async function insertRows(client: pg.Client, table: string, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  const names = columns.map((c) => client.escapeIdentifier(c)).join(', ');
  for (let i = 0; i < rows.length; i += BATCH) {
    const params: unknown[] = [];
    const tuples = rows.slice(i, i + BATCH).map((r) => `(${columns.map((c) => `$${params.push(r[c] ?? null)}`).join(', ')})`);
    await client.query(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(', ')}`, params);
  }
}

/**
 * Copy the SQLite database `file` into the PostgreSQL database at `url`; the row counts per table.
 * Refusals and failures are CopyErrors (or the connection's own clear error); none of them leaves a row behind.
 */
export async function copySqliteToPostgres(file: string, url: string): Promise<TableCount[]> {
  const source = readSqlite(file);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // An error of the connection while idle is what the next query reports; unheard, it would end the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw connectError(error, url);
  }
  try {
    await migratePostgres(client).catch((error: Error) => {
      const newer = /^the database /.test(error.message);
      throw new CopyError(newer ? error.message.replace(/^the database /, `the PostgreSQL database ${redactUrl(url)} `) : `the schema of ${redactUrl(url)} cannot be made (${error.message}); copy into a new, empty database`);
    });
    await client.query('BEGIN');
    try {
      const held: string[] = [];
      for (const t of PG_TABLES) {
        const n = await count(client, t.name);
        if (n) held.push(`${t.name} (${n} ${n === 1 ? 'row' : 'rows'})`);
      }
      if (held.length) throw new CopyError(`the PostgreSQL database ${redactUrl(url)} already holds rows: ${held.join(', ')}; copy only into an empty database`);
      const counts: TableCount[] = [];
      for (const t of PG_TABLES) {
        const { rows, lastId } = source.get(t.name)!;
        await insertRows(client, t.name, rows);
        if (t.identity && lastId > 0) await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), $3)`, [t.name, t.identity, lastId]);
        counts.push({ table: t.name, source: rows.length, target: await count(client, t.name) });
      }
      const differ = counts.filter((c) => c.source !== c.target);
      if (differ.length) throw new CopyError(`the row counts differ (${differ.map((c) => `${c.table} ${c.source} → ${c.target}`).join(', ')}); nothing was copied`);
      await client.query('COMMIT');
      return counts;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (error instanceof CopyError) throw error;
      throw new CopyError(`copying into ${redactUrl(url)} failed (${error instanceof Error ? error.message : String(error)}); nothing was copied`);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
