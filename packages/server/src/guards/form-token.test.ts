import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { formTokenAge, issueFormToken } from './form-token.ts';

describe('form token guard', () => {
  const secret = randomBytes(32);
  const opened = Date.parse('2026-12-02T10:00:00Z');

  test('says how long ago a token of ours was issued', () => {
    const token = issueFormToken(secret, opened);
    assert.equal(formTokenAge(secret, token, opened + 12_500), 12.5);
    assert.equal(formTokenAge(secret, token, opened), 0);
  });

  test('refuses a token signed with another secret, a changed time, garbage and an empty string', () => {
    const token = issueFormToken(secret, opened);
    assert.equal(formTokenAge(randomBytes(32), token, opened + 5000), null);
    const [issued, signature] = token.split('.');
    assert.equal(formTokenAge(secret, `${Number(issued) - 60_000}.${signature}`, opened + 5000), null, 'backdated');
    assert.equal(formTokenAge(secret, `${issued}.${signature!.slice(0, -2)}`, opened), null, 'cut signature');
    for (const bad of ['', '.', 'abc.def', `${issued}`, `12.${signature}`, `${signature}.${issued}`]) {
      assert.equal(formTokenAge(secret, bad, opened), null, JSON.stringify(bad));
    }
  });
});
