import type { FastifyInstance } from 'fastify';
import { loadOpenApi } from '@buurtkit/api';
import { READS } from '../caching/policies.js';

const escape = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A plain, script-free docs page rendered from the OpenAPI document. */
function docsPage(): string {
  const doc = loadOpenApi() as ReturnType<typeof loadOpenApi> & { info: { description?: string } };
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const o = op as unknown as {
        summary?: string;
        description?: string;
        tags?: string[];
        security?: unknown[];
        parameters?: { name?: string; in?: string; $ref?: string; description?: string }[];
        responses: Record<string, unknown>;
      };
      const params = (o.parameters ?? []).map((p) => {
        const resolved = p.$ref ? (doc.components.parameters[p.$ref.split('/').pop()!] as typeof p) : p;
        return `<li><code>${escape(resolved.name)}</code> (${escape(resolved.in)})${
          resolved.description ? ` — ${escape(resolved.description)}` : ''
        }</li>`;
      });
      return `<section id="${escape(op.operationId)}"><h3><span
        class="m">${method.toUpperCase()}</span> <code>/api/v1${escape(path)}</code></h3>
<p>${escape(o.summary)}${o.security?.length ? ' <strong>(staff token)</strong>' : ''}</p>${
        o.description ? `<p class="d">${escape(o.description)}</p>` : ''
      }
${params.length ? `<ul>${params.join('')}</ul>` : ''}<p>Responses: ${Object.keys(o.responses)
        .map((s) => `<code>${escape(s)}</code>`)
        .join(' ')}</p></section>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport"
    content="width=device-width, initial-scale=1">
<title>${escape(doc.info.title)} ${escape(doc.info.version)}</title><link rel="stylesheet"
  href="/api/v1/docs.css"></head>
<body><main><h1>${escape(doc.info.title)} <small>${escape(doc.info.version)}</small></h1>
<p class="d">${escape(doc.info.description)}</p><p>Machine-readable: <a href="/api/v1/openapi.json">openapi.json</a></p>
<h2>Operations</h2>${ops.join('\n')}</main></body></html>`;
}

const css = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a}main{max-width:60rem;margin:auto;
  padding:1rem}
section{border-top:1px solid #ccc;padding:.5rem 0}.m{background:#1a4f8b;color:#fff;padding:0 .4rem;border-radius:3px;
  font-size:.85rem}
.d{white-space:pre-line;color:#333}code{font-size:.95em}`;

export function docsRoutes(app: FastifyInstance) {
  const page = docsPage();
  app.get('/api/v1/openapi.json', { config: { read: READS.document } }, async () => loadOpenApi());
  app.get('/api/v1/docs', async (_req, reply) => {
    reply
      .type('text/html; charset=utf-8')
      .header('Content-Security-Policy', "default-src 'none'; style-src 'self'; base-uri 'none'");
    return page;
  });
  app.get('/api/v1/docs.css', async (_req, reply) => {
    reply.type('text/css; charset=utf-8');
    return css;
  });
}
