/**
 * Tracking references a resident reads out over the phone: `BK-7KQ4-M2XD-PQ33`. Eleven
 * random characters (about 54 bits: guessing one is hopeless, and they say nothing about
 * how many ideas there are) and a check character that catches any single typo and almost
 * every swap of two neighbours (Luhn mod 30). The alphabet leaves out what sounds or looks alike
 * in Dutch and English: 0/O, 1/I/L, and U (V).
 *
 * References from before (`BK-2026-0042`) keep working: they are recognised as legacy.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = REFERENCE_ALPHABET.length;
const RANDOM_LENGTH = 11;
const LEGACY = /^BK-\d{4}-\d{4,6}$/;

/** The Luhn mod N check character of a body of reference characters. */
export function checkCharacter(body: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    const code = REFERENCE_ALPHABET.indexOf(body[i]!);
    if (code < 0) throw new Error(`"${body[i]}" is not a reference character`);
    const addend = factor * code;
    sum += Math.floor(addend / N) + (addend % N);
    factor = factor === 2 ? 1 : 2;
  }
  return REFERENCE_ALPHABET[(N - (sum % N)) % N]!;
}

const format = (chars: string) => `BK-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;

/** A new reference from a source of random bytes (crypto.getRandomValues or randomBytes). */
export function newReference(randomBytes: (n: number) => Uint8Array): string {
  let body = '';
  while (body.length < RANDOM_LENGTH) {
    // 240 = 8 × 30: bytes above it are dropped, so every character is equally likely.
    for (const b of randomBytes(16)) if (b < 240 && body.length < RANDOM_LENGTH) body += REFERENCE_ALPHABET[b % N];
  }
  return format(body + checkCharacter(body));
}

export type ReferenceReading =
  | { kind: 'reference'; value: string }
  | { kind: 'legacy'; value: string }
  /** The right shape, but a character is wrong: a typo. */
  | { kind: 'typo' }
  | { kind: 'malformed' };

/**
 * What a resident typed, read generously: any case, spaces or dashes anywhere, with or
 * without the `BK`. O is read as 0 and I or L as 1 only in legacy references (digits only).
 */
export function readReference(typed: string): ReferenceReading {
  const upper = typed.trim().toUpperCase();
  const legacy = upper.replace(/\s+/g, '');
  if (LEGACY.test(legacy)) return { kind: 'legacy', value: legacy };
  const chars = upper.replace(/[\s-]+/g, '').replace(/^BK/, '');
  if (chars.length !== RANDOM_LENGTH + 1) return { kind: 'malformed' };
  if (![...chars].every((c) => REFERENCE_ALPHABET.includes(c)))
    return /^[0-9A-Z]+$/.test(chars) ? { kind: 'typo' } : { kind: 'malformed' };
  const body = chars.slice(0, RANDOM_LENGTH);
  if (checkCharacter(body) !== chars[RANDOM_LENGTH]) return { kind: 'typo' };
  return { kind: 'reference', value: format(chars) };
}
