import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Bbox } from '@buurtkit/api/geo';
import type { Db } from '../db/index.js';
import { BoundedMap, PointCache, PointIndex, type PointRow } from './point-index.js';

/** A seeded generator, so a failure can be run again. */
function random(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Points clustered in a few "cities", some on the same spot, newest (highest id) first. */
function points(n: number, next: () => number): PointRow[] {
  const cities = [
    [5.22, 52.37],
    [4.49, 52.16],
    [6.09, 52.51],
  ];
  const rows: PointRow[] = [];
  for (let k = 0; k < n; k++) {
    const [lon, lat] = cities[k % 3]!;
    const spread = next() < 0.1 ? 0 : 0.2;
    rows.push([
      n - k,
      +(lon! + (next() - 0.5) * spread).toFixed(4),
      +(lat! + (next() - 0.5) * spread).toFixed(4),
      `theme-${k % 5}`,
      `phase-${k % 3}`,
    ]);
  }
  return rows;
}

const inBox = ([, lon, lat]: PointRow, [w, s, e, n]: Bbox) => lon >= w && lon <= e && lat >= s && lat <= n;

test('counts and pages every bbox as a scan of all points would, newest first', () => {
  const next = random(7);
  const rows = points(3000, next);
  const index = new PointIndex(rows);
  const boxes: Bbox[] = [
    [3, 50, 8, 54], // everything
    [5.1, 52.3, 5.35, 52.45], // one city
    [0, 0, 1, 1], // nothing
    [rows[5]![1], rows[5]![2], rows[5]![1], rows[5]![2]], // a single spot, edges exactly on points
  ];
  for (let k = 0; k < 200; k++) {
    // Edges on point coordinates half the time: inclusive edges are where grids go wrong.
    const edge = () => (next() < 0.5 ? rows[Math.floor(next() * rows.length)]! : undefined);
    const a = edge();
    const b = edge();
    const x = [a ? a[1] : 4 + next() * 2.5, b ? b[1] : 4 + next() * 2.5].sort((p, q) => p - q);
    const y = [a ? a[2] : 52 + next() * 0.7, b ? b[2] : 52 + next() * 0.7].sort((p, q) => p - q);
    boxes.push([x[0]!, y[0]!, x[1]!, y[1]!]);
  }
  let walked = 0;
  for (const box of boxes) {
    const expected = rows.filter((r) => inBox(r, box)).map((r) => r[0]);
    assert.equal(index.count(box), expected.length, `count ${box}`);
    for (const [offset, limit] of [
      [0, 1],
      [0, 200],
      [3, 7],
      [0, 5000],
      [Math.max(0, expected.length - 2), 10],
      [expected.length + 5, 10],
    ] as const) {
      const ids = Array.from(index.page(box, offset, limit), index.id);
      assert.deepEqual(ids, expected.slice(offset, offset + limit), `page ${offset}+${limit} of ${box}`);
      if ((offset + limit) * (rows.length / expected.length) < 4 * expected.length) walked++;
    }
  }
  assert.ok(walked > 20, 'both ways to a page are taken');
  const i = index.page([3, 50, 8, 54], 0, 1)[0]!;
  assert.deepEqual(
    [index.id(i), index.lon(i), index.lat(i), index.themes[index.theme(i)], index.phases[index.phase(i)]],
    rows[0],
  );
});

test('an index of nothing, or of one spot, answers without dividing by zero', () => {
  const empty = new PointIndex([]);
  assert.equal(empty.count([-180, -85, 180, 85]), 0);
  assert.equal(empty.page([-180, -85, 180, 85], 0, 10).length, 0);
  const one = new PointIndex([
    [2, 5, 52, 'a', 'x'],
    [1, 5, 52, 'b', 'y'],
  ]);
  assert.equal(one.count([5, 52, 5, 52]), 2);
  assert.deepEqual(Array.from(one.page([4, 51, 6, 53], 1, 5), one.id), [1]);
  assert.equal(one.count([5.0001, 52, 6, 53]), 0);
});

test('the cache answers at its own version only, rebuilds in the background, at most a tenth of the time', async () => {
  let version = 1;
  let loads = 0;
  let fail = false;
  let now = 0;
  const cache = new PointCache(
    async () => {
      loads++;
      now += 10; // every build takes 10 "ms"
      if (fail) throw new Error('database away');
      return [[loads, 5, 52, 't', 'p']];
    },
    async () => version,
    () => now,
  );
  const db = {} as Db;
  assert.equal(await cache.at(db), undefined, 'nothing yet: the database answers');
  await cache.settled();
  assert.equal((await cache.at(db))?.id(0), 1);
  assert.equal((await cache.at(db, 1))?.id(0), 1, 'a version the caller read is taken');
  version = 2;
  assert.equal(await cache.at(db), undefined, 'a write: the old index is never used');
  await cache.settled();
  assert.equal(loads, 1, 'not due: the last build took 10 ms and ended now');
  now += 90;
  await cache.at(db);
  await cache.settled();
  assert.equal((await cache.at(db))?.id(0), 2);
  version = 3;
  now += 50; // the last build ended 50 ms ago
  assert.equal(await cache.at(db), undefined);
  await cache.settled();
  assert.equal(loads, 2, 'not due yet');
  now += 50;
  await cache.at(db);
  await cache.settled();
  assert.equal(loads, 3);
  assert.equal((await cache.at(db))?.id(0), 3);
  version = 4;
  fail = true;
  now += 1000;
  assert.equal(await cache.at(db), undefined);
  await cache.settled();
  assert.equal(await cache.at(db), undefined, 'a failed build: the database answers');
  fail = false;
  now += 1000;
  await cache.at(db);
  await cache.settled();
  assert.equal((await cache.at(db))?.id(0), 5, 'and the next due request builds again');
});

test('rows kept with an index stop at their bound, and what is kept can still change', () => {
  const kept = new BoundedMap<number, string>(2);
  kept.set(1, 'a').set(2, 'b').set(3, 'c');
  assert.deepEqual(
    [...kept],
    [
      [1, 'a'],
      [2, 'b'],
    ],
  );
  kept.set(2, 'B');
  assert.equal(kept.get(2), 'B');
});
