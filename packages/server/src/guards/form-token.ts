import { timingSafeEqual } from 'node:crypto';
import { sign } from './sign.js';

/**
 * A signed "the form was opened at" token. Ideas sent sooner after opening than a person
 * could type them are treated as spam; a token we did not sign is refused.
 */
export function issueFormToken(secret: Buffer, now: number): string {
  const issued = String(now);
  return `${issued}.${sign(secret, `form:${issued}`)}`;
}

/** Seconds since the token was issued, or null when it was not signed by us. */
export function formTokenAge(secret: Buffer, token: string, now: number): number | null {
  const [issued = '', signature = ''] = token.split('.');
  const expected = sign(secret, `form:${issued}`);
  if (!/^\d{10,16}$/.test(issued) || signature.length !== expected.length) return null;
  if (!timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return null;
  return (now - Number(issued)) / 1000;
}
