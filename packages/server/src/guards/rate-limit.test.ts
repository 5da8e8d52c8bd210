import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { guardDatabase } from './guards.test-helpers.ts';
import { hitRateLimit, rateBucket } from './rate-limit.ts';

describe('rate limit guard', () => {
  const secret = randomBytes(32);
  const limit = { max: 3, windowSeconds: 60 };
  const t0 = Date.parse('2026-12-02T10:00:00Z');

  test('allows max hits per client and window, then says when to come back', async () => {
    const db = await guardDatabase();
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push(await hitRateLimit(db, secret, '203.0.113.7', 'ideas', limit, t0 + i * 1000));
    assert.deepEqual(
      results.map((r) => r.allowed),
      [true, true, true, false, false],
    );
    assert.equal(results[3]!.retryAfter, 57, 'the fourth hit, at 10:00:03: until the window ends at 10:01:00');
    // Another client, another scope, the next window: each counts on its own.
    assert.equal((await hitRateLimit(db, secret, '198.51.100.1', 'ideas', limit, t0 + 5000)).allowed, true);
    assert.equal((await hitRateLimit(db, secret, '203.0.113.7', 'photos', limit, t0 + 5000)).allowed, true);
    // The next window: the last minute's hits still weigh, less as the minute slides on.
    assert.equal((await hitRateLimit(db, secret, '203.0.113.7', 'ideas', limit, t0 + 60_000)).allowed, false);
    assert.equal((await hitRateLimit(db, secret, '203.0.113.7', 'ideas', limit, t0 + 105_000)).allowed, true);
  });

  test('a burst across the boundary of two windows gets no second allowance', async () => {
    const db = await guardDatabase();
    let allowed = 0;
    // 60 hits a second apart, from 30 s before a window ends to 30 s after.
    for (let i = 0; i < 60; i++)
      if ((await hitRateLimit(db, secret, '203.0.113.9', 'ideas', limit, t0 + 30_000 + i * 1000)).allowed) allowed++;
    assert.equal(allowed, limit.max);
  });

  test('stores no address: only a keyed hash that means nothing in the next window', async () => {
    const db = await guardDatabase();
    await hitRateLimit(db, secret, '203.0.113.7', 'ideas', limit, t0);
    const rows = await db.all<{ bucket: string }>('SELECT bucket FROM rate_limits');
    assert.equal(rows.length, 1);
    assert.doesNotMatch(rows[0]!.bucket, /203|113/);
    const now = rateBucket(secret, '203.0.113.7', 'ideas', limit, t0);
    const next = rateBucket(secret, '203.0.113.7', 'ideas', limit, t0 + 60_000);
    assert.equal(rows[0]!.bucket, now.bucket);
    assert.notEqual(next.bucket, now.bucket);
    assert.notEqual(rateBucket(randomBytes(32), '203.0.113.7', 'ideas', limit, t0).bucket, now.bucket, 'keyed');
  });
});
