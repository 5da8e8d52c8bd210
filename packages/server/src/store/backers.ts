import type { Db } from '../db/index.js';
import { areasByCodes } from './areas.js';
import { forgetMailsOf } from './outbox.js';

export type BackerRow = {
  id: number;
  initiative_id: number;
  name: string | null;
  show_name: number;
  given_area: string | null;
  area_code: string | null;
  locale: string;
  confirmed_at: string | null;
  created_at: string;
};

export type NewBacker = {
  initiativeId: number;
  emailHash: string;
  name: string | null;
  showName: boolean;
  /** The buurt the resident's address lies in, as their browser looked it up. */
  area: string | null;
  locale: string;
};

/** A confirmation mail is not sent again to the same address within this time. */
const RESEND_MS = 3_600_000;

/**
 * Asks to back an initiative. The address itself is not stored: its keyed hash finds a
 * repeat, so one address backs an initiative once. A confirmation mail goes out unless the
 * address already backs it or was sent one within the hour.
 */
export async function requestBacker(tx: Db, b: NewBacker, now: Date): Promise<{ backer: BackerRow; confirm: boolean }> {
  const existing = await tx.get<BackerRow>('SELECT * FROM backers WHERE initiative_id = ? AND email_hash = ?', [
    b.initiativeId,
    b.emailHash,
  ]);
  if (existing) {
    if (existing.confirmed_at || now.getTime() - new Date(existing.created_at).getTime() < RESEND_MS)
      return { backer: existing, confirm: false };
    const row = await tx.get<BackerRow>(
      `UPDATE backers SET name = ?, show_name = ?, given_area = ?, locale = ?, created_at = ? WHERE id = ?
       RETURNING *`,
      [b.name, b.showName ? 1 : 0, b.area, b.locale, now.toISOString(), existing.id],
    );
    return { backer: row!, confirm: true };
  }
  const row = await tx.get<BackerRow>(
    `INSERT INTO backers (initiative_id, email_hash, name, show_name, given_area, locale, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (initiative_id, email_hash) DO NOTHING RETURNING *`,
    [b.initiativeId, b.emailHash, b.name, b.showName ? 1 : 0, b.area, b.locale, now.toISOString()],
  );
  // Lost a race with the same request on another instance: that one sends the mail.
  if (!row) return requestBacker(tx, b, now);
  return { backer: row, confirm: true };
}

export const getBacker = (db: Db, id: number) => db.get<BackerRow>('SELECT * FROM backers WHERE id = ?', [id]);

/**
 * Confirms a backer: from now on they count. Their buurt is settled here, once: the buurt
 * they gave when it is one of the initiative's municipality, else "elsewhere" (NULL).
 * Confirming twice counts once.
 */
export async function confirmBacker(tx: Db, id: number, now: string): Promise<boolean> {
  const backer = await getBacker(tx, id);
  if (!backer) return false;
  if (backer.confirmed_at) return true;
  const initiative = await tx.get<{ municipality: string | null; area_code: string | null }>(
    'SELECT municipality, area_code FROM initiatives WHERE id = ?',
    [backer.initiative_id],
  );
  const [area] = backer.given_area ? await areasByCodes(tx, [backer.given_area]) : [];
  const home = initiative?.municipality ?? (initiative?.area_code ? `GM${initiative.area_code.slice(2, 6)}` : null);
  const counted = area && area.level === 'buurt' && (!home || area.municipality === home) ? area.code : null;
  const done = await tx.run(
    'UPDATE backers SET confirmed_at = ?, area_code = ?, given_area = NULL WHERE id = ? AND confirmed_at IS NULL',
    [now, counted, id],
  );
  if (done.changes !== 1) return true;
  // An increment, not a recount: two confirmations at once on two instances both count.
  await tx.run('UPDATE initiatives SET backers = backers + 1 WHERE id = ?', [backer.initiative_id]);
  return true;
}

/** Withdrawing erases the record, and the mails that named the address. */
export async function deleteBacker(tx: Db, id: number): Promise<boolean> {
  const gone = await tx.get<{ initiative_id: number; confirmed_at: string | null }>(
    'DELETE FROM backers WHERE id = ? RETURNING initiative_id, confirmed_at',
    [id],
  );
  if (!gone) return false;
  await forgetMailsOf(tx, 'backer', id);
  if (gone.confirmed_at)
    await tx.run('UPDATE initiatives SET backers = backers - 1 WHERE id = ? AND backers > 0', [gone.initiative_id]);
  return true;
}

export type BackerSummary = {
  count: number;
  areas: { code: string; name: string; count: number }[];
  elsewhere: number | null;
  names: string[];
};

/** Names shown publicly: those who chose it, the first this many. */
const MAX_NAMES = 100;

/**
 * The public figure: how many back it and from which buurten, the initiative's own buurt
 * first. Only confirmed backers count. `showElsewhere` false folds "elsewhere" away (the
 * total still counts them).
 */
export async function backerSummary(db: Db, initiativeId: number, showElsewhere: boolean): Promise<BackerSummary> {
  const rows = await db.all<{ area_code: string | null; n: number }>(
    `SELECT area_code, COUNT(*) AS n FROM backers WHERE initiative_id = ? AND confirmed_at IS NOT NULL
     GROUP BY area_code`,
    [initiativeId],
  );
  const own = (
    await db.get<{ area_code: string | null }>('SELECT area_code FROM initiatives WHERE id = ?', [initiativeId])
  )?.area_code;
  const known = rows.filter((r) => r.area_code);
  const names = new Map(
    (
      await areasByCodes(
        db,
        known.map((r) => r.area_code!),
      )
    ).map((a) => [a.code, a.name]),
  );
  const areas = known
    .map((r) => ({ code: r.area_code!, name: names.get(r.area_code!) ?? r.area_code!, count: Number(r.n) }))
    .sort(
      (a, b) => Number(b.code === own) - Number(a.code === own) || b.count - a.count || a.code.localeCompare(b.code),
    );
  const elsewhere = Number(rows.find((r) => !r.area_code)?.n ?? 0);
  const named = await db.all<{ name: string }>(
    `SELECT name FROM backers WHERE initiative_id = ? AND confirmed_at IS NOT NULL AND show_name = 1
     AND name IS NOT NULL ORDER BY confirmed_at, id LIMIT ${MAX_NAMES}`,
    [initiativeId],
  );
  return {
    count: areas.reduce((n, a) => n + a.count, 0) + elsewhere,
    areas,
    elsewhere: showElsewhere ? elsewhere : null,
    names: named.map((r) => r.name),
  };
}

/** For staff: confirmations per day, to see support grow. */
export async function backersPerDay(db: Db, initiativeId: number) {
  const rows = await db.all<{ day: string; n: number }>(
    `SELECT SUBSTR(confirmed_at, 1, 10) AS day, COUNT(*) AS n FROM backers
     WHERE initiative_id = ? AND confirmed_at IS NOT NULL GROUP BY SUBSTR(confirmed_at, 1, 10) ORDER BY day`,
    [initiativeId],
  );
  return rows.map((r) => ({ day: r.day, count: Number(r.n) }));
}

/** Backers who never confirmed do not count and are not kept: erased after seven days. */
export async function eraseUnconfirmedBackers(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  const stale = await db.all<{ id: number }>('SELECT id FROM backers WHERE confirmed_at IS NULL AND created_at < ?', [
    cutoff,
  ]);
  for (const { id } of stale) await deleteBacker(db, Number(id));
  return stale.length;
}
