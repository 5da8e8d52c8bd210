import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

export const PG_DUMP_RECIPE = `PostgreSQL is backed up with its own tools, online and consistent:
  pg_dump --format=custom --file=buurtkit.dump "$DATABASE_URL"
and restored into a new, empty database:
  createdb buurtkit_restored
  pg_restore --no-owner --dbname=postgres://…/buurtkit_restored buurtkit.dump`;

/**
 * An online, consistent copy of a SQLite database while the server keeps serving:
 * `VACUUM INTO` reads one snapshot (WAL: writers carry on meanwhile) into a new file,
 * written beside the target and renamed, so a backup file is whole or absent. Restore by
 * putting the file where the server's database goes, with the server stopped.
 */
export function backupSqlite(database: string, to: string): { bytes: number } {
  const target = resolve(to);
  if (existsSync(target)) throw new Error(`${to} exists already; a backup never overwrites a file`);
  if (!existsSync(database)) throw new Error(`no database at ${database}`);
  const partial = `${target}.part`;
  rmSync(partial, { force: true });
  const db = new Database(database, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    db.prepare('VACUUM INTO ?').run(partial);
  } finally {
    db.close();
  }
  const check = new Database(partial, { readonly: true });
  try {
    const ok = check.pragma('integrity_check', { simple: true });
    if (ok !== 'ok') throw new Error(`the copy failed its integrity check: ${String(ok)}`);
  } finally {
    check.close();
  }
  renameSync(partial, target);
  return { bytes: statSync(target).size };
}
