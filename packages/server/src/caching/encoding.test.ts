import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compress, etagOf, matchesEtag, negotiateEncoding } from './encoding.js';

test('negotiates brotli before gzip, honours refusals and weights', () => {
  assert.equal(negotiateEncoding('gzip, deflate, br, zstd'), 'br');
  assert.equal(negotiateEncoding('gzip'), 'gzip');
  assert.equal(negotiateEncoding('br;q=0, gzip'), 'gzip');
  assert.equal(negotiateEncoding('br;q=0.5, gzip;q=0.9'), 'gzip');
  assert.equal(negotiateEncoding('*'), 'br');
  assert.equal(negotiateEncoding('*;q=0'), 'identity');
  assert.equal(negotiateEncoding('identity'), 'identity');
  assert.equal(negotiateEncoding(undefined), 'identity');
  assert.equal(negotiateEncoding('deflate'), 'identity');
});

test('an etag follows the bytes, and If-None-Match compares weakly', () => {
  const a = etagOf(Buffer.from('{"items":[]}'));
  assert.match(a, /^"[\w-]{27}"$/);
  assert.equal(a, etagOf(Buffer.from('{"items":[]}')));
  assert.notEqual(a, etagOf(Buffer.from('{"items":[1]}')));
  assert.equal(matchesEtag(a, a), true);
  assert.equal(matchesEtag(`"other", W/${a}`, a), true);
  assert.equal(matchesEtag('*', a), true);
  assert.equal(matchesEtag('"other"', a), false);
  assert.equal(matchesEtag(undefined, a), false);
});

test('compressed bodies come back as they were', async () => {
  const body = Buffer.from(JSON.stringify({ items: Array.from({ length: 2000 }, (_, i) => ({ id: i, t: 'x' })) }));
  const b = await compress(body, 'br');
  const g = await compress(body, 'gzip');
  assert.ok(b.length < body.length / 5 && g.length < body.length / 5);
  assert.deepEqual(brotliDecompressSync(b), body);
  assert.deepEqual(gunzipSync(g), body);
});
