import { resolve } from 'node:path';
import { migrate } from './migrations.js';
import type { Db } from './types.js';

export type { Db, Dialect, Row, SqlValue } from './types.js';
export { initiativeInBbox, areaBoundsContain } from './migrations.js';
export { isUnavailable } from './errors.js';

/**
 * Opens the database named by `location` (a `postgres://` URL or a SQLite file path) and migrates it.
 * `schema` opens one tenant's schema of a PostgreSQL database (tenants on SQLite have a file each).
 */
export async function openDatabase(location: string, schema?: string): Promise<Db> {
  let db: Db;
  if (/^postgres(ql)?:\/\//.test(location)) {
    const { openPostgres } = await import('./postgres.js');
    db = await openPostgres(location, schema);
  } else {
    const { openSqlite } = await import('./sqlite.js');
    db = openSqlite(location === ':memory:' ? location : resolve(location));
  }
  await migrate(db);
  return db;
}

/** Parses a JSON text column; the server only ever writes valid JSON there. */
export function json<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string') return fallback;
  return JSON.parse(value) as T;
}
