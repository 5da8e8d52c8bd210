import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countRows, startTestServer, validIdea } from './helpers/server.ts';

describe('two instances on one PostgreSQL', () => {
  test('idempotency and rate limits hold across instances', async () => {
    const a = await startTestServer('postgres', { rateLimit: { max: 4, windowSeconds: 600 } });
    const b = await startTestServer('postgres', {
      location: a.location,
      seed: false,
      rateLimit: { max: 4, windowSeconds: 600 },
    });
    const body = await validIdea(a);
    const seeded = await countRows(a.db, 'ideas');
    const key = `shared-${Date.now()}`;
    const send = (s: typeof a) =>
      s.fetch('/api/v1/ideas', { method: 'POST', json: body, headers: { 'Idempotency-Key': key } });
    const first = await send(a);
    assert.equal(first.status, 201);
    const fromB = await send(b);
    assert.equal(fromB.status, 201);
    assert.equal(fromB.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await fromB.json(), await first.json());
    assert.equal(await countRows(a.db, 'ideas'), seeded + 1);
    // The form token of one instance is good on the other: one shared secret.
    const other = await validIdea(b, { title: 'Via de andere server' });
    // The same client has used 2 of its 4; two more pass, on either instance, then 429 on both.
    const statuses = [];
    for (const s of [a, b, a, b])
      statuses.push((await s.fetch('/api/v1/ideas', { method: 'POST', json: other })).status);
    assert.deepEqual(statuses, [201, 201, 429, 429]);
    // Concurrent duplicates spread over both instances store one idea.
    const key2 = `shared2-${Date.now()}`;
    const c = await startTestServer('postgres', { location: a.location, seed: false });
    const d = await startTestServer('postgres', { location: a.location, seed: false });
    const body2 = await validIdea(c, { title: 'Twee servers tegelijk' });
    const before = await countRows(a.db, 'ideas');
    const results = await Promise.all(
      [c, d, c, d, c, d].map((s) =>
        s.fetch('/api/v1/ideas', { method: 'POST', json: body2, headers: { 'Idempotency-Key': key2 } }),
      ),
    );
    assert.ok(
      results.every((r) => r.status === 201 || r.status === 409),
      results.map((r) => r.status).join(),
    );
    assert.equal(await countRows(a.db, 'ideas'), before + 1);
  });
});

// Fuzzing of every write endpoint lives in test/hostile/api-fuzz.ts.
