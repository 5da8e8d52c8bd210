import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatter } from './formats.ts';

test('one formatter per language and options, formatting as Intl does', () => {
  const a = formatter('number', ['nl-NL']);
  assert.equal(formatter('number', ['nl-NL']), a);
  assert.equal(a.format(12345.5), new Intl.NumberFormat('nl-NL').format(12345.5));
  assert.notEqual(formatter('number', ['en-GB']), a);
  const percent = formatter('number', ['nl-NL'], { style: 'percent' });
  assert.notEqual(percent, a);
  assert.equal(formatter('number', ['nl-NL'], { style: 'percent' }), percent);
  const date = formatter('date', ['nl-NL'], { dateStyle: 'long', timeZone: 'UTC' });
  assert.equal(date.format(new Date(Date.UTC(2026, 11, 3))), '3 december 2026');
  assert.equal(formatter('relative', ['en-GB'], { numeric: 'auto' }).format(-1, 'day'), 'yesterday');
});

test('a runaway caller cannot grow the store without bound', () => {
  const first = formatter('number', ['nl-NL'], { minimumFractionDigits: 0 });
  for (let i = 0; i < 300; i++)
    formatter('number', ['nl-NL'], {
      maximumSignificantDigits: 1 + (i % 21),
      minimumIntegerDigits: 1 + Math.floor(i / 21),
    });
  assert.notEqual(
    formatter('number', ['nl-NL'], { minimumFractionDigits: 0 }),
    first,
    'made again after the store was emptied',
  );
});
