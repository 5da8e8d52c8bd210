import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buurtPrefixes, covers } from './areas.ts';

test('a municipality covers its buurten, a wijk its own, a buurt itself', () => {
  assert.deepEqual(buurtPrefixes(['GM0034', 'WK036301', 'BU05180101', 'nonsense', 'GM34']), [
    'BU0034',
    'BU036301',
    'BU05180101',
  ]);
  assert.equal(covers(['GM0034'], 'BU00340101'), true);
  assert.equal(covers(['GM0034'], 'BU03630101'), false);
  assert.equal(covers(['WK003401'], 'BU00340102'), true);
  assert.equal(covers(['WK003401'], 'BU00340201'), false);
  assert.equal(covers(['BU00340101'], 'BU00340101'), true);
});

test('no areas given: everything; an idea without a place: everybody', () => {
  assert.equal(covers(undefined, 'BU03630101'), true);
  assert.equal(covers([], 'BU03630101'), false);
  assert.equal(covers([], null), true);
});
