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

const BARE_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

/**
 * The key from an `Idempotency-Key` header: bare (`abc-123…`, what clients sent so far) or
 * as the IETF draft writes it, a structured-field string (`"abc-123…"`, RFC 8941 §3.3.3,
 * with `\"` and `\\` escapes). Both spellings of one key are the same key, so a client
 * that changes its style still gets its retries recognised. `null`: not a valid key.
 */
export function parseIdempotencyKey(header: string | string[] | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  if (typeof header !== 'string') return null;
  const value = header.trim();
  if (!value.startsWith('"')) return BARE_KEY.test(value) ? value : null;
  let key = '';
  for (let i = 1; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\') {
      const next = value[++i];
      if (next !== '"' && next !== '\\') return null;
      key += next;
    } else if (c === '"') {
      // The closing quote ends the item; parameters (`;x=1`) are not part of the key.
      if (!/^(;[a-z*][a-z0-9_.*-]*(=[^;]*)?)*$/.test(value.slice(i + 1))) return null;
      return key.length >= 8 && key.length <= 128 ? key : null;
    } else if (c < ' ' || c > '~') {
      return null;
    } else key += c;
  }
  return null;
}
