import assert from 'node:assert/strict';
import { test } from 'node:test';
import { around, distance, NEARBY, nearby, roundedDistance, type Place } from './nearby.js';

// Almere Haven, a buurt and the streets around it (about 70 m per 0.001° of longitude here).
const target: Place = { id: 1, lon: 5.27, lat: 52.33, theme: 'groen', areaCode: 'BU00340101' };
const at = (id: number, dLon: number, theme: string, areaCode: string | null = null): Place => ({
  id,
  lon: 5.27 + dLon,
  lat: 52.33,
  theme,
  areaCode,
});

test('distance: one degree of latitude is about 111 km, and it is symmetric', () => {
  assert.ok(Math.abs(distance({ lon: 5, lat: 52 }, { lon: 5, lat: 53 }) - 111_195) < 10);
  const [a, b] = [at(2, 0.01, 'x'), at(3, -0.02, 'y')];
  assert.equal(distance(a, b), distance(b, a));
});

test('the same theme within the radius, or the same buurt wherever; nearest first, itself left out', () => {
  const found = nearby(target, [
    target,
    at(2, 0.03, 'groen'), // ~2 km, same theme
    at(3, 0.05, 'groen'), // ~3.4 km: too far for a theme
    at(4, 0.08, 'sport', 'BU00340101'), // ~5.5 km, but the same buurt
    at(5, 0.001, 'sport'), // ~70 m, another theme and buurt
    at(6, 0.01, 'groen', 'BU00340101'), // both
  ]);
  assert.deepEqual(
    found.map((f) => [f.id, f.sameTheme, f.sameBuurt]),
    [
      [6, true, true],
      [2, true, false],
      [4, false, true],
    ],
  );
  assert.ok(found[0]!.distance > 600 && found[0]!.distance < 750, `${found[0]!.distance} m`);
});

test('at most five; a wijk code is no buurt; the box holds the radius', () => {
  const many = Array.from({ length: 9 }, (_, i) => at(10 + i, 0.001 * (9 - i), 'groen'));
  assert.deepEqual(
    nearby(target, many).map((f) => f.id),
    [18, 17, 16, 15, 14],
  );
  assert.equal(NEARBY.max, 5);
  const wijk = { ...target, areaCode: 'WK003401' };
  assert.deepEqual(nearby(wijk, [at(2, 0.2, 'sport', 'WK003401')]), []);
  const box = around(target);
  for (const [lon, lat] of [
    [box.west, target.lat],
    [box.east, target.lat],
    [target.lon, box.north],
    [target.lon, box.south],
  ])
    assert.ok(distance(target, { lon: lon!, lat: lat! }) >= NEARBY.radius - 1);
});

test('a distance is said in tens of metres (at least 10) below a kilometre, else in kilometres', () => {
  assert.deepEqual(roundedDistance(0), { km: false, value: 10 });
  assert.deepEqual(roundedDistance(344), { km: false, value: 340 });
  assert.deepEqual(roundedDistance(345), { km: false, value: 350 });
  assert.deepEqual(roundedDistance(994), { km: false, value: 990 });
  assert.deepEqual(roundedDistance(996), { km: true, value: 0.996 });
  assert.deepEqual(roundedDistance(1000), { km: true, value: 1 });
  assert.deepEqual(roundedDistance(1234), { km: true, value: 1.234 });
});
