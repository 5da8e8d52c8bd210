import type { Db } from '../db/index.js';

/** A photo's bytes, kept in the database beside its row: every instance finds it. */
export async function putPhotoBytes(db: Db, id: string, bytes: Buffer, at: string): Promise<void> {
  await db.run(
    `INSERT INTO photo_blobs (id, bytes, created_at) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET bytes = excluded.bytes`,
    [id, bytes, at],
  );
}

export async function getPhotoBytes(db: Db, id: string): Promise<Buffer | null> {
  const row = await db.get<{ bytes: Buffer | Uint8Array }>('SELECT bytes FROM photo_blobs WHERE id = ?', [id]);
  return row ? Buffer.from(row.bytes) : null;
}

export async function deletePhotoBytes(db: Db, id: string): Promise<void> {
  await db.run('DELETE FROM photo_blobs WHERE id = ?', [id]);
}
