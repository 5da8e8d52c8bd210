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
import type { MapItem } from './cluster-engine.js';
import { createClusterer, type Clusterer } from './clusterer.js';
import type { Bbox, ZoomAhead } from './zoom-ahead.js';

export type Filter = { theme: readonly string[]; phase: readonly string[]; q: string };
export type { Bbox } from './zoom-ahead.js';

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

  /**
   * `server` clusters on the server whatever the count (for APIs that want no bulk downloads);
   * `browser` always here, after the whole download (a static folder, which has no server).
   */
  clustering: 'auto' | 'server' | 'browser' = 'auto';

  /** Columns (a third of the bytes), or tuples from a backend that does not offer them yet. */
  private format: 'columns' | 'compact' = 'columns';

  /** The zoom levels next to the one shown, prepared in the worker (client mode; it comes with the engine). */
  private ahead?: ZoomAhead;

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
    this.ahead?.clear();
    const query = { theme: filter.theme, phase: filter.phase, q: filter.q || undefined };
    const first = await this.page(client, query, 0, { signal });
    this.total = first.total;
    this.clusterer ??= await createClusterer(this.preferWorker);
    this.ahead ??= new (await import('./zoom-ahead.js')).ZoomAhead((bbox, zoom) => this.query(bbox, zoom));
    if (this.clustering === 'browser') return this.complete(client, query, first, signal);
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
    void this.warm(first);
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

  /** While the other pages download: the worker's engine clusters the first and forgets it (see ClusterIndex.warm). */
  private async warm(first: Page) {
    if (!this.clusterer?.warm) return;
    const { toColumns } = await import('./page-columns.js');
    this.clusterer?.warm?.(toColumns([first], { themes: [...first.themes], phases: [...first.phases] }).data);
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
    const { toColumns } = await import('./page-columns.js');
    const columns = toColumns(pages, this.keys);
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
      const items = this.ahead?.take(bbox, zoom) ?? (await this.query(bbox, zoom));
      this.ahead?.prepare(bbox, zoom);
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

  /** The map's own index, with theme and phase keys on single initiatives. */
  private async query(bbox: Bbox, zoom: number): Promise<MapItem[]> {
    const items = (await this.clusterer?.query(bbox, zoom)) ?? [];
    for (const item of items) {
      if (item.themeIndex !== undefined) item.theme = this.keys.themes[item.themeIndex];
      if (item.phaseIndex !== undefined) item.phase = this.keys.phases[item.phaseIndex];
    }
    return items;
  }

  /** Where the matches are when the server clusters: the country's clusters at a low zoom. */
  async serverBounds(client: ApiClient, filter: Filter, signal: AbortSignal): Promise<Bbox | undefined> {
    const items = await this.items(client, filter, NETHERLANDS, 7, signal);
    if (!items.length) return undefined;
    const { boundsOf } = await import('./page-columns.js');
    return boundsOf(
      items.map((i) => i.lon),
      items.map((i) => i.lat),
    );
  }

  destroy() {
    this.clusterer?.destroy();
    this.clusterer = undefined;
  }
}

type Query = { theme: readonly string[]; phase: readonly string[]; q?: string };
type Page = ColumnInitiatives | CompactInitiatives;
