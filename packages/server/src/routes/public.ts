import type { FastifyInstance } from 'fastify';
import { localeOf } from '../context.js';
import { parseBbox } from '@buurtkit/api/geo';
import { AVATAR_PATH, avatarSvg } from '../reference/avatars.js';
import { message } from '../messages.js';
import { notFound } from '../problems.js';
import { validationProblem, validatorFor } from '../validation.js';
import { listAreas } from '../store/areas.js';
import { findContacts } from '../store/contacts.js';
import {
  getInitiative,
  listInitiatives,
  nearbyCandidates,
  type ListFormat,
  type NearbyRow,
} from '../store/initiatives.js';
import { nearby } from '@buurtkit/api/nearby';
import { similar, similarQuery } from '@buurtkit/api/similar';
import { similarCandidates } from '../store/similar.js';
import { getPhaseModel, listPhaseModels, listThemes } from '../store/reference.js';
import { READS } from '../caching/policies.js';
import { JSON_TYPE } from '../json-text.js';
import { asciiBody } from '../ascii-body.js';

const list = (v: unknown) => (typeof v === 'string' && v ? v.split(',') : []);

function bboxOrProblem(text: unknown, locale: ReturnType<typeof localeOf>) {
  if (text === undefined) return undefined;
  const bbox = parseBbox(String(text));
  if (!bbox)
    throw validationProblem(
      [{ pointer: '#/query/bbox', code: 'bbox-order', detail: message(locale, 'bbox-order') }],
      locale,
    );
  return bbox;
}

export function publicRoutes(app: FastifyInstance) {
  const v = {
    list: validatorFor('listInitiatives'),
    clusters: validatorFor('clusterInitiatives'),
    one: validatorFor('getInitiative'),
    nearby: validatorFor('listNearbyInitiatives'),
    similar: validatorFor('findSimilarInitiatives'),
    model: validatorFor('getPhaseModel'),
    areas: validatorFor('listAreas'),
    contacts: validatorFor('findContacts'),
  };

  app.get('/api/v1/initiatives', { config: { read: READS.initiatives } }, async (req, reply) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const q = v.list.query(req.query as Record<string, unknown>, locale);
    const answer = await listInitiatives(
      ctx.db,
      {
        bbox: bboxOrProblem(q.bbox, locale),
        themes: list(q.theme),
        phases: list(q.phase),
        q: q.q as string | undefined,
        area: q.area as string | undefined,
      },
      {
        limit: (q.limit as number | undefined) ?? 500,
        offset: (q.offset as number | undefined) ?? 0,
        sort: q.sort === 'backers' ? 'backers' : 'newest',
      },
      (q.format as ListFormat | undefined) ?? 'geojson',
      q.bbox === undefined ? undefined : await ctx.points.at(ctx.db, req.publicVersion),
    );
    // A page from memory comes written as JSON text already (ASCII: `asciiJson`).
    return typeof answer === 'string' ? reply.type(JSON_TYPE).send(asciiBody(answer, reply.raw)) : answer;
  });

  app.get('/api/v1/initiatives/clusters', { config: { read: READS.initiatives } }, async (req, reply) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const q = v.clusters.query(req.query as Record<string, unknown>, locale);
    const bbox = bboxOrProblem(q.bbox, locale)!;
    const zoom = q.zoom as number;
    const index = await ctx.clusters.index(
      ctx.db,
      list(q.theme).sort(),
      list(q.phase).sort(),
      (q.q as string | undefined)?.toLowerCase() || undefined,
      req.publicVersion,
    );
    // JSON text made by the index itself (see ClusterAnswers; ASCII), sent as it is.
    return reply.type(JSON_TYPE).send(asciiBody(index.answer(bbox, zoom), reply.raw));
  });

  app.get('/api/v1/initiatives/:id', { config: { read: READS.initiatives } }, async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const { id } = v.one.params(req.params as Record<string, unknown>, locale);
    const found = await getInitiative(ctx.db, id as number, ctx.showElsewhere);
    if (!found) throw notFound(locale);
    return found;
  });

  app.get('/api/v1/initiatives/:id/nearby', { config: { read: READS.initiatives } }, async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const { id } = v.nearby.params(req.params as Record<string, unknown>, locale);
    const found = await nearbyCandidates(ctx.db, id as number);
    if (!found) throw notFound(locale);
    const place = (r: NearbyRow) => ({
      ...r,
      id: Number(r.id),
      lon: Number(r.lon),
      lat: Number(r.lat),
      areaCode: r.area_code,
    });
    return {
      items: nearby(place(found.target), found.rows.map(place)).map((n) => ({
        id: n.id,
        title: n.title,
        theme: n.theme,
        phase: n.phase,
        areaCode: n.areaCode,
        distance: n.distance,
        sameTheme: n.sameTheme,
        sameBuurt: n.sameBuurt,
      })),
    };
  });

  app.get('/api/v1/initiatives/similar', { config: { read: READS.typed } }, async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const q = v.similar.query(req.query as Record<string, unknown>, locale);
    if ((q.lat === undefined) !== (q.lon === undefined)) {
      const pointer = q.lat === undefined ? '#/query/lat' : '#/query/lon';
      throw validationProblem([{ pointer, code: 'location-pair', detail: message(locale, 'location-pair') }], locale);
    }
    const at = q.lat === undefined ? undefined : { lon: q.lon as number, lat: q.lat as number };
    const question = similarQuery(q.text as string, q.theme as string | undefined, at);
    const rows = await similarCandidates(ctx.db, question);
    const found = similar(
      question,
      rows.map((r) => ({ ...r, id: Number(r.id), lon: Number(r.lon), lat: Number(r.lat) })),
    );
    return {
      items: found.map((s) => ({
        id: s.id,
        title: s.title,
        summary: s.summary,
        theme: s.theme,
        phase: s.phase,
        areaCode: s.area_code,
        distance: s.distance,
        sameTheme: s.sameTheme,
        words: s.words,
      })),
    };
  });

  app.get('/api/v1/phase-models', { config: { read: READS.reference } }, async (req) => ({
    items: await listPhaseModels(req.ctx.db),
  }));

  app.get('/api/v1/phase-models/:key', { config: { read: READS.reference } }, async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const { key } = v.model.params(req.params as Record<string, unknown>, locale);
    const model = await getPhaseModel(ctx.db, key as string);
    if (!model) throw notFound(locale);
    return model;
  });

  app.get('/api/v1/themes', { config: { read: READS.reference } }, async (req) => ({
    items: await listThemes(req.ctx.db),
  }));

  app.get('/api/v1/areas', { config: { read: READS.reference } }, async (req) => {
    const { ctx } = req;
    const q = v.areas.query(req.query as Record<string, unknown>, localeOf(req));
    return listAreas(ctx.db, {
      municipality: q.municipality as string | undefined,
      level: q.level as string | undefined,
      geometry: q.geometry !== false,
    });
  });

  app.get('/api/v1/contacts', { config: { read: READS.contacts } }, async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const q = v.contacts.query(req.query as Record<string, unknown>, locale);
    const hasPoint = q.lat !== undefined && q.lon !== undefined;
    if (!q.area && !hasPoint) {
      const pointer =
        q.lat === undefined && q.lon !== undefined
          ? '#/query/lat'
          : q.lon === undefined && q.lat !== undefined
            ? '#/query/lon'
            : '#/query/area';
      throw validationProblem(
        [{ pointer, code: 'missing-location', detail: message(locale, 'missing-location') }],
        locale,
      );
    }
    return findContacts(ctx.db, {
      area: q.area as string | undefined,
      lat: q.lat as number | undefined,
      lon: q.lon as number | undefined,
      theme: q.theme as string | undefined,
    });
  });

  /** Generated initials avatars for the demo contacts: `/api/v1/avatars/SV-210.svg`. */
  app.get(`${AVATAR_PATH}:name`, async (req, reply) => {
    const svg = avatarSvg((req.params as { name: string }).name);
    if (!svg) throw notFound(localeOf(req));
    reply
      .type('image/svg+xml')
      .header('Content-Security-Policy', "default-src 'none'")
      .header('Cache-Control', 'public, max-age=86400');
    return svg;
  });
}
