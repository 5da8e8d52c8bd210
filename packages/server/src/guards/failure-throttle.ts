import type { Db } from '../db/index.js';
import { countHit } from '../store/rate-limits.js';
import { overRateLimit, rateBucket, type RateLimit } from './rate-limit.js';

/**
 * A limit on failures rather than on requests (wrong staff tokens, unknown tracking
 * references): every attempt is checked, only a failure counts, and a client over its
 * limit waits whatever it sends, at the cost of one read. Kept in the database (all
 * instances share it) under a keyed hash of the client, as the rate limit is.
 */
export class FailureThrottle {
  constructor(
    private readonly db: Db,
    private readonly secret: Buffer,
    private readonly scope: string,
    private readonly limit: RateLimit,
  ) {}

  /** Seconds to wait, or 0 when the client may try. */
  async wait(client: string, now: number): Promise<number> {
    const { over, retryAfter } = await overRateLimit(this.db, this.secret, client, this.scope, this.limit, now);
    return over ? retryAfter : 0;
  }

  async failed(client: string, now: number): Promise<void> {
    const { bucket, windowStart } = rateBucket(this.secret, client, this.scope, this.limit, now);
    await countHit(this.db, bucket, windowStart);
  }
}
