import {
  any, arr, bool, nullable, num, obj, optional, str, type ApiClient, type Check, type RequestOptions, type Schemas,
} from '@buurtkit/core';

/**
 * The staff operations of the API, each with the staff token in its Authorization header
 * (never in a URL) and its answer checked before the desk uses it.
 */
export type StaffIdea = Schemas['StaffIdea'];
export type Contact = Schemas['Contact'];
export type ContactInput = Schemas['ContactInput'];
export type Figures = Schemas['Figures'];
export type AuditEntry = Schemas['AuditEntry'];
export type PublishRequest = Schemas['PublishRequest'];
export type InitiativeDetail = Schemas['InitiativeDetail'];

const staffIdea: Check<StaffIdea> = (v, p) => (obj({
  id: num, reference: str, status: str, submitted: str, title: str, description: str, theme: str, support: arr(str),
  supporters: nullable(num), showName: bool, locale: str, initiative: nullable(num), closedReason: nullable(str), answered: nullable(str), answerDue: str,
  contact: nullable(obj({ name: str, email: str, phone: nullable(str) })),
  location: nullable(obj({ lat: num, lon: num, address: optional(str) })),
  photos: arr(obj({ id: str, alt: str, type: str, url: str })),
}) as unknown as Check<StaffIdea>)(v, p);
const contact: Check<Contact> = (v, p) => (obj({
  id: num, name: str, role: str, photo: nullable(str), email: nullable(str), phone: nullable(str), languages: arr(str), areas: arr(str), themes: arr(str), desk: bool,
  officeHours: arr(obj({ day: num, from: str, to: str, place: optional(str) })),
}) as unknown as Check<Contact>)(v, p);
const figures: Check<Figures> = (v, p) => (obj({
  year: num, responseDays: num, received: num, open: num, published: num, closed: num, realised: num, answered: num, answeredInTime: num,
  medianDaysToFirstAnswer: nullable(num), byTheme: arr(obj({ theme: str, received: num, published: num, realised: num })),
}) as unknown as Check<Figures>)(v, p);
const initiative: Check<InitiativeDetail> = (v, p) => (obj({ id: num, title: str, phase: str, phaseModel: str, phaseSince: str, history: arr(obj({ phase: str, since: str, until: nullable(str), note: nullable(str) })) }) as unknown as Check<InitiativeDetail>)(v, p);
const none: Check<undefined> = () => undefined;

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const enc = encodeURIComponent;

export type IdeaPage = { status?: string; sort?: 'newest' | 'oldest'; limit?: number; offset?: number; q?: string };

export const listStaffIdeas = (c: ApiClient, token: string, q: IdeaPage, o?: RequestOptions) =>
  c.send('GET', '/staff/ideas', Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])),
    (v, p) => obj({ items: arr(staffIdea), total: num, responseDays: num })(v, p), { ...o, headers: auth(token), idempotent: true });

export const markAnswered = (c: ApiClient, token: string, id: number, channel: string) =>
  c.send('POST', `/staff/ideas/${enc(id)}/answered`, {}, staffIdea, { body: { channel }, headers: auth(token), idempotent: true });

export const publishIdea = (c: ApiClient, token: string, id: number, body: PublishRequest) =>
  c.send('POST', `/staff/ideas/${enc(id)}/publish`, {}, initiative, { body, headers: auth(token), idempotent: false });

export const closeIdea = (c: ApiClient, token: string, id: number, reason: string) =>
  c.send('POST', `/staff/ideas/${enc(id)}/close`, {}, staffIdea, { body: { reason }, headers: auth(token), idempotent: false });

export const movePhase = (c: ApiClient, token: string, id: number, phase: string, note: string) =>
  c.send('POST', `/staff/initiatives/${enc(id)}/phase`, {}, initiative, { body: note ? { phase, note } : { phase }, headers: auth(token), idempotent: false });

export const listStaffContacts = (c: ApiClient, token: string, o?: RequestOptions) =>
  c.send('GET', '/staff/contacts', {}, (v, p) => obj({ items: arr(contact) })(v, p), { ...o, headers: auth(token), idempotent: true });

export const saveContact = (c: ApiClient, token: string, id: number | undefined, body: ContactInput) =>
  id === undefined
    ? c.send('POST', '/staff/contacts', {}, contact, { body, headers: auth(token), idempotent: false })
    : c.send('PUT', `/staff/contacts/${enc(id)}`, {}, contact, { body, headers: auth(token), idempotent: true });

export const deleteContact = (c: ApiClient, token: string, id: number) =>
  c.send('DELETE', `/staff/contacts/${enc(id)}`, {}, none, { headers: auth(token), idempotent: true });

export const getFigures = (c: ApiClient, token: string, year: number, o?: RequestOptions) =>
  c.send('GET', '/staff/figures', { year: String(year) }, figures, { ...o, headers: auth(token), idempotent: true });

export const getAudit = (c: ApiClient, token: string, target: string, o?: RequestOptions) =>
  c.send('GET', '/staff/audit', { target }, (v, p) => obj({ items: arr(obj({ at: str, actor: str, action: str, target: str, details: any })) })(v, p) as { items: AuditEntry[] }, { ...o, headers: auth(token), idempotent: true });

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
