import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { guardDatabase } from './guards.test-helpers.ts';
import {
  bodyHash,
  parseIdempotencyKey,
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

test('Idempotency-Key: bare, or the IETF draft structured-field string; one key either way', () => {
  const bare = '8e03978e-40d5-43e8-bc93-6894a57f9324';
  assert.equal(parseIdempotencyKey(undefined), undefined);
  assert.equal(parseIdempotencyKey(bare), bare);
  assert.equal(parseIdempotencyKey(`"${bare}"`), bare);
  assert.equal(parseIdempotencyKey(` "${bare}" `), bare);
  assert.equal(parseIdempotencyKey(`"${bare}";v=1`), bare, 'parameters are not part of the key');
  assert.equal(parseIdempotencyKey('"with \\"quotes\\" and \\\\"'), 'with "quotes" and \\');
  for (const bad of [
    '"unterminated-key',
    '"bad\\escape-key"',
    '"short"',
    'short',
    '"tab\tinside-key"',
    '"x" trailing',
    ['a', 'b'],
  ])
    assert.equal(parseIdempotencyKey(bad as string), null, JSON.stringify(bad));
  assert.equal(parseIdempotencyKey(`"${'k'.repeat(129)}"`), null);
});
