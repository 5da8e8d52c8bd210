import { json, type Db } from '../db/index.js';
import { forgetMailsOf } from './outbox.js';
import { listPhaseModels } from './reference.js';

export const OFFER_KINDS = ['time', 'skill', 'materials', 'place', 'other'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
/** `pending` until the helper confirms; `new` waits for staff to pass it on; then `forwarded`, `done`. */
export type OfferStatus = 'pending' | 'new' | 'forwarded' | 'done';

export type OfferRow = {
  id: number;
  initiative_id: number;
  kinds: string;
  message: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  locale: string;
  status: OfferStatus;
  forwarded_to: 'initiator' | 'contact' | null;
  confirmed_at: string | null;
  created_at: string;
  updated_at: string;
};

export type NewOffer = {
  initiativeId: number;
  emailHash: string;
  kinds: OfferKind[];
  message: string;
  name: string;
  email: string;
  phone: string | null;
  locale: string;
};

/**
 * Stores an offer of help, to be confirmed. A second offer from the same address within the
 * hour, still unconfirmed, replaces the first and sends no second mail (nobody floods an
 * inbox through us); later offers are offers of their own.
 */
export async function requestOffer(tx: Db, o: NewOffer, now: Date): Promise<{ offer: OfferRow; confirm: boolean }> {
  const since = new Date(now.getTime() - 3_600_000).toISOString();
  const recent = await tx.get<{ id: number }>(
    `SELECT id FROM offers WHERE initiative_id = ? AND email_hash = ? AND confirmed_at IS NULL AND created_at >= ?
     ORDER BY id DESC LIMIT 1`,
    [o.initiativeId, o.emailHash, since],
  );
  const values = [JSON.stringify(o.kinds), o.message, o.name, o.email, o.phone, o.locale, now.toISOString()];
  if (recent) {
    const row = await tx.get<OfferRow>(
      `UPDATE offers SET kinds = ?, message = ?, name = ?, email = ?, phone = ?, locale = ?, updated_at = ?
       WHERE id = ? RETURNING *`,
      [...values, recent.id],
    );
    return { offer: row!, confirm: false };
  }
  const row = await tx.get<OfferRow>(
    `INSERT INTO offers (kinds, message, name, email, phone, locale, updated_at, initiative_id, email_hash, status,
       created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?) RETURNING *`,
    [...values, o.initiativeId, o.emailHash, now.toISOString()],
  );
  return { offer: row!, confirm: true };
}

export const getOffer = (db: Db, id: number) => db.get<OfferRow>('SELECT * FROM offers WHERE id = ?', [id]);

/** Confirms an offer once: the row when this call confirmed it, null when it was already (or is gone). */
export async function confirmOffer(tx: Db, id: number, now: string): Promise<OfferRow | null> {
  const row = await tx.get<OfferRow>(
    `UPDATE offers SET confirmed_at = ?, status = 'new', updated_at = ? WHERE id = ? AND confirmed_at IS NULL
     RETURNING *`,
    [now, now, id],
  );
  return row ?? null;
}

export async function markOfferForwarded(tx: Db, id: number, to: 'initiator' | 'contact', now: string) {
  await tx.run(`UPDATE offers SET forwarded_to = ?, status = ?, updated_at = ? WHERE id = ?`, [
    to,
    // Mailed to the initiator, it has reached them; mailed to the contact person, staff pass it on.
    to === 'initiator' ? 'forwarded' : 'new',
    now,
    id,
  ]);
}

export async function setOfferStatus(db: Db, id: number, status: 'new' | 'forwarded' | 'done', now: string) {
  const done = await db.run(`UPDATE offers SET status = ?, updated_at = ? WHERE id = ? AND status <> 'pending'`, [
    status,
    now,
    id,
  ]);
  return done.changes === 1;
}

/** Withdrawing erases the offer, and the helper's address from every mail about it. */
export async function deleteOffer(tx: Db, id: number): Promise<boolean> {
  const gone = (await tx.run('DELETE FROM offers WHERE id = ?', [id])).changes === 1;
  if (gone) await forgetMailsOf(tx, 'offer', id);
  return gone;
}

/** Confirmed offers of an initiative, for staff. */
export async function offersOf(db: Db, initiativeId: number) {
  const rows = await db.all<OfferRow>(
    `SELECT * FROM offers WHERE initiative_id = ? AND confirmed_at IS NOT NULL ORDER BY id DESC`,
    [initiativeId],
  );
  return rows.map(staffOffer);
}

export const staffOffer = (r: OfferRow) => ({
  id: Number(r.id),
  kinds: json<OfferKind[]>(r.kinds, []),
  message: r.message,
  name: r.name,
  email: r.email,
  phone: r.phone,
  locale: r.locale,
  status: r.status,
  forwardedTo: r.forwarded_to,
  confirmed: r.confirmed_at,
  updated: r.updated_at,
});

/** Offers never confirmed are not kept: erased after seven days. */
export async function eraseUnconfirmedOffers(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  const stale = await db.all<{ id: number }>('SELECT id FROM offers WHERE confirmed_at IS NULL AND created_at < ?', [
    cutoff,
  ]);
  for (const { id } of stale) await deleteOffer(db, Number(id));
  return stale.length;
}

/**
 * Retention: once an initiative is closed, or has been in its model's last phase, for longer
 * than the retention period, what identifies its backers and helpers goes (the counts stay).
 */
export async function eraseFinishedInitiativeHelpers(db: Db, before: string): Promise<number> {
  const last = (await listPhaseModels(db)).map((m) => [m.key, m.phases.at(-1)?.key]);
  const finished = [
    `(status = 'closed' AND updated_at < ?)`,
    ...last.map(() => `(phase_model = ? AND phase = ? AND phase_since < ?)`),
  ].join(' OR ');
  const params = [before, ...last.flatMap(([model, phase]) => [model!, phase ?? '', before])];
  const ids = `SELECT id FROM initiatives WHERE ${finished}`;
  const offers = await db.run(
    `UPDATE offers SET name = NULL, email = NULL, phone = NULL, message = '' WHERE initiative_id IN (${ids})
     AND (name IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL)`,
    params,
  );
  const backers = await db.run(
    `UPDATE backers SET name = NULL, show_name = 0 WHERE initiative_id IN (${ids}) AND name IS NOT NULL`,
    params,
  );
  return offers.changes + backers.changes;
}
