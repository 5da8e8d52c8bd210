import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { eraseExpiredContacts } from '@buurtkit/server';
import { countRows, dialects, startTestServer, validIdea, type TestServer } from './helpers/server.ts';
import { expectDocumented } from './helpers/openapi.ts';

const PERSONAL = ['jan.jansen@example.org', 'Jan Jansen', '06 12345678'];

for (const dialect of dialects) {
  describe(`ideas and staff on ${dialect}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(dialect);
    });
    const post = async (body: unknown, key?: string, headers: Record<string, string> = {}) =>
      s.fetch('/api/v1/ideas', {
        method: 'POST',
        json: body,
        headers: { ...(key ? { 'Idempotency-Key': key } : {}), ...headers },
      });

    test('POST /ideas: 201 with a reference, a tracking link and the area contact', async () => {
      const res = await post(await validIdea(s));
      const receipt = await expectDocumented(res, '/ideas', 'post');
      assert.equal(res.status, 201);
      assert.match(receipt.reference, /^BK(-[2-9A-HJKMNP-TV-Z]{4}){3}$/);
      assert.equal(res.headers.get('location'), `/api/v1/tracking/${receipt.reference}`);
      assert.equal(receipt.contact.name, 'Sanne de Vries');
      const tracking = await expectDocumented(await s.fetch(receipt.trackingUrl), '/tracking/{reference}');
      assert.deepEqual(
        [tracking.status, tracking.phase, tracking.nextStep, tracking.contactRole],
        ['received', 'idee', 'definitie', 'wijkregisseur'],
      );
      // References are random, so one says nothing about the next (it used to count up).
      const next = await (await post(await validIdea(s))).json();
      assert.match(next.reference, /^BK(-[2-9A-HJKMNP-TV-Z]{4}){3}$/);
      assert.notEqual(next.reference, receipt.reference);
    });

    test('an idea without a location is answered by the central desk', async () => {
      const { location: _none, ...body } = await validIdea(s);
      const res = await post(body);
      assert.equal(res.status, 201);
      const receipt = await res.json();
      assert.equal(receipt.contact.role, 'initiatievenloket');
      const tracking = await (await s.fetch(receipt.trackingUrl)).json();
      assert.equal(tracking.contactRole, 'initiatievenloket');
    });

    test('every invalid field gets its own localized error with a pointer, and nothing is stored', async () => {
      const before = await countRows(s.db, 'ideas');
      const base = await validIdea(s);
      const cases: [Record<string, unknown>, string, string][] = [
        [{ title: '' }, '#/title', 'too-short'],
        [{ title: 'x'.repeat(121) }, '#/title', 'too-long'],
        [{ description: 'kort' }, '#/description', 'too-short'],
        [{ theme: 'onbekend' }, '#/theme', 'unknown-theme'],
        [{ theme: 'Niet Goed' }, '#/theme', 'pattern'],
        [{ location: { lat: 48.8, lon: 5.2 } }, '#/location/lat', 'minimum'],
        [{ support: ['geld'] }, '#/support/0', 'enum'],
        [{ support: ['advies', 'advies'] }, '#/support', 'duplicate'],
        [{ supporters: -1 }, '#/supporters', 'minimum'],
        [{ supporters: 1.5 }, '#/supporters', 'type'],
        [{ contact: { name: 'A', email: 'geen-adres' } }, '#/contact/email', 'email'],
        [{ contact: { name: 'A', email: 'a@b.nl', phone: 'bel me' } }, '#/contact/phone', 'pattern'],
        [{ contact: { email: 'a@b.nl' } }, '#/contact/name', 'required'],
        [{ homework: { cost: 'x'.repeat(2001) } }, '#/homework/cost', 'too-long'],
        [{ formToken: 'forged-token-123' }, '#/formToken', 'invalid-token'],
        [{ admin: true }, '#/admin', 'unknown-field'],
        [{ locale: 'de' }, '#/locale', 'enum'],
      ];
      for (const [change, pointer, code] of cases) {
        for (const lang of ['nl', 'en', 'fy']) {
          const res = await post({ ...base, ...change }, undefined, { 'Accept-Language': lang });
          assert.equal(res.status, 422, JSON.stringify(change));
          const body = await expectDocumented(res, '/ideas', 'post');
          const error = body.errors.find((e: any) => e.pointer === pointer);
          assert.ok(error, `${pointer} in ${JSON.stringify(body.errors)}`);
          assert.equal(error.code, code);
          assert.equal(
            body.errors.length,
            1,
            `one error for ${JSON.stringify(change)}: ${JSON.stringify(body.errors)}`,
          );
        }
      }
      const { title: _t, theme: _th, ...missing } = base;
      const res = await post(missing, undefined, { 'Accept-Language': 'en' });
      const body = await res.json();
      assert.deepEqual(body.errors.map((e: any) => e.pointer).sort(), ['#/theme', '#/title']);
      assert.equal(body.errors[0].detail, 'Please fill in this field.');
      assert.equal(await countRows(s.db, 'ideas'), before);
    });

    test('unreadable requests are 400/413/415 problem+json, never 5xx', async () => {
      const raw = (body: string, type = 'application/json') =>
        s.fetch('/api/v1/ideas', { method: 'POST', body, headers: { 'Content-Type': type } });
      for (const [res, status] of [
        [await raw('{"title":'), 400],
        [await raw(''), 400],
        [await raw('{"__proto__":{"x":1}}'), 400],
        [await raw('x'.repeat(300_000)), 413],
        [await raw('title=x', 'application/x-www-form-urlencoded'), 415],
        [await raw('null'), 422],
        [await raw('[]'), 422],
        [await raw('"text"'), 422],
      ] as const) {
        assert.equal(res.status, status);
        assert.equal(res.headers.get('content-type')?.split(';')[0], 'application/problem+json');
        await expectDocumented(res, '/ideas', 'post');
      }
    });

    test('Idempotency-Key: replay, other body 422, concurrent duplicate 409, one row', async () => {
      const body = await validIdea(s);
      const key = `key-${dialect}-${Date.now()}`;
      const before = await countRows(s.db, 'ideas');
      const first = await post(body, key);
      assert.equal(first.status, 201);
      const firstBody = await first.json();
      const again = await post(body, key);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await again.json(), firstBody);
      const other = await post({ ...body, title: 'Iets anders' }, key);
      assert.equal(other.status, 422);
      assert.equal((await other.json()).errors[0].pointer, '#/header/Idempotency-Key');
      assert.equal(await countRows(s.db, 'ideas'), before + 1);

      // Concurrent duplicates: exactly one is stored; the others replay it or hear 409.
      const key2 = `key2-${dialect}-${Date.now()}`;
      const body2 = await validIdea(s, { title: 'Gelijktijdig verstuurd' });
      const results = await Promise.all(Array.from({ length: 8 }, () => post(body2, key2)));
      const statuses = results.map((r) => r.status);
      assert.ok(
        statuses.every((st) => st === 201 || st === 409),
        String(statuses),
      );
      assert.ok(statuses.includes(201));
      assert.equal(await countRows(s.db, 'ideas'), before + 2);
      for (const r of results.filter((r) => r.status === 409)) await expectDocumented(r, '/ideas', 'post');
      assert.equal((await post(body2, 'bad key with spaces')).status, 422);
    });

    test('the same key survives a restart', async () => {
      const body = await validIdea(s);
      const key = `restart-${dialect}-${Date.now()}`;
      const first = await (await post(body, key)).json();
      const second = await startTestServer(dialect, { location: s.location, seed: false });
      const replay = await second.fetch('/api/v1/ideas', {
        method: 'POST',
        json: body,
        headers: { 'Idempotency-Key': key },
      });
      assert.equal(replay.status, 201);
      assert.deepEqual(await replay.json(), first);
      await second.close();
    });

    test('honeypot and too-fast ideas are kept apart and never published', async () => {
      const slow = await startTestServer(dialect, { location: s.location, seed: false, minFillSeconds: 30 });
      const tooFast = await slow.fetch('/api/v1/ideas', { method: 'POST', json: await validIdea(slow) });
      assert.equal(tooFast.status, 201, 'a bot learns nothing from the answer');
      const honey = await post(await validIdea(s, { website: 'http://spam.example' }));
      assert.equal(honey.status, 201);
      const inbox = await (await s.fetch('/api/v1/staff/ideas', { staff: true })).json();
      const refs = [(await tooFast.json()).reference, (await honey.json()).reference];
      assert.ok(!inbox.items.some((i: any) => refs.includes(i.reference)), 'spam stays out of the inbox');
      const spam = await (await s.fetch('/api/v1/staff/ideas?status=spam', { staff: true })).json();
      assert.deepEqual(
        spam.items
          .filter((i: any) => refs.includes(i.reference))
          .map((i: any) => i.spamReason)
          .sort(),
        ['honeypot', 'too-fast'],
      );
      const id = spam.items.find((i: any) => i.reference === refs[1]).id;
      const publish = await s.fetch(`/api/v1/staff/ideas/${id}/publish`, {
        method: 'POST',
        staff: true,
        json: {
          title: 'Spam',
          summary: 'Spam spam',
          description: 'Spam spam',
          phaseModel: 'burgerinitiatief',
          role: 'loslaten',
        },
      });
      assert.equal(publish.status, 409);
      await slow.close();
    });

    test('rate limit: 429 with Retry-After past the limit, GETs unaffected', async () => {
      const limited = await startTestServer(dialect, {
        location: s.location,
        seed: false,
        rateLimit: { max: 3, windowSeconds: 60 },
      });
      const body = await validIdea(limited);
      const statuses = [];
      for (let k = 0; k < 5; k++)
        statuses.push((await limited.fetch('/api/v1/ideas', { method: 'POST', json: body })).status);
      assert.deepEqual(statuses.slice(3), [429, 429]);
      const res = await limited.fetch('/api/v1/ideas', { method: 'POST', json: body });
      assert.equal(res.status, 429);
      const retry = Number(res.headers.get('retry-after'));
      assert.ok(retry >= 1 && retry <= 60, `Retry-After ${retry}`);
      await expectDocumented(res, '/ideas', 'post');
      assert.equal((await limited.fetch('/api/v1/themes')).status, 200);
      await limited.close();
    });

    test('staff: 401 without a valid token, for every staff endpoint', async () => {
      const endpoints: [string, string][] = [
        ['GET', '/api/v1/staff/ideas'],
        ['POST', '/api/v1/staff/ideas/1/publish'],
        ['POST', '/api/v1/staff/ideas/1/close'],
        ['POST', '/api/v1/staff/initiatives/1/phase'],
        ['GET', '/api/v1/staff/contacts'],
        ['POST', '/api/v1/staff/contacts'],
        ['PUT', '/api/v1/staff/contacts/1'],
        ['DELETE', '/api/v1/staff/contacts/1'],
        ['PUT', '/api/v1/staff/themes/groen'],
      ];
      for (const [method, path] of endpoints) {
        for (const staff of [false, 'wrong-token-wrong-token', `${'test-staff-token-0123456789'}x`]) {
          const res = await s.fetch(path, {
            method,
            staff,
            json: method === 'POST' || method === 'PUT' ? {} : undefined,
          });
          assert.equal(res.status, 401, `${method} ${path} with ${staff}`);
          assert.equal(res.headers.get('content-type')?.split(';')[0], 'application/problem+json');
          assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
        }
      }
    });

    test('staff flow: inbox → publish → move phase → tracking and map follow; close with reason', async () => {
      const receipt = await (await post(await validIdea(s, { title: 'Buurtfeest De Wierden', showName: true }))).json();
      const inbox = await expectDocumented(await s.fetch('/api/v1/staff/ideas', { staff: true }), '/staff/ideas');
      const mine = inbox.items.find((i: any) => i.reference === receipt.reference);
      assert.equal(mine.contact.email, 'jan.jansen@example.org');
      assert.equal(mine.homework.cost, 'Ongeveer 2.000 euro');

      const bad = await s.fetch(`/api/v1/staff/ideas/${mine.id}/publish`, {
        method: 'POST',
        staff: true,
        json: {
          title: 'Buurtfeest',
          summary: 'Een feest',
          description: 'Een feest voor de buurt',
          phaseModel: 'nope',
          role: 'faciliteren',
          phase: 'x',
          contact: 9999,
        },
      });
      assert.equal(bad.status, 422);
      assert.deepEqual((await bad.json()).errors.map((e: any) => e.pointer).sort(), ['#/contact', '#/phaseModel']);

      const published = await s.fetch(`/api/v1/staff/ideas/${mine.id}/publish`, {
        method: 'POST',
        staff: true,
        json: {
          title: 'Buurtfeest De Wierden',
          summary: 'Een feest voor de hele buurt.',
          description: 'Een feest voor de hele buurt, georganiseerd door bewoners.',
          phaseModel: 'burgerinitiatief',
          role: 'faciliteren',
          contact: 4,
          note: 'Welkom!',
        },
      });
      const initiative = await expectDocumented(published, '/staff/ideas/{id}/publish', 'post');
      assert.equal(published.status, 201);
      assert.equal(initiative.phase, 'idee');
      assert.equal(initiative.initiator, 'Jan Jansen', 'shown because the resident agreed');
      assert.equal(initiative.contact.name, 'Sanne de Vries');
      const map = await (await s.fetch('/api/v1/initiatives?q=buurtfeest')).json();
      assert.equal(map.features[0].id, initiative.id);
      const clusters = await (await s.fetch('/api/v1/initiatives/clusters?bbox=5.19,52.33,5.22,52.35&zoom=18')).json();
      assert.ok(
        clusters.features.some((f: any) => f.properties.id === initiative.id),
        'cluster cache follows the change',
      );
      assert.equal(
        (
          await s.fetch(`/api/v1/staff/ideas/${mine.id}/publish`, {
            method: 'POST',
            staff: true,
            json: {
              title: 'Nog eens',
              summary: 'Nog eens',
              description: 'Nog eens',
              phaseModel: 'burgerinitiatief',
              role: 'loslaten',
            },
          })
        ).status,
        409,
      );

      s.clock.now = new Date(Date.now() + 3 * 86_400_000);
      const moved = await expectDocumented(
        await s.fetch(`/api/v1/staff/initiatives/${initiative.id}/phase`, {
          method: 'POST',
          staff: true,
          json: { phase: 'definitie', note: 'Plan <b>maken</b>' },
        }),
        '/staff/initiatives/{id}/phase',
        'post',
      );
      assert.equal(moved.phase, 'definitie');
      assert.deepEqual(
        moved.history.map((h: any) => [h.phase, h.note]),
        [
          ['idee', 'Welkom!'],
          ['definitie', 'Plan <b>maken</b>'],
        ],
      );
      assert.equal(moved.history[0].until, moved.history[1].since);
      const tracking = await (await s.fetch(`/api/v1/tracking/${receipt.reference}`)).json();
      assert.deepEqual(
        [tracking.status, tracking.phase, tracking.nextStep, tracking.initiative],
        ['published', 'definitie', 'opstart', initiative.id],
      );
      assert.equal(
        (
          await s.fetch(`/api/v1/staff/initiatives/${initiative.id}/phase`, {
            method: 'POST',
            staff: true,
            json: { phase: 'definitie' },
          })
        ).status,
        409,
      );
      assert.equal(
        (
          await s.fetch(`/api/v1/staff/initiatives/${initiative.id}/phase`, {
            method: 'POST',
            staff: true,
            json: { phase: 'visie-vormen' },
          })
        ).status,
        422,
      );
      assert.equal(
        (
          await s.fetch('/api/v1/staff/initiatives/999999/phase', {
            method: 'POST',
            staff: true,
            json: { phase: 'opstart' },
          })
        ).status,
        404,
      );
      s.clock.now = new Date();

      const other = await (await post(await validIdea(s))).json();
      const closed = await s.fetch(`/api/v1/staff/ideas/${other.id}/close`, {
        method: 'POST',
        staff: true,
        json: { reason: 'Dit valt buiten onze gemeente.' },
      });
      assert.equal(closed.status, 200);
      const t2 = await (await s.fetch(`/api/v1/tracking/${other.reference}`)).json();
      assert.deepEqual([t2.status, t2.closedReason, t2.nextStep], ['closed', 'Dit valt buiten onze gemeente.', null]);
      const audit = await s.db.all<{ actor: string; action: string }>('SELECT actor, action FROM audit ORDER BY id');
      assert.deepEqual(
        audit.map((a) => a.action),
        ['idea.publish', 'initiative.phase', 'idea.close'],
      );
      assert.ok(audit.every((a) => a.actor === 'Test Medewerker'));
    });

    test('tracking: unknown references 404 and say nothing', async () => {
      const res = await s.fetch('/api/v1/tracking/BK-2026-9999');
      assert.equal(res.status, 404);
      const body = await expectDocumented(res, '/tracking/{reference}');
      assert.deepEqual(Object.keys(body).sort(), ['instance', 'status', 'title', 'type']);
      assert.equal((await s.fetch('/api/v1/tracking/not-a-ref')).status, 422);
    });

    test('staff endpoints validate their input with a pointer per field', async () => {
      const cases: [string, string, unknown, string][] = [
        ['GET', '/api/v1/staff/ideas?status=bogus', undefined, '#/query/status'],
        ['POST', '/api/v1/staff/ideas/1/close', {}, '#/reason'],
        ['POST', '/api/v1/staff/ideas/1/close', { reason: 'ok' }, '#/reason'],
        ['POST', '/api/v1/staff/ideas/abc/close', { reason: 'Een reden' }, '#/path/id'],
        ['POST', '/api/v1/staff/ideas/1/publish', { title: 'Titel' }, '#/summary'],
        [
          'POST',
          '/api/v1/staff/ideas/1/publish',
          {
            title: 'Titel',
            summary: 'Samenvatting',
            description: 'Omschrijving',
            phaseModel: 'burgerinitiatief',
            role: 'baas',
          },
          '#/role',
        ],
        ['POST', '/api/v1/staff/initiatives/1/phase', { phase: 'Fase!' }, '#/phase'],
        ['POST', '/api/v1/staff/initiatives/1/phase', { phase: 'opstart', note: 'x'.repeat(2001) }, '#/note'],
        ['POST', '/api/v1/staff/contacts', { name: '', role: 'buurtcoach' }, '#/name'],
        [
          'POST',
          '/api/v1/staff/contacts',
          { name: 'X', role: 'buurtcoach', officeHours: [{ day: 8, from: '9:00', to: '25:00' }] },
          '#/officeHours/0/day',
        ],
        ['PUT', '/api/v1/staff/contacts/abc', { name: 'X', role: 'buurtcoach' }, '#/path/id'],
        ['DELETE', '/api/v1/staff/contacts/0', undefined, '#/path/id'],
      ];
      for (const [method, path, json, pointer] of cases) {
        const res = await s.fetch(path, { method, json, staff: true, headers: { 'Accept-Language': 'fy' } });
        assert.equal(res.status, 422, `${method} ${path} ${JSON.stringify(json)}`);
        const body = await res.json();
        assert.ok(
          body.errors.some((e: any) => e.pointer === pointer),
          `${pointer} in ${JSON.stringify(body.errors)}`,
        );
      }
    });

    test('staff manage contacts, and the finder follows', async () => {
      const created = await s.fetch('/api/v1/staff/contacts', {
        method: 'POST',
        staff: true,
        json: {
          name: 'Kees Buurtcoach',
          role: 'buurtcoach',
          areas: ['BU00340801'],
          languages: ['nl'],
          email: 'kees@gemeente.example',
          officeHours: [{ day: 1, from: '10:00', to: '12:00', place: 'Buurthuis' }],
        },
      });
      const contact = await expectDocumented(created, '/staff/contacts', 'post');
      assert.equal(created.status, 201);
      let found = await (await s.fetch('/api/v1/contacts?area=BU00340801')).json();
      assert.equal(found.contacts[0].name, 'Kees Buurtcoach', 'the buurt contact comes before the wijk contact');
      const updated = await s.fetch(`/api/v1/staff/contacts/${contact.id}`, {
        method: 'PUT',
        staff: true,
        json: { name: 'Kees de Buurtcoach', role: 'buurtcoach', areas: ['BU00340802'] },
      });
      assert.equal(updated.status, 200);
      found = await (await s.fetch('/api/v1/contacts?area=BU00340801')).json();
      assert.equal(found.contacts[0].name, 'Sanne de Vries');
      const badAreas = await s.fetch('/api/v1/staff/contacts', {
        method: 'POST',
        staff: true,
        json: { name: 'X', role: 'buurtcoach', areas: ['GM0034', 'BU99999999'], themes: ['geen-thema'] },
      });
      assert.equal(badAreas.status, 422);
      assert.deepEqual(
        (await badAreas.json()).errors.map((e: any) => e.pointer),
        ['#/areas/1', '#/themes/0'],
      );
      const badEmail = await s.fetch('/api/v1/staff/contacts', {
        method: 'POST',
        staff: true,
        json: { name: 'X', role: 'buurtcoach', email: 'x', photo: 'javascript:alert(1)' },
      });
      assert.deepEqual((await badEmail.json()).errors.map((e: any) => e.pointer).sort(), ['#/email', '#/photo']);
      assert.equal(
        (await s.fetch(`/api/v1/staff/contacts/${contact.id}`, { method: 'DELETE', staff: true })).status,
        204,
      );
      assert.equal(
        (await s.fetch(`/api/v1/staff/contacts/${contact.id}`, { method: 'DELETE', staff: true })).status,
        404,
      );
      assert.equal(
        (
          await s.fetch('/api/v1/staff/contacts/999999', {
            method: 'PUT',
            staff: true,
            json: { name: 'X', role: 'buurtcoach' },
          })
        ).status,
        404,
      );
      const all = await expectDocumented(await s.fetch('/api/v1/staff/contacts', { staff: true }), '/staff/contacts');
      const desks = all.items.filter((c: any) => c.desk);
      for (const d of desks.slice(1))
        assert.equal((await s.fetch(`/api/v1/staff/contacts/${d.id}`, { method: 'DELETE', staff: true })).status, 204);
      assert.equal(
        (await s.fetch(`/api/v1/staff/contacts/${desks[0].id}`, { method: 'DELETE', staff: true })).status,
        409,
        'the last desk stays',
      );
    });

    test('staff name their own themes: add, change, and the public list follows', async () => {
      const before = (await (await s.fetch('/api/v1/themes')).json()).items.length;
      const put = (key: string, json: unknown) =>
        s.fetch(`/api/v1/staff/themes/${key}`, { method: 'PUT', staff: true, json });
      const added = await put('dorpsfeesten', {
        label: { nl: 'Dorpsfeesten', fy: 'Doarpsfeesten' },
        color: '#aa3300',
        icon: 'feest',
      });
      assert.deepEqual(await expectDocumented(added, '/staff/themes/{key}', 'put'), {
        key: 'dorpsfeesten',
        label: { nl: 'Dorpsfeesten', fy: 'Doarpsfeesten' },
        color: '#aa3300',
        icon: 'feest',
      });
      await Promise.all(
        [1, 2, 3].map((n) => put('dorpsfeesten', { label: { nl: `Feest ${n}` }, color: '#aa3300', icon: 'feest' })),
      );
      const themes = (await (await s.fetch('/api/v1/themes')).json()).items;
      assert.equal(themes.length, before + 1);
      assert.equal(themes.at(-1).key, 'dorpsfeesten', 'a new theme comes last');
      assert.match(themes.at(-1).label.nl, /^Feest [123]$/);
      const badKey = await put('Geen Sleutel', { label: { nl: 'Goed' }, color: '#000000', icon: 'x' });
      assert.deepEqual(
        (await expectDocumented(badKey, '/staff/themes/{key}', 'put')).errors.map((e: any) => e.pointer),
        ['#/path/key'],
      );
      const bad = await put('groen', { label: { nl: '' }, color: 'red', icon: 'x', extra: 1 });
      assert.equal(bad.status, 422);
      assert.deepEqual(
        (await expectDocumented(bad, '/staff/themes/{key}', 'put')).errors.map((e: any) => e.pointer).sort(),
        ['#/color', '#/extra', '#/label/nl'],
      );
      const audit = await s.db.all<{ action: string }>("SELECT action FROM audit WHERE target = 'theme:dorpsfeesten'");
      assert.equal(audit.length, 4);
    });

    test('privacy: no resident contact details in any public response, no IP in the database or logs', async () => {
      const receipt = await (await post(await validIdea(s))).json();
      const publicPaths = [
        '/api/v1/initiatives',
        '/api/v1/initiatives?format=compact',
        '/api/v1/initiatives/clusters?bbox=3,50,8,54&zoom=18',
        `/api/v1/tracking/${receipt.reference}`,
        '/api/v1/contacts?area=BU00340801',
        '/api/v1/phase-models',
        '/api/v1/themes',
      ];
      const list = await (await s.fetch('/api/v1/initiatives')).json();
      publicPaths.push(...list.features.map((f: any) => `/api/v1/initiatives/${f.id}`));
      for (const path of publicPaths) {
        const text = await (await s.fetch(path)).text();
        for (const p of PERSONAL) {
          if (path.includes('/initiatives/') && p === 'Jan Jansen') continue; // shown by consent (showName) only
          assert.ok(!text.includes(p), `${p} in ${path}`);
        }
      }
      const withoutConsent = list.features.map((f: any) => f.id);
      for (const id of withoutConsent) {
        const d = await (await s.fetch(`/api/v1/initiatives/${id}`)).json();
        if (d.initiator) assert.equal(d.initiator, 'Jan Jansen');
      }
      const tables = ['ideas', 'rate_limits', 'idempotency', 'audit', 'meta', 'counters'];
      for (const t of tables) {
        const dump = JSON.stringify(await s.db.all(`SELECT * FROM ${t}`));
        assert.ok(!dump.includes('127.0.0.1') && !dump.includes('::1'), `IP address in table ${t}`);
      }
      const logs = JSON.stringify(s.logs);
      assert.ok(!logs.includes('127.0.0.1'), 'IP address in the log');
      for (const p of PERSONAL) assert.ok(!logs.includes(p), `${p} in the log`);
    });

    test('retention erases residents contact details after the configured period', async () => {
      const receipt = await (await post(await validIdea(s))).json();
      assert.equal(await eraseExpiredContacts(s.db, new Date(), 365), 0);
      const erased = await eraseExpiredContacts(s.db, new Date(Date.now() + 366 * 86_400_000), 365);
      assert.ok(erased >= 1);
      const inbox = await (await s.fetch('/api/v1/staff/ideas', { staff: true })).json();
      const idea = inbox.items.find((i: any) => i.reference === receipt.reference);
      assert.equal(idea.contact, null);
      assert.equal(idea.title, 'Bankjes in het park', 'the idea itself stays');
      const dump = JSON.stringify(await s.db.all('SELECT * FROM ideas'));
      assert.ok(!dump.includes('jan.jansen@example.org'));
    });
  });
}
