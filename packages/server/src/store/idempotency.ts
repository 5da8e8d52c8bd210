import type { Db } from '../db/index.js';

export type IdempotencyRow = {
  body_hash: string;
  state: string;
  status: number | null;
  response: string | null;
  created_at: string;
};

/** True when this call made the pending claim; false when the key was there already. */
export async function insertPendingKey(db: Db, key: string, hash: string, now: string): Promise<boolean> {
  const inserted = await db.run(
    `INSERT INTO idempotency (key, body_hash, state, created_at) VALUES (?, ?, 'pending', ?) ON CONFLICT (key) DO
      NOTHING`,
    [key, hash, now],
  );
  return inserted.changes === 1;
}

export const getKey = (db: Db, key: string) =>
  db.get<IdempotencyRow>('SELECT body_hash, state, status, response, created_at FROM idempotency WHERE key = ?', [key]);

/** Takes over a pending claim that is still the one seen (compare-and-set on its time). */
export async function takeOverPendingKey(db: Db, key: string, seenCreatedAt: string, now: string): Promise<boolean> {
  const taken = await db.run(
    `UPDATE idempotency SET created_at = ? WHERE key = ? AND state = 'pending' AND created_at = ?`,
    [now, key, seenCreatedAt],
  );
  return taken.changes === 1;
}

export async function completeKey(db: Db, key: string, status: number, response: unknown): Promise<void> {
  await db.run(`UPDATE idempotency SET state = 'done', status = ?, response = ? WHERE key = ?`, [
    status,
    JSON.stringify(response),
    key,
  ]);
}

export async function deletePendingKey(db: Db, key: string): Promise<void> {
  await db.run(`DELETE FROM idempotency WHERE key = ? AND state = 'pending'`, [key]);
}
