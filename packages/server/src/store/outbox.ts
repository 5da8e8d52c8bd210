import type { Db } from '../db/index.js';

/** Who a mail is for: staff see this, never the address of a resident who follows. */
export type Audience = 'initiator' | 'contact' | 'follower' | 'backer' | 'helper';

export type OutgoingMail = {
  kind: string;
  audience: Audience;
  locale: string;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  unsubscribe: string | null;
  ideaId?: number | null;
  initiativeId?: number | null;
  followerId?: number | null;
  contactId?: number | null;
  backerId?: number | null;
  offerId?: number | null;
};

export type OutboxRow = {
  id: number;
  kind: string;
  audience: Audience;
  locale: string;
  recipient: string | null;
  subject: string;
  text_body: string | null;
  html_body: string | null;
  unsubscribe: string | null;
  idea_id: number | null;
  initiative_id: number | null;
  status: 'queued' | 'sent' | 'failed' | 'cancelled';
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
};

const DUE_NOW = '1970-01-01T00:00:00.000Z';

/** Written inside the transaction of the change that causes the mail: both happen, or neither. */
export async function enqueueMail(tx: Db, mail: OutgoingMail, now: string): Promise<number> {
  const row = await tx.get<{ id: number }>(
    `INSERT INTO outbox (kind, audience, locale, recipient, subject, text_body, html_body, unsubscribe, idea_id,
       initiative_id, follower_id, contact_id, backer_id, offer_id, status, next_attempt_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?) RETURNING id`,
    [
      mail.kind,
      mail.audience,
      mail.locale,
      mail.recipient,
      mail.subject,
      mail.text,
      mail.html,
      mail.unsubscribe,
      mail.ideaId ?? null,
      mail.initiativeId ?? null,
      mail.followerId ?? null,
      mail.contactId ?? null,
      mail.backerId ?? null,
      mail.offerId ?? null,
      // Due at once. The outbox runs on the wall clock, the app (and `now`) may not.
      DUE_NOW,
      now,
    ],
  );
  return Number(row!.id);
}

/**
 * Takes up to `limit` due messages for one sender until `leaseUntil`. On PostgreSQL rows
 * another instance is claiming right now are skipped (SKIP LOCKED), and a claimed row is
 * not due again until its lease ends: with two instances each message is taken once.
 * SQLite serialises writers, so the same statement without the lock clause is enough.
 */
export async function claimDue(db: Db, owner: string, now: string, leaseUntil: string, limit: number) {
  const lock = db.dialect === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : '';
  return db.all<OutboxRow>(
    `UPDATE outbox SET lease_owner = ?, lease_until = ?, attempts = attempts + 1
     WHERE id IN (SELECT id FROM outbox WHERE status = 'queued' AND next_attempt_at <= ?
       AND (lease_until IS NULL OR lease_until < ?) ORDER BY id LIMIT ? ${lock})
     RETURNING *`,
    [owner, leaseUntil, now, now, limit],
  );
}

/**
 * Renews this instance's lease on a row just before sending it: false when the lease ran out
 * and another instance took the row meanwhile (a slow batch under load), so it is not sent twice.
 */
export async function renewLease(db: Db, id: number, owner: string, now: string, until: string): Promise<boolean> {
  const done = await db.run(
    `UPDATE outbox SET lease_until = ? WHERE id = ? AND lease_owner = ? AND status = 'queued'
       AND (lease_until >= ? OR lease_until IS NULL)`,
    [until, id, owner, now],
  );
  return done.changes === 1;
}

/** Sent: the body is no longer needed, so it is dropped (the subject and when stay for staff). */
export async function markSent(db: Db, id: number, now: string): Promise<void> {
  await db.run(
    `UPDATE outbox SET status = 'sent', sent_at = ?, text_body = NULL, html_body = NULL, lease_owner = NULL,
       lease_until = NULL, last_error = NULL WHERE id = ? AND status = 'queued'`,
    [now, id],
  );
}

/** A temporary failure: due again at `retryAt`. */
export async function markRetry(db: Db, id: number, retryAt: string, error: string): Promise<void> {
  await db.run(
    `UPDATE outbox SET next_attempt_at = ?, lease_owner = NULL, lease_until = NULL, last_error = ?
     WHERE id = ? AND status = 'queued'`,
    [retryAt, error.slice(0, 500), id],
  );
}

/** A permanent failure: never tried again; staff see the reason. */
export async function markFailed(db: Db, id: number, error: string): Promise<void> {
  await db.run(
    `UPDATE outbox SET status = 'failed', text_body = NULL, html_body = NULL, lease_owner = NULL, lease_until = NULL,
       last_error = ? WHERE id = ? AND status = 'queued'`,
    [error.slice(0, 500), id],
  );
}

/** The mails about an idea and the initiative it became, newest first: what staff see. */
export async function mailsOfIdea(db: Db, ideaId: number, initiativeId: number | null) {
  const rows = await db.all<OutboxRow>(
    `SELECT * FROM outbox WHERE idea_id = ? OR (initiative_id IS NOT NULL AND initiative_id = ?)
     ORDER BY id DESC LIMIT 200`,
    [ideaId, initiativeId ?? -1],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    audience: r.audience,
    status: r.status,
    attempts: Number(r.attempts),
    created: r.created_at,
    sent: r.sent_at,
    error: r.last_error,
  }));
}

/** Staff turned mail off for an idea: what was still waiting for its initiator is not sent. */
export async function cancelInitiatorMails(db: Db, ideaId: number): Promise<void> {
  await db.run(
    `UPDATE outbox SET status = 'cancelled', text_body = NULL, html_body = NULL, recipient = NULL
     WHERE idea_id = ? AND audience = 'initiator' AND status = 'queued'`,
    [ideaId],
  );
}

/** A follower, backer or helper left: their address goes from every mail, sent or not, and nothing more is sent. */
export async function forgetMailsOf(db: Db, who: 'follower' | 'backer' | 'offer', id: number): Promise<void> {
  // The column comes from the closed list above, never from a request.
  const column = { follower: 'follower_id', backer: 'backer_id', offer: 'offer_id' }[who];
  await db.run(
    `UPDATE outbox SET status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END, recipient = NULL,
       text_body = NULL, html_body = NULL WHERE ${column} = ?`,
    [id],
  );
}

/** Addresses of mails handled long ago are erased with the rest of the resident's data. */
export async function eraseOldMailAddresses(db: Db, before: string): Promise<number> {
  const done = await db.run(
    `UPDATE outbox SET recipient = NULL WHERE recipient IS NOT NULL AND status <> 'queued' AND created_at < ?`,
    [before],
  );
  return done.changes;
}
