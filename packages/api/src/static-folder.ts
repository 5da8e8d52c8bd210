/**
 * A static folder: the read part of the contract as plain files, for a municipality without
 * a server (`buurtkit-server export-static DIR` writes one). Any web server or CDN serves
 * it; the widgets (with `static` on `<buurt-config>`) answer the contract's reads from it in
 * the browser with `answerStatic`, by the same rules as the reference server: filters,
 * paging and formats of the list, the contact rule (point in polygon on the CBS boundaries
 * in the folder). Browser-safe; written once for the exporter, the transport and the tests.
 */
import { encodeColumns } from './columns.js';
import { codeChain, rankContacts, type Candidate } from './contact-rule.js';
import { containsPoint, parseBbox, type AreaGeometry, type Bbox } from './geo.js';
import { nearby } from './nearby.js';
import { similar, similarQuery } from './similar.js';
import type { components } from './schema.js';
import { MANIFEST_PATH, STATIC_FILES } from './static-manifest.js';

export * from './static-manifest.js';

type Schemas = components['schemas'];

/** An initiative as `initiatives.json` holds it: the list's summary plus its municipality (for `area=GM…`). */
export type StaticInitiative = {
  type: 'Feature';
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Schemas['InitiativeSummary'] & { municipality: string | null };
};

export type StaticContact = Schemas['Contact'] & Candidate;

type AreaFeature = {
  type: 'Feature';
  id: string;
  geometry: AreaGeometry | null;
  properties: Schemas['AreaProperties'];
};

/** Reads one file of the folder: its JSON, or undefined when the folder has no such file. */
export type ReadFile = (name: string) => Promise<unknown>;

export type StaticAnswer = { status: number; body: unknown };

const problem = (status: number, title: string, detail: string, errors?: unknown[]): StaticAnswer => ({
  status,
  body: {
    type: status === 501 ? 'https://buurtkit.nl/problems/static-folder' : 'about:blank',
    title,
    status,
    detail,
    ...(errors ? { errors } : {}),
  },
});

const notFound = () => problem(404, 'Not Found', 'There is no such resource in this folder.');

class Invalid extends Error {
  constructor(
    readonly pointer: string,
    readonly code: string,
  ) {
    super(`${pointer}: ${code}`);
  }
}

/** A file the answer cannot do without is not in the folder: a wrong address, or not an export. */
class Missing extends Error {}

async function need<T>(read: ReadFile, name: string): Promise<T> {
  const data = await read(name);
  if (data === undefined) throw new Missing(name);
  return data as T;
}

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);

function integer(params: URLSearchParams, name: string, min: number, max: number, fallback: number): number {
  const text = params.get(name);
  if (text === null) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new Invalid(`#/query/${name}`, 'range');
  return n;
}

function oneOf<T extends string>(params: URLSearchParams, name: string, values: readonly T[]): T {
  const text = params.get(name) ?? values[0]!;
  if (!values.includes(text as T)) throw new Invalid(`#/query/${name}`, 'enum');
  return text as T;
}

function bboxOf(params: URLSearchParams): Bbox | undefined {
  const text = params.get('bbox');
  if (text === null) return undefined;
  const bbox = parseBbox(text);
  if (!bbox) throw new Invalid('#/query/bbox', 'bbox');
  return bbox;
}

/** Whether an initiative lies in the area: a gemeente by municipality, a wijk with its buurten. */
function inArea(p: StaticInitiative['properties'], area: string): boolean {
  if (area.startsWith('GM')) return p.municipality === area;
  if (area.startsWith('WK')) return p.areaCode === area || !!p.areaCode?.startsWith(`BU${area.slice(2)}`);
  return p.areaCode === area;
}

async function initiatives(read: ReadFile, params: URLSearchParams): Promise<StaticAnswer> {
  const bbox = bboxOf(params);
  const themes = list(params.get('theme'));
  const phases = list(params.get('phase'));
  const q = params.get('q')?.toLowerCase();
  const area = params.get('area');
  const format = oneOf(params, 'format', ['geojson', 'compact', 'columns'] as const);
  const sort = oneOf(params, 'sort', ['newest', 'backers'] as const);
  const limit = integer(params, 'limit', 1, 5000, 500);
  const offset = integer(params, 'offset', 0, 1_000_000, 0);
  const all = (await need<{ features: StaticInitiative[] }>(read, STATIC_FILES.initiatives)).features;
  const matching = all.filter(
    ({
      geometry: {
        coordinates: [lon, lat],
      },
      properties: p,
    }) => {
      if (bbox && (lon < bbox[0] || lon > bbox[2] || lat < bbox[1] || lat > bbox[3])) return false;
      if (themes.length && !themes.includes(p.theme)) return false;
      if (phases.length && !phases.includes(p.phase)) return false;
      if (q && !p.title.toLowerCase().includes(q) && !p.summary.toLowerCase().includes(q)) return false;
      return !area || inArea(p, area);
    },
  );
  // The file is newest first (by id), as the server's default order.
  if (sort === 'backers')
    matching.sort((a, b) => (b.properties.backers ?? 0) - (a.properties.backers ?? 0) || b.id - a.id);
  const page = matching.slice(offset, offset + limit);
  const paging = { total: matching.length, limit, offset };
  if (format === 'columns') {
    const rows = page.map((f) => ({
      id: f.id,
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
      theme: f.properties.theme,
      phase: f.properties.phase,
    }));
    return { status: 200, body: { ...encodeColumns(rows), ...paging } };
  }
  if (format === 'compact') {
    const keys = { themes: [] as string[], phases: [] as string[] };
    const at = (values: string[], v: string) => (values.includes(v) ? values.indexOf(v) : values.push(v) - 1);
    const items = page.map((f) => [
      f.id,
      ...f.geometry.coordinates,
      at(keys.themes, f.properties.theme),
      at(keys.phases, f.properties.phase),
    ]);
    return { status: 200, body: { format: 'compact', ...keys, ...paging, items } };
  }
  const features = page.map(({ properties: { municipality: _, ...properties }, ...f }) => ({ ...f, properties }));
  return { status: 200, body: { type: 'FeatureCollection', ...paging, features } };
}

async function areas(read: ReadFile, params: URLSearchParams): Promise<StaticAnswer> {
  const municipality = params.get('municipality');
  const level = params.get('level');
  if (level !== null && !['gemeente', 'wijk', 'buurt'].includes(level)) throw new Invalid('#/query/level', 'enum');
  const withGeometry = params.get('geometry') !== 'false';
  const collection = await need<{ attribution: string; features: AreaFeature[] }>(read, STATIC_FILES.areas);
  const features = collection.features
    .filter(
      (f) => (!municipality || f.properties.municipality === municipality) && (!level || f.properties.level === level),
    )
    .map((f) => (withGeometry ? f : { ...f, geometry: null }));
  return { status: 200, body: { type: 'FeatureCollection', attribution: collection.attribution, features } };
}

/** "In de buurt" by the server's rule (`nearby`), on the folder's list. */
async function nearbyOf(read: ReadFile, id: number): Promise<StaticAnswer> {
  const all = (await need<{ features: StaticInitiative[] }>(read, STATIC_FILES.initiatives)).features;
  const place = (f: StaticInitiative) => ({
    id: f.id,
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
    theme: f.properties.theme,
    areaCode: f.properties.areaCode,
    title: f.properties.title,
    phase: f.properties.phase,
  });
  const target = all.find((f) => f.id === id);
  if (!target) return notFound();
  const items = nearby(place(target), all.map(place)).map(({ lon: _x, lat: _y, ...n }) => n);
  return { status: 200, body: { items } };
}

/** Look-alikes of an idea being typed, by the server's rule (`similar`), on the folder's list. */
async function similarTo(read: ReadFile, params: URLSearchParams): Promise<StaticAnswer> {
  const text = params.get('text') ?? '';
  if (!text.length || text.length > 2000) throw new Invalid('#/query/text', text ? 'maxLength' : 'required');
  const [lat, lon] = (['lat', 'lon'] as const).map((k) => (params.has(k) ? Number(params.get(k)) : undefined));
  if (lat !== undefined && !(Math.abs(lat) <= 90)) throw new Invalid('#/query/lat', 'range');
  if (lon !== undefined && !(Math.abs(lon) <= 180)) throw new Invalid('#/query/lon', 'range');
  if ((lat === undefined) !== (lon === undefined))
    throw new Invalid(`#/query/${lat === undefined ? 'lat' : 'lon'}`, 'location-pair');
  const at = lat === undefined || lon === undefined ? undefined : { lat, lon };
  const all = (await need<{ features: StaticInitiative[] }>(read, STATIC_FILES.initiatives)).features;
  const candidates = all.map((f) => ({
    id: f.id,
    title: f.properties.title,
    summary: f.properties.summary,
    theme: f.properties.theme,
    phase: f.properties.phase,
    areaCode: f.properties.areaCode,
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
  }));
  const found = similar(similarQuery(text, params.get('theme') ?? undefined, at), candidates);
  return { status: 200, body: { items: found.map(({ lon: _x, lat: _y, score: _s, ...item }) => item) } };
}

const SPECIFICITY = { buurt: 0, wijk: 1, gemeente: 2 };

async function contacts(read: ReadFile, params: URLSearchParams, base: string): Promise<StaticAnswer> {
  const [areaFile, contactFile] = await Promise.all([
    need(read, STATIC_FILES.areas),
    need(read, STATIC_FILES.contacts),
  ]);
  const all = (areaFile as { features: AreaFeature[] }).features;
  const area = params.get('area');
  const lat = params.has('lat') ? Number(params.get('lat')) : undefined;
  const lon = params.has('lon') ? Number(params.get('lon')) : undefined;
  if (lat !== undefined && !(Math.abs(lat) <= 90)) throw new Invalid('#/query/lat', 'range');
  if (lon !== undefined && !(Math.abs(lon) <= 180)) throw new Invalid('#/query/lon', 'range');
  let chain: string[];
  let known: AreaFeature[];
  if (area) {
    chain = codeChain(area);
    known = chain.flatMap((code) => all.filter((f) => f.properties.code === code));
  } else if (lat === undefined || lon === undefined) {
    const missing =
      lat === undefined && lon !== undefined ? 'lat' : lon === undefined && lat !== undefined ? 'lon' : 'area';
    throw new Invalid(`#/query/${missing}`, 'missing-location');
  } else {
    known = all
      .filter((f) => f.geometry && containsPoint(f.geometry, lon, lat))
      .sort((a, b) => SPECIFICITY[a.properties.level] - SPECIFICITY[b.properties.level]);
    chain = [...new Set(known.flatMap((f) => codeChain(f.properties.code)))];
  }
  // Photos the export wrote into the folder are named relative to it; the contract's photo is a
  // path on the API's origin (or https): the folder's path on its own.
  const people = (contactFile as { items: StaticContact[] }).items.map((c) =>
    c.photo && !/^(https:|\/)/.test(c.photo) ? { ...c, photo: new URL(c.photo, base).pathname } : c,
  );
  const found = known.map((f) => f.properties);
  return {
    status: 200,
    body: {
      area: found[0] ?? null,
      areas: found,
      contacts: rankContacts(chain, people, params.get('theme') ?? undefined),
    },
  };
}

/**
 * The answer of the contract's read `path` (below the API's base, e.g. `/initiatives`) with
 * its query, from the folder's files. Writes and what needs a server (ideas, tracking a
 * reference, server-side clusters) answer 501 with a problem of type `…/static-folder`.
 * `base` is the folder's address (ending in `/`), for the files the answers name.
 */
export async function answerStatic(
  read: ReadFile,
  base: string,
  method: string,
  path: string,
  params: URLSearchParams,
): Promise<StaticAnswer> {
  try {
    if (method !== 'GET') return problem(501, 'Not Implemented', 'A static folder only answers reads.');
    if (path === MANIFEST_PATH) return ok(await read(STATIC_FILES.manifest));
    if (path === '/initiatives') return await initiatives(read, params);
    if (path === '/initiatives/similar') return await similarTo(read, params);
    const near = /^\/initiatives\/(\d{1,15})\/nearby$/.exec(path);
    if (near) return await nearbyOf(read, Number(near[1]));
    const one = /^\/initiatives\/(\d{1,15})$/.exec(path);
    if (one) return ok(await read(STATIC_FILES.initiative(Number(one[1]))));
    if (path === '/phase-models') return ok(await read(STATIC_FILES.phaseModels));
    const model = /^\/phase-models\/([^/]+)$/.exec(path);
    if (model) {
      const key = decodeURIComponent(model[1]!);
      const models = (await read(STATIC_FILES.phaseModels)) as { items: { key: string }[] } | undefined;
      return ok(models?.items.find((m) => m.key === key));
    }
    if (path === '/themes') return ok(await read(STATIC_FILES.themes));
    if (path === '/areas') return await areas(read, params);
    if (path === '/contacts') return await contacts(read, params, base);
    if (path === '/initiatives/clusters' || path.startsWith('/ideas') || path.startsWith('/tracking/'))
      return problem(501, 'Not Implemented', 'A static folder has no server: this needs the Buurtkit API.');
    return notFound();
  } catch (error) {
    if (error instanceof Missing) return notFound();
    if (!(error instanceof Invalid)) throw error;
    return problem(422, 'Unprocessable Content', 'A parameter is not valid.', [
      { pointer: error.pointer, code: error.code, detail: error.message },
    ]);
  }
}

const ok = (body: unknown): StaticAnswer => (body === undefined ? notFound() : { status: 200, body });
