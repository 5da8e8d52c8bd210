import type { Db } from '../db/index.js';

/** Counts one hit in a bucket's window and answers the hits so far (one statement: instances cannot lose a hit). */
export async function countHit(db: Db, bucket: string, windowStart: number): Promise<number> {
  const row = await db.get<{ hits: number }>(
    `INSERT INTO rate_limits (bucket, window_start, hits) VALUES (?, ?, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits`,
    [bucket, windowStart],
  );
  return Number(row!.hits);
}

/** The hits of a bucket's window, without adding one. */
export async function hitsIn(db: Db, bucket: string, windowStart: number): Promise<number> {
  const row = await db.get<{ hits: number }>('SELECT hits FROM rate_limits WHERE bucket = ? AND window_start = ?', [
    bucket,
    windowStart,
  ]);
  return Number(row?.hits ?? 0);
}

export async function forgetWindowsBefore(db: Db, windowStart: number): Promise<void> {
  await db.run('DELETE FROM rate_limits WHERE window_start < ?', [windowStart]);
}
