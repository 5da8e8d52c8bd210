import {
  arr,
  bool,
  nullable,
  optional,
  num,
  obj,
  str,
  checkAudit,
  checkContact,
  checkFigures,
  checkIdeaMails,
  checkInitiative,
  checkNothing,
  checkPhaseModel,
  checkPhaseModels,
  checkStaffContacts,
  checkStaffIdea,
  checkStaffIdeaPage,
  type ApiClient,
  type Check,
  type ContactInput,
  type Schemas,
  type PublishRequest,
  type RequestOptions,
} from '@buurtkit/core';

/**
 * The staff operations of the API, each with the staff token in its Authorization header
 * (never in a URL) and its answer checked (by core's checks, written once) before the
 * desk uses it.
 */
export type {
  AuditEntry,
  Contact,
  ContactInput,
  Figures,
  InitiativeDetail,
  MailRecord,
  PublishRequest,
  StaffIdea,
} from '@buurtkit/core';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const enc = encodeURIComponent;

export type IdeaPage = { status?: string; sort?: 'newest' | 'oldest'; limit?: number; offset?: number; q?: string };

export const listStaffIdeas = (c: ApiClient, token: string, q: IdeaPage, o?: RequestOptions) =>
  c.send(
    'GET',
    '/staff/ideas',
    Object.fromEntries(
      Object.entries(q)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    ),
    checkStaffIdeaPage,
    { ...o, headers: auth(token), idempotent: true },
  );

/** Records the first answer; with `message` the server mails it to the initiator (once: not retried). */
export const markAnswered = (c: ApiClient, token: string, id: number, channel: string, message?: string) =>
  c.send('POST', `/staff/ideas/${enc(id)}/answered`, {}, checkStaffIdea, {
    body: message === undefined ? { channel } : { channel, message },
    headers: auth(token),
    idempotent: message === undefined,
  });

export const getIdeaMails = (c: ApiClient, token: string, id: number, o?: RequestOptions) =>
  c.send('GET', `/staff/ideas/${enc(id)}/mails`, {}, checkIdeaMails, { ...o, headers: auth(token), idempotent: true });

export const setIdeaMail = (c: ApiClient, token: string, id: number, enabled: boolean) =>
  c.send('PUT', `/staff/ideas/${enc(id)}/mail`, {}, checkStaffIdea, {
    body: { enabled },
    headers: auth(token),
    idempotent: true,
  });

export const publishIdea = (c: ApiClient, token: string, id: number, body: PublishRequest) =>
  c.send('POST', `/staff/ideas/${enc(id)}/publish`, {}, checkInitiative, {
    body,
    headers: auth(token),
    idempotent: false,
  });

/** Erases the resident's personal data with an idea, on their request; the idea as it is then. */
export const eraseIdea = (c: ApiClient, token: string, id: number, reason: string) =>
  c.send('POST', `/staff/ideas/${enc(id)}/erase`, {}, checkStaffIdea, {
    body: { reason },
    headers: auth(token),
    idempotent: true,
  });

export const closeIdea = (c: ApiClient, token: string, id: number, reason: string) =>
  c.send('POST', `/staff/ideas/${enc(id)}/close`, {}, checkStaffIdea, {
    body: { reason },
    headers: auth(token),
    idempotent: false,
  });

export const movePhase = (c: ApiClient, token: string, id: number, phase: string, note: string) =>
  c.send('POST', `/staff/initiatives/${enc(id)}/phase`, {}, checkInitiative, {
    body: note ? { phase, note } : { phase },
    headers: auth(token),
    idempotent: false,
  });

export const listStaffContacts = (c: ApiClient, token: string, o?: RequestOptions) =>
  c.send('GET', '/staff/contacts', {}, checkStaffContacts, { ...o, headers: auth(token), idempotent: true });

export const saveContact = (c: ApiClient, token: string, id: number | undefined, body: ContactInput) =>
  id === undefined
    ? c.send('POST', '/staff/contacts', {}, checkContact, { body, headers: auth(token), idempotent: false })
    : c.send('PUT', `/staff/contacts/${enc(id)}`, {}, checkContact, { body, headers: auth(token), idempotent: true });

export const deleteContact = (c: ApiClient, token: string, id: number) =>
  c.send('DELETE', `/staff/contacts/${enc(id)}`, {}, checkNothing, { headers: auth(token), idempotent: true });

/** Phase models asked of the server each time (not the widgets' kept copy): the process view edits them. */
export const listStaffPhaseModels = (c: ApiClient, o?: RequestOptions) =>
  c.get('/phase-models', {}, checkPhaseModels, o);

export const savePhaseModel = (c: ApiClient, token: string, key: string, body: Schemas['PhaseModelInput']) =>
  c.send('PUT', `/staff/phase-models/${enc(key)}`, {}, checkPhaseModel, {
    body,
    headers: auth(token),
    idempotent: true,
  });

export const deletePhaseModel = (c: ApiClient, token: string, key: string) =>
  c.send('DELETE', `/staff/phase-models/${enc(key)}`, {}, checkNothing, { headers: auth(token), idempotent: true });

export const getFigures = (c: ApiClient, token: string, year: number, o?: RequestOptions) =>
  c.send('GET', '/staff/figures', { year: String(year) }, checkFigures, {
    ...o,
    headers: auth(token),
    idempotent: true,
  });

export const getAudit = (c: ApiClient, token: string, target: string, o?: RequestOptions) =>
  c.send('GET', '/staff/audit', { target }, checkAudit, { ...o, headers: auth(token), idempotent: true });

/**
 * A resident's photo as an object URL: it needs the token, which an `<img src>` cannot
 * send. The caller revokes the URL when the photo leaves the screen.
 */
export async function photoUrl(c: ApiClient, token: string, path: string, signal?: AbortSignal): Promise<string> {
  const res = await fetch(c.resolve(path), { headers: auth(token), signal });
  const type = res.headers.get('Content-Type') ?? '';
  if (!res.ok || !/^image\/(jpeg|png)$/.test(type)) throw new Error(`photo ${res.status}`);
  return URL.createObjectURL(await res.blob());
}

export type StaffSupport = Schemas['StaffSupport'];
export type StaffOffer = Schemas['StaffOffer'];

const checkOffer = obj({
  id: num,
  kinds: arr(str),
  message: str,
  name: nullable(str),
  email: nullable(str),
  phone: nullable(str),
  locale: str,
  status: str,
  forwardedTo: nullable(str),
  confirmed: str,
  updated: str,
}) as unknown as Check<StaffOffer>;

const checkSupport = obj({
  backing: obj({
    count: num,
    areas: arr(obj({ code: str, name: str, count: num })),
    elsewhere: nullable(num),
    names: arr(str),
  }),
  perDay: arr(obj({ day: str, count: num })),
  offers: arr(checkOffer),
  offersDirect: bool,
}) as unknown as Check<StaffSupport>;

/** Backing over time and per buurt, and the offers of help with their status (only the desk needs these checks). */
export const getSupport = (c: ApiClient, token: string, id: number, o?: RequestOptions) =>
  c.send('GET', `/staff/initiatives/${enc(id)}/support`, {}, checkSupport, {
    ...o,
    headers: auth(token),
    idempotent: true,
  });

export const setOffersDirect = (c: ApiClient, token: string, id: number, enabled: boolean) =>
  c.send('PUT', `/staff/initiatives/${enc(id)}/offers-direct`, {}, checkSupport, {
    body: { enabled },
    headers: auth(token),
    idempotent: true,
  });

export const setOfferStatus = (c: ApiClient, token: string, id: number, status: 'new' | 'forwarded' | 'done') =>
  c.send('PUT', `/staff/offers/${enc(id)}`, {}, checkOffer, {
    body: { status },
    headers: auth(token),
    idempotent: true,
  });

export type StaffPerson = Schemas['StaffPerson'];
export type SignInOptions = {
  oidc: { issuer: string; clientId: string; scope: string; audience: string } | null;
  tokens: boolean;
};

const checkSignInOptions = obj({
  oidc: nullable(obj({ issuer: str, clientId: str, scope: str, audience: str })),
  tokens: bool,
}) as unknown as Check<SignInOptions>;

const checkPerson = obj({
  subject: str,
  name: str,
  roles: arr(str),
  permissions: arr(str),
  via: str,
  expiresAt: optional(str),
}) as unknown as Check<StaffPerson>;

/** How staff sign in here (public): the municipality's OpenID provider, static tokens, or both. */
export const getSignInOptions = (c: ApiClient, o?: RequestOptions) =>
  c.send('GET', '/staff/sign-in', {}, checkSignInOptions, { ...o, idempotent: true });

/** Who a token names, with their roles and what those allow. */
export const getMe = (c: ApiClient, token: string, o?: RequestOptions) =>
  c.send('GET', '/staff/me', {}, checkPerson, { ...o, headers: auth(token), idempotent: true });
