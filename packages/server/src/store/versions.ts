import type { Db } from '../db/index.js';

/**
 * What public reads show, as a number that moves with every committed write to it (database
 * triggers, migration 9). Caches on every instance compare it before answering from memory.
 */
export async function publicVersion(db: Db): Promise<number> {
  const row = await db.get<{ value: number }>(`SELECT value FROM counters WHERE key = 'public'`);
  return Number(row?.value ?? 0);
}
