import type { FastifyInstance, FastifyRequest } from 'fastify';
import { perContext } from './context.js';

const ALLOWED_HEADERS = 'Content-Type, Idempotency-Key, Accept-Language, Authorization';
const EXPOSED_HEADERS = 'Location, Retry-After, Idempotent-Replayed';

/**
 * Routes that carry personal data or staff powers: only explicitly listed origins. Judged
 * by the route the router matched, not the raw URL: `/api/v1/%73taff/…` reaches the staff
 * routes too. Unmatched URLs are judged decoded, and undecodable ones as sensitive.
 */
const isSensitive = (req: FastifyRequest) => {
  // Every write carries something of a resident's (an idea, an address to confirm): listed origins only.
  const method = req.method === 'OPTIONS' ? req.headers['access-control-request-method'] : req.method;
  if (method !== 'GET' && method !== 'HEAD') return true;
  let path = req.routeOptions.url;
  if (!path) {
    try {
      path = decodeURIComponent(req.url.split('?')[0]!).replace(/\/{2,}/g, '/');
    } catch {
      return true;
    }
  }
  return path.startsWith('/api/v1/staff') || path.startsWith('/api/v1/ideas');
};

/** Open data is for anyone (a national viewer, a researcher's notebook): every origin may read it. */
const isOpenData = (req: FastifyRequest) => {
  const method = req.method === 'OPTIONS' ? req.headers['access-control-request-method'] : req.method;
  const path = req.routeOptions.url ?? '';
  return (method === 'GET' || method === 'HEAD') && /^\/api\/v1\/(ogc|open-data)(\/|$)/.test(path);
};

/**
 * CORS from an allow-list (open data is open to all). A `*` entry opens only the public read endpoints; staff and
 * every write (ideas, following, backing, offers) always need the origin listed by name, and are answered with that
 * origin, never `*`.
 */
const originsOf = perContext((ctx) => ({
  listed: new Set(ctx.corsOrigins.filter((o) => o !== '*')),
  wildcard: ctx.corsOrigins.includes('*'),
}));

/** The origin to answer with for this request's municipality, or null. */
const allowedOrigin = (req: FastifyRequest): string | null => {
  const origin = req.headers.origin;
  if (!origin) return null;
  const { listed, wildcard } = originsOf(req.ctx);
  if (listed.has(origin)) return origin;
  if ((wildcard && !isSensitive(req)) || isOpenData(req)) return '*';
  return null;
};

export function registerCors(app: FastifyInstance) {
  app.addHook('onRequest', async (req, reply) => {
    reply.header('Vary', 'Origin');
    const allowed = allowedOrigin(req);
    if (allowed) {
      reply.header('Access-Control-Allow-Origin', allowed);
      reply.header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      if (allowed) {
        reply.header('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE');
        reply.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        reply.header('Access-Control-Max-Age', '600');
      }
      return reply.code(204).send();
    }
  });
}
