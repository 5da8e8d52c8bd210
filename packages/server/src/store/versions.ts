import type { Db } from '../db/index.js';

/** The version last read from each database, and the mark it was read under. */
const known = new WeakMap<Db, { mark: object; value: number }>();

/**
 * What public reads show, as a number that moves with every committed write to it (database
 * triggers, migration 9). Caches on every instance compare it before answering from memory.
 *
 * Where the database can tell that nothing changed since it was last read (`Db.publicMark`:
 * PostgreSQL, told of every instance's commits), the number is not asked again: every cached
 * read of fifty municipalities otherwise made a round trip for it, the only one in a map view.
 */
export async function publicVersion(db: Db): Promise<number> {
  const mark = db.publicMark?.();
  const kept = known.get(db);
  if (mark && kept?.mark === mark) return kept.value;
  const row = await db.get<{ value: number }>(`SELECT value FROM counters WHERE key = 'public'`);
  const value = Number(row?.value ?? 0);
  // Kept only if nothing was heard while it was asked: it might be older than that commit.
  if (mark && db.publicMark!() === mark) known.set(db, { mark, value });
  return value;
}
