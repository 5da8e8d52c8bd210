import { initiativeInBbox, type Db, type SqlValue } from '../db/index.js';
import type { Bbox } from '@buurtkit/api/geo';

/**
 * Published initiatives as open data (the OGC API – Features collection and the GeoJSON
 * download): what the public list shows, plus the municipality and the dates, and nothing
 * about people (no initiator, no contact, no backers' names).
 */
export type OpenRow = {
  id: number;
  title: string;
  summary: string;
  theme: string;
  phase_model: string;
  phase: string;
  phase_since: string;
  area_code: string | null;
  municipality: string | null;
  lon: number;
  lat: number;
  status: string;
  created_at: string;
  updated_at: string;
};

/** Which published initiatives: in a box, last changed within [from, to] (either open). */
export type OpenFilter = { bbox?: Bbox; from?: string; to?: string };

const COLUMNS = `i.id, i.title, i.summary, i.theme, i.phase_model, i.phase, i.phase_since, i.area_code, i.municipality,
  i.lon, i.lat, i.status, i.created_at, i.updated_at`;

function where(db: Db, f: OpenFilter) {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (f.bbox) {
    const b = initiativeInBbox(db.dialect, f.bbox);
    parts.push(b.sql);
    params.push(...b.params);
  }
  // Timestamps are ISO 8601 in UTC throughout: text order is time order.
  if (f.from) {
    parts.push('i.updated_at >= ?');
    params.push(f.from);
  }
  if (f.to) {
    parts.push('i.updated_at <= ?');
    params.push(f.to);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** A page in id order (stable while new initiatives arrive at the end), and how many match. */
export async function openDataPage(db: Db, f: OpenFilter, page: { limit: number; offset: number }) {
  const w = where(db, f);
  const total = (await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM initiatives i ${w.sql}`, w.params))!.n;
  const rows = await db.all<OpenRow>(`SELECT ${COLUMNS} FROM initiatives i ${w.sql} ORDER BY i.id LIMIT ? OFFSET ?`, [
    ...w.params,
    page.limit,
    page.offset,
  ]);
  return { total: Number(total), rows };
}

export async function openDataRow(db: Db, id: number): Promise<OpenRow | undefined> {
  return db.get<OpenRow>(`SELECT ${COLUMNS} FROM initiatives i WHERE i.id = ?`, [id]);
}

/** Where and when the collection has data: its bounding box and the span of its last changes. */
export async function openDataExtent(db: Db) {
  const e = await db.get<{ w: number; s: number; e: number; n: number; first: string; last: string }>(
    `SELECT MIN(lon) AS w, MIN(lat) AS s, MAX(lon) AS e, MAX(lat) AS n, MIN(updated_at) AS first,
       MAX(updated_at) AS last FROM initiatives`,
  );
  return e && e.w !== null
    ? {
        bbox: [Number(e.w), Number(e.s), Number(e.e), Number(e.n)] as Bbox,
        interval: [e.first, e.last] as [string, string],
      }
    : undefined;
}
