import type { Db } from '../db/index.js';
import { getIdea } from './ideas.js';

export type PrivacyKind = 'view' | 'erase';
export type PrivacyRequestRow = {
  id: number;
  idea_id: number;
  kind: PrivacyKind;
  created_at: string;
  done_at: string | null;
};

export async function insertPrivacyRequest(db: Db, ideaId: number, kind: PrivacyKind, now: string): Promise<number> {
  const row = await db.get<{ id: number }>(
    'INSERT INTO privacy_requests (idea_id, kind, created_at) VALUES (?, ?, ?) RETURNING id',
    [ideaId, kind, now],
  );
  return Number(row!.id);
}

export const getPrivacyRequest = (db: Db, id: number) =>
  db.get<PrivacyRequestRow>('SELECT * FROM privacy_requests WHERE id = ?', [id]);

export async function markPrivacyRequestDone(db: Db, id: number, now: string): Promise<void> {
  await db.run('UPDATE privacy_requests SET done_at = ? WHERE id = ? AND done_at IS NULL', [now, id]);
}

/** The idea a reference names, if its stored address is this one (compared without case). */
export async function ideaOfRequester(db: Db, reference: string, email: string) {
  const row = await db.get<{ id: number }>(
    'SELECT id FROM ideas WHERE reference = ? AND LOWER(contact_email) = ? AND contact_erased_at IS NULL',
    [reference, email.trim().toLowerCase()],
  );
  return row ? getIdea(db, Number(row.id)) : undefined;
}

/**
 * Erases the personal data of one idea (on the resident's request or by staff): contact
 * details, street address and description, and the addresses and bodies of every mail to
 * the resident. Its photos follow (they go with erased contact details; the caller runs
 * the photo sweep after the commit). The idea stays, without them, for the figures.
 */
export async function eraseIdeaPersonalData(db: Db, ideaId: number, now: string): Promise<boolean> {
  const done = await db.run(
    `UPDATE ideas SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, address = NULL,
       description = '', show_name = 0, contact_erased_at = COALESCE(contact_erased_at, ?), updated_at = ?
     WHERE id = ?`,
    [now, now, ideaId],
  );
  await db.run(
    `UPDATE outbox SET status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END, recipient = NULL,
       text_body = NULL, html_body = NULL WHERE idea_id = ? AND audience = 'initiator'`,
    [ideaId],
  );
  return done.changes === 1;
}
