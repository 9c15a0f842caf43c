/**
 * Databases of their own for tests, on the one PostgreSQL server of the test run
 * (test/helpers/postgresServer.ts, vitest's globalSetup): every call makes a new, empty database,
 * so no test sees another's rows. They go when the server stops at the end of the run.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The test server's admin URL (its `postgres` database). */
export const postgresAdminUrl = (): string => inject('postgresAdminUrl');

/** A URL of the test server with another database name (and, when given, another password). */
export function withDatabase(url: string, database: string, password?: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  if (password !== undefined) u.password = password;
  return u.toString();
}

/** Create a new, empty database on the test server and return its URL. */
export async function freshDatabaseUrl(): Promise<string> {
  const admin = postgresAdminUrl();
  const name = `t_${randomBytes(8).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return withDatabase(admin, name);
}

/** Run one query on a database by its URL, on a connection of its own (for what the Store does not expose). */
export async function query<R extends pg.QueryResultRow = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
