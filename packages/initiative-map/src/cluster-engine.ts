/**
 * Clustering of many initiatives with supercluster. This module runs in two places: as a
 * module Web Worker (the page stays responsive while 100,000 points are indexed), and on
 * the main thread when the page does not allow our worker (a bundle served from another
 * origin cannot start one). It imports nothing but supercluster: Lit would not load in a
 * worker.
 */
import { CLUSTER_OPTIONS } from '@buurtkit/api/cluster';
import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';

/** Points as columns: transferable to the worker without copying. */
export interface PointColumns {
  id: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
  theme: Uint16Array;
  phase: Uint16Array;
}

/** What the map draws: a cluster (count ≥ 2) or one initiative. */
export interface MapItem {
  lon: number;
  lat: number;
  count: number;
  /** Initiative id (single points). */
  id?: number;
  /** Zoom level at which a cluster falls apart. */
  expansionZoom?: number;
  /** Index into the theme/phase key lists of the data (single points, client-side data). */
  themeIndex?: number;
  phaseIndex?: number;
  /** Keys and title, when the server clustered (single points). */
  theme?: string;
  phase?: string;
  title?: string;
}

type Props = { i: number };

/** The cluster index itself: load once, ask per view. */
export class ClusterIndex {
  private index?: Supercluster<Props>;
  private data?: PointColumns;

  /** Builds the index; `pause` lets a main-thread caller give the page a turn between chunks. */
  async load(data: PointColumns, pause?: () => Promise<void>) {
    this.data = data;
    const features: PointFeature<Props>[] = new Array(data.id.length);
    const CHUNK = 20_000;
    for (let start = 0; start < data.id.length; start += CHUNK) {
      for (let i = start; i < Math.min(data.id.length, start + CHUNK); i++) {
        features[i] = {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [data.lon[i]!, data.lat[i]!] },
          properties: { i },
        };
      }
      if (pause) await pause();
    }
    const index = new Supercluster<Props>({ ...CLUSTER_OPTIONS });
    index.load(features);
    this.index = index;
  }

  query(bbox: [number, number, number, number], zoom: number): MapItem[] {
    const { index, data } = this;
    if (!index || !data) return [];
    return index.getClusters(bbox, Math.round(zoom)).map((f) => {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const p = f.properties as Partial<ClusterProperties> & Partial<Props>;
      if (p.cluster)
        return { lon, lat, count: p.point_count!, expansionZoom: index.getClusterExpansionZoom(p.cluster_id!) };
      const i = p.i!;
      return { lon, lat, count: 1, id: data.id[i]!, themeIndex: data.theme[i]!, phaseIndex: data.phase[i]! };
    });
  }
}

/** This module's own address: the worker is started from it. */
export const ENGINE_URL = import.meta.url;

export type EngineRequest =
  | { type: 'load'; seq: number; data: PointColumns }
  | { type: 'query'; seq: number; bbox: [number, number, number, number]; zoom: number };
export type EngineAnswer =
  { type: 'ready' } | { type: 'loaded'; seq: number } | { type: 'items'; seq: number; items: MapItem[] };

declare const WorkerGlobalScope: { new (): unknown } | undefined;

// Started as a worker: answer the main thread. Imported on the main thread: nothing happens.
if (typeof WorkerGlobalScope !== 'undefined' && typeof document === 'undefined') {
  const scope = self as unknown as {
    postMessage(m: EngineAnswer): void;
    onmessage: ((e: MessageEvent<EngineRequest>) => void) | null;
  };
  const engine = new ClusterIndex();
  scope.onmessage = async ({ data: m }) => {
    if (m.type === 'load') {
      await engine.load(m.data);
      scope.postMessage({ type: 'loaded', seq: m.seq });
    } else {
      scope.postMessage({ type: 'items', seq: m.seq, items: engine.query(m.bbox, m.zoom) });
    }
  };
  scope.postMessage({ type: 'ready' });
}
