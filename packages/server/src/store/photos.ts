import type { Db } from '../db/index.js';

/** A photo uploaded before its idea: no idea yet, claimed when the idea names it. */
export async function insertPhoto(
  db: Db,
  photo: { id: string; type: string; size: number; createdAt: string },
): Promise<void> {
  await db.run('INSERT INTO photos (id, type, size, created_at) VALUES (?, ?, ?, ?)', [
    photo.id,
    photo.type,
    photo.size,
    photo.createdAt,
  ]);
}

/** Claims an unclaimed photo for an idea; false when there is no such photo or another idea has it. */
export async function claimPhoto(
  db: Db,
  photoId: string,
  ideaId: number,
  alt: string,
  position: number,
): Promise<boolean> {
  const claimed = await db.run(
    'UPDATE photos SET idea_id = ?, alt = ?, position = ? WHERE id = ? AND idea_id IS NULL',
    [ideaId, alt, position, photoId],
  );
  return claimed.changes === 1;
}

/** The photo's type when it belongs to that idea. */
export async function photoOfIdea(db: Db, photoId: string, ideaId: number): Promise<{ type: string } | undefined> {
  return db.get<{ type: string }>('SELECT type FROM photos WHERE id = ? AND idea_id = ?', [photoId, ideaId]);
}

/** Whether a photo row exists (its bytes may be anywhere). */
export async function photoExists(db: Db, photoId: string): Promise<boolean> {
  return !!(await db.get('SELECT 1 AS x FROM photos WHERE id = ?', [photoId]));
}

/** An idea's photos in their order: ids and descriptions. */
export async function photosOfIdea(db: Db, ideaId: number): Promise<{ id: string; alt: string }[]> {
  return db.all<{ id: string; alt: string }>('SELECT id, alt FROM photos WHERE idea_id = ? ORDER BY position', [
    ideaId,
  ]);
}
