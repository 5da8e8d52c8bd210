import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { publicVersion } from '../store/versions.js';
import { compress, etagOf, matchesEtag, MIN_COMPRESS_BYTES, negotiateEncoding, type Encoding } from './encoding.js';
import { NO_STORE } from './policies.js';

/** One answer as sent: its bytes, type and tag, and its compressed forms once asked for. */
export class Answer {
  readonly etag: string;
  private readonly encoded = new Map<Encoding, Promise<Buffer>>();

  constructor(
    readonly body: Buffer,
    readonly type: string,
  ) {
    this.etag = etagOf(body);
  }

  /** The bytes in an encoding, compressed once (concurrent requests share the work). */
  in(encoding: Encoding): Promise<Buffer> {
    if (encoding === 'identity') return Promise.resolve(this.body);
    let found = this.encoded.get(encoding);
    if (!found) this.encoded.set(encoding, (found = compress(this.body, encoding)));
    return found;
  }

  get bytes() {
    return this.body.length * 2;
  }
}

/**
 * Public answers in memory, by URL and public version: the version moves with every committed
 * write to what they show (on any instance), so an entry of an old version is never served,
 * it simply ages out. Bounded in bytes, least recently used first out.
 *
 * An answer is kept from the second time its key is asked, not the first: most map views are
 * asked once (every resident pans to their own bbox), and keeping each of those pushes out the
 * answers that do come again and fills the heap for the garbage collector to walk.
 */
export class ReadCache {
  private readonly entries = new Map<string, Answer>();
  private readonly askedOnce = new Set<string>();
  private size = 0;

  constructor(
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly maxAsked = 20_000,
  ) {}

  get(key: string): Answer | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /**
   * Whether an answer of `length` bytes under `key` is to be kept: from its key's second ask,
   * and if it fits. Counts this ask.
   */
  wants(key: string, length: number): boolean {
    if (length * 2 > this.maxBytes / 4) return false;
    if (this.askedOnce.delete(key)) return true;
    this.askedOnce.add(key);
    if (this.askedOnce.size > this.maxAsked) this.askedOnce.delete(this.askedOnce.values().next().value!);
    return false;
  }

  /** Keeps an answer, the least recently used ones out while over the bound. */
  keep(key: string, answer: Answer) {
    const old = this.entries.get(key);
    if (old) this.size -= old.bytes;
    this.entries.set(key, answer);
    this.size += answer.bytes;
    for (const [k, a] of this.entries) {
      if (this.size <= this.maxBytes) break;
      this.entries.delete(k);
      this.size -= a.bytes;
    }
  }

  /** Keeps an answer if its key was asked before (and it fits); says whether it did. */
  set(key: string, answer: Answer): boolean {
    if (!this.wants(key, answer.body.length)) return false;
    this.keep(key, answer);
    return true;
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    readKey?: string;
    readHit?: Answer;
    /** The public version this read is answered at, when its policy caches. */
    publicVersion?: number;
  }
}

const addVary = (reply: FastifyReply, name: string) => {
  const vary = String(reply.getHeader('Vary') ?? '');
  if (!vary.split(',').some((v) => v.trim().toLowerCase() === name.toLowerCase()))
    reply.header('Vary', vary ? `${vary}, ${name}` : name);
};

/** Where an app keeps its answers: its own cache, or a share of one (`scope` names the share). */
export type ReadCacheShare = { cache: ReadCache; scope: string };

/**
 * HTTP caching for the whole API, in one place. Reads with a policy (`config.read` on the route)
 * get a strong `ETag` from their bytes, their `Cache-Control`, a 304 for a matching
 * `If-None-Match`, brotli or gzip as the client accepts, and, where the policy says so, are
 * answered from memory while the public version stands. Everything else is `no-store`.
 *
 * Several municipalities on one server share one cache, so its bound holds for the server (not
 * 64 MB for each of fifty). Each app's keys start with its scope: the same path at the same
 * version is another municipality's answer in another scope.
 */
export function registerReadCaching(app: FastifyInstance) {
  app.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    const policy = req.routeOptions.config.read;
    if (!policy?.cache || (req.method !== 'GET' && req.method !== 'HEAD')) return;
    const { db, readCache } = req.ctx;
    const { cache, scope } = readCache;
    // The version first, the data after: a write committed in between makes this entry one
    // version old (recomputed once), never newer data under an older version's key.
    req.publicVersion = await publicVersion(db);
    const key = `${scope}${req.publicVersion} ${req.url}`;
    const hit = cache.get(key);
    if (!hit) {
      req.readKey = key;
      return;
    }
    req.readHit = hit;
    reply.type(hit.type);
    return reply.send(hit.body);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const policy = req.routeOptions.config?.read;
    if (!policy || reply.statusCode !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) {
      if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', NO_STORE);
      return payload;
    }
    const hit = req.readHit;
    const fresh = hit ? undefined : (payload as string | Buffer);
    const length = hit?.body.length ?? (typeof fresh === 'string' ? Buffer.byteLength(fresh) : fresh!.length);
    const { cache } = req.ctx.readCache;
    const keep = !hit && req.readKey !== undefined && cache.wants(req.readKey, length);
    const encoding = length >= MIN_COMPRESS_BYTES ? negotiateEncoding(req.headers['accept-encoding']) : 'identity';
    // An answer sent once as it is needs no copy of its own: its tag is hashed from it and Node
    // writes it out. A 70 kB buffer per map view, freed only by the garbage collector in
    // batches, had glibc hand pages back and fault them in again (~15 page faults a request).
    // One kept or compressed is copied (a map view's bytes are in a reused buffer: `asciiBody`).
    const answer =
      hit ??
      (!keep && encoding === 'identity'
        ? undefined
        : new Answer(Buffer.from(fresh!), String(reply.getHeader('Content-Type') ?? 'application/json')));
    if (keep) cache.keep(req.readKey!, answer!);
    const etag = answer?.etag ?? etagOf(fresh!);
    reply.header('ETag', etag);
    reply.header('Cache-Control', policy.cacheControl);
    addVary(reply, 'Accept-Encoding');
    if (matchesEtag(req.headers['if-none-match'], etag)) {
      reply.code(304);
      reply.removeHeader('Content-Type');
      reply.removeHeader('Content-Length');
      return '';
    }
    if (encoding === 'identity') return answer?.body ?? fresh;
    reply.header('Content-Encoding', encoding);
    reply.removeHeader('Content-Length');
    return answer!.in(encoding);
  });
}
