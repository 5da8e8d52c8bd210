import { randomBytes } from 'node:crypto';
import type { Db } from '../db/index.js';
import { keepFirst } from '../store/meta.js';

/**
 * The server's secret lives in the database, so every instance on one database signs
 * form tokens and hashes rate-limit keys alike. The first instance to start writes it.
 */
export async function serverSecret(db: Db): Promise<Buffer> {
  return Buffer.from(await keepFirst(db, 'secret', randomBytes(32).toString('hex')), 'hex');
}
