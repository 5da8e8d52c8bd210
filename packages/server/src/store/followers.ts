import type { Db } from '../db/index.js';
import { forgetMailsOf } from './outbox.js';

export type FollowerRow = {
  id: number;
  initiative_id: number;
  email: string;
  locale: string;
  confirmed_at: string | null;
  created_at: string;
};

/**
 * Asks to follow. The address is matched by its keyed hash, so asking twice is one row.
 * Returns the row and whether a confirmation mail should go out: not for an address that
 * already follows, and not again within an hour (nobody can use us to flood an inbox).
 */
export async function requestFollow(
  tx: Db,
  f: { initiativeId: number; email: string; emailHash: string; locale: string },
  now: Date,
): Promise<{ follower: FollowerRow; confirm: boolean }> {
  const existing = await tx.get<FollowerRow>('SELECT * FROM followers WHERE initiative_id = ? AND email_hash = ?', [
    f.initiativeId,
    f.emailHash,
  ]);
  if (existing) {
    if (existing.confirmed_at) return { follower: existing, confirm: false };
    const recent = now.getTime() - new Date(existing.created_at).getTime() < 3_600_000;
    if (recent) return { follower: existing, confirm: false };
    await tx.run('UPDATE followers SET created_at = ?, locale = ?, email = ? WHERE id = ?', [
      now.toISOString(),
      f.locale,
      f.email,
      existing.id,
    ]);
    return { follower: { ...existing, locale: f.locale, email: f.email }, confirm: true };
  }
  const row = await tx.get<FollowerRow>(
    `INSERT INTO followers (initiative_id, email, email_hash, locale, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (initiative_id, email_hash) DO NOTHING RETURNING *`,
    [f.initiativeId, f.email, f.emailHash, f.locale, now.toISOString()],
  );
  // Lost a race with the same request on another instance: that one sends the mail.
  if (!row) return requestFollow(tx, f, now);
  return { follower: row, confirm: true };
}

export const getFollower = (db: Db, id: number) => db.get<FollowerRow>('SELECT * FROM followers WHERE id = ?', [id]);

export async function confirmFollower(db: Db, id: number, now: string): Promise<boolean> {
  const done = await db.run('UPDATE followers SET confirmed_at = COALESCE(confirmed_at, ?) WHERE id = ?', [now, id]);
  return done.changes === 1;
}

/** Unsubscribing erases the address: the row goes. */
export async function deleteFollower(db: Db, id: number): Promise<boolean> {
  return (await db.run('DELETE FROM followers WHERE id = ?', [id])).changes === 1;
}

export const confirmedFollowers = (db: Db, initiativeId: number) =>
  db.all<FollowerRow>('SELECT * FROM followers WHERE initiative_id = ? AND confirmed_at IS NOT NULL ORDER BY id', [
    initiativeId,
  ]);

/** Addresses that were never confirmed are not kept: erased after seven days. */
export async function eraseUnconfirmedFollowers(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  const stale = await db.all<{ id: number }>('SELECT id FROM followers WHERE confirmed_at IS NULL AND created_at < ?', [
    cutoff,
  ]);
  for (const { id } of stale) {
    await forgetMailsOf(db, 'follower', id);
    await db.run('DELETE FROM followers WHERE id = ?', [id]);
  }
  return stale.length;
}
