import type { Db } from '../db/index.js';
import { countHit, forgetWindowsBefore, hitsIn } from '../store/rate-limits.js';
import { sign } from './sign.js';

export type RateLimit = { max: number; windowSeconds: number };

/** The window a moment falls in, and the bucket a client's hits in it count in. */
export function rateBucket(secret: Buffer, client: string, scope: string, limit: RateLimit, now: number) {
  const windowStart = Math.floor(now / 1000 / limit.windowSeconds) * limit.windowSeconds;
  const bucket = sign(secret, `${scope}:${windowStart}:${client}`).slice(0, 22);
  const retryAfter = Math.max(1, Math.ceil(windowStart + limit.windowSeconds - now / 1000));
  return { windowStart, bucket, retryAfter };
}

/**
 * A sliding-window rate limit kept in the database (shared by all instances): the hits of
 * this window plus the previous window's, weighted by how much of it still lies within the
 * last `windowSeconds`. Fixed windows alone let a burst across a boundary through twice.
 * The key is an HMAC of the client address and the window: no raw IP address is ever
 * stored, and the key means nothing once the window is over.
 */
export async function hitRateLimit(
  db: Db,
  secret: Buffer,
  client: string,
  scope: string,
  limit: RateLimit,
  now: number,
): Promise<{ allowed: boolean; retryAfter: number }> {
  const { windowStart, bucket, retryAfter } = rateBucket(secret, client, scope, limit, now);
  const hits = await countHit(db, bucket, windowStart);
  // Old windows are swept now and then by whoever passes, not by a timer of one instance.
  if (Math.random() < 0.02) await forgetWindowsBefore(db, windowStart - limit.windowSeconds);
  return { allowed: hits + (await previousWeight(db, secret, client, scope, limit, now)) <= limit.max, retryAfter };
}

/** What the previous window still counts for in the sliding window at `now`. */
async function previousWeight(db: Db, secret: Buffer, client: string, scope: string, limit: RateLimit, now: number) {
  const { windowStart } = rateBucket(secret, client, scope, limit, now);
  const previous = rateBucket(secret, client, scope, limit, now - limit.windowSeconds * 1000);
  // Refused hits count too, but the previous window weighs at most a full allowance.
  const before = Math.min(limit.max, await hitsIn(db, previous.bucket, previous.windowStart));
  return Math.ceil(before * (1 - (now / 1000 - windowStart) / limit.windowSeconds));
}

/**
 * Whether a client is over its limit, without counting a hit: for limits on failures
 * (wrong staff tokens), where only a failure counts but every attempt must be checked,
 * and a client that is over it costs one read, never a write.
 */
export async function overRateLimit(
  db: Db,
  secret: Buffer,
  client: string,
  scope: string,
  limit: RateLimit,
  now: number,
): Promise<{ over: boolean; retryAfter: number }> {
  const { windowStart, bucket, retryAfter } = rateBucket(secret, client, scope, limit, now);
  const hits = (await hitsIn(db, bucket, windowStart)) + (await previousWeight(db, secret, client, scope, limit, now));
  return { over: hits >= limit.max, retryAfter };
}
