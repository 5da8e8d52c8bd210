import { CLUSTER_OPTIONS } from '@buurtkit/api/cluster';
import { gridded } from '@buurtkit/api/cluster-grid';
import Supercluster, { type ClusterProperties } from 'supercluster';

/** What the cluster index is built from: an initiative as the map shows it. */
export type ClusterPoint = { id: number; lon: number; lat: number; title: string; theme: string; phase: string };

type Feature = ReturnType<Supercluster<null>['getClusters']>[number];

/**
 * One filter's clusters, answered as JSON text. Each initiative's properties are written as
 * JSON once, when the index is built, and each feature's whole text the first time it is
 * shown; an answer is those texts joined. No feature objects are made per request for
 * `JSON.stringify` to walk (that was a third of an answer's time), no properties object per
 * initiative for the garbage collector to mark, and no coordinate is turned into text twice:
 * V8 keeps the text of recently printed numbers, which a single municipality's map hits, but a
 * server of fifty municipalities (fifty of these indexes, each request reading another) missed
 * it on every coordinate, 260 µs an answer. The text is the one `JSON.stringify` made of the
 * same answer, byte for byte (`cluster-answer.test.ts`), so ETags do not change with it.
 */
export class ClusterAnswers {
  /** The Supercluster index (points carry their load position as `id`, and no properties). */
  readonly index: Supercluster<null>;
  /**
   * By load position: an initiative's `properties` after `"cluster":false` (starting with a
   * comma) until it is first shown, then its whole feature (starting with a brace).
   */
  private readonly points: string[];
  /** Each cluster's whole feature, once shown: its expansion zoom walks the tree. */
  private readonly clusters = new Map<number, string>();

  constructor(rows: readonly ClusterPoint[]) {
    this.points = rows.map((p) =>
      flat(
        `,"id":${p.id},"title":${JSON.stringify(p.title)},"theme":${JSON.stringify(p.theme)},` +
          `"phase":${JSON.stringify(p.phase)}}}`,
      ),
    );
    // Grids as the widget's engine has them: the same clusters, listed in the same order.
    this.index = gridded(new Supercluster<null>({ ...CLUSTER_OPTIONS }));
    this.index.load(
      rows.map((p, i) => ({
        type: 'Feature' as const,
        id: i,
        geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
        properties: null,
      })),
    );
  }

  /** The clusters and initiatives in a box at a zoom, as the API's `FeatureCollection` text. */
  answer(bbox: [number, number, number, number], zoom: number): string {
    const parts: string[] = [];
    for (const f of this.index.getClusters(bbox, zoom)) parts.push(f.properties ? this.cluster(f) : this.point(f));
    return `{"type":"FeatureCollection","zoom":${zoom},"features":[${parts.join(',')}]}`;
  }

  private point(f: Feature): string {
    const i = f.id as number;
    const known = this.points[i]!;
    if (known.startsWith('{')) return known;
    return (this.points[i] = flat(`${head(f)}"cluster":false${known}`));
  }

  private cluster(f: Feature): string {
    const { cluster_id: id, point_count: count } = f.properties as ClusterProperties;
    let text = this.clusters.get(id);
    if (text === undefined) {
      const expansion = this.index.getClusterExpansionZoom(id);
      text = flat(`${head(f)}"cluster":true,"clusterId":${id},"count":${count},"expansionZoom":${expansion}}}`);
      this.clusters.set(id, text);
    }
    return text;
  }
}

/**
 * The text as one string. V8 keeps a text joined from pieces as a tree of them (a feature's
 * text was a dozen heap objects); an index keeps a text for each of its initiatives, and in
 * that form fifty municipalities' indexes took 196 MB of heap instead of 84. Copied once, each
 * is one string. (Its UTF-8 is exact: JSON text escapes any lone surrogate.)
 */
const flat = (text: string) => Buffer.from(text).toString();

const head = (f: Feature) => {
  const [lon, lat] = f.geometry.coordinates;
  return `{"type":"Feature","geometry":{"type":"Point","coordinates":[${lon},${lat}]},"properties":{`;
};
