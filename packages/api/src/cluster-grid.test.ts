import assert from 'node:assert/strict';
import { test } from 'node:test';
import Supercluster from 'supercluster';
import { CLUSTER_OPTIONS } from './cluster.ts';
import { gridded, type GridTree } from './cluster-grid.ts';

type Props = { k: number };
const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

function points(n: number, seed: number) {
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const cities = [
    [5.22, 52.37],
    [4.49, 52.16],
    [6.09, 52.51],
  ];
  return Array.from({ length: n }, (_, k) => {
    const [lon, lat] = cities[k % 3]!;
    // Spread at every scale, and some exact duplicates (one place, several initiatives).
    const far = k % 7 === 0 ? 0 : random() * random();
    return {
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [lon! + (random() - 0.5) * far, lat! + (random() - 0.5) * far] },
      properties: { k },
    };
  });
}

/** Every cluster and point of a zoom, as comparable text, in a fixed order. */
function view(index: Supercluster<Props>, zoom: number, box = WORLD) {
  return index
    .getClusters(box, zoom)
    .map((f) => {
      const p = f.properties as Partial<Props & { cluster_id: number; point_count: number }>;
      const extra = p.cluster_id
        ? `${p.point_count} ${index.getClusterExpansionZoom(p.cluster_id)} ${index
            .getChildren(p.cluster_id)
            .map(
              (c) => (c.properties as Partial<Props & { cluster_id: number }>).cluster_id ?? (c.properties as Props).k,
            )
            .sort()}`
        : `${p.k}`;
      return `${f.geometry.coordinates.join(',')} ${extra}`;
    })
    .sort();
}

for (const [n, seed] of [
  [0, 1],
  [1, 2],
  [2000, 3],
  [20_000, 4],
] as const) {
  test(`grids cluster ${n} points exactly as Supercluster's KD-trees, at every zoom`, () => {
    const stock = new Supercluster<Props>({ ...CLUSTER_OPTIONS });
    const grid = gridded(new Supercluster<Props>({ ...CLUSTER_OPTIONS }));
    stock.load(points(n, seed));
    grid.load(points(n, seed));
    for (let zoom = 0; zoom <= CLUSTER_OPTIONS.maxZoom + 1; zoom++) {
      assert.deepEqual(view(grid, zoom), view(stock, zoom), `zoom ${zoom}`);
      assert.deepEqual(view(grid, zoom, [5, 52.2, 5.4, 52.45]), view(stock, zoom, [5, 52.2, 5.4, 52.45]));
    }
  });
}

test('a view lists in one order whatever the index was built from, and loading again starts afresh', () => {
  const index = gridded(new Supercluster<Props>({ ...CLUSTER_OPTIONS }));
  index.load(points(3000, 9));
  const first = index.getClusters(WORLD, 9).map((f) => f.geometry.coordinates.join(','));
  index.load(points(3000, 9));
  assert.deepEqual(
    index.getClusters(WORLD, 9).map((f) => f.geometry.coordinates.join(',')),
    first,
  );
});

test("a box's points come in id order, each once, with the edges included", () => {
  const index = gridded(new Supercluster<Props>({ ...CLUSTER_OPTIONS }));
  index.load(points(20_000, 5));
  const { trees, stride } = index as unknown as { trees: GridTree[]; stride: number };
  for (const [z, tree] of trees.entries()) {
    const { data, numItems } = tree;
    // Boxes whose edges lie on points, so an edge test that is off by one shows.
    for (const [a, b] of [
      [0, numItems - 1],
      [7, 11],
      [numItems >> 1, numItems >> 2],
    ]) {
      if (a! >= numItems || b! >= numItems) continue;
      const [xa, ya, xb, yb] = [data[a! * stride]!, data[a! * stride + 1]!, data[b! * stride]!, data[b! * stride + 1]!];
      const box = [Math.min(xa, xb), Math.min(ya, yb), Math.max(xa, xb), Math.max(ya, yb)] as const;
      const inside = [];
      for (let i = 0; i < numItems; i++) {
        const [x, y] = [data[i * stride]!, data[i * stride + 1]!];
        if (x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]) inside.push(i);
      }
      assert.deepEqual(tree.range(...box), inside, `zoom ${z}`);
      assert.deepEqual(
        Array.from(tree.inBox(...box), (p) => tree.idAt(p)),
        inside,
      );
    }
  }
});
