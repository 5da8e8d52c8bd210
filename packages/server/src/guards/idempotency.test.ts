import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { guardDatabase } from './guards.test-helpers.ts';
import {
  bodyHash,
  claimIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
  STALE_MS,
} from './idempotency.ts';

describe('idempotency guard', () => {
  const t0 = new Date('2026-12-02T10:00:00Z');

  test('the same body hashes alike whatever the order of its keys; another body does not', () => {
    assert.equal(bodyHash({ a: 1, b: { c: [1, 2], d: 'x' } }), bodyHash({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    assert.notEqual(bodyHash({ a: 1, b: { c: [2, 1] } }), bodyHash({ a: 1, b: { c: [1, 2] } }));
  });

  test('a key is claimed once; a retry while running waits, after it is done it replays', async () => {
    const db = await guardDatabase();
    const hash = bodyHash({ title: 'Moestuin' });
    assert.deepEqual(await claimIdempotencyKey(db, 'key-0001', hash, t0), { kind: 'new' });
    assert.deepEqual(await claimIdempotencyKey(db, 'key-0001', hash, t0), { kind: 'in-progress' });
    await completeIdempotencyKey(db, 'key-0001', 201, { reference: 'BK-2026-0001' });
    assert.deepEqual(await claimIdempotencyKey(db, 'key-0001', hash, t0), {
      kind: 'replay',
      status: 201,
      response: { reference: 'BK-2026-0001' },
    });
    assert.deepEqual(await claimIdempotencyKey(db, 'key-0001', bodyHash({ title: 'Anders' }), t0), {
      kind: 'mismatch',
    });
  });

  test('a claim released after a failure can be made again; a stale claim is taken over once', async () => {
    const db = await guardDatabase();
    const hash = bodyHash({ n: 1 });
    await claimIdempotencyKey(db, 'key-0002', hash, t0);
    await releaseIdempotencyKey(db, 'key-0002');
    assert.deepEqual(await claimIdempotencyKey(db, 'key-0002', hash, t0), { kind: 'new' });
    // Its instance died half-way: after STALE_MS one retry takes it over, the next one waits.
    const later = new Date(t0.getTime() + STALE_MS + 1);
    const [a, b] = await Promise.all([
      claimIdempotencyKey(db, 'key-0002', hash, later),
      claimIdempotencyKey(db, 'key-0002', hash, later),
    ]);
    assert.deepEqual([a.kind, b.kind].sort(), ['in-progress', 'new']);
    // A finished key is never taken over, however old.
    await completeIdempotencyKey(db, 'key-0002', 201, {});
    assert.equal(
      (await claimIdempotencyKey(db, 'key-0002', hash, new Date(t0.getTime() + 10 * STALE_MS))).kind,
      'replay',
    );
  });
});
