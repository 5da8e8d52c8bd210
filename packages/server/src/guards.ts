import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from './db/index.js';

/**
 * The server's secret lives in the database, so every instance on one database signs
 * form tokens and hashes rate-limit keys alike.
 */
export async function serverSecret(db: Db): Promise<Buffer> {
  const fresh = randomBytes(32).toString('hex');
  await db.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', ['secret', fresh]);
  const row = await db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', ['secret']);
  return Buffer.from(row!.value, 'hex');
}

const sign = (secret: Buffer, text: string) => createHmac('sha256', secret).update(text).digest('base64url');

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

/**
 * Fixed-window rate limit kept in the database (shared by all instances). The key is an
 * HMAC of the client address and the window: no raw IP address is ever stored, and the
 * key means nothing once the window is over.
 */
export async function hitRateLimit(
  db: Db, secret: Buffer, client: string, scope: string, limit: { max: number; windowSeconds: number }, now: number,
): Promise<{ allowed: boolean; retryAfter: number }> {
  const windowStart = Math.floor(now / 1000 / limit.windowSeconds) * limit.windowSeconds;
  const bucket = sign(secret, `${scope}:${windowStart}:${client}`).slice(0, 22);
  const row = await db.get<{ hits: number }>(
    `INSERT INTO rate_limits (bucket, window_start, hits) VALUES (?, ?, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits`,
    [bucket, windowStart],
  );
  if (Math.random() < 0.02) await db.run('DELETE FROM rate_limits WHERE window_start < ?', [windowStart - limit.windowSeconds]);
  const retryAfter = Math.max(1, Math.ceil(windowStart + limit.windowSeconds - now / 1000));
  return { allowed: Number(row!.hits) <= limit.max, retryAfter };
}

/** A stable hash of a JSON body (keys sorted), to tell a retry from a different request. */
export function bodyHash(body: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical)
      : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]))
      : v;
  return createHash('sha256').update(JSON.stringify(canonical(body))).digest('hex');
}

export type IdempotencyState =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; response: unknown }
  | { kind: 'in-progress' }
  | { kind: 'mismatch' };

/** A pending claim older than this is taken over: its instance died half-way. */
const STALE_MS = 60_000;

/** Claims an Idempotency-Key for this body, or says what happened to it before. */
export async function claimIdempotencyKey(db: Db, key: string, hash: string, now: Date): Promise<IdempotencyState> {
  const inserted = await db.run(
    `INSERT INTO idempotency (key, body_hash, state, created_at) VALUES (?, ?, 'pending', ?) ON CONFLICT (key) DO NOTHING`,
    [key, hash, now.toISOString()],
  );
  if (inserted.changes === 1) return { kind: 'new' };
  const row = await db.get<{ body_hash: string; state: string; status: number | null; response: string | null; created_at: string }>(
    'SELECT body_hash, state, status, response, created_at FROM idempotency WHERE key = ?',
    [key],
  );
  if (!row) return claimIdempotencyKey(db, key, hash, now);
  if (row.body_hash !== hash) return { kind: 'mismatch' };
  if (row.state === 'done') return { kind: 'replay', status: Number(row.status), response: JSON.parse(row.response ?? 'null') };
  if (now.getTime() - Date.parse(row.created_at) > STALE_MS) {
    const taken = await db.run(`UPDATE idempotency SET created_at = ? WHERE key = ? AND state = 'pending' AND created_at = ?`, [
      now.toISOString(), key, row.created_at,
    ]);
    if (taken.changes === 1) return { kind: 'new' };
  }
  return { kind: 'in-progress' };
}

export async function completeIdempotencyKey(db: Db, key: string, status: number, response: unknown) {
  await db.run(`UPDATE idempotency SET state = 'done', status = ?, response = ? WHERE key = ?`, [status, JSON.stringify(response), key]);
}

export async function releaseIdempotencyKey(db: Db, key: string) {
  await db.run(`DELETE FROM idempotency WHERE key = ? AND state = 'pending'`, [key]);
}
