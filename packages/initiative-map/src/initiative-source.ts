import {
  ApiError,
  clusterInitiatives,
  listInitiativesColumns,
  listInitiativesCompact,
  type ApiClient,
  type ColumnInitiatives,
  type CompactInitiatives,
  type RequestOptions,
} from '@buurtkit/core';
import type { decodeColumns } from '@buurtkit/api/columns';
import type { MapItem, PointColumns } from './cluster-engine.js';
import { createClusterer, type Clusterer } from './clusterer.js';

export type Filter = { theme: readonly string[]; phase: readonly string[]; q: string };
export type Bbox = [number, number, number, number];

/** The API's largest page of compact tuples. */
const PAGE = 5000;
/**
 * Up to this many initiatives the map clusters in the browser (instant zooming, no request
 * per move); above it the server clusters per view. On the main thread the limit is lower:
 * indexing there blocks the page.
 */
const CLIENT_LIMIT = { worker: 250_000, main: 40_000 };
/** The Netherlands, for fitting a map that has no centre of its own to server-side clusters. */
const NETHERLANDS: Bbox = [3.2, 50.7, 7.3, 53.6];

/**
 * Where the map's points come from, for one filter: all of them into the cluster engine
 * (client mode) or the server's cluster endpoint per view (server mode), chosen by the
 * number of matches.
 */
export class InitiativeSource {
  mode: 'client' | 'server' = 'client';
  total = 0;
  /** West, south, east, north of all matches (client mode), for a first view. */
  bounds?: Bbox;
  private clusterer?: Clusterer;
  private keys: { themes: string[]; phases: string[] } = { themes: [], phases: [] };

  /** `server` clusters on the server whatever the count (for APIs that want no bulk downloads). */
  clustering: 'auto' | 'server' = 'auto';

  /** Columns (a third of the bytes), or tuples from a backend that does not offer them yet. */
  private format: 'columns' | 'compact' = 'columns';

  /** Told when the map's own index takes over from the server's clusters (see `load`). */
  onSwitch?: () => void;

  constructor(private readonly preferWorker = true) {}

  /** One page of the download, in the best format the backend offers. */
  private async page(client: ApiClient, query: Query, offset: number, o: RequestOptions): Promise<Page> {
    if (this.format === 'columns') {
      try {
        return await listInitiativesColumns(client, { ...query, limit: PAGE, offset }, o);
      } catch (e) {
        // An API of the contract before columns refuses the format value (422): use tuples from now on.
        if (!(e instanceof ApiError && e.status === 422)) throw e;
        this.format = 'compact';
      }
    }
    return listInitiativesCompact(client, { ...query, limit: PAGE, offset }, o);
  }

  /** Loads what matches the filter; resolves when the map can ask for items. */
  async load(client: ApiClient, filter: Filter, signal: AbortSignal): Promise<void> {
    if (this.clustering === 'server') {
      this.mode = 'server';
      this.bounds = undefined;
      return;
    }
    const query = { theme: filter.theme, phase: filter.phase, q: filter.q || undefined };
    const first = await this.page(client, query, 0, { signal });
    this.total = first.total;
    this.clusterer ??= await createClusterer(this.preferWorker);
    if (first.total > CLIENT_LIMIT[this.clusterer.where]) {
      performance.mark('buurt-map:server-clusters', {
        detail: { count: first.total, clustering: this.clusterer.where },
      });
      this.mode = 'server';
      this.bounds = undefined;
      return;
    }
    const rest = this.complete(client, query, first, signal);
    if (first.total <= PAGE) return rest;
    // More than one page: the server's clusters (the same algorithm and options as the map's
    // own, on the same points in the same order) show at once, while the rest downloads and
    // the index builds; then the map's own index takes over for instant zooming.
    performance.mark('buurt-map:provisional', { detail: { count: first.total } });
    this.mode = 'server';
    this.bounds = undefined;
    rest.then(
      () => {
        if (signal.aborted) return;
        performance.mark('buurt-map:own-index', { detail: { count: first.total } });
        this.onSwitch?.();
      },
      () => undefined,
    );
  }

  /** The remaining pages, decoded into the cluster index; the source is in client mode after. */
  private async complete(client: ApiClient, query: Query, first: Page, signal: AbortSignal) {
    const pages = [first];
    const offsets: number[] = [];
    for (let offset = PAGE; offset < first.total; offset += PAGE) offsets.push(offset);
    // A few pages at a time: fast, without flooding the server.
    for (let i = 0; i < offsets.length; i += 4) {
      pages.push(
        ...(await Promise.all(offsets.slice(i, i + 4).map((offset) => this.page(client, query, offset, { signal })))),
      );
    }
    signal.throwIfAborted();
    this.keys = { themes: first.themes, phases: first.phases };
    // The decoder comes with the download (a chunk of its own): a map's first render does not wait for it.
    const { decodeColumns } = await import('@buurtkit/api/columns');
    const columns = toColumns(pages, this.keys, decodeColumns);
    performance.mark('buurt-map:data-ready', {
      detail: { count: columns.data.id.length, clustering: this.clusterer!.where },
    });
    await this.clusterer!.load(columns.data);
    signal.throwIfAborted();
    this.bounds = columns.bounds;
    this.mode = 'client';
  }

  /** The clusters and points in a view. */
  async items(client: ApiClient, filter: Filter, bbox: Bbox, zoom: number, signal: AbortSignal): Promise<MapItem[]> {
    if (this.mode === 'client') {
      const items = (await this.clusterer?.query(bbox, zoom)) ?? [];
      for (const item of items) {
        if (item.themeIndex !== undefined) item.theme = this.keys.themes[item.themeIndex];
        if (item.phaseIndex !== undefined) item.phase = this.keys.phases[item.phaseIndex];
      }
      return items;
    }
    const answer = await clusterInitiatives(
      client,
      { bbox, zoom: Math.round(zoom), theme: filter.theme, phase: filter.phase, q: filter.q || undefined },
      { signal },
    );
    return answer.features.map(({ geometry, properties: p }) => {
      const [lon, lat] = geometry.coordinates as [number, number];
      return p.cluster
        ? { lon, lat, count: p.count, expansionZoom: p.expansionZoom }
        : { lon, lat, count: 1, id: p.id, theme: p.theme, phase: p.phase, title: p.title };
    });
  }

  /** Where the matches are when the server clusters: the country's clusters at a low zoom. */
  async serverBounds(client: ApiClient, filter: Filter, signal: AbortSignal): Promise<Bbox | undefined> {
    const items = await this.items(client, filter, NETHERLANDS, 7, signal);
    return items.length
      ? boundsOf(
          items.map((i) => i.lon),
          items.map((i) => i.lat),
        )
      : undefined;
  }

  destroy() {
    this.clusterer?.destroy();
    this.clusterer = undefined;
  }
}

type Query = { theme: readonly string[]; phase: readonly string[]; q?: string };
type Page = ColumnInitiatives | CompactInitiatives;
const rowsOf = (p: Page) => ('items' in p ? p.items.length : p.id.length);

/** The pages into typed columns, with theme/phase indices in one key list. */
function toColumns(pages: Page[], keys: { themes: string[]; phases: string[] }, decode: typeof decodeColumns) {
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
      k += decode(page, data, k, keys);
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

function boundsOf(lon: ArrayLike<number>, lat: ArrayLike<number>): Bbox {
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
