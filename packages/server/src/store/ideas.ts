import { randomBytes } from 'node:crypto';
import { newReference } from '@buurtkit/api/reference';
import { addWorkingDays, dutchDate } from '../calendar/working-days.js';
import { json, type Db } from '../db/index.js';

export type IdeaRow = {
  id: number;
  reference: string;
  status: string;
  submitted_at: string;
  title: string;
  description: string;
  theme: string;
  lat: number | null;
  lon: number | null;
  address: string | null;
  area_code: string | null;
  support: string;
  homework: string;
  supporters: number | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  show_name: number;
  locale: string;
  spam_reason: string | null;
  closed_reason: string | null;
  initiative_id: number | null;
  answered_at: string | null;
  mail_off: number;
  /** The model it entered and the promise it was given; null for ideas from before both were kept. */
  phase_model: string | null;
  answer_days: number | null;
};

export type NewIdea = {
  title: string;
  description: string;
  theme: string;
  location?: { lat: number; lon: number; address?: string };
  support?: string[];
  homework?: Record<string, string>;
  supporters?: number;
  contact: { name: string; email: string; phone?: string };
  showName?: boolean;
  locale?: string;
};

/**
 * `BK-7KQ4-M2XD-PQ3R`: random, so a reference says nothing about others (the sequential
 * `BK-2026-0042` of before told how many ideas came in, and led to its neighbours). A
 * repeat is astronomically rare, and looked for all the same.
 */
async function nextReference(db: Db): Promise<string> {
  for (;;) {
    const reference = newReference((n) => randomBytes(n));
    if (!(await getIdeaByReference(db, reference))) return reference;
  }
}

export async function insertIdea(
  db: Db,
  idea: NewIdea,
  extra: {
    now: string;
    areaCode: string | null;
    spamReason: string | null;
    model?: { key: string; answerDays: number };
  },
): Promise<{ id: number; reference: string; status: string }> {
  const reference = await nextReference(db);
  const status = extra.spamReason ? 'spam' : 'received';
  const row = await db.get<{ id: number }>(
    `INSERT INTO ideas (reference, status, submitted_at, title, description, theme, lat, lon, address, area_code,
      support,
       homework, supporters, contact_name, contact_email, contact_phone, show_name, locale, spam_reason, updated_at,
       phase_model, answer_days)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    [
      reference,
      status,
      extra.now,
      idea.title,
      idea.description,
      idea.theme,
      idea.location?.lat ?? null,
      idea.location?.lon ?? null,
      idea.location?.address ?? null,
      extra.areaCode,
      JSON.stringify(idea.support ?? []),
      JSON.stringify(idea.homework ?? {}),
      idea.supporters ?? null,
      idea.contact.name,
      idea.contact.email,
      idea.contact.phone ?? null,
      idea.showName ?? false,
      idea.locale ?? 'nl',
      extra.spamReason,
      extra.now,
      extra.model?.key ?? null,
      extra.model?.answerDays ?? null,
    ],
  );
  // A spam-flagged idea still gets a receipt that looks like any other: bots learn nothing.
  return { id: Number(row!.id), reference, status: status === 'spam' ? 'received' : status };
}

export const getIdea = (db: Db, id: number) => db.get<IdeaRow>('SELECT * FROM ideas WHERE id = ?', [id]);
export const getIdeaByReference = (db: Db, reference: string) =>
  db.get<IdeaRow>('SELECT * FROM ideas WHERE reference = ?', [reference]);

type PhotoRow = { id: string; idea_id: number; alt: string; type: string };

/** The photos of some ideas, in the order the resident added them. */
async function photosOf(db: Db, ids: number[]): Promise<Map<number, PhotoRow[]>> {
  const byIdea = new Map<number, PhotoRow[]>();
  if (!ids.length) return byIdea;
  const rows = await db.all<PhotoRow>(
    `SELECT id, idea_id, alt, type FROM photos WHERE idea_id IN (${ids.map(() => '?').join(', ')}) ORDER BY position`,
    ids,
  );
  for (const r of rows) byIdea.set(Number(r.idea_id), [...(byIdea.get(Number(r.idea_id)) ?? []), r]);
  return byIdea;
}

/** The day an idea is to be answered by: the promise it was given, or else the server's default. */
export const answerDue = (r: Pick<IdeaRow, 'submitted_at' | 'answer_days'>, responseDays: number) =>
  addWorkingDays(dutchDate(new Date(r.submitted_at)), r.answer_days ?? responseDays);

export async function listIdeas(
  db: Db,
  responseDays: number,
  q: {
    status?: string;
    sort?: 'newest' | 'oldest';
    limit?: number;
    offset?: number;
    q?: string;
    /** Buurt-code prefixes (an ideeenmakelaar's own areas); ideas without a place are always in. */
    areas?: string[];
  } = {},
) {
  const conditions = [q.status ? 'status = ?' : `status <> 'spam'`];
  const params: string[] = q.status ? [q.status] : [];
  if (q.areas) {
    conditions.push(`(area_code IS NULL${q.areas.map(() => ' OR area_code LIKE ?').join('')})`);
    params.push(...q.areas.map((p) => `${p}%`));
  }
  // Every word somewhere in title, reference or name; LOWER on both sides: PostgreSQL's LIKE is case-sensitive.
  for (const word of (q.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8)) {
    const like = `%${word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      `(LOWER(title) LIKE ? ESCAPE '\\' OR LOWER(reference) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(contact_name, ''))
        LIKE ? ESCAPE '\\')`,
    );
    params.push(like, like, like);
  }
  const where = `WHERE ${conditions.join(' AND ')}`;
  const order = q.sort === 'oldest' ? 'submitted_at ASC, id ASC' : 'submitted_at DESC, id DESC';
  const rows = await db.all<IdeaRow>(`SELECT * FROM ideas ${where} ORDER BY ${order} LIMIT ? OFFSET ?`, [
    ...params,
    q.limit ?? 1000,
    q.offset ?? 0,
  ]);
  const { n } = (await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ideas ${where}`, params))!;
  const photos = await photosOf(
    db,
    rows.map((r) => Number(r.id)),
  );
  return { items: rows.map((r) => staffIdea(r, responseDays, photos.get(Number(r.id)))), total: Number(n) };
}

export async function staffIdeaWithPhotos(db: Db, r: IdeaRow, responseDays: number) {
  return staffIdea(r, responseDays, (await photosOf(db, [Number(r.id)])).get(Number(r.id)));
}

export function staffIdea(r: IdeaRow, responseDays: number, photos: PhotoRow[] = []) {
  return {
    id: Number(r.id),
    reference: r.reference,
    status: r.status,
    submitted: r.submitted_at,
    title: r.title,
    description: r.description,
    theme: r.theme,
    location:
      r.lat === null || r.lon === null
        ? null
        : { lat: Number(r.lat), lon: Number(r.lon), ...(r.address ? { address: r.address } : {}) },
    areaCode: r.area_code,
    support: json<string[]>(r.support, []),
    homework: json<Record<string, string>>(r.homework, {}),
    supporters: r.supporters === null ? null : Number(r.supporters),
    contact: r.contact_email ? { name: r.contact_name ?? '', email: r.contact_email, phone: r.contact_phone } : null,
    showName: Number(r.show_name) === 1,
    locale: r.locale,
    initiative: r.initiative_id === null ? null : Number(r.initiative_id),
    closedReason: r.closed_reason,
    spamReason: r.spam_reason,
    answered: r.answered_at ?? null,
    mail: Number(r.mail_off) !== 1,
    answerDue: answerDue(r, responseDays),
    photos: photos.map((p) => ({
      id: p.id,
      alt: p.alt,
      type: p.type,
      url: `/api/v1/staff/ideas/${r.id}/photos/${p.id}`,
    })),
  };
}

/**
 * Erases residents' contact details once the retention period has passed since the
 * idea was last handled. Returns how many ideas were erased.
 */
export async function eraseExpiredContacts(db: Db, now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const result = await db.run(
    `UPDATE ideas SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, contact_erased_at = ?
     WHERE contact_erased_at IS NULL AND updated_at < ?`,
    [now.toISOString(), cutoff],
  );
  return result.changes;
}

/**
 * Photos are personal too: they go with the contact details once those are erased, and
 * photos no idea claimed within a day are removed. Returns how many were deleted.
 */
export async function eraseExpiredPhotos(
  db: Db,
  store: { delete(id: string): Promise<void> },
  now: Date,
): Promise<number> {
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  const rows = await db.all<{ id: string }>(
    `SELECT p.id FROM photos p LEFT JOIN ideas i ON i.id = p.idea_id
     WHERE (p.idea_id IS NULL AND p.created_at < ?) OR i.contact_erased_at IS NOT NULL OR (p.idea_id IS NOT NULL AND
       i.id IS NULL)`,
    [dayAgo],
  );
  for (const { id } of rows) {
    await store.delete(id);
    await db.run('DELETE FROM photos WHERE id = ?', [id]);
  }
  return rows.length;
}

/** Records the first answer (a later one does not move it: the promise measures the first). */
export async function markAnswered(db: Db, id: number, now: string): Promise<boolean> {
  const done = await db.run('UPDATE ideas SET answered_at = ?, updated_at = ? WHERE id = ? AND answered_at IS NULL', [
    now,
    now,
    id,
  ]);
  return done.changes === 1;
}

/** The idea became an initiative; publishing is an answer too. */
export async function markPublished(db: Db, id: number, initiativeId: number, now: string): Promise<void> {
  await db.run(
    `UPDATE ideas SET status = 'published', initiative_id = ?, answered_at = COALESCE(answered_at, ?), updated_at = ?
      WHERE id = ?`,
    [initiativeId, now, now, id],
  );
}

/** Closed with a reason the resident reads; closing is an answer too. */
export async function markClosed(db: Db, id: number, reason: string, now: string): Promise<void> {
  await db.run(
    `UPDATE ideas SET status = 'closed', closed_reason = ?, closed_at = ?, answered_at = COALESCE(answered_at, ?),
      updated_at = ? WHERE id = ?`,
    [reason, now, now, now, id],
  );
}

/** Ideas that still wait for their first answer (the digest's material). */
export const unansweredIdeas = (db: Db) =>
  db.all<IdeaRow>(`SELECT * FROM ideas WHERE status = 'received' AND answered_at IS NULL ORDER BY submitted_at, id`);

/** Mail to the initiator on or off (staff, or the resident's own unsubscribe link). */
export async function setIdeaMailOff(db: Db, id: number, off: boolean, now: string): Promise<boolean> {
  return (await db.run('UPDATE ideas SET mail_off = ?, updated_at = ? WHERE id = ?', [off, now, id])).changes === 1;
}
