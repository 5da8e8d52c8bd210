import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { get } from 'node:http';
import { promisify } from 'node:util';
import { before, describe, test } from 'node:test';
import { loadOpenApi } from '@buurtkit/api';
import { expectDocumented } from './helpers/openapi.ts';
import { addTenant, openTenantDatabase, parseArgs, seedDemo, seedReference, startServer } from '@buurtkit/server';
import {
  countRows,
  dialects,
  freshDatabase,
  STAFF_TOKEN,
  uploadPhoto,
  validIdea,
  type TestServer,
} from './helpers/server.ts';
import { startSmtp, type CaughtMail } from './helpers/smtp.ts';
import { signInAs, startOidcProvider } from './helpers/oidc.ts';
import { startTenants, TENANTS, type TenantWorld } from './helpers/tenants.ts';
import { templates } from '../hostile/api-fuzz.ts';
import { publicVersion } from '../../packages/server/src/store/versions.ts';

/**
 * Two municipalities on one server, tested as security: Leiden (B) is asked, through every
 * operation in the OpenAPI document, for what only Almere (A) has (its ids, references, keys,
 * photos, mail tokens), with Leiden's own staff token and valid bodies. Each must be 404 in
 * Leiden (as anything that is not there: never a 403 that says it exists), answer nothing of
 * Almere's, and leave Almere as it was. The same reads in Almere answer 200, so the 404s are
 * not just wrong requests.
 */

const doc = loadOpenApi() as any;
const CLI = new URL('../../packages/server/bin/buurtkit-server.mjs', import.meta.url).pathname;

const DATA_TABLES = ['contacts', 'ideas', 'initiatives', 'phase_history', 'photos', 'followers', 'backers', 'offers'];
async function fingerprint(s: TestServer) {
  const counts = await Promise.all(DATA_TABLES.map(async (t) => `${t}:${await countRows(s.db, t)}`));
  const themes = await s.db.all('SELECT key, label FROM themes ORDER BY key');
  const models = await s.db.all('SELECT key, doc FROM phase_models ORDER BY key');
  const followers = await s.db.all('SELECT id, confirmed_at FROM followers ORDER BY id');
  const mailOff = await s.db.all('SELECT id, mail_off, status FROM ideas ORDER BY id');
  const settings = await s.db.all("SELECT value FROM meta WHERE key = 'settings'");
  return JSON.stringify({ counts, themes, models, followers, mailOff, settings });
}

/** Texts only Almere has: its initiatives' titles, ideas' references and titles, contacts, helpers. */
async function markersOf(a: TestServer, b: TestServer): Promise<string[]> {
  const texts = async (s: TestServer) => {
    const rows = await Promise.all([
      s.db.all<{ v: string }>('SELECT title AS v FROM initiatives'),
      s.db.all<{ v: string }>('SELECT reference AS v FROM ideas UNION ALL SELECT title FROM ideas'),
      s.db.all<{ v: string }>('SELECT contact_email AS v FROM ideas WHERE contact_email IS NOT NULL'),
      s.db.all<{ v: string }>('SELECT name AS v FROM contacts UNION ALL SELECT email FROM contacts'),
      s.db.all<{ v: string }>('SELECT email AS v FROM offers WHERE email IS NOT NULL'),
      s.db.all<{ v: string }>('SELECT id AS v FROM photos'),
    ]);
    return new Set(rows.flat().map((r) => String(r.v)));
  };
  const [ofA, ofB] = [await texts(a), await texts(b)];
  return [...ofA].filter((t) => t && t.length >= 6 && !ofB.has(t));
}

const maxId = async (s: TestServer, table: string) =>
  Number((await s.db.get<{ n: number }>(`SELECT MAX(id) AS n FROM ${table}`))!.n ?? 0);

const linkIn = (mail: CaughtMail, path: string) => {
  const found = (mail.text ?? '').split(/\s+/).find((w) => w.includes(path));
  assert.ok(found, `no link with ${path} in:\n${mail.text}`);
  return new URL(found);
};

for (const dialect of dialects) {
  describe(`two municipalities on one server (${dialect})`, () => {
    let w: TenantWorld;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    /** What only Almere has. */
    const A = { initiative: 0, idea: 0, reference: '', photo: '', contact: 0, offer: 0, confirm: '', leave: '' };

    before(async () => {
      smtp = await startSmtp();
      w = await startTenants(dialect, {
        seedB: 'empty',
        refreshMs: 300,
        options: { mail: { smtpUrl: smtp.url, pollMs: 100, retryBaseMs: 100 } },
      });
      // Leiden's own few things, made as its staff and residents make them.
      const contact = await w.b.fetch('/api/v1/staff/contacts', {
        method: 'POST',
        staff: true,
        json: {
          name: 'Lotte van Leiden',
          role: 'wijkregisseur',
          email: 'lotte@leiden.example',
          phone: '071 1234567',
          officeHours: [],
          languages: ['nl'],
          areas: ['GM0363'],
          themes: [],
          desk: false,
        },
      });
      assert.equal(contact.status, 201);
      const idea = (await (
        await w.b.fetch('/api/v1/ideas', {
          method: 'POST',
          json: await validIdea(w.b, { title: 'Leiden: bankjes bij de Hooglandse Kerk' }),
        })
      ).json()) as { id: number };
      const published = await w.b.fetch(`/api/v1/staff/ideas/${idea.id}/publish`, {
        method: 'POST',
        staff: true,
        json: {
          title: 'Leiden: bankjes bij de Hooglandse Kerk',
          summary: 'Bankjes.',
          description: 'Bankjes bij de kerk.',
          phaseModel: 'burgerinitiatief',
          role: 'faciliteren',
          contact: ((await contact.json()) as { id: number }).id,
          location: { lat: 52.158, lon: 4.494 },
        },
      });
      assert.equal(published.status, 201);

      // Almere is the busier one: its ids run past Leiden's, so that a 404 in Leiden is about whose it is.
      for (let i = 0; i < 12; i++)
        await w.a.fetch('/api/v1/ideas', { method: 'POST', json: await validIdea(w.a, { title: `Almere idee ${i}` }) });
      // Almere's: an idea with a photo, an offer of help, a follower, a theme and a phase model of its own.
      const photo = await uploadPhoto(w.a);
      const aIdea = (await (
        await w.a.fetch('/api/v1/ideas', {
          method: 'POST',
          json: await validIdea(w.a, {
            title: 'Almere alleen: een pluktuin',
            photos: [{ id: photo.id, alt: 'Het grasveld' }],
          }),
        })
      ).json()) as { id: number; reference: string };
      Object.assign(A, {
        idea: aIdea.id,
        reference: aIdea.reference,
        photo: photo.id,
        initiative: await maxId(w.a, 'initiatives'),
        contact: await maxId(w.a, 'contacts'),
      });
      for (let i = 0; i < 6; i++) {
        const offer = await w.a.fetch(`/api/v1/initiatives/${A.initiative - i}/offers`, {
          method: 'POST',
          json: {
            kinds: ['time'],
            message: 'Ik help graag.',
            name: 'Helper Almere',
            email: `helper${i}@almere-bewoner.example`,
            locale: 'nl',
            formToken: (await validIdea(w.a)).formToken,
          },
        });
        assert.equal(offer.status, 202);
      }
      A.offer = await maxId(w.a, 'offers');
      const follow = await w.a.fetch(`/api/v1/initiatives/${A.initiative}/followers`, {
        method: 'POST',
        json: { email: 'volger@almere-bewoner.example', locale: 'nl' },
      });
      assert.equal(follow.status, 202);
      const [mail] = await smtp
        .waitFor(() => smtp.to('volger@almere-bewoner.example').length === 1)
        .then(() => smtp.to('volger@almere-bewoner.example'));
      A.confirm = linkIn(mail!, '/mail/confirm').searchParams.get('token')!;
      // The receipt of Almere's idea has its way out (an unsubscribe token of Almere's).
      const receipts = await smtp.waitFor((all) =>
        all.some((m) => m.from?.text.includes('almere') && (m.text ?? '').includes(A.reference)),
      );
      const receipt = receipts.find((m) => m.from?.text.includes('almere') && (m.text ?? '').includes(A.reference));
      A.leave = linkIn(receipt!, '/mail/unsubscribe').searchParams.get('token')!;
      const label = { nl: 'Alleen Almere', en: 'Almere only', fy: 'Allinnich Almere' };
      assert.equal(
        (
          await w.a.fetch('/api/v1/staff/themes/alleen-almere', {
            method: 'PUT',
            staff: true,
            json: { label, color: '#123456', icon: 'star' },
          })
        ).status,
        200,
      );
      const model = (await (await w.a.fetch('/api/v1/phase-models/burgerinitiatief')).json()) as Record<string, any>;
      const { key: _key, ...input } = model;
      assert.equal(
        (
          await w.a.fetch('/api/v1/staff/phase-models/alleen-almere', {
            method: 'PUT',
            staff: true,
            json: { ...input, forNewIdeas: false, label },
          })
        ).status,
        200,
      );
    });

    test('every operation asked in Leiden for what only Almere has: 404, nothing of Almere in any answer', async () => {
      const bodies = await templates(w.b);
      // Leiden's settings, saved as they are: the suites after this one expect Leiden's own.
      const { tenant: _t, ...current } = (await (
        await w.b.fetch('/api/v1/staff/settings', { staff: true })
      ).json()) as Record<string, unknown>;
      bodies.staffPutSettings = { path: {}, body: current };
      // Leiden's ids (its own and what the templates made) must not reach Almere's, or a 404 would prove nothing.
      for (const [table, id] of [
        ['initiatives', A.initiative],
        ['ideas', A.idea],
        ['contacts', A.contact],
        ['offers', A.offer],
      ] as const)
        assert.ok((await maxId(w.b, table)) < id, `Leiden's ${table} stay below Almere's ${id}`);
      const markers = await markersOf(w.a, w.b);
      assert.ok(markers.length > 50, `Almere's texts to look for: ${markers.length}`);
      const before = await fingerprint(w.a);
      const idFor = (path: string) =>
        path.startsWith('/staff/ideas/')
          ? A.idea
          : path.startsWith('/staff/contacts/')
            ? A.contact
            : path.startsWith('/staff/offers/')
              ? A.offer
              : A.initiative;
      const query: Record<string, string> = {
        bbox: '3.2,50.7,7.3,53.6',
        zoom: '8',
        text: 'pluktuin',
        token: A.confirm,
        year: String(new Date().getFullYear()),
      };
      let asked = 0;
      const upsert = (path: string, method: string) => method === 'put' && path.includes('{key}');
      // A PUT of Almere's key makes Leiden one of its own: it goes last, after every read and delete of that key.
      const operations = Object.entries(doc.paths as Record<string, Record<string, any>>)
        .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })))
        .filter(({ op }) => op.operationId)
        .sort((x, y) => Number(upsert(x.path, x.method)) - Number(upsert(y.path, y.method)));
      for (const { path, method, op } of operations) {
        {
          const params = (op.parameters ?? []).map((p: any) =>
            p.$ref ? doc.components.parameters[p.$ref.split('/').pop()] : p,
          );
          const values: Record<string, string> = {
            id: String(idFor(path)),
            reference: A.reference,
            key: 'alleen-almere',
            photo: A.photo,
            collectionId: 'initiatives',
            featureId: String(A.initiative),
          };
          query.token = path.startsWith('/mail/unsubscribe') ? A.leave : A.confirm;
          const url =
            `/api/v1${path.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(values[n]!))}` +
            `?${new URLSearchParams(
              params.filter((p: any) => p.in === 'query' && p.required).map((p: any) => [p.name, query[p.name]!]),
            )}`;
          const template = bodies[op.operationId];
          const raw = typeof template?.body === 'function' ? await template.body() : template?.body;
          const init: RequestInit & { staff?: boolean; json?: unknown } = {
            method: method.toUpperCase(),
            staff: !!op.security,
            ...(Buffer.isBuffer(raw)
              ? { body: raw as unknown as BodyInit, headers: { 'Content-Type': 'image/jpeg' } }
              : raw !== undefined && method !== 'delete'
                ? { json: raw }
                : {}),
          };
          const res = await w.b.fetch(url, init);
          const what = `${method.toUpperCase()} ${url} in Leiden`;
          assert.ok(res.status < 500, `${what}: ${res.status}`);
          // A problem's `instance` repeats the path asked: the asker's own words, not Almere's answer.
          const text = (await res.clone().text()).replace(/"instance":"[^"]*"/, '');
          for (const m of markers) assert.ok(!text.includes(m), `${what} answered Almere's "${m}"`);
          await expectDocumented(res, path, method);
          asked++;
          const namesAThing =
            /\{(id|reference|photo|featureId|key)\}/.test(path) ||
            'token' in
              Object.fromEntries(
                params.filter((p: any) => p.required && p.in === 'query').map((p: any) => [p.name, 1]),
              );
          if (namesAThing && !upsert(path, method))
            assert.equal(res.status, 404, `${what}: Almere's thing is not Leiden's`);
          if (upsert(path, method)) assert.equal(res.status, 200, `${what}: a key of its own in Leiden`);
          // The same read in Almere finds it: the 404 above was about whose it is.
          if (namesAThing && method === 'get') {
            const own = await w.a.fetch(path.startsWith('/mail/unsubscribe') ? url.replace(A.confirm, A.leave) : url, {
              staff: !!op.security,
            });
            assert.equal(own.status, 200, `${method.toUpperCase()} ${url} in Almere`);
          }
        }
      }
      assert.ok(asked >= 55, `operations asked: ${asked}`);
      assert.equal(await fingerprint(w.a), before, 'Almere changed');
      // Almere's follower was not confirmed by Leiden; Almere's own link confirms it.
      assert.equal((await w.a.fetch(`/api/v1/mail/confirm?token=${A.confirm}`, { method: 'POST' })).status, 200);
    });

    test('staff of one municipality are nobody in another, nor is the server’s own staff', async () => {
      const me = (s: TestServer, token: string) => s.fetch('/api/v1/staff/me', { staff: token });
      assert.equal(
        ((await (await me(w.a, TENANTS.a.token)).json()) as { name: string }).name,
        'Beheer Gemeente Almere',
      );
      assert.equal(
        ((await (await me(w.b, TENANTS.b.token)).json()) as { name: string }).name,
        'Beheer Gemeente Leiden',
      );
      assert.equal((await me(w.own, STAFF_TOKEN)).status, 200);
      for (const [s, token] of [
        [w.b, TENANTS.a.token],
        [w.b, TENANTS.a.makelaar],
        [w.a, TENANTS.b.token],
        [w.a, STAFF_TOKEN],
        [w.b, STAFF_TOKEN],
        [w.own, TENANTS.a.token],
      ] as const) {
        const res = await me(s, token);
        assert.equal(res.status, 401, `${token} in ${s.url}`);
      }
      // The ideas inbox of Leiden, asked with Almere's token: nothing, not even a count.
      const inbox = await w.b.fetch('/api/v1/staff/ideas', { staff: TENANTS.a.token });
      assert.equal(inbox.status, 401);
      assert.doesNotMatch(await inbox.text(), /total|Almere/);
    });

    test('a site one municipality trusts is not trusted by the other', async () => {
      const preflight = (s: TestServer, origin: string) =>
        s.fetch('/api/v1/ideas', {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
        });
      assert.equal(
        (await preflight(w.a, TENANTS.a.origin)).headers.get('access-control-allow-origin'),
        TENANTS.a.origin,
      );
      assert.equal(
        (await preflight(w.b, TENANTS.b.origin)).headers.get('access-control-allow-origin'),
        TENANTS.b.origin,
      );
      assert.equal((await preflight(w.b, TENANTS.a.origin)).headers.get('access-control-allow-origin'), null);
      assert.equal((await preflight(w.a, TENANTS.b.origin)).headers.get('access-control-allow-origin'), null);
      assert.equal((await preflight(w.own, TENANTS.a.origin)).headers.get('access-control-allow-origin'), null);
    });

    test('what the API keeps for a municipality is its own: a guesser held up in one is not in another', async () => {
      // One API instance serves both; a throttle made once for all would count Leiden's misses
      // in Almere's database. The misses are an hour ago, so later tests find nobody held up.
      const { checkCharacter, readReference } = await import('@buurtkit/api/reference');
      const { reference } = (await w.a.db.get<{ reference: string }>('SELECT reference FROM ideas LIMIT 1'))!;
      const track = (s: TestServer, ref: string) => s.fetch(`/api/v1/tracking/${encodeURIComponent(ref)}`);
      // Well-formed references with the right check character that Leiden does not have.
      const guesses: string[] = [];
      for (let i = 0; guesses.length < 30; i++) {
        const chars = String(i).padStart(11, '2').replace(/[01]/g, '3');
        const read = readReference(`BK${chars}${checkCharacter(chars)}`);
        if (read.kind === 'reference') guesses.push(read.value);
      }
      w.a.clock.now = new Date(Date.now() - 3_600_000);
      try {
        for (const guess of guesses) assert.equal((await track(w.b, guess)).status, 404, guess);
        assert.equal((await track(w.b, reference)).status, 429, 'Leiden holds the guesser up');
        assert.equal((await track(w.a, reference)).status, 200, 'Almere does not');
      } finally {
        w.a.clock.now = new Date();
      }
    });

    test('counts, clusters and open data count each municipality’s own initiatives only', async () => {
      for (const s of [w.a, w.b, w.own]) {
        const own = await countRows(s.db, 'initiatives');
        const list = (await (await s.fetch('/api/v1/initiatives?limit=1')).json()) as { total: number };
        assert.equal(list.total, own, `${s.url} list`);
        const clusters = (await (await s.fetch('/api/v1/initiatives/clusters?bbox=-180,-85,180,85&zoom=0')).json()) as {
          features: { properties: { count?: number } }[];
        };
        const counted = clusters.features.reduce((n, f) => n + (f.properties.count ?? 1), 0);
        assert.equal(counted, own, `${s.url} clusters`);
        const items = (await (await s.fetch('/api/v1/ogc/collections/initiatives/items?limit=1')).json()) as {
          numberMatched: number;
          links: { href: string }[];
        };
        assert.equal(items.numberMatched, own, `${s.url} open data`);
        // Open data's links stay in the municipality's own API.
        for (const l of items.links) assert.ok(l.href.startsWith(`${s.url}/api/v1/`), l.href);
      }
      assert.ok((await countRows(w.a.db, 'initiatives')) > (await countRows(w.b.db, 'initiatives')));
    });

    test('a write in one municipality moves its cached answers at once, and no other’s', async () => {
      // Every cached read asks its municipality's public version (on PostgreSQL by the schema's
      // name, on whichever connection is free): it must be that municipality's, and only its.
      const id = await maxId(w.b, 'initiatives');
      const path = `/api/v1/initiatives/${id}`;
      const clusters = '/api/v1/initiatives/clusters?bbox=-180,-85,180,85&zoom=0';
      const title = async () => ((await (await w.b.fetch(path)).json()) as { title: string }).title;
      const versions = async () => Promise.all([w.a, w.b, w.own].map((s) => publicVersion(s.db)));
      const answers = async () => Promise.all([w.a, w.own].map(async (s) => (await s.fetch(clusters)).text()));
      const before = await title();
      assert.equal(await title(), before, 'asked twice: the second from memory');
      const [others, [a, b, own]] = [await answers(), await versions()];
      const renamed = `Hernoemd in Leiden ${Date.now()}`;
      await w.b.db.run('UPDATE initiatives SET title = ? WHERE id = ?', [renamed, id]);
      assert.equal(await title(), renamed, 'Leiden answers the write at once');
      const [a2, b2, own2] = await versions();
      assert.ok(b2! > b!, 'Leiden’s version moved');
      assert.deepEqual([a2, own2], [a, own], 'Almere’s and the server’s own did not');
      assert.deepEqual(await answers(), others);
      await w.b.db.run('UPDATE initiatives SET title = ? WHERE id = ?', [before, id]);
      assert.equal(await title(), before);
    });

    test('one cache of answers for all municipalities: a path at one version is each one’s own', async () => {
      // The server keeps one bounded cache for every municipality it hosts, keyed by path and
      // public version: two municipalities at one version must still never share an entry.
      const same = 1 + Math.max(...(await Promise.all([w.a, w.b, w.own].map((s) => publicVersion(s.db)))));
      for (const s of [w.a, w.b, w.own]) await s.db.run(`UPDATE counters SET value = ? WHERE key = 'public'`, [same]);
      const path = '/api/v1/initiatives/clusters?bbox=-180,-85,180,85&zoom=0';
      const count = async (s: TestServer) => {
        const res = await s.fetch(path);
        const body = (await res.json()) as { features: { properties: { count?: number } }[] };
        return {
          count: body.features.reduce((n, f) => n + (f.properties.count ?? 1), 0),
          etag: res.headers.get('etag'),
        };
      };
      // Asked twice in Almere (kept from the second time), then in Leiden and the server's own.
      await count(w.a);
      const almere = await count(w.a);
      for (const s of [w.b, w.own, w.a]) {
        const answer = await count(s);
        assert.equal(answer.count, await countRows(s.db, 'initiatives'), `${s.url} answers its own`);
        if (s !== w.a) assert.notEqual(answer.etag, almere.etag);
      }
    });

    test('a municipality’s host name reaches its API at /api/v1; other hosts reach the server’s own', async () => {
      // fetch() may not set Host (a forbidden header): a plain HTTP request does, as a proxy would.
      const total = (host: string) =>
        new Promise<number>((resolve, reject) => {
          get(`${w.url}/api/v1/initiatives?limit=1`, { headers: { Host: host } }, (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c));
            res.on('end', () => resolve((JSON.parse(body) as { total: number }).total));
          }).on('error', reject);
        });
      assert.equal(await total(TENANTS.b.host), await countRows(w.b.db, 'initiatives'));
      assert.equal(await total(`${TENANTS.a.host}:443`), await countRows(w.a.db, 'initiatives'));
      assert.equal(await total('elders.example'), await countRows(w.own.db, 'initiatives'));
      const unknown = await fetch(`${w.url}/t/GM9999/api/v1/initiatives`);
      assert.equal(unknown.status, 404);
      assert.equal(unknown.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    });

    test('each municipality mails residents as itself, with links to its own API', async () => {
      const follow = (s: TestServer, id: number, email: string) =>
        s.fetch(`/api/v1/initiatives/${id}/followers`, { method: 'POST', json: { email, locale: 'nl' } });
      assert.equal((await follow(w.b, 1, 'volger@leiden-bewoner.example')).status, 202);
      const [leiden] = await smtp
        .waitFor(() => smtp.to('volger@leiden-bewoner.example').length === 1)
        .then(() => smtp.to('volger@leiden-bewoner.example'));
      const [almere] = smtp.to('volger@almere-bewoner.example');
      assert.equal(leiden!.from!.text, TENANTS.b.from.replace(/^(.*) </, '"$1" <'));
      assert.equal(almere!.from!.text, TENANTS.a.from.replace(/^(.*) </, '"$1" <'));
      assert.equal(linkIn(leiden!, '/mail/confirm').pathname, '/t/GM0363/api/v1/mail/confirm');
      assert.equal(linkIn(almere!, '/mail/confirm').pathname, '/t/GM0034/api/v1/mail/confirm');
    });

    test('beheer sets its own municipality’s settings, which apply at once and nowhere else', async () => {
      const settings = async (s: TestServer, token?: string) =>
        (await (await s.fetch('/api/v1/staff/settings', { staff: token ?? true })).json()) as Record<string, any>;
      const almere = await settings(w.a);
      const leiden = await settings(w.b);
      assert.equal(almere.tenant, 'GM0034');
      assert.equal(leiden.name, 'Gemeente Leiden');
      const changed: Record<string, unknown> = {
        ...leiden,
        corsOrigins: [TENANTS.b.origin, 'https://nieuw.leiden.example'],
        responseDays: 7,
      };
      delete changed.tenant;
      const put = (token: string) =>
        w.b.fetch('/api/v1/staff/settings', { method: 'PUT', staff: token, json: changed });
      assert.equal((await put(TENANTS.b.makelaar)).status, 403, 'an ideeenmakelaar is not beheer');
      assert.equal((await put(TENANTS.a.token)).status, 401, "Almere's beheer is nobody in Leiden");
      const saved = await put(TENANTS.b.token);
      assert.equal(saved.status, 200);
      await expectDocumented(saved, '/staff/settings', 'put');
      assert.equal((await settings(w.b)).responseDays, 7);
      const allowed = await w.b.fetch('/api/v1/initiatives?limit=1', {
        headers: { Origin: 'https://nieuw.leiden.example' },
      });
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://nieuw.leiden.example');
      assert.deepEqual(await settings(w.a), almere, 'Almere unchanged');
      const other = await w.a.fetch('/api/v1/initiatives?limit=1', {
        headers: { Origin: 'https://nieuw.leiden.example' },
      });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const wrong = await w.b.fetch('/api/v1/staff/settings', {
        method: 'PUT',
        staff: true,
        json: { ...changed, mailFrom: 'Leiden <a@b.nl>\r\nBcc: x@y.nl' },
      });
      assert.equal(wrong.status, 422);
      assert.deepEqual(
        ((await wrong.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer),
        ['#/mailFrom'],
      );
    });

    test('each municipality signs its staff in with its own identity provider, set with the command', async () => {
      const users = { bart: { name: 'Bart de Beheerder', roles: ['beheer'] } };
      const DESK = 'http://localhost:8000/desk.html';
      const [leidenIdp, almereIdp] = [
        await startOidcProvider({ users, redirectUris: [DESK] }),
        await startOidcProvider({ users, redirectUris: [DESK] }),
      ];
      try {
        const run = promisify(execFile);
        for (const [code, idp] of [
          [TENANTS.b.code, leidenIdp],
          [TENANTS.a.code, almereIdp],
        ] as const)
          await run(process.execPath, [
            ...[CLI, 'tenant', 'set', code, '--database', w.a.location],
            ...['--oidc-issuer', idp.issuer, '--oidc-client-id', idp.config.clientId],
            ...['--oidc-audience', idp.config.audience, '--oidc-scope', idp.config.scope],
          ]);
        const leidenToken = await signInAs(leidenIdp.issuer, 'bart', DESK, leidenIdp.config.scope);
        const me = (s: TestServer) => s.fetch('/api/v1/staff/me', { staff: leidenToken });
        const options = (s: TestServer) => s.fetch('/api/v1/staff/sign-in').then((r) => r.json() as Promise<any>);
        // The running server sees both changes within its refresh.
        for (let i = 0; i < 100 && (await options(w.a)).oidc?.issuer !== almereIdp.issuer; i++)
          await new Promise((r) => setTimeout(r, 100));
        const res = await me(w.b);
        assert.equal(res.status, 200, "Leiden's provider signs in to Leiden");
        assert.deepEqual(((await res.json()) as { roles: string[] }).roles, ['beheer']);
        assert.equal((await options(w.b)).oidc.issuer, leidenIdp.issuer);
        assert.equal((await options(w.a)).oidc.issuer, almereIdp.issuer);
        assert.equal((await options(w.own)).oidc, null, "the server's own has none");
        // The same person signed in at Leiden is nobody in Almere, nor at the server's own.
        assert.equal((await me(w.a)).status, 401);
        assert.equal((await me(w.own)).status, 401);
        // The static tokens still work beside the provider.
        assert.equal((await w.b.fetch('/api/v1/staff/me', { staff: true })).status, 200);
      } finally {
        await leidenIdp.close();
        await almereIdp.close();
      }
    });

    test('a municipality added with the command is served by the running server', async () => {
      const run = promisify(execFile);
      const { stdout } = await run(process.execPath, [
        CLI,
        'tenant',
        'add',
        'GM0193',
        '--database',
        w.a.location,
        '--name',
        'Gemeente Zwolle',
        '--host',
        'initiatieven.zwolle.example',
        '--staff-token',
        'Beheer Zwolle:beheer',
        '--seed',
        'demo',
      ]);
      const token = /Staff token \(shown once\) for Beheer Zwolle: (\S+)/.exec(stdout)?.[1];
      assert.ok(token, stdout);
      let res: Response | undefined;
      for (let i = 0; i < 100 && res?.status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        res = await fetch(`${w.url}/t/GM0193/api/v1/staff/me`, { headers: { Authorization: `Bearer ${token}` } });
      }
      assert.equal(res!.status, 200);
      const zwolle = (await (await fetch(`${w.url}/t/GM0193/api/v1/initiatives?limit=1`)).json()) as { total: number };
      assert.ok(zwolle.total > 0);
      // The token is kept as a hash only.
      const list = await run(process.execPath, [CLI, 'tenant', 'list', '--database', w.a.location]);
      assert.match(list.stdout, /^GM0034\tGemeente Almere\tinitiatieven\.almere\.example\t/m);
      assert.match(list.stdout, /^GM0193\tGemeente Zwolle\tinitiatieven\.zwolle\.example\t/m);
      const taken = await run(process.execPath, [
        CLI,
        'tenant',
        'set',
        'GM0193',
        '--database',
        w.a.location,
        '--host',
        TENANTS.b.host,
      ]).catch((e: { code: number; stderr: string }) => e);
      assert.equal((taken as { code: number }).code, 2);
      assert.match((taken as { stderr: string }).stderr, /already reaches GM0363/);
    });
  });
}

for (const dialect of dialects)
  test(`start-up has every municipality's map indexes built when it says it is warm (${dialect})`, async () => {
    // Its point index is only started by asking; a warm-up that did not wait for it ended with
    // fifty builds under way, and collected (start.ts) before their garbage was garbage.
    const { db: registry, location } = await freshDatabase(dialect);
    await seedReference(registry);
    // Each database's public version, read before the server starts: after its warm-up, nothing
    // may be awaited before the indexes are looked at (a build would finish meanwhile).
    const versions = new Map<string | null, number>([[null, await publicVersion(registry)]]);
    for (const code of [TENANTS.a.code, TENANTS.b.code]) {
      const db = await openTenantDatabase(location, code);
      await seedDemo(db);
      versions.set(code, await publicVersion(db));
      await db.close();
      await addTenant(registry, code, [], new Date().toISOString());
    }
    await registry.close();
    const server = await startServer({ ...parseArgs(['--database', location, '--quiet'], {}), port: 0 });
    try {
      await server.warmed;
      const found = server.router.tenants().map(({ code, ctx }) => ctx.points.at(ctx.db, versions.get(code)!));
      assert.deepEqual(
        (await Promise.all(found)).map((index) => index !== undefined),
        [true, true, true],
        "the server's own and both municipalities' point indexes, built",
      );
    } finally {
      await server.close();
    }
  });
