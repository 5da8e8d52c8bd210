import { createHash } from 'node:crypto';
import type { Db } from '../db/index.js';
import { completeKey, deletePendingKey, getKey, insertPendingKey, takeOverPendingKey } from '../store/idempotency.js';

/** A stable hash of a JSON body (keys sorted), to tell a retry from a different request. */
export function bodyHash(body: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('hex');
}

export type IdempotencyState =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; response: unknown }
  | { kind: 'in-progress' }
  | { kind: 'mismatch' };

/** A pending claim older than this is taken over: its instance died half-way. */
export const STALE_MS = 60_000;

/** Claims an Idempotency-Key for this body, or says what happened to it before. */
export async function claimIdempotencyKey(db: Db, key: string, hash: string, now: Date): Promise<IdempotencyState> {
  if (await insertPendingKey(db, key, hash, now.toISOString())) return { kind: 'new' };
  const row = await getKey(db, key);
  // Released between our insert and our read: try again.
  if (!row) return claimIdempotencyKey(db, key, hash, now);
  if (row.body_hash !== hash) return { kind: 'mismatch' };
  if (row.state === 'done')
    return { kind: 'replay', status: Number(row.status), response: JSON.parse(row.response ?? 'null') };
  if (
    now.getTime() - Date.parse(row.created_at) > STALE_MS &&
    (await takeOverPendingKey(db, key, row.created_at, now.toISOString()))
  ) {
    return { kind: 'new' };
  }
  return { kind: 'in-progress' };
}

export const completeIdempotencyKey = completeKey;
export const releaseIdempotencyKey = deletePendingKey;
