import type { ApiClient, RequestOptions } from './client.js';
import {
  checkAreas,
  checkClusters,
  checkColumns,
  checkCompact,
  checkContacts,
  checkFollow,
  checkFormToken,
  checkInitiative,
  checkInitiatives,
  checkNearby,
  checkPhaseModel,
  checkPhaseModels,
  checkPhotoReceipt,
  checkReceipt,
  checkThemes,
  checkTracking,
  type IdeaSubmission,
} from './resources.js';

/**
 * The API's operations, one function each (named after its operationId), so a widget's
 * bundle holds only the calls it makes.
 */
export type InitiativeQuery = {
  bbox?: readonly [number, number, number, number];
  theme?: readonly string[];
  phase?: readonly string[];
  q?: string;
  area?: string;
  limit?: number;
  offset?: number;
  /** `backers`: the most backed first (the list; map points have no order). */
  sort?: 'newest' | 'backers';
};

function initiativeParams(q: InitiativeQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (q.bbox) params.bbox = q.bbox.map((n) => Number(n.toFixed(6))).join(',');
  if (q.theme?.length) params.theme = q.theme.join(',');
  if (q.phase?.length) params.phase = q.phase.join(',');
  if (q.q) params.q = q.q;
  if (q.area) params.area = q.area;
  if (q.limit !== undefined) params.limit = String(q.limit);
  if (q.offset !== undefined) params.offset = String(q.offset);
  if (q.sort === 'backers') params.sort = q.sort;
  return params;
}

const defined = (query: Record<string, string | number | boolean | undefined>) =>
  Object.fromEntries(
    Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );

const enc = encodeURIComponent;

export const listInitiatives = (c: ApiClient, q: InitiativeQuery = {}, o?: RequestOptions) =>
  c.get('/initiatives', initiativeParams(q), checkInitiatives, o);

export const listInitiativesCompact = (c: ApiClient, q: InitiativeQuery = {}, o?: RequestOptions) =>
  c.get('/initiatives', { ...initiativeParams(q), format: 'compact' }, checkCompact, o);

/** Every initiative as delta-coded columns: the map's download (`decodeColumns` from `@buurtkit/api/columns`). */
export const listInitiativesColumns = (c: ApiClient, q: InitiativeQuery = {}, o?: RequestOptions) =>
  c.get('/initiatives', { ...initiativeParams(q), format: 'columns' }, checkColumns, o);

export const clusterInitiatives = (
  c: ApiClient,
  q: InitiativeQuery & { bbox: readonly [number, number, number, number]; zoom: number },
  o?: RequestOptions,
) => c.get('/initiatives/clusters', { ...initiativeParams(q), zoom: String(q.zoom) }, checkClusters, o);

export const getInitiative = (c: ApiClient, id: number, o?: RequestOptions) =>
  c.get(`/initiatives/${enc(id)}`, {}, checkInitiative, o);

/** "In de buurt": initiatives its people might team up with (same buurt, or same theme close by). */
export const listNearbyInitiatives = (c: ApiClient, id: number, o?: RequestOptions) =>
  c.get(`/initiatives/${enc(id)}/nearby`, {}, checkNearby, o);

export const listPhaseModels = (c: ApiClient, o?: RequestOptions) =>
  c.getKept('/phase-models', {}, checkPhaseModels, o);

export const getPhaseModel = (c: ApiClient, key: string, o?: RequestOptions) =>
  c.getKept(`/phase-models/${enc(key)}`, {}, checkPhaseModel, o);

export const listThemes = (c: ApiClient, o?: RequestOptions) => c.getKept('/themes', {}, checkThemes, o);

export const listAreas = (
  c: ApiClient,
  q: { municipality?: string; level?: 'gemeente' | 'wijk' | 'buurt'; geometry?: boolean } = {},
  o?: RequestOptions,
) =>
  c.getKept(
    '/areas',
    defined({ municipality: q.municipality, level: q.level, geometry: q.geometry === false ? false : undefined }),
    checkAreas,
    o,
  );

export const findContacts = (
  c: ApiClient,
  q: { area?: string; lat?: number; lon?: number; theme?: string },
  o?: RequestOptions,
) => c.get('/contacts', defined(q), checkContacts, o);

export const getFormToken = (c: ApiClient, o?: RequestOptions) => c.get('/ideas/form-token', {}, checkFormToken, o);

/** Submits an idea; retried on network failure, 429 and 5xx, which the Idempotency-Key makes safe. */
export const submitIdea = (c: ApiClient, body: IdeaSubmission, idempotencyKey: string, o?: RequestOptions) =>
  c.send('POST', '/ideas', {}, checkReceipt, {
    ...o,
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
    idempotent: true,
  });

/** Uploads a photo for an idea still to be sent; safe to repeat (an unclaimed copy is deleted after a day). */
export const uploadIdeaPhoto = (c: ApiClient, photo: Blob, o?: RequestOptions) =>
  c.send('POST', '/ideas/photos', {}, checkPhotoReceipt, { ...o, body: photo, idempotent: true });

export const trackIdea = (c: ApiClient, reference: string, o?: RequestOptions) =>
  c.get(`/tracking/${enc(reference)}`, {}, checkTracking, o);

/**
 * Asks to follow an initiative by e-mail; the server mails a confirmation link first.
 * Safe to repeat (the same address is one follower, and the answer is always the same).
 */
export const followInitiative = (
  c: ApiClient,
  id: number,
  body: { email: string; locale?: string },
  o?: RequestOptions,
) => c.send('POST', `/initiatives/${enc(id)}/followers`, {}, checkFollow, { ...o, body, idempotent: true });
