import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedBulk, seedReference } from '@buurtkit/server';
import { ClusterCache } from '../../packages/server/src/cluster-cache.ts';
import { clusterPoints } from '../../packages/server/src/store/initiatives.ts';
import { ClusterIndex } from '../../packages/initiative-map/src/cluster-engine.ts';
import { freshDatabase } from './helpers/server.ts';

type Item = { count: number; lon: number; lat: number };
const key = (i: Item) => `${i.count}@${i.lon.toFixed(7)},${i.lat.toFixed(7)}`;

test("the server's cluster index and the widget's engine cluster the same initiatives at every zoom", async () => {
  const { db } = await freshDatabase('sqlite');
  await seedReference(db);
  await seedBulk(db, 4000);
  const server = await new ClusterCache().index(db, [], [], undefined);
  const rows = await clusterPoints(db, {});
  const n = rows.length;
  const widget = new ClusterIndex();
  await widget.load({
    id: Float64Array.from(rows, (r) => Number(r.id)),
    lon: Float64Array.from(rows, (r) => Number(r.lon)),
    lat: Float64Array.from(rows, (r) => Number(r.lat)),
    theme: new Uint16Array(n),
    phase: new Uint16Array(n),
  });
  const netherlands: [number, number, number, number] = [3.2, 50.7, 7.3, 53.6];
  let compared = 0;
  for (let zoom = 5; zoom <= 18; zoom++) {
    // As the API answers it.
    const answer = JSON.parse(server.answer(netherlands, zoom)) as {
      features: { geometry: { coordinates: [number, number] }; properties: { count?: number } }[];
    };
    const fromServer = answer.features.map((f) => {
      const [lon, lat] = f.geometry.coordinates;
      return { count: f.properties.count ?? 1, lon, lat };
    });
    const fromWidget = widget.query(netherlands, zoom).map(({ count, lon, lat }) => ({ count, lon, lat }));
    assert.deepEqual(fromWidget.map(key).sort(), fromServer.map(key).sort(), `zoom ${zoom}`);
    assert.equal(
      fromWidget.reduce((s, i) => s + i.count, 0),
      n,
      `zoom ${zoom}: every initiative once`,
    );
    compared += fromWidget.length;
  }
  assert.ok(compared > 1000, `compared ${compared} clusters and points`);
  await db.close();
});
