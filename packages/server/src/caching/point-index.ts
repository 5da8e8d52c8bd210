import type { Bbox } from '@buurtkit/api/geo';
import type { Db } from '../db/index.js';

/** A Map that stops taking new keys once full: an index lives one public version, seldom long. */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }
  override set(key: K, value: V) {
    return this.size < this.max || this.has(key) ? super.set(key, value) : this;
  }
}

/** One initiative as the index takes it: `[id, lon, lat, theme, phase]`, newest (highest id) first. */
export type PointRow = [id: number, lon: number, lat: number, theme: string, phase: string];

/**
 * Every initiative's point in memory, newest first, with a uniform grid over them: a bbox is
 * counted and paged without the database. A map view's list (`GET /initiatives?bbox=…`) is
 * asked with a new bbox by every resident who pans, so the read cache cannot help there; at
 * 100,000 initiatives the database spent ~0.4 ms counting a city's R*Tree entries and as much
 * again on the page, where this takes a few microseconds.
 *
 * Positions (0 = newest) are what `page` returns and what the accessors take.
 */
export class PointIndex {
  readonly size: number;
  /** Rows read for positions of this index, by position, as its caller keeps them (bounded). */
  readonly summaries = new BoundedMap<number, unknown>(20_000);
  readonly themes: string[] = [];
  readonly phases: string[] = [];
  private readonly ids: Float64Array;
  private readonly lons: Float64Array;
  private readonly lats: Float64Array;
  private readonly themeOf: Uint16Array;
  private readonly phaseOf: Uint16Array;
  // The grid: cell (cx, cy) holds positions cellItems[cellStart[c] .. cellStart[c + 1]), ascending.
  private readonly minLon: number;
  private readonly minLat: number;
  private readonly cellLon: number;
  private readonly cellLat: number;
  private readonly columns: number;
  private readonly rows: number;
  private readonly cellStart: Int32Array;
  private readonly cellItems: Int32Array;
  /**
   * Each cell's points' coordinates again, in the cells' order (`cellLons[k]` is `cellItems[k]`'s):
   * a bbox's edge cells are tested in a run of memory, not by position from anywhere in the
   * index, which with fifty municipalities (each request another index, from cold memory) missed
   * the processor's cache on almost every point. 16 bytes a point.
   */
  private readonly cellLons: Float64Array;
  private readonly cellLats: Float64Array;

  constructor(points: readonly PointRow[]) {
    const n = (this.size = points.length);
    this.ids = new Float64Array(n);
    this.lons = new Float64Array(n);
    this.lats = new Float64Array(n);
    this.themeOf = new Uint16Array(n);
    this.phaseOf = new Uint16Array(n);
    const themeIndex = new Map<string, number>();
    const phaseIndex = new Map<string, number>();
    const indexOf = (map: Map<string, number>, list: string[], v: string) =>
      map.get(v) ?? map.set(v, list.push(v) - 1).get(v)!;
    let minLon = Infinity;
    let minLat = Infinity;
    let maxLon = -Infinity;
    let maxLat = -Infinity;
    for (let i = 0; i < n; i++) {
      const [id, lon, lat, theme, phase] = points[i]!;
      this.ids[i] = Number(id);
      this.lons[i] = Number(lon);
      this.lats[i] = Number(lat);
      this.themeOf[i] = indexOf(themeIndex, this.themes, theme);
      this.phaseOf[i] = indexOf(phaseIndex, this.phases, phase);
      minLon = Math.min(minLon, this.lons[i]!);
      maxLon = Math.max(maxLon, this.lons[i]!);
      minLat = Math.min(minLat, this.lats[i]!);
      maxLat = Math.max(maxLat, this.lats[i]!);
    }
    // About one cell per 4 points over the data's extent: a city's bbox is mostly whole cells,
    // counted without looking at their points.
    const side = Math.max(1, Math.ceil(Math.sqrt(n / 4)));
    this.minLon = n ? minLon : 0;
    this.minLat = n ? minLat : 0;
    this.cellLon = n && maxLon > minLon ? (maxLon - minLon) / side : 1;
    this.cellLat = n && maxLat > minLat ? (maxLat - minLat) / side : 1;
    this.columns = this.rows = side;
    const cellOf = new Int32Array(n);
    const counts = new Int32Array(side * side + 1);
    for (let i = 0; i < n; i++) {
      const c = this.cellX(this.lons[i]!) + this.cellY(this.lats[i]!) * side;
      cellOf[i] = c;
      counts[c + 1]!++;
    }
    for (let c = 0; c < side * side; c++) counts[c + 1]! += counts[c]!;
    this.cellStart = counts.slice();
    this.cellItems = new Int32Array(n);
    this.cellLons = new Float64Array(n);
    this.cellLats = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const k = counts[cellOf[i]!]!++;
      this.cellItems[k] = i;
      this.cellLons[k] = this.lons[i]!;
      this.cellLats[k] = this.lats[i]!;
    }
  }

  id = (i: number) => this.ids[i]!;
  lon = (i: number) => this.lons[i]!;
  lat = (i: number) => this.lats[i]!;
  theme = (i: number) => this.themeOf[i]!;
  phase = (i: number) => this.phaseOf[i]!;

  // The same arithmetic for points and for a bbox's edges: both are monotonic, so a point in a
  // cell strictly between the edge cells lies inside the bbox (no rounding can put it out).
  private cellX(lon: number) {
    return Math.min(this.columns - 1, Math.max(0, Math.floor((lon - this.minLon) / this.cellLon)));
  }
  private cellY(lat: number) {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((lat - this.minLat) / this.cellLat)));
  }

  /** Calls `each(cellFrom, cellTo, whole)` for every cell the bbox touches; `whole` when every point lies inside. */
  private cells(bbox: Bbox, each: (from: number, to: number, whole: boolean) => void) {
    const [w, s, e, n] = bbox;
    if (!this.size || e < w || n < s) return;
    const x0 = this.cellX(w);
    const x1 = this.cellX(e);
    const y0 = this.cellY(s);
    const y1 = this.cellY(n);
    for (let y = y0; y <= y1; y++) {
      const edgeY = y === y0 || y === y1;
      for (let x = x0; x <= x1; x++) {
        const c = x + y * this.columns;
        each(this.cellStart[c]!, this.cellStart[c + 1]!, !edgeY && x !== x0 && x !== x1);
      }
    }
  }

  /** How many points lie in the bbox (edges included). */
  count(bbox: Bbox): number {
    const [w, s, e, n] = bbox;
    const { cellLons, cellLats } = this;
    let total = 0;
    this.cells(bbox, (from, to, whole) => {
      if (whole) total += to - from;
      else
        for (let k = from; k < to; k++)
          if (cellLons[k]! >= w && cellLons[k]! <= e && cellLats[k]! >= s && cellLats[k]! <= n) total++;
    });
    return total;
  }

  /**
   * Positions of the page of points in the bbox, newest first. Like the database's two ways:
   * walk everything newest first while few are skipped, else gather the box's cells and sort.
   */
  page(bbox: Bbox, offset: number, limit: number, inBox = this.count(bbox)): Int32Array {
    const [w, s, e, n] = bbox;
    const { lons, lats, cellItems, cellLons, cellLats, size } = this;
    const wanted = Math.max(0, Math.min(limit, inBox - offset));
    const found = new Int32Array(wanted);
    if (!wanted) return found;
    if ((offset + wanted) * (size / inBox) < 4 * inBox) {
      let skip = offset;
      let k = 0;
      for (let i = 0; i < size && k < wanted; i++) {
        if (!(lons[i]! >= w && lons[i]! <= e && lats[i]! >= s && lats[i]! <= n)) continue;
        if (skip) skip--;
        else found[k++] = i;
      }
      return found;
    }
    // Newest first is lowest position first: the box's positions are marked in a bitset and
    // read back in order, up to the page's end. Sorting them (a city's few thousand) cost
    // 3 µs with one municipality and 16 with fifty, whose orders differ each request and
    // defeat branch prediction (perf: `TypedArraySortFast`).
    const bits = marks.length > size >> 5 ? marks : (marks = new Int32Array((size >> 5) + 1));
    let low = size;
    let high = -1;
    this.cells(bbox, (from, to, whole) => {
      for (let j = from; j < to; j++) {
        if (whole || (cellLons[j]! >= w && cellLons[j]! <= e && cellLats[j]! >= s && cellLats[j]! <= n)) {
          const i = cellItems[j]!;
          bits[i >> 5]! |= 1 << (i & 31);
          if (i < low) low = i;
          if (i > high) high = i;
        }
      }
    });
    let skip = offset;
    let k = 0;
    for (let word = low >> 5; word <= high >> 5 && k < wanted; word++) {
      let set = bits[word]!;
      while (set && k < wanted) {
        const bit = set & -set;
        set ^= bit;
        if (skip) skip--;
        else found[k++] = (word << 5) + 31 - Math.clz32(bit);
      }
    }
    bits.fill(0, low >> 5, (high >> 5) + 1);
    return found;
  }
}

/** The bitset `page` orders a box's positions with (single-threaded, all zero between calls). */
let marks = new Int32Array(1024);

/**
 * The index of the current public version (which moves with every committed write to what is
 * public, on any instance), like the read cache a cache and never the truth. After a write it
 * is rebuilt in the background while the database answers; rebuilds take at most a tenth of
 * the time, so a server under constant writes simply answers from the database as before.
 */
export class PointCache {
  private current?: { version: number; points: PointIndex };
  private building?: Promise<void>;
  private nextBuild = 0;

  constructor(
    private readonly load: (db: Db) => Promise<PointRow[]>,
    private readonly version: (db: Db) => Promise<number>,
    private readonly clock = () => performance.now(),
  ) {}

  /**
   * The index if it shows the current version (read now, unless the caller has just read it);
   * if not, undefined, and a rebuild starts when due.
   */
  async at(db: Db, known?: number): Promise<PointIndex | undefined> {
    const version = known ?? (await this.version(db));
    if (this.current?.version === version) return this.current.points;
    if (!this.building && this.clock() >= this.nextBuild) this.building = this.build(db, version);
    return undefined;
  }

  /** Waits for a running rebuild (startup warming, tests). */
  async settled(): Promise<void> {
    await this.building;
  }

  private async build(db: Db, version: number) {
    const started = this.clock();
    try {
      this.current = { version, points: new PointIndex(await this.load(db)) };
    } catch {
      // The database answers meanwhile; the next due request tries again.
    } finally {
      this.nextBuild = this.clock() + 9 * (this.clock() - started);
      this.building = undefined;
    }
  }
}
