import { timingSafeEqual } from 'node:crypto';
import { sign } from '../guards/sign.js';

/**
 * What a link in a mail may do, and to which row. The link carries a signature rather
 * than a stored secret: nothing to look up, nothing to leak, and it cannot be forged
 * or pointed at another row.
 */
export type MailPurpose =
  'confirm' | 'leave' | 'idea-off' | 'contact-off' | 'back' | 'unback' | 'offer' | 'unoffer' | 'privacy';

const PURPOSES: MailPurpose[] = [
  'confirm',
  'leave',
  'idea-off',
  'contact-off',
  'back',
  'unback',
  'offer',
  'unoffer',
  'privacy',
];

export function mailToken(secret: Buffer, purpose: MailPurpose, id: number): string {
  return `${purpose}.${id}.${sign(secret, `mail:${purpose}:${id}`).slice(0, 32)}`;
}

export function readMailToken(secret: Buffer, token: unknown): { purpose: MailPurpose; id: number } | null {
  if (typeof token !== 'string' || token.length > 100) return null;
  const [purpose, id, signature, ...rest] = token.split('.');
  if (rest.length || !PURPOSES.includes(purpose as MailPurpose) || !/^[1-9][0-9]{0,15}$/.test(id ?? '')) return null;
  const expected = Buffer.from(sign(secret, `mail:${purpose}:${id}`).slice(0, 32));
  const given = Buffer.from(signature ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { purpose: purpose as MailPurpose, id: Number(id) };
}
