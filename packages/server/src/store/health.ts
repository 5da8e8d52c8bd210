import type { Db } from '../db/index.js';

/** The newest migration applied, or null before the first (a quick read: readiness asks it often). */
export async function appliedMigration(db: Db): Promise<number | null> {
  const row = await db.get<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
  return row?.v === null || row?.v === undefined ? null : Number(row.v);
}
