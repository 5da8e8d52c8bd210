import assert from 'node:assert/strict';
import { decodeColumns } from '@buurtkit/api/columns';
import { before, describe, test } from 'node:test';
import { dialects, ORIGIN, startTestServer, type TestServer } from './helpers/server.ts';
import { expectDocumented } from './helpers/openapi.ts';
import { PointIndex } from '../../packages/server/src/caching/point-index.ts';
import { listInitiatives, pointRows } from '../../packages/server/src/store/initiatives.ts';

const ALMERE = '5.0,52.25,5.45,52.5';

for (const dialect of dialects) {
  describe(`public API on ${dialect}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(dialect);
    });

    test('GET /initiatives lists the seeded initiatives as documented GeoJSON', async () => {
      const body = await expectDocumented(await s.fetch('/api/v1/initiatives'), '/initiatives');
      assert.equal(body.type, 'FeatureCollection');
      assert.ok(body.total >= 40, `expected 40+ seeded initiatives, got ${body.total}`);
      assert.equal(body.features.length, body.total);
      const phases = new Set(body.features.map((f: any) => `${f.properties.phaseModel}/${f.properties.phase}`));
      assert.equal(phases.size, 10, 'every phase of both models is in use');
    });

    test('filters by bbox, theme, phase, text and area, and pages', async () => {
      const all = await (await s.fetch('/api/v1/initiatives')).json();
      const inAlmere = await expectDocumented(await s.fetch(`/api/v1/initiatives?bbox=${ALMERE}`), '/initiatives');
      const [w, so, e, n] = ALMERE.split(',').map(Number);
      const expected = all.features.filter((f: any) => {
        const [x, y] = f.geometry.coordinates;
        return x >= w! && x <= e! && y >= so! && y <= n!;
      });
      assert.equal(inAlmere.total, expected.length);
      assert.ok(inAlmere.total >= 16);

      const green = await (await s.fetch('/api/v1/initiatives?theme=groen-en-natuur')).json();
      assert.ok(green.total > 0);
      assert.ok(green.features.every((f: any) => f.properties.theme === 'groen-en-natuur'));
      const two = await (
        await s.fetch('/api/v1/initiatives?theme=groen-en-natuur,jeugd&phase=uitvoering,opstart')
      ).json();
      assert.ok(
        two.features.every(
          (f: any) =>
            ['groen-en-natuur', 'jeugd'].includes(f.properties.theme) &&
            ['uitvoering', 'opstart'].includes(f.properties.phase),
        ),
      );
      assert.equal(
        two.total,
        all.features.filter(
          (f: any) =>
            ['groen-en-natuur', 'jeugd'].includes(f.properties.theme) &&
            ['uitvoering', 'opstart'].includes(f.properties.phase),
        ).length,
      );

      const text = await (await s.fetch(`/api/v1/initiatives?q=${encodeURIComponent('SINGELPARK')}`)).json();
      assert.deepEqual(
        text.features.map((f: any) => f.properties.title),
        ['Singelpark Leiden'],
      );
      const percent = await (await s.fetch(`/api/v1/initiatives?q=${encodeURIComponent('%')}`)).json();
      assert.equal(percent.total, 0, 'a % in the search text is a literal, not a wildcard');

      const wierden = await (await s.fetch('/api/v1/initiatives?area=WK003408')).json();
      assert.deepEqual(
        wierden.features.map((f: any) => f.properties.title),
        ['De Wierden onderhoudt zelf'],
      );
      assert.match(wierden.features[0].properties.areaCode, /^BU003408/);
      const almere = await (await s.fetch('/api/v1/initiatives?area=GM0034')).json();
      assert.equal(almere.total, 16);

      const page1 = await (await s.fetch('/api/v1/initiatives?limit=5')).json();
      const page2 = await (await s.fetch('/api/v1/initiatives?limit=5&offset=5')).json();
      assert.equal(page1.features.length, 5);
      assert.equal(page1.total, all.total);
      assert.deepEqual(
        page2.features.map((f: any) => f.id),
        all.features.slice(5, 10).map((f: any) => f.id),
      );
    });

    test('a bbox page is the same whichever way the server reads it', async () => {
      // Small pages of a wide box walk the table newest first; large pages and small boxes
      // sort the spatial index's ids. Every page must equal the filtered, newest-first list.
      const all = (await (await s.fetch('/api/v1/initiatives')).json()).features;
      const points = new PointIndex(await pointRows(s.db));
      for (const box of [ALMERE, '3,50.5,7.5,54', '4.45,52.1,4.55,52.2']) {
        const [w, so, e, n] = box.split(',').map(Number);
        const inside = all
          .filter(
            ({
              geometry: {
                coordinates: [x, y],
              },
            }: any) => x >= w! && x <= e! && y >= so! && y <= n!,
          )
          .map((f: any) => f.id)
          .sort((a: number, b: number) => b - a);
        assert.ok(inside.length > 0, box);
        for (const [offset, limit] of <[number, number][]>[
          [0, 1],
          [0, 3],
          [2, 4],
          [0, 10],
          [5, 20],
          [0, 500],
          [inside.length - 1, 3],
        ]) {
          const url = `/api/v1/initiatives?bbox=${box}&offset=${offset}&limit=${limit}`;
          const page = await (await s.fetch(url)).json();
          const compact = await (await s.fetch(`${url}&format=compact`)).json();
          const expected = inside.slice(offset, offset + limit);
          assert.equal(page.total, inside.length, url);
          assert.deepEqual(
            page.features.map((f: any) => f.id),
            expected,
            url,
          );
          assert.deepEqual(
            compact.items.map(([id]: number[]) => id),
            expected,
            `${url}&format=compact`,
          );
          // The server's third way, its in-memory index of points, gives the same answers whole.
          const bbox = box.split(',').map(Number) as [number, number, number, number];
          for (const format of ['geojson', 'compact', 'columns'] as const) {
            const page = { offset, limit };
            // GeoJSON comes from memory as text, in ASCII (escapes beyond it): the same JSON.
            const fromMemory = await listInitiatives(s.db, { bbox }, page, format, points);
            if (format === 'geojson') assert.doesNotMatch(fromMemory as string, /[\u0080-\uffff]/);
            assert.deepEqual(
              format === 'geojson' ? JSON.parse(fromMemory as string) : fromMemory,
              await listInitiatives(s.db, { bbox }, page, format),
              `${url}&format=${format}, from memory`,
            );
          }
        }
      }
    });

    test('compact format carries the same initiatives as tuples', async () => {
      const compact = await expectDocumented(
        await s.fetch(`/api/v1/initiatives?format=compact&bbox=${ALMERE}`),
        '/initiatives',
      );
      const full = await (await s.fetch(`/api/v1/initiatives?bbox=${ALMERE}`)).json();
      assert.equal(compact.items.length, full.features.length);
      for (const [k, [id, lon, lat, ti, pi]] of compact.items.entries()) {
        const f = full.features[k];
        assert.equal(id, f.id);
        assert.deepEqual([lon, lat], f.geometry.coordinates);
        assert.equal(compact.themes[ti], f.properties.theme);
        assert.equal(compact.phases[pi], f.properties.phase);
      }
    });

    test('columns carry the same initiatives, delta-coded, to the metre', async () => {
      const columns = await expectDocumented(
        await s.fetch(`/api/v1/initiatives?format=columns&bbox=${ALMERE}`),
        '/initiatives',
      );
      const full = await (await s.fetch(`/api/v1/initiatives?bbox=${ALMERE}`)).json();
      const n = full.features.length;
      assert.ok(n > 3);
      const into = {
        id: new Float64Array(n),
        lon: new Float64Array(n),
        lat: new Float64Array(n),
        theme: new Uint16Array(n),
        phase: new Uint16Array(n),
      };
      const keys = { themes: [] as string[], phases: [] as string[] };
      assert.equal(decodeColumns(columns, into, 0, keys), n);
      assert.equal(columns.total, full.total);
      for (const [k, f] of full.features.entries()) {
        assert.equal(into.id[k], f.id);
        assert.ok(Math.abs(into.lon[k]! - f.geometry.coordinates[0]) <= 0.5e-5);
        assert.ok(Math.abs(into.lat[k]! - f.geometry.coordinates[1]) <= 0.5e-5);
        assert.equal(keys.themes[into.theme[k]!], f.properties.theme);
        assert.equal(keys.phases[into.phase[k]!], f.properties.phase);
      }
    });

    test('invalid list parameters give 422 problem+json with a pointer per parameter', async () => {
      for (const [query, pointer, code] of [
        ['bbox=1,2,3', '#/query/bbox', 'pattern'],
        ['bbox=6,52,5,53', '#/query/bbox', 'bbox-order'],
        ['limit=0', '#/query/limit', 'minimum'],
        ['limit=abc', '#/query/limit', 'type'],
        ['format=xml', '#/query/format', 'enum'],
        ['theme=Groen!', '#/query/theme', 'pattern'],
        ['area=XX123', '#/query/area', 'pattern'],
      ] as const) {
        const res = await s.fetch(`/api/v1/initiatives?${query}`, { headers: { 'Accept-Language': 'en' } });
        assert.equal(res.status, 422, query);
        assert.equal(res.headers.get('content-type')?.split(';')[0], 'application/problem+json');
        const body = await expectDocumented(res, '/initiatives');
        assert.equal(body.errors[0].pointer, pointer, query);
        assert.equal(body.errors[0].code, code, query);
        assert.ok(body.errors[0].detail.length > 5);
      }
    });

    test('clusters cover every initiative in the view exactly once', async () => {
      for (const zoom of [5, 9, 12, 16]) {
        const body = await expectDocumented(
          await s.fetch(`/api/v1/initiatives/clusters?bbox=3,50.5,7.5,54&zoom=${zoom}`),
          '/initiatives/clusters',
        );
        const count = body.features.reduce(
          (n: number, f: any) => n + (f.properties.cluster ? f.properties.count : 1),
          0,
        );
        assert.equal(count, 43, `zoom ${zoom}`);
        for (const f of body.features) if (f.properties.cluster) assert.ok(f.properties.expansionZoom > zoom);
      }
      const filtered = await (
        await s.fetch('/api/v1/initiatives/clusters?bbox=3,50.5,7.5,54&zoom=16&theme=jeugd')
      ).json();
      assert.ok(filtered.features.every((f: any) => f.properties.theme === 'jeugd'));
      // Text search clusters exactly what the list finds, in any case.
      const listed = await (await s.fetch('/api/v1/initiatives?q=TUIN&limit=100')).json();
      const searched = await expectDocumented(
        await s.fetch('/api/v1/initiatives/clusters?bbox=3,50.5,7.5,54&zoom=18&q=tuin'),
        '/initiatives/clusters',
      );
      assert.ok(listed.total > 0);
      assert.deepEqual(
        searched.features.map((f: any) => f.properties.id).sort(),
        listed.features.map((f: any) => f.id).sort(),
      );
      assert.equal((await s.fetch('/api/v1/initiatives/clusters?bbox=3,50.5,7.5,54')).status, 422);
      assert.equal((await s.fetch('/api/v1/initiatives/clusters?zoom=3')).status, 422);
      assert.equal((await s.fetch('/api/v1/initiatives/clusters?bbox=3,50.5,7.5,54&zoom=21')).status, 422);
    });

    test('GET /initiatives/{id}: detail with history and public contact; 404 and 422', async () => {
      const list = await (await s.fetch('/api/v1/initiatives?q=singelpark')).json();
      const id = list.features[0].id;
      const detail = await expectDocumented(await s.fetch(`/api/v1/initiatives/${id}`), '/initiatives/{id}');
      assert.equal(detail.title, 'Singelpark Leiden');
      assert.equal(detail.phase, 'afronding-en-borging');
      assert.equal(detail.history.length, 5);
      assert.equal(detail.history.at(-1).until, null);
      assert.equal(detail.phaseSince, detail.history.at(-1).since);
      assert.deepEqual(Object.keys(detail.contact).sort(), ['email', 'id', 'name', 'phone', 'role']);
      assert.equal((await s.fetch('/api/v1/initiatives/999999')).status, 404);
      const bad = await s.fetch('/api/v1/initiatives/abc');
      assert.equal(bad.status, 422);
      assert.equal((await bad.json()).errors[0].pointer, '#/path/id');
    });

    test('phase models, themes and areas', async () => {
      const models = await expectDocumented(await s.fetch('/api/v1/phase-models'), '/phase-models');
      assert.deepEqual(
        models.items.map((m: any) => m.key),
        ['burgerinitiatief', 'aardgasvrije-wijk', 'uitdaagrecht'],
      );
      for (const m of models.items)
        for (const p of m.phases)
          for (const f of ['label', 'municipality', 'resident']) {
            assert.ok(p[f].nl && p[f].en && p[f].fy, `${m.key}/${p.key}/${f} in three languages`);
          }
      const one = await expectDocumented(
        await s.fetch('/api/v1/phase-models/aardgasvrije-wijk'),
        '/phase-models/{key}',
      );
      assert.equal(one.phases.length, 5);
      assert.equal((await s.fetch('/api/v1/phase-models/nope')).status, 404);
      assert.equal((await s.fetch('/api/v1/phase-models/NOPE!')).status, 422);

      const themes = await expectDocumented(await s.fetch('/api/v1/themes'), '/themes');
      assert.equal(themes.items.length, 10);

      const wijken = await expectDocumented(await s.fetch('/api/v1/areas?municipality=GM0034&level=wijk'), '/areas');
      assert.equal(wijken.features.length, 71);
      assert.match(wijken.attribution, /Centraal Bureau voor de Statistiek/);
      assert.ok(wijken.features.every((f: any) => f.geometry && f.properties.parent === 'GM0034'));
      const light = await (await s.fetch('/api/v1/areas?municipality=GM0034&level=buurt&geometry=false')).json();
      assert.equal(light.features.length, 238);
      assert.ok(light.features.every((f: any) => f.geometry === null));
      assert.equal((await s.fetch('/api/v1/areas?level=provincie')).status, 422);
    });

    test('contacts: buurt → wijk → gemeente, theme first, desk always last', async () => {
      // A buurt of De Wierden: the wijkregisseur of that wijk, then the city's ideeënmakelaar.
      const wierden = await expectDocumented(await s.fetch('/api/v1/contacts?area=BU00340801'), '/contacts');
      assert.equal(wierden.area.code, 'BU00340801');
      assert.deepEqual(
        wierden.areas.map((a: any) => a.code),
        ['BU00340801', 'WK003408', 'GM0034'],
      );
      assert.deepEqual(
        wierden.contacts.map((c: any) => [c.name, c.match]),
        [
          ['Sanne de Vries', 'area'],
          ['Priya Ramdin', 'area'],
          ['Jeroen Bakker', 'area'],
          ['Initiatievenloket Almere', 'desk'],
        ],
      );
      const green = await (await s.fetch('/api/v1/contacts?area=BU00340801&theme=groen-en-natuur')).json();
      assert.deepEqual(
        green.contacts.map((c: any) => c.name),
        ['Jeroen Bakker', 'Sanne de Vries', 'Priya Ramdin', 'Initiatievenloket Almere'],
      );
      assert.equal(green.contacts[0].match, 'theme');
      const youth = await (await s.fetch('/api/v1/contacts?area=BU00340801&theme=jeugd')).json();
      assert.ok(
        !youth.contacts.some((c: any) => c.name === 'Jeroen Bakker'),
        'a specialist of another theme is left out',
      );
      // A wijk no one covers in Leiden: only the gemeente-wide desk answers.
      const leiden = await (await s.fetch('/api/v1/contacts?area=WK054606')).json();
      assert.deepEqual(
        leiden.contacts.map((c: any) => c.name),
        ['Initiatievenloket Leiden'],
      );
      // A municipality without any contact: still an answer (a desk), never empty.
      const nowhere = await (await s.fetch('/api/v1/contacts?area=GM0363')).json();
      assert.equal(nowhere.contacts.length, 1);
      assert.equal(nowhere.contacts[0].match, 'desk');
      // A point: found by polygon, most specific first.
      const point = await (await s.fetch('/api/v1/contacts?lat=52.3410&lon=5.2050')).json();
      assert.equal(point.areas[0].level, 'buurt');
      assert.equal(point.areas[1].code, 'WK003408');
      assert.equal(point.contacts[0].name, 'Sanne de Vries');
      // A next year's buurt code we do not have yet still finds its wijk by the code.
      const future = await (await s.fetch('/api/v1/contacts?area=BU00340899')).json();
      assert.equal(future.contacts[0].name, 'Sanne de Vries');
      for (const q of ['', 'lat=52.3', 'lon=5.2', 'area=NL01', 'lat=95&lon=5']) {
        const res = await s.fetch(`/api/v1/contacts?${q}`);
        assert.equal(res.status, 422, q);
        await expectDocumented(res, '/contacts');
      }
    });

    test('CORS: listed origins only, preflight allows our headers', async () => {
      const listed = await s.fetch('/api/v1/themes', { headers: { Origin: ORIGIN } });
      assert.equal(listed.headers.get('access-control-allow-origin'), ORIGIN);
      const other = await s.fetch('/api/v1/themes', { headers: { Origin: 'https://evil.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const preflight = await s.fetch('/api/v1/ideas', {
        method: 'OPTIONS',
        headers: {
          Origin: ORIGIN,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type, idempotency-key',
        },
      });
      assert.equal(preflight.status, 204);
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Content-Type/);
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
      const evil = await s.fetch('/api/v1/ideas', {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(evil.headers.get('access-control-allow-origin'), null);
      assert.equal(evil.headers.get('access-control-allow-methods'), null);
    });

    test('the OpenAPI document and its docs page are served', async () => {
      const doc = await (await s.fetch('/api/v1/openapi.json')).json();
      assert.equal(doc.openapi, '3.1.0');
      // Redocly's reference, built by npm run build (test/hostile/api-docs.test.ts opens it in Chromium).
      const page = await s.fetch('/api/v1/docs');
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self' 'sha256-/);
      const html = await page.text();
      assert.match(html, /<script type="module" src="\/api\/v1\/docs\/redoc.js"><\/script>/);
      assert.doesNotMatch(html, /cdn\.redocly\.com/);
      assert.equal((await s.fetch('/api/v1/nothing-here')).status, 404);
    });
  });
}

describe('CORS with a wildcard', () => {
  test('opens public reads only; staff and ideas never get *', async () => {
    const s = await startTestServer('sqlite', { corsOrigins: ['*', ORIGIN] });
    const res = await s.fetch('/api/v1/themes', { headers: { Origin: 'https://any.example' } });
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const staff = await s.fetch('/api/v1/staff/ideas', { headers: { Origin: 'https://any.example' }, staff: true });
    assert.equal(staff.headers.get('access-control-allow-origin'), null);
    const listedStaff = await s.fetch('/api/v1/staff/ideas', { headers: { Origin: ORIGIN }, staff: true });
    assert.equal(listedStaff.headers.get('access-control-allow-origin'), ORIGIN);
    const idea = await s.fetch('/api/v1/ideas', {
      method: 'OPTIONS',
      headers: { Origin: 'https://any.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(idea.headers.get('access-control-allow-origin'), null);
  });
});

describe('CORS on every endpoint', () => {
  test('a listed origin is answered by name, an unlisted one gets nothing, on each path', async () => {
    const s = await startTestServer('sqlite');
    const paths: [string, string, boolean][] = [
      ['GET', '/api/v1/initiatives', false],
      ['GET', '/api/v1/initiatives/clusters?bbox=3,50,8,54&zoom=5', false],
      ['GET', '/api/v1/initiatives/1', false],
      ['GET', '/api/v1/phase-models', false],
      ['GET', '/api/v1/phase-models/burgerinitiatief', false],
      ['GET', '/api/v1/themes', false],
      ['GET', '/api/v1/areas?level=wijk&geometry=false', false],
      ['GET', '/api/v1/contacts?area=GM0034', false],
      ['GET', '/api/v1/ideas/form-token', false],
      ['POST', '/api/v1/ideas', false],
      ['GET', '/api/v1/tracking/BK-2026-0001', false],
      ['GET', '/api/v1/staff/ideas', true],
      ['POST', '/api/v1/staff/ideas/1/publish', true],
      ['POST', '/api/v1/staff/ideas/1/close', true],
      ['POST', '/api/v1/staff/initiatives/1/phase', true],
      ['GET', '/api/v1/staff/contacts', true],
      ['POST', '/api/v1/staff/contacts', true],
      ['PUT', '/api/v1/staff/contacts/1', true],
      ['DELETE', '/api/v1/staff/contacts/999', true],
    ];
    for (const [method, path, staff] of paths) {
      const json = method === 'POST' || method === 'PUT' ? {} : undefined;
      const listed = await s.fetch(path, { method, json, staff, headers: { Origin: ORIGIN } });
      assert.equal(listed.headers.get('access-control-allow-origin'), ORIGIN, `${method} ${path}`);
      assert.ok(listed.status < 500, `${method} ${path}: ${listed.status}`);
      const other = await s.fetch(path, { method, json, staff, headers: { Origin: 'https://evil.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null, `${method} ${path}`);
      const preflight = await s.fetch(path, {
        method: 'OPTIONS',
        headers: { Origin: ORIGIN, 'Access-Control-Request-Method': method },
      });
      assert.equal(preflight.status, 204);
      assert.match(preflight.headers.get('access-control-allow-methods') ?? '', new RegExp(method));
    }
  });
});
