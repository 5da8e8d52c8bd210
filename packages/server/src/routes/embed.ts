import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { localeOf, perContext } from '../context.js';
import { notFound } from '../problems.js';
import { embedPage, FRAME_CSS, FRAME_JS, integrityOf, isWidget, RESIZE_JS } from '../embed/page.js';
import { basePath } from '../tenants/base.js';

/** Where `npm run build` puts the resident bundle, when the server runs from the repository. */
const BUILT = new URL('../../../buurtkit/dist/', import.meta.url).pathname;

/**
 * The iframe fallback for CMSs that strip scripts: `/embed/{widget}?…` serves a minimal page
 * with that widget, its bundle from this server (`/embed/assets/…`), framed only by the
 * origins the API already trusts, and `/embed/resize.js` for the host page to fit the frame.
 */
export function embedRoutes(app: FastifyInstance) {
  // Per municipality: its bundle (a setting) and the origins that may frame its pages.
  const bundleOf = perContext((ctx) => {
    const dir = join(ctx.embedBundle ?? BUILT, '/');
    let integrity: string | undefined;
    return {
      dir,
      frameAncestors: ctx.corsOrigins.filter((o) => o !== '*'),
      entry: () => (integrity ??= integrityOf(readFileSync(join(dir, 'buurtkit.js')))),
    };
  });

  app.get('/embed/:widget', async (req, reply) => {
    const { dir, frameAncestors, entry } = bundleOf(req.ctx);
    const { widget } = req.params as { widget: string };
    if (!isWidget(widget) || !existsSync(join(dir, 'buurtkit.js'))) throw notFound(localeOf(req));
    const origin = `${req.protocol}://${req.host}`;
    const page = embedPage(widget, req.query as Record<string, unknown>, {
      origin,
      base: basePath(req),
      integrity: entry(),
      frameAncestors,
    });
    reply
      .type('text/html; charset=utf-8')
      .header('Content-Security-Policy', page.csp)
      .header('Cache-Control', 'no-cache');
    return page.html;
  });

  const asset = (type: string, body: string) => async (_req: unknown, reply: import('fastify').FastifyReply) => {
    reply.type(type).header('Cache-Control', 'public, max-age=300');
    return body;
  };
  app.get('/embed/frame.js', asset('text/javascript; charset=utf-8', FRAME_JS));
  app.get('/embed/frame.css', asset('text/css; charset=utf-8', FRAME_CSS));
  app.get('/embed/resize.js', asset('text/javascript; charset=utf-8', RESIZE_JS));

  app.get('/embed/assets/*', async (req, reply) => {
    const { dir } = bundleOf(req.ctx);
    const name = (req.params as { '*': string })['*'];
    const file = normalize(join(dir, name));
    if (!file.startsWith(dir) || !/\.js$/.test(file) || !existsSync(file)) throw notFound(localeOf(req));
    // Chunks carry their content hash in their name; the entry is pinned by its integrity.
    reply
      .type('text/javascript; charset=utf-8')
      .header('Cache-Control', name.startsWith('chunks/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    return readFileSync(file);
  });
}
