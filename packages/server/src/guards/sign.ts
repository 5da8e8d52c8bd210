import { createHmac } from 'node:crypto';

/** HMAC-SHA256 with the server's secret, base64url: what the form token and the rate-limit buckets are made of. */
export const sign = (secret: Buffer, text: string) => createHmac('sha256', secret).update(text).digest('base64url');

/** An e-mail address as a keyed hash: repeats are found without keeping (or comparing) the address. */
export const emailKey = (secret: Buffer, email: string) => sign(secret, `email:${email.trim().toLowerCase()}`);
