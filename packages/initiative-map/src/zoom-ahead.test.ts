import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClusterIndex, type PointColumns } from './cluster-engine.ts';
import { ZoomAhead, type Bbox } from './zoom-ahead.ts';

/** 3,000 points around Almere, Leiden and Zwolle and across the country (a fixed sequence). */
function points(): PointColumns {
  const n = 3000;
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const cities = [
    [5.22, 52.37],
    [4.49, 52.16],
    [6.09, 52.51],
  ];
  const c = {
    id: new Float64Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    theme: new Uint16Array(n),
    phase: new Uint16Array(n),
  };
  for (let i = 0; i < n; i++) {
    const [x, y] = cities[i % 3]!;
    const near = random() < 0.8;
    c.id[i] = n - i;
    c.lon[i] = near ? x! + (random() - 0.5) * 0.2 : 3.4 + random() * 3.7;
    c.lat[i] = near ? y! + (random() - 0.5) * 0.15 : 50.8 + random() * 2.6;
    c.theme[i] = i % 7;
    c.phase[i] = i % 5;
  }
  return c;
}

const key = (items: { lon: number; lat: number; count: number; id?: number }[]) =>
  items.map((i) => `${i.lon.toFixed(6)},${i.lat.toFixed(6)},${i.count},${i.id ?? ''}`).sort();

test('a zoom step in or out (also around another point) gets what asking the engine would give', async () => {
  const index = new ClusterIndex();
  await index.load(points());
  let asked = 0;
  const ahead = new ZoomAhead(async (bbox, zoom) => {
    asked++;
    return index.query(bbox, zoom);
  });
  const view: Bbox = [5.0, 52.25, 5.45, 52.5];
  assert.equal(ahead.take(view, 11), undefined, 'nothing prepared yet');
  ahead.prepare(view, 10);
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(asked, 2, 'one step in, one step out');
  // In by one, centred and around a corner of the view (a wheel zoom at the pointer).
  for (const inner of [
    [5.1125, 52.3125, 5.3375, 52.4375],
    [5.0, 52.25, 5.225, 52.375],
  ] as Bbox[]) {
    const taken = ahead.take(inner, 11)!;
    assert.ok(taken, `prepared for ${inner}`);
    assert.deepEqual(key(taken), key(index.query(inner, 11)));
  }
  // Out by one, around the view's south-west corner.
  const outer: Bbox = [4.6, 52.0, 5.5, 52.5];
  assert.deepEqual(key(ahead.take(outer, 9)!), key(index.query(outer, 9)));
  // Far away or two steps off: not prepared, the engine is asked.
  assert.equal(ahead.take([6.0, 52.4, 6.2, 52.6], 11), undefined);
  assert.equal(ahead.take(view, 12), undefined);
  // What is taken is a copy: the map may label it without changing what is kept.
  ahead.take(view, 11)![0]!.count = -1;
  assert.ok(ahead.take(view, 11)!.every((i) => i.count > 0));
});

test('new data clears what was kept and what is still on its way', async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const ahead = new ZoomAhead(async () => {
    await gate;
    return [{ lon: 5.2, lat: 52.4, count: 3 }];
  });
  const view: Bbox = [5.0, 52.25, 5.45, 52.5];
  ahead.prepare(view, 10);
  ahead.clear();
  release();
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(ahead.take(view, 11), undefined, 'an answer for the old data is not kept');
});
