/**
 * Records the API reference's examples from the real reference server: every operation is
 * called once, on the seeded demo data with a fixed clock, and what went in and came back is
 * written to packages/api/examples/<operationId>.<request|status>.json, which openapi.yaml
 * points at (`examples: { … $ref }`). Run it again when answers change:
 *   node --import tsx packages/devtools/src/record-examples.ts
 * test/node/openapi-examples.test.ts checks that every operation has them and that each is
 * valid against its schema; this script is not part of the build.
 */
import { writeFileSync } from 'node:fs';
import { cameraJpeg } from '../../../test/fixtures/photos/jpeg.ts';
import { startTestServer, validIdea } from '../../../test/node/helpers/server.ts';

const OUT = new URL('../../api/examples/', import.meta.url);
type Call = {
  op: string;
  method: string;
  path: string;
  body?: unknown;
  raw?: { bytes: Uint8Array; type: string };
  staff?: boolean;
  summary: string;
  /** An error answer's example: its request is not an example to follow. */
  failing?: boolean;
};

/** Long lists are cut to three: an example shows the shape, not the whole list (a bbox stays whole). */
const trim = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.length <= 6 && v.every((x) => typeof x === 'number')
      ? v
      : v.slice(0, 3).map(trim)
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, trim(x)]))
      : v;

const s = await startTestServer('sqlite', { responseDays: 10 });
s.clock.now = new Date('2026-11-30T09:30:00Z');
const json = async (res: Response) => (res.headers.get('content-type')?.includes('json') ? res.json() : res.text());
const get = async (path: string, staff = false) => json(await s.fetch(`/api/v1${path}`, { staff }));

const idea = await validIdea(s, { title: 'Bankjes langs de Lumièrestraat' });
const photo = (await (
  await s.fetch('/api/v1/ideas/photos', {
    method: 'POST',
    body: cameraJpeg() as BodyInit,
    headers: { 'Content-Type': 'image/jpeg' },
  })
).json()) as { id: string };
const contact = (await get('/staff/contacts', true)).items[0];
const model = await get('/phase-models/burgerinitiatief');
const { key: _k, forNewIdeas: _f, ...modelBody } = model;
const newIdea = async (title: string) =>
  (await (await s.fetch('/api/v1/ideas', { method: 'POST', json: await validIdea(s, { title }) })).json()).id as number;
const [publishId, closeId, eraseId] = [
  await newIdea('Moestuin bij de school'),
  await newIdea('Dubbel idee'),
  await newIdea('Per ongeluk verstuurd'),
];
const now = s.clock.now.toISOString();
const offer = await s.db.get<{ id: number }>(
  `INSERT INTO offers (initiative_id, email_hash, kinds, message, name, email, locale, status, confirmed_at,
     created_at, updated_at)
   VALUES (1, 'example', '["time"]', 'Ik kan op zaterdag helpen.', 'Aïsha', 'aisha@example.org', 'nl', 'new', ?, ?, ?)
   RETURNING id`,
  [now, now, now],
);
const tracked = (await (
  await s.fetch('/api/v1/ideas', {
    method: 'POST',
    json: await validIdea(s, { title: 'Een speelplek voor de kleintjes' }),
  })
).json()) as { reference: string };
const moving = await s.db.get<{ id: number }>("SELECT id FROM initiatives WHERE title = 'Moestuin Buitenvaart'");
const contactInput = {
  name: 'Noor Visser',
  role: 'buurtcoach',
  email: 'noor.visser@gemeente.example',
  phone: '036 123 45 67',
  photo: null,
  officeHours: [{ day: 2, from: '09:00', to: '12:00', place: 'Buurthuis De Schakel' }],
  languages: ['nl', 'en'],
  areas: ['WK003401'],
  themes: [],
  desk: false,
};

// In order: later calls use what earlier ones made.
const calls: Call[] = [
  { op: 'getFormToken', method: 'GET', path: '/ideas/form-token', summary: 'A form token' },
  {
    op: 'uploadIdeaPhoto',
    method: 'POST',
    path: '/ideas/photos',
    raw: { bytes: cameraJpeg(), type: 'image/jpeg' },
    summary: 'A photo, stripped and kept for the idea',
  },
  {
    op: 'submitIdea',
    method: 'POST',
    path: '/ideas',
    body: { ...idea, photos: [{ id: photo.id, alt: 'Het grasveld waar de bankjes kunnen staan' }] },
    summary: 'An idea with a place and a photo',
  },
  { op: 'trackIdea', method: 'GET', path: `/tracking/${tracked.reference}`, summary: 'Where an idea stands' },
  { op: 'listInitiatives', method: 'GET', path: '/initiatives?limit=2', summary: 'The two newest initiatives' },
  {
    op: 'clusterInitiatives',
    method: 'GET',
    path: '/initiatives/clusters?bbox=5.1,52.3,5.3,52.45&zoom=11',
    summary: 'Clusters over Almere',
  },
  { op: 'getInitiative', method: 'GET', path: '/initiatives/1', summary: 'One initiative with its history' },
  {
    op: 'listNearbyInitiatives',
    method: 'GET',
    path: '/initiatives/17/nearby',
    summary: 'In de buurt of the Singelpark in Leiden',
  },
  {
    op: 'findSimilarInitiatives',
    method: 'GET',
    path:
      '/initiatives/similar?text=Moestuintjes%20met%20bakken%20bij%20de%20school' +
      '&theme=groen-en-natuur&lat=52.418&lon=5.27',
    summary: 'What looks like an idea typed in Almere Buitenvaart',
  },
  {
    op: 'followInitiative',
    method: 'POST',
    path: '/initiatives/1/followers',
    body: { email: 'buurvrouw@example.org', locale: 'nl' },
    summary: 'Follow an initiative',
  },
  {
    op: 'backInitiative',
    method: 'POST',
    path: '/initiatives/1/backers',
    body: {
      email: 'buurman@example.org',
      name: 'Kees',
      showName: true,
      area: 'BU00340101',
      locale: 'nl',
      formToken: idea.formToken,
    },
    summary: 'Back an initiative',
  },
  {
    op: 'offerHelp',
    method: 'POST',
    path: '/initiatives/1/offers',
    body: {
      kinds: ['time', 'place'],
      message: 'Ik kan op zaterdag helpen en heb een schuur.',
      name: 'Aïsha',
      email: 'aisha@example.org',
      phone: '06 12345678',
      locale: 'nl',
      formToken: idea.formToken,
    },
    summary: 'Offer help',
  },
  {
    op: 'requestPrivacy',
    method: 'POST',
    path: '/privacy-requests',
    body: { reference: 'BK-7KQ4-M2XD-PQ3R', email: 'jan.jansen@example.org', kind: 'view' },
    summary: 'Ask to see what is kept',
  },
  { op: 'confirmPage', method: 'GET', path: '/mail/confirm?token=verlopen', summary: 'A link that no longer works' },
  { op: 'getOgcLanding', method: 'GET', path: '/ogc', summary: 'The open data service' },
  { op: 'getOgcConformance', method: 'GET', path: '/ogc/conformance', summary: 'What it conforms to' },
  { op: 'listOgcCollections', method: 'GET', path: '/ogc/collections', summary: 'Its one collection' },
  { op: 'getOgcCollection', method: 'GET', path: '/ogc/collections/initiatives', summary: 'The initiatives' },
  {
    op: 'listOgcItems',
    method: 'GET',
    path: '/ogc/collections/initiatives/items?limit=2',
    summary: 'The first two, and the link to the next',
  },
  { op: 'getOgcItem', method: 'GET', path: '/ogc/collections/initiatives/items/1', summary: 'One initiative' },
  {
    op: 'getOpenDataGeojson',
    method: 'GET',
    path: '/open-data/initiatives.geojson',
    summary: 'Every published initiative (cut to three here)',
  },
  { op: 'listPhaseModels', method: 'GET', path: '/phase-models', summary: 'The phase models' },
  { op: 'getPhaseModel', method: 'GET', path: '/phase-models/uitdaagrecht', summary: 'The uitdaagrecht' },
  { op: 'listThemes', method: 'GET', path: '/themes', summary: 'The themes' },
  {
    op: 'listAreas',
    method: 'GET',
    path: '/areas?municipality=GM0034&level=wijk&geometry=false',
    summary: "Almere's wijken, without their shapes",
  },
  { op: 'findContacts', method: 'GET', path: '/contacts?lat=52.3701&lon=5.2175', summary: 'Who to contact at a place' },
  { op: 'health', method: 'GET', path: '/healthz', summary: 'Alive' },
  { op: 'ready', method: 'GET', path: '/readyz', summary: 'Ready' },
  { op: 'staffSignInOptions', method: 'GET', path: '/staff/sign-in', summary: 'How staff sign in' },
  { op: 'staffMe', method: 'GET', path: '/staff/me', staff: true, summary: 'Who is signed in' },
  {
    op: 'staffListIdeas',
    method: 'GET',
    path: '/staff/ideas?status=received&limit=2',
    staff: true,
    summary: 'The two newest open ideas',
  },
  {
    op: 'staffMarkAnswered',
    method: 'POST',
    path: `/staff/ideas/${publishId}/answered`,
    body: { channel: 'phone' },
    staff: true,
    summary: 'First answer given by phone',
  },
  {
    op: 'staffIdeaMails',
    method: 'GET',
    path: `/staff/ideas/${publishId}/mails`,
    staff: true,
    summary: 'The mails about an idea',
  },
  {
    op: 'staffSetIdeaMail',
    method: 'PUT',
    path: `/staff/ideas/${closeId}/mail`,
    body: { enabled: false },
    staff: true,
    summary: 'No more mail for this idea',
  },
  {
    op: 'staffInitiativeSupport',
    method: 'GET',
    path: '/staff/initiatives/1/support',
    staff: true,
    summary: 'Backers and offers of an initiative',
  },
  {
    op: 'staffSetOffersDirect',
    method: 'PUT',
    path: '/staff/initiatives/1/offers-direct',
    body: { enabled: true },
    staff: true,
    summary: 'Offers go straight to the initiator',
  },
  {
    op: 'staffSetOfferStatus',
    method: 'PUT',
    path: `/staff/offers/${offer!.id}`,
    body: { status: 'done' },
    staff: true,
    summary: 'An offer handled',
  },
  {
    op: 'staffPublishIdea',
    method: 'POST',
    path: `/staff/ideas/${publishId}/publish`,
    staff: true,
    body: {
      title: 'Moestuin bij de school',
      summary: 'Een moestuin met bakken voor de klassen.',
      description: 'Ouders en buren beginnen een moestuin naast de school.',
      phaseModel: 'burgerinitiatief',
      role: 'faciliteren',
      contact: contact.id,
      note: 'Welkom! We denken mee over de plek.',
      location: { lat: 52.3702, lon: 5.2176 },
    },
    summary: 'An idea published as an initiative',
  },
  {
    op: 'staffCloseIdea',
    method: 'POST',
    path: `/staff/ideas/${closeId}/close`,
    body: { reason: 'Dit idee staat al op de kaart als de Moestuin bij de school.' },
    staff: true,
    summary: 'A duplicate closed, with the reason',
  },
  {
    op: 'staffEraseIdea',
    method: 'POST',
    path: `/staff/ideas/${eraseId}/erase`,
    body: { reason: 'Verzoek van de indiener per telefoon' },
    staff: true,
    summary: 'Personal data erased on request',
  },
  {
    op: 'staffMovePhase',
    method: 'POST',
    path: `/staff/initiatives/${moving!.id}/phase`,
    staff: true,
    body: { phase: 'uitvoering', note: 'De vergunning is rond: de bakken komen er in maart.' },
    summary: 'Moved to its next phase',
  },
  { op: 'staffFigures', method: 'GET', path: '/staff/figures?year=2026', staff: true, summary: 'The figures of 2026' },
  {
    op: 'staffAudit',
    method: 'GET',
    path: '/staff/audit?limit=3',
    staff: true,
    summary: 'The last three staff actions',
  },
  { op: 'staffListContacts', method: 'GET', path: '/staff/contacts', staff: true, summary: 'The contact persons' },
  {
    op: 'staffCreateContact',
    method: 'POST',
    path: '/staff/contacts',
    body: contactInput,
    staff: true,
    summary: 'A new contact person',
  },
  {
    op: 'staffUpdateContact',
    method: 'PUT',
    path: `/staff/contacts/${contact.id}`,
    staff: true,
    body: { ...contactInput, name: contact.name, role: contact.role, areas: contact.areas },
    summary: 'A contact person changed',
  },
  {
    op: 'staffPutPhaseModel',
    method: 'PUT',
    path: '/staff/phase-models/burgerinitiatief',
    staff: true,
    body: { ...modelBody, answerDays: 5 },
    summary: 'The answer promise set to five working days',
  },
  // The shared error answers, each once.
  {
    op: 'submitIdea',
    method: 'POST',
    path: '/ideas',
    failing: true,
    body: { ...idea, title: 'Ja', contact: { name: '', email: 'jan@' } },
    summary: 'One error per field, each with its JSON pointer',
  },
  {
    op: 'submitIdea',
    method: 'POST',
    path: '/ideas',
    failing: true,
    raw: { bytes: new TextEncoder().encode('{"title": '), type: 'application/json' },
    summary: 'A body that is not JSON',
  },
  { op: 'getInitiative', method: 'GET', path: '/initiatives/999999', failing: true, summary: 'No such initiative' },
  {
    op: 'listOgcItems',
    method: 'GET',
    path: '/ogc/collections/initiatives/items?limit=0&kleur=rood',
    failing: true,
    summary: 'A wrong and an unknown parameter',
  },
  { op: 'staffMe', method: 'GET', path: '/staff/me', failing: true, summary: 'No staff token' },
  {
    op: 'staffPublishIdea',
    method: 'POST',
    path: `/staff/ideas/${publishId}/publish`,
    staff: true,
    failing: true,
    body: {
      title: 'Moestuin',
      summary: 'Nog eens.',
      description: 'Nog eens.',
      phaseModel: 'burgerinitiatief',
      role: 'faciliteren',
    },
    summary: 'Already published',
  },
  {
    op: 'staffPutTheme',
    method: 'PUT',
    path: '/staff/themes/water',
    staff: true,
    body: { label: { nl: 'Water', en: 'Water', fy: 'Wetter' }, color: '#01579b', icon: 'drop' },
    summary: 'A theme of our own',
  },
];

let written = 0;
for (const c of calls) {
  const init = c.raw
    ? { method: c.method, body: c.raw.bytes as BodyInit, headers: { 'Content-Type': c.raw.type }, staff: c.staff }
    : { method: c.method, json: c.body, staff: c.staff };
  const res = await s.fetch(`/api/v1${c.path}`, init);
  if (res.status >= 500) throw new Error(`${c.op}: ${res.status}`);
  const value = await json(res);
  const name = c.op;
  if (c.body !== undefined && !c.failing) {
    writeFileSync(
      new URL(`${name}.request.json`, OUT),
      `${JSON.stringify({ summary: c.summary, value: c.body }, null, 2)}\n`,
    );
    written++;
  }
  if (res.status !== 204) {
    const example = { summary: c.summary, value: typeof value === 'string' ? value : trim(value) };
    writeFileSync(new URL(`${name}.${res.status}.json`, OUT), `${JSON.stringify(example, null, 2)}\n`);
    written++;
  }
  console.log(`${c.op}: ${res.status}`);
}
await s.close();
console.log(`${written} examples in packages/api/examples`);
process.exit(0);
