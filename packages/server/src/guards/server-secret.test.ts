import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { guardDatabase } from './guards.test-helpers.ts';
import { serverSecret } from './server-secret.ts';

describe('server secret guard', () => {
  test('the first start writes 32 random bytes; every later start and instance reads the same', async () => {
    const db = await guardDatabase();
    const first = await serverSecret(db);
    assert.equal(first.length, 32);
    const again = await Promise.all([serverSecret(db), serverSecret(db), serverSecret(db)]);
    for (const s of again) assert.ok(s.equals(first));
    const other = await serverSecret(await guardDatabase());
    assert.ok(!other.equals(first), 'another database, another secret');
  });
});
