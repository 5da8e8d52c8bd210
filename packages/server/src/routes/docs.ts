import { existsSync, readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loadOpenApi } from '@buurtkit/api';
import { READS } from '../caching/policies.js';
import { compress, etagOf, matchesEtag, negotiateEncoding, type Encoding } from '../caching/encoding.js';

/** Where the build puts the API reference (packages/devtools/src/api-docs.mjs). */
const DOCS = new URL('../../dist/docs/', import.meta.url);

/**
 * The page's own policy. Scripts: Redoc's bundle from here and its one small inline script by
 * hash. Styles need 'unsafe-inline': Redoc's components set their styles at run time (and a
 * few `style` attributes); the page shows only our own document, never anyone's input.
 */
const policy = (hashes: string[]) =>
  [
    "default-src 'none'",
    `script-src 'self' ${hashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

/** Without a build, a short page that says how to get the reference, and where the document is. */
const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Buurtkit API</title></head>
<body><h1>Buurtkit API</h1><p>The API reference is made by <code>npm run build</code>. The document itself:
<a href="/api/v1/openapi.json">openapi.json</a>.</p></body></html>`;

type Asset = { body: Buffer; etag: string; encoded: Map<Encoding, Promise<Buffer>> };
const asset = (body: Buffer): Asset => ({ body, etag: etagOf(body), encoded: new Map() });

/** Sends a built file, compressed as the client accepts, revalidated by its ETag. */
async function send(req: FastifyRequest, reply: FastifyReply, a: Asset, type: string) {
  reply.type(type).header('Cache-Control', 'no-cache').header('ETag', a.etag).header('Vary', 'Accept-Encoding');
  if (matchesEtag(req.headers['if-none-match'], a.etag)) return reply.code(304).send();
  const encoding = negotiateEncoding(req.headers['accept-encoding']);
  if (encoding === 'identity') return a.body;
  if (!a.encoded.has(encoding)) a.encoded.set(encoding, compress(a.body, encoding));
  reply.header('Content-Encoding', encoding);
  return a.encoded.get(encoding);
}

export function docsRoutes(app: FastifyInstance) {
  app.get('/api/v1/openapi.json', { config: { read: READS.document } }, async () => loadOpenApi());
  const built = existsSync(new URL('index.html', DOCS));
  const page = built ? asset(readFileSync(new URL('index.html', DOCS))) : asset(Buffer.from(NOT_BUILT));
  const script = built ? asset(readFileSync(new URL('redoc.js', DOCS))) : undefined;
  const csp = built
    ? policy((JSON.parse(readFileSync(new URL('csp.json', DOCS), 'utf8')) as { scriptHashes: string[] }).scriptHashes)
    : "default-src 'none'; base-uri 'none'";
  app.get('/api/v1/docs', async (req, reply) => {
    reply.header('Content-Security-Policy', csp);
    return send(req, reply, page, 'text/html; charset=utf-8');
  });
  app.get('/api/v1/docs/redoc.js', async (req, reply) => {
    if (!script) return reply.code(404).type('text/plain').send('not built');
    return send(req, reply, script, 'text/javascript; charset=utf-8');
  });
}
