/**
 * `format=columns` of `GET /initiatives`: the map's download of every initiative, as small as
 * JSON gets it. Each column is a list of integers; ids and coordinates are delta-coded (the
 * first value as it is, then each value's difference with the one before), coordinates in
 * 1e-5 degrees (about a metre, finer than a marker). Brotli makes 100,000 initiatives about
 * 0.65 MB on the wire where `[id, lon, lat, theme, phase]` tuples took 1.9 MB.
 */

/** Degrees to the integers the columns carry: 1e-5°, about 1.1 m north–south. */
export const COORDINATE_SCALE = 1e5;

export interface ColumnRow {
  id: number;
  lon: number;
  lat: number;
  theme: string;
  phase: string;
}

export interface Columns {
  format: 'columns';
  themes: string[];
  phases: string[];
  id: number[];
  lon: number[];
  lat: number[];
  theme: number[];
  phase: number[];
}

function deltas(values: number[]): number[] {
  let before = 0;
  return values.map((v) => {
    const d = v - before;
    before = v;
    return d;
  });
}

/** Rows (in the order the page lists them) as columns. */
export function encodeColumns(rows: readonly ColumnRow[]): Columns {
  const themes: string[] = [];
  const phases: string[] = [];
  const index = (list: string[], v: string) => {
    const at = list.indexOf(v);
    return at >= 0 ? at : list.push(v) - 1;
  };
  return {
    format: 'columns',
    themes,
    phases,
    id: deltas(rows.map((r) => r.id)),
    lon: deltas(rows.map((r) => Math.round(r.lon * COORDINATE_SCALE))),
    lat: deltas(rows.map((r) => Math.round(r.lat * COORDINATE_SCALE))),
    theme: rows.map((r) => index(themes, r.theme)),
    phase: rows.map((r) => index(phases, r.phase)),
  };
}

/**
 * Columns back into arrays a cluster index reads, written from `at` on: each page of the
 * download goes into one set of typed arrays, its theme and phase indices mapped onto `keys`
 * (the first page's lists, grown by what later pages add).
 */
export function decodeColumns(
  page: Pick<Columns, 'themes' | 'phases' | 'id' | 'lon' | 'lat' | 'theme' | 'phase'>,
  into: { id: Float64Array; lon: Float64Array; lat: Float64Array; theme: Uint16Array; phase: Uint16Array },
  at: number,
  keys: { themes: string[]; phases: string[] },
): number {
  const n = page.id.length;
  if ([page.lon, page.lat, page.theme, page.phase].some((c) => c.length !== n))
    throw new Error('columns of unequal length');
  const grow = (list: string[], key: string) => {
    const i = list.indexOf(key);
    return i >= 0 ? i : list.push(key) - 1;
  };
  const themeOf = page.themes.map((t) => grow(keys.themes, t));
  const phaseOf = page.phases.map((p) => grow(keys.phases, p));
  let id = 0;
  let lon = 0;
  let lat = 0;
  for (let i = 0; i < n; i++) {
    id += page.id[i]!;
    lon += page.lon[i]!;
    lat += page.lat[i]!;
    into.id[at + i] = id;
    into.lon[at + i] = lon / COORDINATE_SCALE;
    into.lat[at + i] = lat / COORDINATE_SCALE;
    into.theme[at + i] = themeOf[page.theme[i]!] ?? 0;
    into.phase[at + i] = phaseOf[page.phase[i]!] ?? 0;
  }
  return n;
}
