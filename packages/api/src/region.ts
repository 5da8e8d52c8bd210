/**
 * A region: several municipalities' Buurtkit APIs (or static folders) read as one. The rules
 * here are pure and browser-safe: which members a region has (a region file or a list of
 * addresses), how an initiative keeps a unique id across them, and how their answers merge.
 * The browser's transport (core's `region-transport.ts`) does the asking.
 *
 * Ids: an initiative of member `i` (0-based, in the region's order) with its own id `n` is
 * `n × REGION_SPAN + i` in the region. Ids stay integers (the contract's, the cluster index's
 * and a deep link's `#initiatief-…`), and stay the same as long as the region keeps its order.
 */
import { COORDINATE_SCALE, encodeColumns, type ColumnRow, type Columns } from './columns.js';

/** A region has at most this many members: all 342 gemeenten fit, with room for joint bodies. */
export const REGION_SPAN = 1000;

export interface RegionMember {
  /** CBS gemeente code (`GM0034`), where the region file gives one: the contact finder's postcode lookup. */
  code?: string;
  /** How residents know it, shown beside its initiatives and when it cannot be reached. */
  name: string;
  /** Base URL of its API, or of its static folder. */
  api: string;
  /** `api` is a static folder (`buurtkit-server export-static`). */
  static?: boolean;
}

export class RegionError extends Error {}

/** Only web addresses: a region file is configuration, but never a `javascript:` or `data:` source. */
function webAddress(value: unknown, base: string, where: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new RegionError(`${where}: an address is required`);
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    throw new RegionError(`${where}: "${value}" is not an address`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new RegionError(`${where}: only http(s) addresses, not ${url.protocol}`);
  return url.href.replace(/\/+$/, '');
}

/**
 * A region file: `{ "municipalities": [{ "code": "GM0034", "name": "Almere", "api": "https://…/api/v1",
 * "static": false }, …] }`. Addresses may be relative to the file. Throws a RegionError saying
 * what is wrong, so a web editor sees it in the console and the page hears of it.
 */
export function parseRegion(json: unknown, base: string): RegionMember[] {
  const list = (json as { municipalities?: unknown } | null)?.municipalities;
  if (!Array.isArray(list) || !list.length) throw new RegionError('a region file lists its municipalities');
  if (list.length > REGION_SPAN) throw new RegionError(`a region has at most ${REGION_SPAN} municipalities`);
  return list.map((m: unknown, i) => {
    const where = `municipalities[${i}]`;
    if (!m || typeof m !== 'object') throw new RegionError(`${where}: not an object`);
    const { code, name, api } = m as Record<string, unknown>;
    if (code !== undefined && (typeof code !== 'string' || !/^GM\d{4}$/.test(code)))
      throw new RegionError(`${where}.code: a CBS gemeente code such as GM0034`);
    if (typeof name !== 'string' || !name.trim() || name.length > 100)
      throw new RegionError(`${where}.name: a name of 1 to 100 characters`);
    return {
      ...(code ? { code } : {}),
      name: name.trim(),
      api: webAddress(api, base, `${where}.api`),
      ...((m as { static?: unknown }).static === true ? { static: true } : {}),
    };
  });
}

/** A list of API addresses (separated by spaces or commas), each named by its host. */
export function parseApis(text: string, base: string): RegionMember[] {
  const addresses = text.split(/[\s,]+/).filter(Boolean);
  if (addresses.length > REGION_SPAN) throw new RegionError(`a region has at most ${REGION_SPAN} APIs`);
  return addresses.map((a, i) => {
    const api = webAddress(a, base, `apis[${i}]`);
    return { name: new URL(api).host, api };
  });
}

/** The region's id of member `index`'s initiative `id`. */
export const regionId = (index: number, id: number) => id * REGION_SPAN + index;

/** Which member a region id belongs to, and its id there. */
export const ownId = (regionIdValue: number) => ({
  index: regionIdValue % REGION_SPAN,
  id: Math.floor(regionIdValue / REGION_SPAN),
});

type Feature = { id: number; properties: { id: number; updated: string; backers: number } };
export type ListAnswer<F extends Feature = Feature> = { features: F[]; total: number };

/** Comes earlier in the list: newest is the last changed (the contract's summary has no creation time). */
const before = (sort: 'newest' | 'backers') => (a: Feature, b: Feature) =>
  (sort === 'backers' && a.properties.backers !== b.properties.backers
    ? b.properties.backers - a.properties.backers
    : String(b.properties.updated).localeCompare(String(a.properties.updated))) < 0;

/**
 * One page of the region's list from each member's first `offset + limit` (in its own order):
 * merged as one list in the asked order, each member's own order kept, ids made the region's.
 * The total is every member's that answered; `undefined` is a member that did not.
 */
export function mergeLists<F extends Feature>(
  answers: readonly (ListAnswer<F> | undefined)[],
  sort: 'newest' | 'backers',
  offset: number,
  limit: number,
): { features: F[]; total: number } {
  const earlier = before(sort);
  const heads = answers.map(() => 0);
  const out: F[] = [];
  while (out.length < offset + limit) {
    let pick = -1;
    answers.forEach((a, i) => {
      const f = a?.features[heads[i]!];
      if (f && (pick < 0 || earlier(f, answers[pick]!.features[heads[pick]!]!))) pick = i;
    });
    if (pick < 0) break;
    const f = answers[pick]!.features[heads[pick]!++]!;
    const id = regionId(pick, f.id);
    out.push({ ...f, id, properties: { ...f.properties, id } });
  }
  return { features: out.slice(offset), total: answers.reduce((n, a) => n + (a?.total ?? 0), 0) };
}

/** A member's whole download (its pages in order) as rows with the region's ids. */
export function columnRows(index: number, pages: readonly Omit<Columns, 'format'>[]): ColumnRow[] {
  const rows: ColumnRow[] = [];
  for (const page of pages) {
    let [id, lon, lat] = [0, 0, 0];
    for (let i = 0; i < page.id.length; i++) {
      id += page.id[i]!;
      lon += page.lon[i]!;
      lat += page.lat[i]!;
      rows.push({
        id: regionId(index, id),
        lon: lon / COORDINATE_SCALE,
        lat: lat / COORDINATE_SCALE,
        theme: page.themes[page.theme[i]!] ?? '',
        phase: page.phases[page.phase[i]!] ?? '',
      });
    }
  }
  return rows;
}

/** One page of the region's download (every member's rows, member by member), as the contract's columns. */
export function columnsPage(rows: readonly ColumnRow[], offset: number, limit: number) {
  return { ...encodeColumns(rows.slice(offset, offset + limit)), total: rows.length, limit, offset };
}

/** Reference lists (themes, phase models) of every member as one: the first member's wins a key. */
export function mergeByKey<T extends { key: string }>(lists: readonly (readonly T[] | undefined)[]): T[] {
  const seen = new Map<string, T>();
  for (const list of lists) for (const item of list ?? []) if (!seen.has(item.key)) seen.set(item.key, item);
  return [...seen.values()];
}
