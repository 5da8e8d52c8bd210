import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeColumns, encodeColumns, type ColumnRow } from './columns.js';

const rows: ColumnRow[] = [
  { id: 1042, lon: 5.2189734, lat: 52.3703812, theme: 'groen', phase: 'idee' },
  { id: 1041, lon: 4.4861, lat: 52.1601, theme: 'sport', phase: 'idee' },
  { id: 17, lon: 6.175, lat: 52.248, theme: 'groen', phase: 'uitvoering' },
];

const arrays = (n: number) => ({
  id: new Float64Array(n),
  lon: new Float64Array(n),
  lat: new Float64Array(n),
  theme: new Uint16Array(n),
  phase: new Uint16Array(n),
});

test('columns carry ids and coordinates as integer differences, keys once', () => {
  const c = encodeColumns(rows);
  assert.deepEqual(c.id, [1042, -1, -1024]);
  assert.deepEqual(c.lon, [521897, 448610 - 521897, 617500 - 448610]);
  assert.deepEqual(c.themes, ['groen', 'sport']);
  assert.deepEqual(c.theme, [0, 1, 0]);
  assert.deepEqual(c.phase, [0, 0, 1]);
  assert.ok([...c.id, ...c.lon, ...c.lat].every(Number.isInteger));
});

test('decoding gives back every row to the metre, pages mapped onto one key list', () => {
  const into = arrays(4);
  const keys = { themes: ['sport'], phases: [] as string[] };
  assert.equal(decodeColumns(encodeColumns(rows), into, 0, keys), 3);
  decodeColumns(encodeColumns([{ id: 5, lon: 5, lat: 52, theme: 'cultuur', phase: 'idee' }]), into, 3, keys);
  assert.deepEqual([...into.id], [1042, 1041, 17, 5]);
  assert.deepEqual(keys.themes, ['sport', 'groen', 'cultuur']);
  rows.forEach((r, i) => {
    assert.ok(Math.abs(into.lon[i]! - r.lon) <= 0.5e-5 && Math.abs(into.lat[i]! - r.lat) <= 0.5e-5, `row ${i}`);
    assert.equal(keys.themes[into.theme[i]!], r.theme);
  });
  assert.equal(keys.themes[into.theme[3]!], 'cultuur');
  assert.throws(() => decodeColumns({ ...encodeColumns(rows), lat: [1] }, into, 0, keys), /unequal/);
});
