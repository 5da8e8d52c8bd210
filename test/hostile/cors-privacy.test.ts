import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadOpenApi } from '@buurtkit/api';
import { eraseExpiredContacts } from '@buurtkit/server';
import { ORIGIN, startTestServer, validIdea, type TestServer } from '../node/helpers/server.ts';

const doc = loadOpenApi() as any;
const operations = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op, staff: !!op.security })),
);
const concrete = (path: string) =>
  `/api/v1${path
    .replace('{id}', '1')
    .replace('{key}', 'burgerinitiatief')
    .replace('{reference}', 'BK-2026-0001')
    .replace('{name}', 'SV-200.svg')
    .replace('{collectionId}', 'initiatives')
    .replace('{featureId}', '1')}`;

/** Open data is for every origin by design (a national viewer, a researcher): its reads answer `*`. */
const openData = (path: string, method: string) => method === 'GET' && /^\/(ogc|open-data)(\/|$)/.test(path);

/** The same path as a router may read it: percent-encoded letters, doubled or trailing slashes. */
const disguises = (url: string) => [
  url,
  url.replace('/staff', '/%73taff').replace('/ideas', '/%69deas'),
  url.replace('/api/v1/', '/api/v1//'),
  `${url}/`,
  url.replace('/api/v1', '/api/%76%31'),
];

describe('CORS', () => {
  test('an unlisted Origin gets no Access-Control-Allow-Origin, on any endpoint, method or preflight', async () => {
    const s = await startTestServer('sqlite', { corsOrigins: [ORIGIN] });
    for (const { path, method, staff } of operations) {
      if (openData(path, method)) {
        const res = await s.fetch(concrete(path), { headers: { Origin: 'https://evil.example' } });
        await res.arrayBuffer();
        assert.equal(res.headers.get('access-control-allow-origin'), '*', `open data: GET ${path}`);
        continue;
      }
      for (const url of disguises(concrete(path))) {
        for (const [m, extra] of [
          [method, {}],
          ['OPTIONS', { 'Access-Control-Request-Method': method }],
        ] as const) {
          const res = await s.fetch(url, {
            method: m,
            staff,
            headers: { Origin: 'https://evil.example', ...extra },
            json: ['POST', 'PUT'].includes(m) ? {} : undefined,
          });
          await res.arrayBuffer();
          assert.equal(res.headers.get('access-control-allow-origin'), null, `${m} ${url}`);
          assert.ok(res.status < 500, `${m} ${url}: ${res.status}`);
        }
      }
    }
  });

  test("with '*' configured, staff endpoints and writes never answer '*', however the path is written", async () => {
    const s = await startTestServer('sqlite', { corsOrigins: ['*', ORIGIN] });
    for (const { path, method, staff } of operations) {
      // Tracking by reference is a public read (the reference is the key, the answer holds no personal data);
      // every write carries something of a resident's.
      const sensitive = staff || path.startsWith('/ideas') || method !== 'GET';
      for (const url of disguises(concrete(path))) {
        for (const [m, extra] of [
          [method, {}],
          ['OPTIONS', { 'Access-Control-Request-Method': method }],
        ] as const) {
          const res = await s.fetch(url, {
            method: m,
            staff,
            headers: { Origin: 'https://any.example', ...extra },
            json: ['POST', 'PUT'].includes(m) ? {} : undefined,
          });
          await res.arrayBuffer();
          const allow = res.headers.get('access-control-allow-origin');
          if (sensitive) assert.equal(allow, null, `${m} ${url} answered ${allow}`);
          const listed = await s.fetch(url, {
            method: m,
            staff,
            headers: { Origin: ORIGIN, ...extra },
            json: ['POST', 'PUT'].includes(m) ? {} : undefined,
          });
          await listed.arrayBuffer();
          if (staff) assert.notEqual(listed.headers.get('access-control-allow-origin'), '*', `${m} ${url}`);
        }
      }
    }
  });
});

/** Ideas with contact details that are easy to find anywhere they leak. */
async function lifecycle(s: TestServer) {
  const residents = [0, 1, 2, 3].map((n) => ({
    name: `Privé Persoon${n}`,
    email: `prive.persoon${n}@bewoner.example`,
    phone: `06 9${n}${n}11223`,
  }));
  const receipts: { id: number; reference: string }[] = [];
  for (const [n, contact] of residents.entries()) {
    const res = await s.fetch('/api/v1/ideas', {
      method: 'POST',
      json: await validIdea(s, { title: `Privacy idee ${n}`, contact, showName: false }),
      headers: {
        'X-Forwarded-For': `203.0.113.${n + 10}`,
        'X-Real-IP': `198.51.100.${n + 10}`,
        'Idempotency-Key': `privacy-${n}-${Date.now()}`,
      },
    });
    assert.equal(res.status, 201);
    receipts.push(await res.json());
  }
  const publish = (id: number) =>
    s.fetch(`/api/v1/staff/ideas/${id}/publish`, {
      method: 'POST',
      staff: true,
      json: {
        title: 'Gepubliceerd idee',
        summary: 'Een samenvatting.',
        description: 'Een beschrijving van het idee.',
        phaseModel: 'burgerinitiatief',
        role: 'faciliteren',
      },
    });
  const published = await (await publish(receipts[0]!.id)).json();
  const model = await (await s.fetch('/api/v1/phase-models/burgerinitiatief')).json();
  const moved = await s.fetch(`/api/v1/staff/initiatives/${published.id}/phase`, {
    method: 'POST',
    staff: true,
    json: { phase: model.phases[1].key, note: 'Verder' },
  });
  assert.equal(moved.status, 200);
  await s.fetch(`/api/v1/staff/ideas/${receipts[1]!.id}/close`, {
    method: 'POST',
    staff: true,
    json: { reason: 'Past niet.' },
  });
  // Neighbours back the initiative (one shows their name) and offer help, all confirmed.
  const token = async () => ((await (await s.fetch('/api/v1/ideas/form-token')).json()) as { token: string }).token;
  const confirmLast = async (column: 'backer_id' | 'offer_id') => {
    const mail = await s.db.get<{ text_body: string }>(
      `SELECT text_body FROM outbox WHERE ${column} IS NOT NULL ORDER BY id DESC LIMIT 1`,
    );
    const link = /\/api\/v1\/mail\/confirm\?token=[^\s]+/.exec(mail!.text_body)![0];
    assert.equal((await s.fetch(link, { method: 'POST' })).status, 200);
  };
  const backers = [
    { email: 'stille.steuner@buur.example', name: 'Stille Steuner', showName: false, area: 'BU00340101' },
    { email: 'open.steuner@buur.example', name: 'Open Steuner', showName: true, area: 'BU00340102' },
  ];
  for (const b of backers) {
    const res = await s.fetch(`/api/v1/initiatives/${published.id}/backers`, {
      method: 'POST',
      json: { ...b, formToken: await token() },
    });
    assert.equal(res.status, 202);
    await confirmLast('backer_id');
  }
  const helper = { name: 'Hulp Vaardig', email: 'hulp.vaardig@buur.example', phone: '06 97711223' };
  const offered = await s.fetch(`/api/v1/initiatives/${published.id}/offers`, {
    method: 'POST',
    json: { ...helper, kinds: ['skill'], message: 'Geheim hulpbericht', formToken: await token() },
  });
  assert.equal(offered.status, 202);
  await confirmLast('offer_id');
  const neverPublic = [
    ...backers.flatMap((b) => [b.email, ...(b.showName ? [] : [b.name])]),
    ...Object.values(helper),
    'Geheim hulpbericht',
  ];
  return { residents, receipts, initiative: published.id as number, neverPublic };
}

describe('privacy', () => {
  test('no raw IP in the database or logs; resident contact details in no public response', async () => {
    const s = await startTestServer('sqlite', { trustProxy: true });
    const { residents, receipts, initiative, neverPublic } = await lifecycle(s);
    assert.ok(
      (
        (await (await s.fetch(`/api/v1/initiatives/${initiative}`)).json()) as { backing: { names: string[] } }
      ).backing.names.includes('Open Steuner'),
      'a backer who chose to be named is shown',
    );
    // Every public GET in the document, with the ids and references that exist.
    const publicGets = operations.filter((o) => o.method === 'GET' && !o.staff);
    const urls = publicGets.flatMap(({ path }) => {
      const u = `/api/v1${path}`;
      if (path.includes('{reference}')) return receipts.map((r) => u.replace('{reference}', r.reference));
      if (path === '/initiatives/{id}') return [u.replace('{id}', String(initiative)), u.replace('{id}', '1')];
      if (path === '/initiatives') return [u, `${u}?q=Gepubliceerd`, `${u}?format=compact&limit=1000`];
      if (path === '/initiatives/clusters') return [`${u}?bbox=3,50,8,54&zoom=18`, `${u}?bbox=3,50,8,54&zoom=5`];
      if (path === '/contacts') return [`${u}?area=GM0034`, `${u}?lat=52.37&lon=5.22`];
      if (path.endsWith('/items')) return [`${concrete(path)}?limit=10000`];
      if (path.endsWith('{featureId}')) return [concrete(path).replace(/\/1$/, `/${initiative}`)];
      return [concrete(path)];
    });
    assert.ok(publicGets.length >= 10, `${publicGets.length} public GET operations`);
    for (const url of urls) {
      const res = await s.fetch(url);
      const text = await res.text();
      assert.ok(res.status < 500, `${url}: ${res.status}`);
      for (const r of residents) {
        for (const value of [r.name, r.email, r.phone, r.phone.replace(/\s/g, '')])
          assert.ok(!text.includes(value), `${url} leaks ${value}`);
      }
      for (const value of neverPublic) assert.ok(!text.includes(value), `${url} leaks ${value}`);
    }
    // The database and the logs hold no address of any client, loopback or forwarded.
    const ips = ['127.0.0.1', '::1', '203.0.113.', '198.51.100.'];
    const tables = (
      await s.db.all<{ name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%rtree%'",
      )
    ).map((t) => t.name);
    for (const table of tables) {
      const dump = JSON.stringify(await s.db.all(`SELECT * FROM ${table}`));
      for (const ip of ips) assert.ok(!dump.includes(ip), `table ${table} holds ${ip}`);
    }
    const logs = JSON.stringify(s.logs);
    assert.ok(s.logs.length > 10, 'the server did log');
    for (const ip of ips) assert.ok(!logs.includes(ip), `logs hold ${ip}`);
    for (const r of residents) assert.ok(!logs.includes(r.email), 'logs hold a resident e-mail');
  });

  test('the retention job erases expired contact details, and only those', async () => {
    const s = await startTestServer('sqlite', { retentionDays: 30 });
    // Without the demo seed's older ideas: the clock below is measured from this test's own.
    await s.db.run('DELETE FROM ideas');
    const { residents } = await lifecycle(s);
    const contacts = () =>
      s.db.all<{ contact_name: string | null; contact_email: string | null; contact_phone: string | null }>(
        'SELECT contact_name, contact_email, contact_phone FROM ideas ORDER BY id',
      );
    assert.equal(
      await eraseExpiredContacts(s.db, new Date(Date.now() + 29 * 86_400_000), 30),
      0,
      'nothing is erased early',
    );
    assert.deepEqual(
      (await contacts()).map((c) => c.contact_email),
      residents.map((r) => r.email),
    );
    const erased = await eraseExpiredContacts(s.db, new Date(Date.now() + 31 * 86_400_000), 30);
    assert.equal(erased, residents.length);
    assert.deepEqual(
      await contacts(),
      residents.map(() => ({ contact_name: null, contact_email: null, contact_phone: null })),
    );
  });
});
