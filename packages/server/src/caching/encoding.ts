import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

/** Below this a compressed answer saves less than its headers cost. */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * The encoding to send for an `Accept-Encoding` header (RFC 9110 §12.5.3): brotli before gzip
 * (it is smaller for JSON), honouring `q=0` refusals and `*`; identity when nothing fits.
 */
export function negotiateEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity';
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (name: string) => q.get(name) ?? q.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).filter((e) => weight(e) > 0).sort((a, b) => weight(b) - weight(a))[0];
  return best ?? 'identity';
}

/**
 * A strong validator from the bytes themselves (a text's are its UTF-8): the same answer has
 * the same tag on every instance.
 */
export function etagOf(body: Buffer | string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether `If-None-Match` names this tag (RFC 9110 §13.1.2: weak comparison, so `W/"x"` matches
 * `"x"`; `*` matches anything that exists).
 */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Compresses off the event loop. Brotli's quality drops for large bodies (the 100,000-initiative
 * download): quality 11 would take seconds for a few percent; each answer is compressed once per
 * data version and then served from the cache.
 */
export async function compress(body: Buffer, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
  if (encoding === 'gzip') return gz(body, { level: 9 });
  const quality = body.length > 512 * 1024 ? 7 : 10;
  return br(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}
