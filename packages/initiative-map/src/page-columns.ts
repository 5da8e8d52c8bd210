import type { ColumnInitiatives, CompactInitiatives } from '@buurtkit/core';
import { decodeColumns } from '@buurtkit/api/columns';
import type { PointColumns } from './cluster-engine.js';
import type { Bbox } from './zoom-ahead.js';

/**
 * The map's download, pages of columns or tuples, into the typed arrays its cluster index
 * reads. A chunk of its own: it arrives with the data, after the map's first render.
 */
export type Page = ColumnInitiatives | CompactInitiatives;
const rowsOf = (p: Page) => ('items' in p ? p.items.length : p.id.length);

/** The pages into typed columns, with theme/phase indices in one key list. */
export function toColumns(pages: Page[], keys: { themes: string[]; phases: string[] }) {
  const n = pages.reduce((sum, p) => sum + rowsOf(p), 0);
  const data: PointColumns = {
    id: new Float64Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    theme: new Uint16Array(n),
    phase: new Uint16Array(n),
  };
  let k = 0;
  for (const page of pages) {
    if (!('items' in page)) {
      k += decodeColumns(page, data, k, keys);
      continue;
    }
    // Each page lists its own keys: map its indices onto the first page's list.
    const themeOf = page.themes.map((t) => indexIn(keys.themes, t));
    const phaseOf = page.phases.map((p) => indexIn(keys.phases, p));
    for (const [id, lon, lat, theme, phase] of page.items) {
      data.id[k] = id!;
      data.lon[k] = lon!;
      data.lat[k] = lat!;
      data.theme[k] = themeOf[theme!] ?? 0;
      data.phase[k] = phaseOf[phase!] ?? 0;
      k++;
    }
  }
  return { data, bounds: n ? boundsOf(data.lon, data.lat) : undefined };
}

function indexIn(list: string[], key: string) {
  const at = list.indexOf(key);
  return at >= 0 ? at : list.push(key) - 1;
}

export function boundsOf(lon: ArrayLike<number>, lat: ArrayLike<number>): Bbox {
  let w = 180,
    s = 90,
    e = -180,
    n = -90;
  for (let i = 0; i < lon.length; i++) {
    w = Math.min(w, lon[i]!);
    e = Math.max(e, lon[i]!);
    s = Math.min(s, lat[i]!);
    n = Math.max(n, lat[i]!);
  }
  return [w, s, e, n];
}
