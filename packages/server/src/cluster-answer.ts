import { CLUSTER_OPTIONS } from '@buurtkit/api/cluster';
import { gridded, type GridTree } from '@buurtkit/api/cluster-grid';
import Supercluster, { type ClusterProperties } from 'supercluster';
import { asciiJson, collectionText } from './json-text.js';

/** What the cluster index is built from: an initiative as the map shows it. */
export type ClusterPoint = { id: number; lon: number; lat: number; title: string; theme: string; phase: string };

type Feature = ReturnType<Supercluster<null>['getClusters']>[number];

/**
 * One filter's clusters, answered as JSON text. Each initiative's feature is written as JSON
 * once, when the index is built, and each cluster's the first time it is shown; an answer is
 * those texts joined. No feature objects are made per request for
 * `JSON.stringify` to walk (that was a third of an answer's time), no properties object per
 * initiative for the garbage collector to mark, and no coordinate is turned into text twice:
 * V8 keeps the text of recently printed numbers, which a single municipality's map hits, but a
 * server of fifty municipalities (fifty of these indexes, each request reading another) missed
 * it on every coordinate, 260 µs an answer. The text is the one `JSON.stringify` made of the
 * same answer, byte for byte, but for characters beyond ASCII, which it escapes (`asciiJson`);
 * `cluster-answer.test.ts` holds it to that.
 */
export class ClusterAnswers {
  /** The Supercluster index (points carry their load position as `id`, and no properties). */
  readonly index: Supercluster<null>;
  /**
   * Every initiative's whole feature as one text, ordered by place (the deepest zoom's grid,
   * row by row of cells): initiative `i` is `text.slice(span[2i], span[2i + 1])`. One string,
   * not one each: fifty municipalities' indexes held half a million small strings, and the
   * garbage collector's every young-generation pass grew slower with their number (in-process,
   * a million strings of 150 bytes: 0.40 ms a pass, the same bytes as fifty strings: 0.11 ms).
   * By place, not by id, because a view shows initiatives that lie together: a town's
   * 350 features are then a few runs of the text, not 350 places in 2 MB of it, and with fifty
   * municipalities each request reads another index from cold memory.
   */
  private readonly text: string;
  private readonly span: Int32Array;
  /**
   * By tree zoom, two numbers per grid position: what is shown there, once known. An
   * initiative as its text's range (start + 1, end), a cluster as (-1 - its place in
   * `clusterTexts`, 0); (0, 0) until first shown. A view reads it in the grid's order, a run of
   * memory per row of cells, and goes straight to the text: looking the range up in `span` by
   * the initiative's load position was a read from anywhere in 80 kB per feature, which with
   * fifty municipalities (each request another index, from cold memory) missed the processor's
   * cache for most of a view's ~350 features.
   */
  private readonly shown: Int32Array[] = [];
  /** Each cluster's whole feature, once shown: its expansion zoom walks the tree. */
  private readonly clusterTexts: string[] = [];

  constructor(rows: readonly ClusterPoint[]) {
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
    // The deepest tree lists the initiatives themselves, in load order; its grid, by place.
    const index = this.index as unknown as Internals;
    const deepest = index.trees[index.options.maxZoom + 1]!;
    const texts: string[] = [];
    this.span = new Int32Array(2 * rows.length);
    let at = 0;
    for (let position = 0; position < rows.length; position++) {
      const i = deepest.idAt(position);
      const p = rows[i]!;
      const feature = index._featureJSON(deepest.data, index.stride * i);
      const text =
        `${head(feature)}"cluster":false,"id":${p.id},"title":${asciiJson(p.title)},"theme":${asciiJson(p.theme)},` +
        `"phase":${asciiJson(p.phase)}}}`;
      texts.push(text);
      this.span[2 * i] = at;
      this.span[2 * i + 1] = at += text.length;
    }
    this.text = outsideHeap(texts.join(''));
  }

  /**
   * The clusters and initiatives in a box at a zoom, as the API's `FeatureCollection` text.
   *
   * Walks the zoom's tree itself where `getClusters` would make a feature object per entry,
   * its coordinates computed again: a feature already written needs only its id and kind from
   * the tree, then its text. With fifty municipalities each request reads another index from
   * cold memory, and those objects' reads (ids, coordinates) cost more than the text did
   * (zoom 13, Almere: 86 µs a request in `getClusters` alone, 15 with one municipality). The
   * box is read as `getClusters` reads it; `cluster-answer.test.ts` holds both to one text.
   */
  answer(bbox: [number, number, number, number], zoom: number): string {
    const parts: string[] = [];
    for (const box of boxes(bbox)) this.collect(box, zoom, parts);
    return collectionText({ type: 'FeatureCollection', zoom }, parts);
  }

  private collect([minLng, minLat, maxLng, maxLat]: number[], zoom: number, parts: string[]) {
    const index = this.index as unknown as Internals;
    const z = index._limitZoom(zoom);
    const tree = index.trees[z]!;
    const shown = (this.shown[z] ??= new Int32Array(2 * tree.numItems));
    const { text, clusterTexts } = this;
    const box = tree.inBox(encode(lngX(minLng!)), encode(latY(maxLat!)), encode(lngX(maxLng!)), encode(latY(minLat!)));
    for (const at of box) {
      if (shown[2 * at] === 0) this.learn(index, tree, at, shown);
      const what = shown[2 * at]!;
      parts.push(what > 0 ? text.slice(what - 1, shown[2 * at + 1]) : clusterTexts[-1 - what]!);
    }
  }

  /** What a zoom's grid position `at` shows, written into `shown` as it keeps it. */
  private learn(index: Internals, tree: Internals['trees'][number], at: number, shown: Int32Array) {
    const k = index.stride * tree.idAt(at);
    if (tree.data[k + OFFSET_NUM]! <= 1) {
      const i = tree.data[k + OFFSET_ID]!;
      shown[2 * at] = this.span[2 * i]! + 1;
      shown[2 * at + 1] = this.span[2 * i + 1]!;
    } else shown[2 * at] = -this.clusterTexts.push(this.cluster(index._featureJSON(tree.data, k)));
  }

  /** A cluster's whole feature, with its expansion zoom (a walk down the tree), written once. */
  private cluster(f: Feature): string {
    const { cluster_id: id, point_count: count } = f.properties as ClusterProperties;
    const expansion = this.index.getClusterExpansionZoom(id);
    return flat(`${head(f)}"cluster":true,"clusterId":${id},"count":${count},"expansionZoom":${expansion}}}`);
  }
}

/**
 * The text as one string. V8 keeps a text joined from pieces as a tree of them (a feature's
 * text was a dozen heap objects); an index keeps a text for each of its initiatives, and in
 * that form fifty municipalities' indexes took 196 MB of heap instead of 84. Copied once, each
 * is one string. (Its UTF-8 is exact: the text is ASCII.)
 */
const flat = (text: string) => Buffer.from(text).toString();

/**
 * The text kept outside the JavaScript heap: Node makes a string of a megabyte or more read
 * from a buffer an external one (its bytes in C++ memory; slices and joins read it as any
 * other). Every young-generation collection took longer the larger the old generation was,
 * whatever it held (in-process: 400 MB more of plain strings, 1.1 -> 2.8 ms a pause, and each
 * pause holds up every waiting request), and fifty municipalities' texts were 100 MB of it.
 * (Latin-1 is exact: the text is ASCII.)
 */
const outsideHeap = (text: string) => Buffer.from(text, 'latin1').toString('latin1');

const head = (f: Feature) => {
  const [lon, lat] = f.geometry.coordinates;
  return `{"type":"Feature","geometry":{"type":"Point","coordinates":[${lon},${lat}]},"properties":{`;
};

/**
 * What this reads of Supercluster (9.x) besides its API: each zoom's tree, its entries `stride`
 * apart in `data` with an entry's id and point count at these offsets, and how it makes a
 * feature of an entry. Like `gridded`'s, held to stock Supercluster's answers by the tests.
 */
type Internals = {
  options: { maxZoom: number };
  stride: number;
  trees: GridTree[];
  _limitZoom(zoom: number): number;
  _featureJSON(data: Int32Array, k: number): Feature;
};
const OFFSET_ID = 3;
const OFFSET_NUM = 5;

// Supercluster's projection and its Int32 encoding, for the box's corners.
const lngX = (lng: number) => lng / 360 + 0.5;
const latY = (lat: number) => {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
};
const encode = (c: number) => (c - 0.5) * 0x40000000;

/** The box as `getClusters` reads it: longitudes wrapped, latitudes clamped, split at 180°. */
function boxes(bbox: readonly number[]): number[][] {
  const wrap = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;
  let minLng = wrap(bbox[0]!);
  let maxLng = bbox[2] === 180 ? 180 : wrap(bbox[2]!);
  const minLat = Math.max(-90, Math.min(90, bbox[1]!));
  const maxLat = Math.max(-90, Math.min(90, bbox[3]!));
  if (bbox[2]! - bbox[0]! >= 360) [minLng, maxLng] = [-180, 180];
  else if (minLng > maxLng)
    return [
      [minLng, minLat, 180, maxLat],
      [-180, minLat, maxLng, maxLat],
    ];
  return [[minLng, minLat, maxLng, maxLat]];
}
