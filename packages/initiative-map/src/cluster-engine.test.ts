import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CLUSTER_OPTIONS } from '@buurtkit/api/cluster';
import Supercluster from 'supercluster';
import { ClusterIndex, type PointColumns } from './cluster-engine.ts';

/** Points as the map hands them to the engine: columns, with theme and phase as indexes. */
function columns(points: [number, number][]): PointColumns {
  const n = points.length;
  const c = {
    id: new Float64Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    theme: new Uint16Array(n),
    phase: new Uint16Array(n),
  };
  points.forEach(([lon, lat], i) => {
    c.id[i] = 1000 + i;
    c.lon[i] = lon;
    c.lat[i] = lat;
    c.theme[i] = i % 3;
    c.phase[i] = i % 5;
  });
  return c;
}

describe('cluster engine', () => {
  const WORLD: [number, number, number, number] = [-180, -85, 180, 85];
  // Two tight groups in Almere and one initiative alone in Zwolle.
  const points: [number, number][] = [
    ...Array.from({ length: 30 }, (_, i): [number, number] => [
      5.2 + (i % 6) * 0.0005,
      52.37 + Math.floor(i / 6) * 0.0005,
    ]),
    ...Array.from({ length: 5 }, (_, i): [number, number] => [5.3 + i * 0.0005, 52.35]),
    [6.09, 52.51],
  ];

  test('clusters what lies close at low zoom, and shows every initiative on its own past maxZoom', async () => {
    const index = new ClusterIndex();
    await index.load(columns(points));
    const far = index.query(WORLD, 8);
    assert.equal(
      far.reduce((n, i) => n + i.count, 0),
      points.length,
      'every initiative counted once',
    );
    assert.ok(
      far.some((i) => i.count > 1),
      'clusters at zoom 8',
    );
    const near = index.query(WORLD, CLUSTER_OPTIONS.maxZoom + 1);
    assert.equal(near.length, points.length);
    assert.ok(near.every((i) => i.count === 1 && i.id! >= 1000));
  });

  test('a cluster knows the zoom at which it falls apart, and single points keep their keys', async () => {
    const index = new ClusterIndex();
    await index.load(columns(points));
    const cluster = index.query(WORLD, 10).find((i) => i.count > 1)!;
    assert.ok(cluster.expansionZoom! > 10);
    const apart = index.query(
      [cluster.lon - 0.05, cluster.lat - 0.05, cluster.lon + 0.05, cluster.lat + 0.05],
      cluster.expansionZoom!,
    );
    assert.ok(apart.length > 1, 'more items at the expansion zoom');
    const [zwolle, ...others] = index.query([6, 52.4, 6.2, 52.6], 12);
    assert.equal(others.length, 0);
    assert.deepEqual(
      { ...zwolle, lon: undefined, lat: undefined },
      {
        lon: undefined,
        lat: undefined,
        count: 1,
        id: 1035,
        themeIndex: 35 % 3,
        phaseIndex: 0,
      },
    );
    // Supercluster keeps positions to within a few nanodegrees.
    assert.ok(Math.abs(zwolle!.lon - 6.09) < 1e-9 && Math.abs(zwolle!.lat - 52.51) < 1e-9);
  });

  test('asks only what is in the box, and nothing before it is loaded', async () => {
    const index = new ClusterIndex();
    assert.deepEqual(index.query(WORLD, 5), []);
    await index.load(columns(points), async () => {});
    assert.deepEqual(index.query([0, 0, 1, 1], 12), []);
  });

  test('agrees item for item with Supercluster fed GeoJSON features at every zoom, also after a warm-up', async () => {
    // What the server builds (an array of features) against what the engine builds (one
    // refilled feature, searching with grids): the same points must give the same clusters, ids
    // and positions (the grids list a view in id order, the KD-trees in theirs).
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const many: [number, number][] = Array.from({ length: 6000 }, (_, i) => [
      [5.22, 4.49, 6.09][i % 3]! + (random() - 0.5) * 0.3 * random(),
      [52.37, 52.16, 52.51][i % 3]! + (random() - 0.5) * 0.2 * random(),
    ]);
    const reference = new Supercluster<{ k: number }>({ ...CLUSTER_OPTIONS });
    reference.load(
      many.map(([lon, lat], k) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [lon, lat] },
        properties: { k },
      })),
    );
    const index = new ClusterIndex();
    index.warm(columns(many.slice(0, 500)));
    await index.load(columns(many));
    for (let zoom = 0; zoom <= CLUSTER_OPTIONS.maxZoom + 1; zoom++) {
      const expected = reference.getClusters(WORLD, zoom).map((f) => {
        const [lon, lat] = f.geometry.coordinates;
        const p = f.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; k?: number };
        return p.cluster
          ? { lon, lat, count: p.point_count, expansionZoom: reference.getClusterExpansionZoom(p.cluster_id!) }
          : { lon, lat, count: 1, id: 1000 + p.k! };
      });
      const actual = index.query(WORLD, zoom).map(({ themeIndex: _t, phaseIndex: _p, ...item }) => item);
      const byPlace = (a: { lon?: number; lat?: number }, b: { lon?: number; lat?: number }) =>
        a.lon! - b.lon! || a.lat! - b.lat!;
      assert.deepEqual(actual.sort(byPlace), expected.sort(byPlace), `zoom ${zoom}`);
    }
  });
});
