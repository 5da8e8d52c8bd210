import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { checkCharacter, newReference, readReference, REFERENCE_ALPHABET } from './reference.ts';

test('new references have the documented shape and read back as themselves', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 2000; i++) {
    const ref = newReference((n) => randomBytes(n));
    assert.match(ref, /^BK-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    assert.deepEqual(readReference(ref), { kind: 'reference', value: ref });
    seen.add(ref);
  }
  assert.equal(seen.size, 2000);
});

test('every single typo and every swap of two different neighbours is caught', () => {
  const ref = newReference((n) => randomBytes(n));
  const chars = ref.replace(/^BK-|-/g, '');
  let typos = 0;
  for (let i = 0; i < chars.length; i++) {
    for (const c of REFERENCE_ALPHABET) {
      if (c === chars[i]) continue;
      const wrong = chars.slice(0, i) + c + chars.slice(i + 1);
      assert.equal(readReference(`BK${wrong}`).kind, 'typo', `${wrong} (position ${i})`);
      typos++;
    }
  }
  assert.equal(typos, 12 * 29);
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] === chars[i + 1]) continue;
    const swapped = chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2);
    // Luhn mod N misses one pair of neighbours; a swap of those still reads, but never as this reference.
    const read = readReference(`BK${swapped}`);
    if (read.kind === 'reference') assert.notEqual(read.value, ref);
    else assert.equal(read.kind, 'typo');
  }
});

test('what residents type is read generously; legacy references keep working', () => {
  const ref = newReference((n) => randomBytes(n));
  const loose = ` ${ref.toLowerCase().replaceAll('-', ' ').replace(/^bk /, '')} `;
  assert.deepEqual(readReference(loose), { kind: 'reference', value: ref });
  assert.deepEqual(readReference('bk-2026-0042'), { kind: 'legacy', value: 'BK-2026-0042' });
  assert.deepEqual(readReference('BK-7KQ4-M2XD'), { kind: 'malformed' });
  assert.deepEqual(readReference('<script>'), { kind: 'malformed' });
  // An O where a character belongs: the right shape, a wrong character.
  assert.equal(readReference(`${ref.slice(0, -1)}O`).kind, 'typo');
  assert.equal(checkCharacter(''), '2');
  assert.throws(() => checkCharacter('O'));
});
