/**
 * Supercluster with a grid in place of its KD-trees. Each zoom level is searched only by the
 * level above it, with one known radius, so a grid of cells that radius wide finds every
 * neighbour in nine cells, and is built by a counting sort in one pass where a KD-tree sorts.
 * The clusters are Supercluster's own (its algorithm runs unchanged; the grid answers the
 * same questions, by the same comparisons, on the same integer coordinates): building
 * 100,000 initiatives takes ~160 ms instead of ~300 ms. Used by the widget's engine and the
 * server's index alike, so both list clusters in the same order too.
 *
 * It reaches into two of Supercluster's internal methods (`_createTree`, `_cluster`, stable
 * since 8.0); `cluster-grid.test.ts` holds the result to stock Supercluster at every zoom, so
 * an upgrade that changes them fails there, not on a map.
 */
/** What Supercluster asks of a tree, and a view's walk of it (`inBox`). */
export class GridTree {
  readonly numItems: number;
  private readonly minX: number;
  private readonly minY: number;
  private readonly cell: number;
  private readonly columns: number;
  private readonly rows: number;
  /**
   * Points of cell `c` are at positions `start[c]` … `start[c + 1] - 1`, each position three
   * numbers in `entries`: x, y and id. One array, so a view reads one run of memory a row of
   * cells, not three (a server of fifty municipalities reads each from cold memory).
   */
  private readonly start: Int32Array;
  private readonly entries: Int32Array;
  /** Each id's position, made on a view's first walk (Supercluster's own clustering never needs it). */
  private positions?: Int32Array;

  constructor(
    readonly data: Int32Array,
    numItems: number,
    stride: number,
    radius: number,
  ) {
    this.numItems = numItems;
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < numItems; i++) {
      const x = data[i * stride]!;
      const y = data[i * stride + 1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    if (!numItems) [minX, minY, maxX, maxY] = [0, 0, 1, 1];
    // At least the radius wide, and never more than about two cells a point.
    const cell = Math.max(radius, Math.max(maxX - minX, maxY - minY, 1) / Math.ceil(Math.sqrt(2 * numItems + 1)));
    const columns = Math.floor((maxX - minX) / cell) + 1;
    const rows = Math.floor((maxY - minY) / cell) + 1;
    const start = new Int32Array(columns * rows + 1);
    const cellOf = new Int32Array(numItems);
    for (let i = 0; i < numItems; i++) {
      const c =
        Math.floor((data[i * stride + 1]! - minY) / cell) * columns + Math.floor((data[i * stride]! - minX) / cell);
      cellOf[i] = c;
      start[c + 1]!++;
    }
    for (let c = 0; c < columns * rows; c++) start[c + 1]! += start[c]!;
    const next = start.slice(0, columns * rows);
    const entries = new Int32Array(numItems * 3);
    for (let i = 0; i < numItems; i++) {
      const e = 3 * next[cellOf[i]!]!++;
      entries[e] = data[i * stride]!;
      entries[e + 1] = data[i * stride + 1]!;
      entries[e + 2] = i;
    }
    [this.minX, this.minY, this.cell, this.columns, this.rows] = [minX, minY, cell, columns, rows];
    [this.start, this.entries] = [start, entries];
  }

  /** Calls `visit(e)` for every stored point's offset `e` in `entries`, in the cells a box touches. */
  private cells(minX: number, minY: number, maxX: number, maxY: number, visit: (e: number) => void) {
    const { cell, columns, rows, start } = this;
    const x0 = Math.max(0, Math.floor((minX - this.minX) / cell));
    const x1 = Math.min(columns - 1, Math.floor((maxX - this.minX) / cell));
    const y0 = Math.max(0, Math.floor((minY - this.minY) / cell));
    const y1 = Math.min(rows - 1, Math.floor((maxY - this.minY) / cell));
    for (let cy = y0; cy <= y1; cy++)
      for (let e = 3 * start[cy * columns + x0]!, end = 3 * start[cy * columns + x1 + 1]!; e < end; e += 3) visit(e);
  }

  /** Ids within `r` of a point (KDBush's test: squared distance at most r²); their number. */
  withinInto(qx: number, qy: number, r: number, out: { [i: number]: number }): number {
    const { entries } = this;
    const r2 = r * r;
    let n = 0;
    this.cells(qx - r, qy - r, qx + r, qy + r, (e) => {
      const dx = entries[e]! - qx;
      const dy = entries[e + 1]! - qy;
      if (dx * dx + dy * dy <= r2) out[n++] = entries[e + 2]!;
    });
    return n;
  }

  within(qx: number, qy: number, r: number): number[] {
    const out: number[] = [];
    this.withinInto(qx, qy, r, out);
    return out;
  }

  /**
   * The positions (`0 … numItems - 1`, the grid's own order) of the points inside a box, edges
   * included, in the order of their ids: what a view shows, for a caller that keeps something
   * per position and reads it in the grid's order, near in memory for near points.
   *
   * Ordered by marking ids in a bitset and reading it back, not by sorting: a town's view at
   * zoom 13 (350 points) spent ~6 µs in the sort with one municipality and ~18 µs with fifty,
   * whose orders differ each request and defeat branch prediction (perf, `CompareNum`). The
   * bitset is read over the ids' range only; a wide range with few points (a small box on the
   * deepest tree) is sorted as before, where that is cheaper.
   */
  inBox(minX: number, minY: number, maxX: number, maxY: number): Int32Array {
    const { entries, numItems } = this;
    let ids = scratch;
    let n = 0;
    let low = numItems;
    let high = -1;
    this.cells(minX, minY, maxX, maxY, (e) => {
      const x = entries[e]!;
      const y = entries[e + 1]!;
      if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
        if (n === ids.length) ids = grow(ids);
        const id = entries[e + 2]!;
        ids[n++] = id;
        if (id < low) low = id;
        if (id > high) high = id;
      }
    });
    const out = new Int32Array(n);
    if (!n) return out;
    const positions = (this.positions ??= this.positionsById());
    if ((high - low) >> 5 > 4 * n) {
      out.set(ids.subarray(0, n));
      out.sort();
      for (let j = 0; j < n; j++) out[j] = positions[out[j]!]!;
      return out;
    }
    const bits = marks.length > high >> 5 ? marks : (marks = new Int32Array((high >> 5) + 1024));
    for (let j = 0; j < n; j++) bits[ids[j]! >> 5]! |= 1 << (ids[j]! & 31);
    let k = 0;
    for (let w = low >> 5, last = high >> 5; w <= last; w++) {
      let word = bits[w]!;
      if (!word) continue;
      bits[w] = 0;
      while (word) {
        const bit = word & -word;
        out[k++] = positions[(w << 5) + 31 - Math.clz32(bit)]!;
        word ^= bit;
      }
    }
    return out;
  }

  private positionsById(): Int32Array {
    const out = new Int32Array(this.numItems);
    for (let p = 0; p < this.numItems; p++) out[this.entries[3 * p + 2]!] = p;
    return out;
  }

  /** The id at a position of `inBox`. */
  idAt(position: number): number {
    return this.entries[3 * position + 2]!;
  }

  /** Ids inside a box, edges included; in id order, so every index lists a view alike. */
  range(minX: number, minY: number, maxX: number, maxY: number): number[] {
    return Array.from(this.inBox(minX, minY, maxX, maxY), (p) => this.idAt(p));
  }
}

/**
 * Reused by every grid's `inBox` (single-threaded, never held across calls): the ids found,
 * and the bitset that orders them (all zero between calls).
 */
let scratch = new Int32Array(1024);
let marks = new Int32Array(1024);
const grow = (ids: Int32Array) => {
  scratch = new Int32Array(ids.length * 2);
  scratch.set(ids);
  return scratch;
};

type Internals = {
  options: { radius: number; extent: number; maxZoom: number };
  stride: number;
  _createTree(data: Int32Array, numItems: number): unknown;
  _cluster(data: Int32Array, numItems: number, zoom: number, out: Int32Array): number;
  load(points: unknown): unknown;
};

/** Integer coordinates per unit of Supercluster's projected space (its Int32 encoding). */
const SCALE = 0x40000000;

/** A Supercluster that searches with grids: `gridded(new Supercluster({ ... }))`. */
export function gridded<T extends object>(index: T): T {
  const self = index as unknown as Internals;
  const cluster = self._cluster.bind(index);
  const load = self.load.bind(index);
  // The zoom whose clustering will search the tree made next (load makes them top down).
  let searchedAt = 0;
  self.load = (points) => {
    searchedAt = self.options.maxZoom;
    return load(points);
  };
  self._cluster = (data, numItems, zoom, out) => {
    const written = cluster(data, numItems, zoom, out);
    searchedAt = zoom - 1;
    return written;
  };
  self._createTree = (data, numItems) => {
    const { radius, extent } = self.options;
    return new GridTree(data, numItems, self.stride, (radius / (extent * 2 ** searchedAt)) * SCALE);
  };
  return index;
}
