import { initiativeInBbox, json, type Db, type SqlValue } from '../db/index.js';
import { encodeColumns } from '@buurtkit/api/columns';
import { around } from '@buurtkit/api/nearby';
import type { Bbox } from '@buurtkit/api/geo';
import { backerSummary } from './backers.js';
import { getContact, publicContact } from './contacts.js';
import type { PointIndex, PointRow } from '../caching/point-index.js';
import { asciiJson, collectionText } from '../json-text.js';

export type InitiativeFilter = { bbox?: Bbox; themes?: string[]; phases?: string[]; q?: string; area?: string };

type Row = {
  id: number;
  title: string;
  summary: string;
  description: string;
  theme: string;
  phase_model: string;
  phase: string;
  phase_since: string;
  role: string;
  support: string;
  supporters: number;
  area_code: string | null;
  lon: number;
  lat: number;
  contact_id: number | null;
  links: string;
  images: string;
  initiator: string | null;
  status: string;
  updated_at: string;
  backers: number;
};

/** The WHERE clause for a filter on initiatives `i`. */
export function filterSql(db: Db, f: InitiativeFilter): { sql: string; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (f.bbox) {
    const b = initiativeInBbox(db.dialect, f.bbox);
    where.push(b.sql);
    params.push(...b.params);
  }
  if (f.themes?.length) {
    where.push(`i.theme IN (${f.themes.map(() => '?').join(', ')})`);
    params.push(...f.themes);
  }
  if (f.phases?.length) {
    where.push(`i.phase IN (${f.phases.map(() => '?').join(', ')})`);
    params.push(...f.phases);
  }
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(`(LOWER(i.title) LIKE ? ESCAPE '\\' OR LOWER(i.summary) LIKE ? ESCAPE '\\')`);
    params.push(like, like);
  }
  if (f.area) {
    if (f.area.startsWith('GM')) {
      where.push('i.municipality = ?');
      params.push(f.area);
    } else if (f.area.startsWith('WK')) {
      where.push('(i.area_code = ? OR i.area_code LIKE ?)');
      params.push(f.area, `BU${f.area.slice(2)}%`);
    } else {
      where.push('i.area_code = ?');
      params.push(f.area);
    }
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const summaryOf = (r: Row) => ({
  id: Number(r.id),
  title: r.title,
  summary: r.summary,
  theme: r.theme,
  phase: r.phase,
  phaseModel: r.phase_model,
  areaCode: r.area_code,
  updated: r.updated_at,
  backers: Number(r.backers ?? 0),
});

type Page = { limit: number; offset: number; sort?: 'newest' | 'backers' };

/** A page that only asks for a bbox, newest first: what a map view's list asks. */
const onlyBbox = (f: InitiativeFilter, page: Page) =>
  !!f.bbox && !f.themes?.length && !f.phases?.length && !f.q && !f.area && page.sort !== 'backers';

/** The order of a page: newest first, or the most backed first (then newest). */
const orderBy = (alias: string, page: Page) =>
  page.sort === 'backers' ? `${alias}.backers DESC, ${alias}.id DESC` : `${alias}.id DESC`;

/**
 * Newest first (by id), or by backing. A bbox-only query counts in the spatial index alone
 * (SQLite's R*Tree, PostgreSQL's GiST) and then takes the cheaper of two ways to the page:
 * - walking the table newest first and keeping what lies in the box, which reads about
 *   `(offset + limit) × all / inBox` rows: cheap when the box holds much of the city;
 * - taking every id in the box from the spatial index and sorting them, which costs about
 *   `inBox`: cheap for a small box.
 * At 100,000 initiatives a city's bbox (6,800 inside) pages 200 on SQLite in ~0.7 ms by
 * walking against ~1.3 ms by sorting (PostgreSQL: 0.7 against 1.7 ms); a street's bbox (370
 * inside) in ~0.9 ms by sorting against ~5.6 ms by walking. (The R*Tree keeps coordinates
 * as 32-bit floats rounded outward: a point centimetres outside the box may be counted and
 * not walked. Nothing lies that close to a map view's edge on purpose.)
 */
async function matchingPage(db: Db, f: InitiativeFilter, page: Page) {
  if (onlyBbox(f, page)) {
    const [w, s, e, n] = f.bbox!;
    const sqlite = db.dialect === 'sqlite';
    const rtree = 'min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?';
    const inIndex = sqlite
      ? { sql: `SELECT id FROM initiatives_rtree WHERE ${rtree}`, params: [w, e, s, n] }
      : { sql: `SELECT id FROM initiatives WHERE location <@ box(point(?, ?), point(?, ?))`, params: [w, s, e, n] };
    const { inBox, all } = (await db.get<{ inBox: number; all: number }>(
      `SELECT (SELECT COUNT(*) FROM (${inIndex.sql}) b) AS "inBox",
        (SELECT COALESCE(MAX(id), 0) FROM initiatives) AS "all"`,
      inIndex.params,
    ))!;
    const walk = WALK_COST * (page.offset + page.limit) * Number(all) < Number(inBox) ** 2;
    const params: SqlValue[] = [...(walk ? [w, e, s, n] : inIndex.params), page.limit, page.offset];
    return {
      total: Number(inBox),
      rows: (columns: string) => ({
        sql: walk
          ? `SELECT ${columns} FROM initiatives r WHERE r.lon >= ? AND r.lon <= ? AND r.lat >= ? AND r.lat <= ?
            ORDER BY r.id DESC LIMIT ? OFFSET ?`
          : `SELECT ${columns} FROM initiatives r WHERE r.id IN (${inIndex.sql} ORDER BY id DESC LIMIT ? OFFSET ?)
            ORDER BY r.id DESC`,
        params,
      }),
    };
  }
  const where = filterSql(db, f);
  const total = (await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM initiatives i ${where.sql}`, where.params))!.n;
  return {
    total: Number(total),
    // The page of ids as a subquery: one round trip less than fetching ids first.
    rows: (columns: string) => ({
      sql: `SELECT ${columns} FROM initiatives r WHERE r.id IN (SELECT i.id FROM initiatives i ${where.sql}
        ORDER BY ${orderBy('i', page)} LIMIT ? OFFSET ?) ORDER BY ${orderBy('r', page)}`,
      params: [...where.params, page.limit, page.offset],
    }),
  };
}

/**
 * A row read while walking the table costs about a third of an id taken from the R*Tree and
 * sorted (measured at 100,000: 1,000 of 6,800 in 1.9 ms walking 14,700 rows against 2.8 ms
 * sorting). `MAX(id)` stands in for the number of rows (it is never fewer), so it errs on
 * the side of sorting.
 */
const WALK_COST = 1 / 3;

/** The shapes of `GET /initiatives`: GeoJSON, `[id, lon, lat, theme, phase]` tuples, or delta-coded columns. */
export type ListFormat = 'geojson' | 'compact' | 'columns';

type Tuple = PointRow;

/** Tuples as `compact` (themes and phases as indexes, in order of appearance) or `columns`. */
function tuplesAs(format: 'compact' | 'columns', rows: readonly Tuple[], total: number, page: Page) {
  if (format === 'columns') {
    const columns = encodeColumns(
      rows.map(([id, lon, lat, theme, phase]) => ({
        id: Number(id),
        lon: Number(lon),
        lat: Number(lat),
        theme,
        phase,
      })),
    );
    return { ...columns, total, limit: page.limit, offset: page.offset };
  }
  const themes: string[] = [];
  const phases: string[] = [];
  const index = (list: string[], v: string) => (list.includes(v) ? list.indexOf(v) : list.push(v) - 1);
  return {
    format: 'compact' as const,
    themes,
    phases,
    total,
    limit: page.limit,
    offset: page.offset,
    items: rows.map(([id, lon, lat, theme, phase]) => [
      Number(id),
      Number(lon),
      Number(lat),
      index(themes, theme),
      index(phases, phase),
    ]),
  };
}

type SummaryTuple = [
  id: number,
  title: string,
  summary: string,
  theme: string,
  phase: string,
  phaseModel: string,
  areaCode: string | null,
  lon: number,
  lat: number,
  updated: string,
  backers: number,
];
/** Read as row arrays: a list of 200 is 2,200 values, and an object per row cost a third of the query. */
const SUMMARY_COLUMNS =
  'r.id, r.title, r.summary, r.theme, r.phase, r.phase_model, r.area_code, r.lon, r.lat, r.updated_at, r.backers';

function featuresOf(rows: readonly SummaryTuple[], total: number, page: Page) {
  return { ...collectionOf(total, page), features: rows.map(featureOf) };
}

const collectionOf = (total: number, page: Page) => ({
  type: 'FeatureCollection' as const,
  total,
  limit: page.limit,
  offset: page.offset,
});

function featureOf([id, title, summary, theme, phase, phaseModel, areaCode, lon, lat, updated, backers]: SummaryTuple) {
  return {
    type: 'Feature' as const,
    id: Number(id),
    geometry: { type: 'Point' as const, coordinates: [Number(lon), Number(lat)] },
    // As summaryOf, in the same order.
    properties: {
      id: Number(id),
      title,
      summary,
      theme,
      phase,
      phaseModel,
      areaCode,
      updated,
      backers: Number(backers ?? 0),
    },
  };
}

/**
 * A bbox-only page from the in-memory index: counted and chosen there, and for GeoJSON its
 * rows read by id. Undefined when a row has gone since the index was built (then the
 * database answers).
 */
async function pageFromPoints(db: Db, points: PointIndex, bbox: Bbox, page: Page, format: ListFormat) {
  const total = points.count(bbox);
  const found = points.page(bbox, page.offset, page.limit, total);
  if (format === 'compact') {
    // As tuplesAs makes them, without a tuple per point: themes and phases numbered in order of appearance.
    const themes: string[] = [];
    const phases: string[] = [];
    const themeAt = new Int16Array(points.themes.length).fill(-1);
    const phaseAt = new Int16Array(points.phases.length).fill(-1);
    const items = Array.from(found, (i) => {
      const t = points.theme(i);
      const p = points.phase(i);
      if (themeAt[t] === -1) themeAt[t] = themes.push(points.themes[t]!) - 1;
      if (phaseAt[p] === -1) phaseAt[p] = phases.push(points.phases[p]!) - 1;
      return [points.id(i), points.lon(i), points.lat(i), themeAt[t]!, phaseAt[p]!];
    });
    return { format: 'compact' as const, themes, phases, total, limit: page.limit, offset: page.offset, items };
  }
  if (format === 'columns') {
    const rows = Array.from(found, (i): Tuple => [
      points.id(i),
      points.lon(i),
      points.lat(i),
      points.themes[points.theme(i)]!,
      points.phases[points.phase(i)]!,
    ]);
    return tuplesAs(format, rows, total, page);
  }
  // Rows this version's index has read before are kept with it: residents of a city look at
  // much the same newest initiatives. Only the others are read, by id.
  const missing = Array.from(found).filter((i) => !points.summaries.has(i));
  if (missing.length) {
    // The ids as one parameter (a page may be thousands): a JSON array for SQLite, an array
    // literal for PostgreSQL, which then walks its primary key newest first.
    const ids = missing.map(points.id).join(',');
    const byId = db.dialect === 'sqlite' ? 'r.id IN (SELECT value FROM json_each(?))' : 'r.id = ANY(?::bigint[])';
    const rows = await db.values<SummaryTuple>(
      `SELECT ${SUMMARY_COLUMNS} FROM initiatives r WHERE ${byId} ORDER BY r.id DESC`,
      [db.dialect === 'sqlite' ? `[${ids}]` : `{${ids}}`],
    );
    if (rows.length !== missing.length) return undefined;
    rows.forEach((row, k) => points.summaries.set(missing[k]!, asciiJson(featureOf(row))));
  }
  // The page as text, each feature written when first read: the same JSON as the database's
  // way, without 200 objects for `JSON.stringify` to walk per request (~215 µs a page).
  return collectionText(
    collectionOf(total, page),
    Array.from(found, (i) => points.summaries.get(i) as string),
  );
}

/**
 * A page of initiatives in one of the list's formats. `points`, the in-memory index of the
 * current public version when the caller has it, answers bbox-only pages without counting
 * or walking in the database.
 */
export async function listInitiatives(
  db: Db,
  f: InitiativeFilter,
  page: Page,
  format: ListFormat = 'geojson',
  points?: PointIndex,
) {
  if (points && onlyBbox(f, page)) {
    const answer = await pageFromPoints(db, points, f.bbox!, page, format);
    if (answer) return answer;
  }
  const { total, rows: select } = await matchingPage(db, f, page);
  const any = total > page.offset;
  if (format !== 'geojson') {
    const query = select('r.id, r.lon, r.lat, r.theme, r.phase');
    return tuplesAs(format, any ? await db.values<Tuple>(query.sql, query.params) : [], total, page);
  }
  const query = select(SUMMARY_COLUMNS);
  return featuresOf(any ? await db.values<SummaryTuple>(query.sql, query.params) : [], total, page);
}

/**
 * Every initiative's point, newest first, for the in-memory index: read 5,000 at a time with
 * a turn of the event loop in between, so a million (SQLite reads synchronously) never holds
 * other requests up for more than a few milliseconds.
 */
export async function pointRows(db: Db): Promise<PointRow[]> {
  const rows: PointRow[] = [];
  for (let below = Number.MAX_SAFE_INTEGER; ;) {
    const page = await db.values<PointRow>(
      'SELECT id, lon, lat, theme, phase FROM initiatives WHERE id < ? ORDER BY id DESC LIMIT 5000',
      [below],
    );
    for (const row of page) rows.push(row);
    if (page.length < 5000) return rows;
    below = Number(page[page.length - 1]![0]);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** An initiative as the public sees it; `showElsewhere` as the municipality configured (staff see it). */
export async function getInitiative(db: Db, id: number, showElsewhere = true) {
  const r = await db.get<Row>('SELECT * FROM initiatives i WHERE i.id = ?', [id]);
  if (!r) return undefined;
  const history = await db.all<{ phase: string; since: string; until: string | null; note: string | null }>(
    'SELECT phase, since, until, note FROM phase_history WHERE initiative_id = ? ORDER BY since, id',
    [id],
  );
  const contact = r.contact_id ? await getContact(db, Number(r.contact_id)) : undefined;
  return {
    ...summaryOf(r),
    description: r.description,
    location: { type: 'Point' as const, coordinates: [Number(r.lon), Number(r.lat)] },
    role: r.role,
    support: json<string[]>(r.support, []),
    supporters: Number(r.supporters),
    phaseSince: r.phase_since,
    history,
    contact: publicContact(contact),
    links: json<{ url: string; label: string }[]>(r.links, []),
    images: json<{ url: string; alt: string }[]>(r.images, []),
    initiator: r.initiator,
    status: r.status === 'closed' ? 'closed' : 'active',
    backing: await backerSummary(db, id, showElsewhere),
  };
}

export type NewInitiative = {
  title: string;
  summary: string;
  description: string;
  theme: string;
  phaseModel: string;
  phase: string;
  role: string;
  support: string[];
  supporters: number;
  areaCode: string | null;
  municipality: string | null;
  lon: number;
  lat: number;
  contactId: number | null;
  links?: { url: string; label: string }[];
  initiator?: string | null;
  ideaId?: number | null;
  history: { phase: string; since: string; until: string | null; note: string | null }[];
};

export async function insertInitiative(db: Db, n: NewInitiative, now: string): Promise<number> {
  const current = n.history[n.history.length - 1]!;
  const row = await db.get<{ id: number }>(
    `INSERT INTO initiatives (title, summary, description, theme, phase_model, phase, phase_since, role, support,
       supporters, area_code, municipality, lon, lat, contact_id, links, images, initiator, status, idea_id,
         created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?) RETURNING id`,
    [
      n.title,
      n.summary,
      n.description,
      n.theme,
      n.phaseModel,
      n.phase,
      current.since,
      n.role,
      JSON.stringify(n.support),
      n.supporters,
      n.areaCode,
      n.municipality,
      n.lon,
      n.lat,
      n.contactId,
      JSON.stringify(n.links ?? []),
      '[]',
      n.initiator ?? null,
      n.ideaId ?? null,
      n.history[0]!.since,
      now,
    ],
  );
  const id = Number(row!.id);
  for (const h of n.history) {
    await db.run('INSERT INTO phase_history (initiative_id, phase, since, until, note) VALUES (?, ?, ?, ?, ?)', [
      id,
      h.phase,
      h.since,
      h.until,
      h.note,
    ]);
  }
  return id;
}

export async function movePhase(db: Db, id: number, phase: string, note: string | null, now: string) {
  await db.run('UPDATE phase_history SET until = ? WHERE initiative_id = ? AND until IS NULL', [now, id]);
  await db.run('INSERT INTO phase_history (initiative_id, phase, since, until, note) VALUES (?, ?, ?, NULL, ?)', [
    id,
    phase,
    now,
    note,
  ]);
  await db.run('UPDATE initiatives SET phase = ?, phase_since = ?, updated_at = ? WHERE id = ?', [phase, now, now, id]);
}

/** Every initiative matching a filter, as the points a cluster index is built from. */
export async function clusterPoints(db: Db, f: InitiativeFilter) {
  const w = filterSql(db, f);
  return db.all<{ id: number; lon: number; lat: number; title: string; theme: string; phase: string }>(
    // Newest first, as the map downloads them: clustering is greedy in point order, so the
    // server's clusters and the map's own are the same clusters when the map switches over.
    `SELECT i.id, i.lon, i.lat, i.title, i.theme, i.phase FROM initiatives i ${w.sql} ORDER BY i.id DESC`,
    w.params,
  );
}

/** Whether offers of help go to the initiator directly (they agreed); undefined for no such initiative. */
export async function offersDirect(db: Db, id: number): Promise<boolean | undefined> {
  const row = await db.get<{ offers_direct: number }>('SELECT offers_direct FROM initiatives WHERE id = ?', [id]);
  return row ? Number(row.offers_direct) === 1 : undefined;
}

export async function setOffersDirect(db: Db, id: number, direct: boolean): Promise<boolean> {
  return (await db.run('UPDATE initiatives SET offers_direct = ? WHERE id = ?', [direct ? 1 : 0, id])).changes === 1;
}

/** Each initiative's municipality (CBS gemeente code), for a static folder's `area=GM…` filter. */
export async function initiativeMunicipalities(db: Db): Promise<Map<number, string | null>> {
  const rows = await db.all<{ id: number; municipality: string | null }>('SELECT id, municipality FROM initiatives');
  return new Map(rows.map((r) => [Number(r.id), r.municipality]));
}

export type NearbyRow = {
  id: number;
  title: string;
  theme: string;
  phase: string;
  area_code: string | null;
  lon: number;
  lat: number;
};

/**
 * The initiatives that may be near one: in its buurt, or on its theme inside the box around it
 * (the spatial index's cut); `nearby` of `@buurtkit/api/nearby` decides and orders.
 */
export async function nearbyCandidates(db: Db, id: number) {
  const target = await db.get<NearbyRow>(
    'SELECT id, title, theme, phase, area_code, lon, lat FROM initiatives WHERE id = ?',
    [id],
  );
  if (!target) return undefined;
  const b = around({ lon: Number(target.lon), lat: Number(target.lat) });
  const box = initiativeInBbox(db.dialect, [b.west, b.south, b.east, b.north]);
  const rows = await db.all<NearbyRow>(
    `SELECT i.id, i.title, i.theme, i.phase, i.area_code, i.lon, i.lat FROM initiatives i
     WHERE i.id <> ? AND ((i.theme = ? AND ${box.sql}) OR i.area_code = ?)`,
    [id, target.theme, ...box.params, target.area_code ?? ''],
  );
  return { target, rows };
}
