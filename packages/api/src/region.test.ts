import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeColumns } from './columns.js';
import {
  columnRows,
  columnsPage,
  mergeByKey,
  mergeLists,
  ownId,
  parseApis,
  parseRegion,
  RegionError,
  regionId,
} from './region.js';

const BASE = 'https://provincie.example/regio/regio.json';

test('a region file: names, codes, static folders, addresses relative to the file', () => {
  const members = parseRegion(
    {
      municipalities: [
        { code: 'GM0034', name: ' Almere ', api: 'https://almere.example/api/v1/' },
        { name: 'Zwolle', api: '../zwolle/', static: true },
      ],
    },
    BASE,
  );
  assert.deepEqual(members, [
    { code: 'GM0034', name: 'Almere', api: 'https://almere.example/api/v1' },
    { name: 'Zwolle', api: 'https://provincie.example/zwolle', static: true },
  ]);
});

test('a region file that is wrong says where', () => {
  const wrong = (json: unknown, message: RegExp) => assert.throws(() => parseRegion(json, BASE), message);
  wrong({}, /lists its municipalities/);
  wrong({ municipalities: [] }, /lists its municipalities/);
  wrong({ municipalities: [{ name: 'X', api: 'javascript:alert(1)' }] }, /municipalities\[0\]\.api: only http/);
  wrong({ municipalities: [{ name: 'X', api: 'data:text/plain,x' }] }, /only http/);
  wrong({ municipalities: [{ name: '', api: 'https://a.example' }] }, /municipalities\[0\]\.name/);
  wrong({ municipalities: [{ name: 'X', api: 'https://a.example' }, { name: 'Y' }] }, /municipalities\[1\]\.api/);
  wrong({ municipalities: [{ code: '0034', name: 'X', api: 'https://a.example' }] }, /\.code: a CBS gemeente code/);
  wrong({ municipalities: ['x'] }, /not an object/);
  assert.throws(() => parseRegion(null, BASE), RegionError);
});

test('a list of addresses: spaces or commas, each named by its host', () => {
  assert.deepEqual(parseApis(' https://a.example/api/v1,https://b.example:8443/api/v1  http://c.example ', BASE), [
    { name: 'a.example', api: 'https://a.example/api/v1' },
    { name: 'b.example:8443', api: 'https://b.example:8443/api/v1' },
    { name: 'c.example', api: 'http://c.example' },
  ]);
  assert.throws(() => parseApis('https://a.example javascript:x', BASE), /apis\[1\]: only http/);
});

test('ids: unique across members, and back to the member and its own id', () => {
  for (const [index, id] of [
    [0, 1],
    [7, 123_456],
    [999, 9_000_000],
  ] as const) {
    assert.deepEqual(ownId(regionId(index, id)), { index, id });
  }
  assert.notEqual(regionId(0, 12), regionId(1, 12));
});

const feature = (id: number, updated: string, backers = 0) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [5, 52] },
  properties: { id, title: `#${id}`, updated, backers },
});

test('lists merge in the asked order, each member keeping its own, with the region ids and the summed total', () => {
  const a = { features: [feature(9, '2026-05-01'), feature(8, '2026-03-01'), feature(3, '2026-01-01')], total: 30 };
  const b = { features: [feature(4, '2026-04-01', 5), feature(2, '2026-02-01', 1)], total: 2 };
  const page = mergeLists([a, undefined, b], 'newest', 0, 4);
  assert.deepEqual(
    page.features.map((f) => f.id),
    [regionId(0, 9), regionId(2, 4), regionId(0, 8), regionId(2, 2)],
  );
  assert.equal(page.features[1]!.properties.id, regionId(2, 4));
  assert.equal(page.total, 32, 'a member that did not answer counts nothing');
  // The second page of two: what the first did not show.
  assert.deepEqual(
    mergeLists([a, undefined, b], 'newest', 2, 2).features.map((f) => f.id),
    [regionId(0, 8), regionId(2, 2)],
  );
  assert.deepEqual(
    mergeLists([a, b], 'backers', 0, 5).features.map((f) => f.id),
    [regionId(1, 4), regionId(1, 2), regionId(0, 9), regionId(0, 8), regionId(0, 3)],
  );
  assert.deepEqual(mergeLists([undefined], 'newest', 0, 20), { features: [], total: 0 });
});

test('columns: members one after the other with region ids, paged as the contract pages', () => {
  const rows = (ids: number[], theme: string) =>
    ids.map((id, i) => ({ id, lon: 5.1 + i / 1000, lat: 52.3 - i / 1000, theme, phase: 'idee' }));
  const first = encodeColumns(rows([30, 20, 10], 'groen'));
  const second = encodeColumns(rows([7, 5], 'sport'));
  const all = [...columnRows(0, [first]), ...columnRows(3, [second])];
  assert.deepEqual(
    all.map((r) => r.id),
    [regionId(0, 30), regionId(0, 20), regionId(0, 10), regionId(3, 7), regionId(3, 5)],
  );
  assert.deepEqual(all[4], { id: regionId(3, 5), lon: 5.101, lat: 52.299, theme: 'sport', phase: 'idee' });
  const page = columnsPage(all, 2, 2);
  assert.equal(page.total, 5);
  assert.deepEqual(
    columnRows(0, [page]),
    all.slice(2, 4).map((r) => ({ ...r, id: r.id * 1000 })),
  );
});

test('reference lists: one per key, the first member wins', () => {
  assert.deepEqual(
    mergeByKey([
      [{ key: 'groen', n: 1 }],
      undefined,
      [
        { key: 'groen', n: 2 },
        { key: 'sport', n: 2 },
      ],
    ]),
    [
      { key: 'groen', n: 1 },
      { key: 'sport', n: 2 },
    ],
  );
});
