import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { countRows, dialects, startTestServer, validIdea } from './helpers/server.ts';
import { expectDocumented } from './helpers/openapi.ts';

describe('two instances on one PostgreSQL', () => {
  test('idempotency and rate limits hold across instances', async () => {
    const a = await startTestServer('postgres', { rateLimit: { max: 4, windowSeconds: 600 } });
    const b = await startTestServer('postgres', { location: a.location, seed: false, rateLimit: { max: 4, windowSeconds: 600 } });
    const body = await validIdea(a);
    const key = `shared-${Date.now()}`;
    const send = (s: typeof a) => s.fetch('/api/v1/ideas', { method: 'POST', json: body, headers: { 'Idempotency-Key': key } });
    const first = await send(a);
    assert.equal(first.status, 201);
    const fromB = await send(b);
    assert.equal(fromB.status, 201);
    assert.equal(fromB.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await fromB.json(), await first.json());
    assert.equal(await countRows(a.db, 'ideas'), 1);
    // The form token of one instance is good on the other: one shared secret.
    const other = await validIdea(b, { title: 'Via de andere server' });
    // The same client has used 2 of its 4; two more pass, on either instance, then 429 on both.
    const statuses = [];
    for (const s of [a, b, a, b]) statuses.push((await s.fetch('/api/v1/ideas', { method: 'POST', json: other })).status);
    assert.deepEqual(statuses, [201, 201, 429, 429]);
    // Concurrent duplicates spread over both instances store one idea.
    const key2 = `shared2-${Date.now()}`;
    const c = await startTestServer('postgres', { location: a.location, seed: false });
    const d = await startTestServer('postgres', { location: a.location, seed: false });
    const body2 = await validIdea(c, { title: 'Twee servers tegelijk' });
    const before = await countRows(a.db, 'ideas');
    const results = await Promise.all([c, d, c, d, c, d].map((s) => s.fetch('/api/v1/ideas', { method: 'POST', json: body2, headers: { 'Idempotency-Key': key2 } })));
    assert.ok(results.every((r) => r.status === 201 || r.status === 409), results.map((r) => r.status).join());
    assert.equal(await countRows(a.db, 'ideas'), before + 1);
  });
});

/** Bodies that break the schema in generated ways: wrong types, missing, too long, extra fields. */
function malformedIdeas(valid: Record<string, unknown>) {
  const anyValue = fc.oneof(
    fc.string({ maxLength: 30 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
    fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
    fc.string({ minLength: 5001, maxLength: 5100 }), fc.constant('<script>alert(1)</script>'), fc.constant('\u0000\uFFFF'),
  );
  const keys = Object.keys(valid);
  const nested = ['contact.email', 'contact.name', 'contact.phone', 'location.lat', 'location.lon', 'homework.cost'];
  return fc.oneof(
    // change one or more top-level fields to an arbitrary value
    fc.record({ k: fc.subarray(keys, { minLength: 1 }), v: fc.array(anyValue, { minLength: keys.length, maxLength: keys.length }) }).map(({ k, v }) => {
      const body: Record<string, unknown> = { ...valid };
      k.forEach((key, n) => (body[key] = v[n]));
      return body;
    }),
    // drop required fields
    fc.subarray(['title', 'description', 'theme', 'contact', 'formToken'], { minLength: 1 }).map((drop) => {
      const body: Record<string, unknown> = { ...valid };
      for (const d of drop) delete body[d];
      return body;
    }),
    // break a nested field
    fc.record({ path: fc.constantFrom(...nested), v: anyValue }).map(({ path, v }) => {
      const body = structuredClone(valid) as Record<string, any>;
      const [outer, inner] = path.split('.') as [string, string];
      body[outer] = { ...(body[outer] ?? {}), [inner]: v };
      return body;
    }),
    // an unknown field
    fc.record({ name: fc.string({ minLength: 1, maxLength: 10 }).filter((n) => !keys.includes(n) && n !== '__proto__'), v: anyValue }).map(({ name, v }) => ({ ...valid, [name]: v })),
    // not an object at all
    anyValue,
  );
}

for (const dialect of dialects) {
  describe(`fuzzing POST /ideas on ${dialect}`, () => {
    test('1,000 malformed bodies: no 5xx, always documented problem+json, nothing stored', async () => {
      const s = await startTestServer(dialect, { seed: false });
      const valid = await validIdea(s);
      // The seed's reference data is needed for the theme check; the empty database has it from startTestServer? No: seed=false.
      const { seedReference } = await import('@buurtkit/server');
      await seedReference(s.db);
      const samples = fc.sample(malformedIdeas(valid), { numRuns: 1000, seed: 20261123 });
      let accepted = 0;
      const statuses = new Map<number, number>();
      for (const body of samples) {
        const res = await s.fetch('/api/v1/ideas', { method: 'POST', json: body, headers: { 'Accept-Language': 'en' } });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        assert.ok(res.status < 500, `5xx for ${JSON.stringify(body).slice(0, 300)}`);
        if (res.status === 201) {
          accepted++;
          continue;
        }
        await expectDocumented(res, '/ideas', 'post');
      }
      // A mutation can land on a still-valid body (an optional field set to a valid value); those are not malformed.
      assert.equal(await countRows(s.db, 'ideas'), accepted);
      assert.ok(accepted < 50, `${accepted} generated bodies were valid; the generator should break them`);
      console.log(`fuzz ${dialect}: ${JSON.stringify(Object.fromEntries(statuses))}`);
    });
  });
}
