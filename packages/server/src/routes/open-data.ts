import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseBbox } from '@buurtkit/api/geo';
import { localeOf, type AppContext } from '../context.js';
import { fillUrl } from '../mail/config.js';
import { message, type Locale } from '../messages.js';
import { HttpProblem, notFound, problemType, type FieldError } from '../problems.js';
import { openDataExtent, openDataPage, openDataRow, type OpenRow } from '../store/open-data.js';
import { validatorFor } from '../validation.js';
import { READS } from '../caching/policies.js';
import { basePath } from '../tenants/base.js';

/**
 * Published initiatives as open data: an OGC API – Features service (Part 1: Core and GeoJSON;
 * the OpenAPI document is 3.1, so OpenAPI 3.0 is not claimed) under `/api/v1/ogc`, which QGIS
 * and PDOK-style viewers read as they are, and a GeoJSON download. Links are absolute, built
 * from the request's own address (behind a proxy with `trustProxy`, the forwarded one), so
 * answers are not kept in the server's memory cache.
 */
const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
];
const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
const GREGORIAN = 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian';
const COLLECTION = 'initiatives';
const GEOJSON = 'application/geo+json';

/** The query parameters each OGC operation knows: any other is a 400 (OGC's rule). */
const KNOWN: Record<string, string[]> = {
  plain: ['f'],
  items: ['f', 'bbox', 'datetime', 'limit', 'offset'],
};

type Link = { href: string; rel: string; type?: string; title?: string };

/**
 * A `datetime` parameter as a closed range of ISO texts: an instant is [t, t], an interval
 * `a/b` with `..` (or nothing) for an open end; undefined when it is not one.
 */
export function parseDatetime(text: string): { from?: string; to?: string } | undefined {
  const instant = (t: string) => {
    if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/.test(t)) return undefined;
    const ms = Date.parse(t.length === 10 ? `${t}T00:00:00Z` : t);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  };
  const parts = text.split('/');
  if (parts.length === 1) {
    const t = instant(parts[0]!);
    // A day is the whole day.
    if (t && parts[0]!.length === 10) return { from: t, to: new Date(Date.parse(t) + 86_399_999).toISOString() };
    return t ? { from: t, to: t } : undefined;
  }
  if (parts.length !== 2) return undefined;
  const [a, b] = parts.map((p) => (p === '..' || p === '' ? null : p)) as [string | null, string | null];
  if (a === null && b === null) return undefined;
  const from = a === null ? undefined : instant(a);
  const to = b === null ? undefined : instant(b);
  if ((a !== null && !from) || (b !== null && !to) || (from && to && from > to)) return undefined;
  return { from, to };
}

export function openDataRoutes(app: FastifyInstance) {
  const v = { items: validatorFor('listOgcItems') };
  const base = (req: FastifyRequest) => `${req.protocol}://${req.host}${basePath(req)}/api/v1`;

  /** Wrong or unknown parameters: 400 with a pointer each (OGC API – Features), not the API's 422. */
  const badRequest = (errors: FieldError[], locale: Locale) =>
    new HttpProblem(400, message(locale, 'title.validation'), { type: problemType('validation'), errors });
  const checkQuery = (req: FastifyRequest, known: string[]) => {
    const locale = localeOf(req);
    const query = req.query as Record<string, unknown>;
    const unknown = Object.keys(query).filter((k) => !known.includes(k));
    if (unknown.length)
      throw badRequest(
        unknown.map((k) => ({
          pointer: `#/query/${k}`,
          code: 'unknown-field',
          detail: message(locale, 'unknown-field'),
        })),
        locale,
      );
    if (query.f !== undefined && query.f !== 'json' && query.f !== 'geojson')
      throw badRequest([{ pointer: '#/query/f', code: 'enum', detail: message(locale, 'invalid') }], locale);
  };
  const asOgc = <T>(run: () => T): T => {
    try {
      return run();
    } catch (error) {
      if (error instanceof HttpProblem && error.status === 422) throw new HttpProblem(400, error.title, error.options);
      throw error;
    }
  };

  const feature = (ctx: AppContext, b: string, r: OpenRow) => ({
    type: 'Feature' as const,
    id: Number(r.id),
    geometry: { type: 'Point' as const, coordinates: [Number(r.lon), Number(r.lat)] },
    properties: {
      title: r.title,
      summary: r.summary,
      theme: r.theme,
      phaseModel: r.phase_model,
      phase: r.phase,
      phaseSince: r.phase_since,
      areaCode: r.area_code,
      municipality: r.municipality,
      status: r.status === 'closed' ? 'closed' : 'active',
      created: r.created_at,
      updated: r.updated_at,
      url: fillUrl(ctx.mailConfig.initiativeUrl, { id: Number(r.id) }) ?? null,
    },
    links: [
      { href: `${b}/ogc/collections/${COLLECTION}/items/${r.id}`, rel: 'self', type: GEOJSON },
      { href: `${b}/ogc/collections/${COLLECTION}`, rel: 'collection', type: 'application/json' },
    ],
  });

  const collection = async (ctx: AppContext, b: string) => {
    const licence = ctx.openDataLicense;
    const municipality = ctx.mailConfig.municipality;
    const extent = await openDataExtent(ctx.db);
    return {
      id: COLLECTION,
      title: 'Bewonersinitiatieven',
      description: `Gepubliceerde initiatieven van bewoners (${municipality}), met hun fase en plaats.`,
      license: ctx.openDataLicense,
      attribution: ctx.mailConfig.municipality,
      itemType: 'feature',
      crs: [CRS84],
      extent: {
        spatial: { bbox: [extent?.bbox ?? [3.2, 50.7, 7.3, 53.6]], crs: CRS84 },
        temporal: { interval: [extent?.interval ?? [null, null]], trs: GREGORIAN },
      },
      links: [
        { href: `${b}/ogc/collections/${COLLECTION}`, rel: 'self', type: 'application/json' },
        { href: `${b}/ogc/collections/${COLLECTION}/items`, rel: 'items', type: GEOJSON, title: 'De initiatieven' },
        { href: `https://spdx.org/licenses/${licence}.html`, rel: 'license', type: 'text/html', title: licence },
        { href: `${b}/open-data/initiatives.geojson`, rel: 'enclosure', type: GEOJSON, title: 'Alles in één bestand' },
      ],
    };
  };
  const known = (req: FastifyRequest) => {
    const { collectionId } = req.params as { collectionId: string };
    if (collectionId !== COLLECTION) throw notFound(localeOf(req));
  };
  const geojson = (reply: FastifyReply, body: unknown) => reply.type(GEOJSON).send(JSON.stringify(body));
  const config = { read: READS.openData };

  app.get('/api/v1/ogc', { config }, async (req) => {
    const { ctx } = req;
    checkQuery(req, KNOWN.plain!);
    const b = base(req);
    return {
      title: `Bewonersinitiatieven, ${ctx.mailConfig.municipality}`,
      description: 'Gepubliceerde bewonersinitiatieven als open data (OGC API – Features).',
      links: [
        { href: `${b}/ogc`, rel: 'self', type: 'application/json', title: 'Deze pagina' },
        { href: `${b}/openapi.json`, rel: 'service-desc', type: 'application/vnd.oai.openapi+json;version=3.1' },
        { href: `${b}/docs`, rel: 'service-doc', type: 'text/html', title: 'API-documentatie' },
        { href: `${b}/ogc/conformance`, rel: 'conformance', type: 'application/json' },
        { href: `${b}/ogc/collections`, rel: 'data', type: 'application/json' },
      ] satisfies Link[],
    };
  });

  app.get('/api/v1/ogc/conformance', { config }, async (req) => {
    checkQuery(req, KNOWN.plain!);
    return { conformsTo: CONFORMANCE };
  });

  app.get('/api/v1/ogc/collections', { config }, async (req) => {
    const { ctx } = req;
    checkQuery(req, KNOWN.plain!);
    const b = base(req);
    return {
      links: [{ href: `${b}/ogc/collections`, rel: 'self', type: 'application/json' }],
      collections: [await collection(ctx, b)],
    };
  });

  app.get('/api/v1/ogc/collections/:collectionId', { config }, async (req) => {
    const { ctx } = req;
    checkQuery(req, KNOWN.plain!);
    known(req);
    return collection(ctx, base(req));
  });

  app.get('/api/v1/ogc/collections/:collectionId/items', { config }, async (req, reply) => {
    const { ctx } = req;
    const locale = localeOf(req);
    checkQuery(req, KNOWN.items!);
    const q = asOgc(() => v.items.query(req.query as Record<string, unknown>, locale));
    known(req);
    const bbox = q.bbox === undefined ? undefined : parseBbox(String(q.bbox));
    if (bbox === null)
      throw badRequest(
        [{ pointer: '#/query/bbox', code: 'bbox-order', detail: message(locale, 'bbox-order') }],
        locale,
      );
    const when = q.datetime === undefined ? {} : parseDatetime(String(q.datetime));
    if (!when)
      throw badRequest([{ pointer: '#/query/datetime', code: 'invalid', detail: message(locale, 'invalid') }], locale);
    const limit = (q.limit as number | undefined) ?? 10;
    const offset = (q.offset as number | undefined) ?? 0;
    const { total, rows } = await openDataPage(ctx.db, { bbox, ...when }, { limit, offset });
    const b = base(req);
    const page = (at: number) => {
      const query = new URLSearchParams(
        Object.entries({ ...(req.query as Record<string, string>), limit: String(limit), offset: String(at) }),
      );
      return `${b}/ogc/collections/${COLLECTION}/items?${query}`;
    };
    const links: Link[] = [
      { href: page(offset), rel: 'self', type: GEOJSON },
      { href: `${b}/ogc/collections/${COLLECTION}`, rel: 'collection', type: 'application/json' },
    ];
    if (offset + rows.length < total) links.push({ href: page(offset + limit), rel: 'next', type: GEOJSON });
    if (offset > 0) links.push({ href: page(Math.max(0, offset - limit)), rel: 'prev', type: GEOJSON });
    return geojson(reply, {
      type: 'FeatureCollection',
      features: rows.map((r) => feature(ctx, b, r)),
      numberMatched: total,
      numberReturned: rows.length,
      timeStamp: ctx.now().toISOString(),
      links,
    });
  });

  app.get('/api/v1/ogc/collections/:collectionId/items/:featureId', { config }, async (req, reply) => {
    const { ctx } = req;
    checkQuery(req, KNOWN.plain!);
    known(req);
    const { featureId } = req.params as { featureId: string };
    const row = /^[1-9]\d{0,14}$/.test(featureId) ? await openDataRow(ctx.db, Number(featureId)) : undefined;
    if (!row) throw notFound(localeOf(req));
    return geojson(reply, feature(ctx, base(req), row));
  });

  app.get('/api/v1/open-data/initiatives.geojson', { config }, async (req, reply) => {
    const { ctx } = req;
    const b = base(req);
    const features = [];
    // All of them, a page at a time (one query per 5,000: no single answer holds the table).
    for (let offset = 0; ; offset += 5000) {
      const { rows } = await openDataPage(ctx.db, {}, { limit: 5000, offset });
      features.push(...rows.map((r) => feature(ctx, b, r)));
      if (rows.length < 5000) break;
    }
    return geojson(reply, {
      type: 'FeatureCollection',
      name: 'bewonersinitiatieven',
      license: ctx.openDataLicense,
      attribution: ctx.mailConfig.municipality,
      timeStamp: ctx.now().toISOString(),
      features,
    });
  });
}
