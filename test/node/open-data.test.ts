import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OgcApiEndpoint } from '@camptocamp/ogc-client';
import { parseDatetime } from '../../packages/server/src/routes/open-data.ts';
import { expectDocumented } from './helpers/openapi.ts';
import { dialects, startTestServer, type TestServer } from './helpers/server.ts';

/**
 * Open data (issue 20): published initiatives as an OGC API – Features service and a
 * GeoJSON download. Each answer is held to the OpenAPI document, and to OGC's own rules:
 * absolute links, next/prev paging, numberMatched/numberReturned, 400 for a wrong or unknown
 * parameter, geo+json for features, and nothing personal.
 */
const ITEMS = '/ogc/collections/{collectionId}/items';
type Link = { href: string; rel: string; type?: string };
type Collection = { numberMatched: number; numberReturned: number; links: Link[]; features: { id: number }[] };

async function ogc(s: TestServer, path: string, documented: string) {
  const res = await s.fetch(`/api/v1${path}`, { headers: { Origin: 'https://viewer.example' } });
  return { res, body: await expectDocumented(res, documented) };
}

const link = (links: Link[], rel: string) => links.find((l) => l.rel === rel)?.href;

for (const dialect of dialects) {
  describe(`open data (${dialect})`, () => {
    test('the landing page, conformance and the collection, with absolute links and the licence', async () => {
      const s = await startTestServer(dialect);
      const base = `${s.url}/api/v1`;
      const { res, body: landing } = await ogc(s, '/ogc', '/ogc');
      assert.equal(res.headers.get('access-control-allow-origin'), '*', 'open data is for any origin');
      assert.ok(res.headers.get('etag'));
      assert.match(res.headers.get('cache-control')!, /^public/);
      for (const rel of ['self', 'service-desc', 'conformance', 'data'])
        assert.ok(link(landing.links, rel)?.startsWith(base), rel);
      const desc = await s.fetch(new URL(link(landing.links, 'service-desc')!).pathname);
      assert.equal(desc.status, 200, 'the OpenAPI document the landing page names');

      const { body: conformance } = await ogc(s, '/ogc/conformance', '/ogc/conformance');
      assert.ok(conformance.conformsTo.includes('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core'));
      assert.ok(conformance.conformsTo.includes('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson'));

      const { body: all } = await ogc(s, '/ogc/collections', '/ogc/collections');
      assert.deepEqual(
        all.collections.map((c: { id: string }) => c.id),
        ['initiatives'],
      );
      const { body: one } = await ogc(s, '/ogc/collections/initiatives', '/ogc/collections/{collectionId}');
      assert.equal(one.license, 'CC0-1.0');
      assert.equal(link(one.links, 'license'), 'https://spdx.org/licenses/CC0-1.0.html');
      // The extent holds every initiative.
      const points = await s.db.all<{ lon: number; lat: number }>('SELECT lon, lat FROM initiatives');
      const [[w, south, e, n]] = one.extent.spatial.bbox as [[number, number, number, number]];
      for (const p of points)
        assert.ok(p.lon >= w && p.lon <= e && p.lat >= south && p.lat <= n, `${p.lon},${p.lat} in the extent`);
      assert.equal((await s.fetch('/api/v1/ogc/collections/ideas')).status, 404);
      await s.close();
    });

    test('items page on by their next links to every published initiative once; bbox and datetime filter', async () => {
      const s = await startTestServer(dialect);
      const count = Number((await s.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM initiatives'))!.n);
      const seen: number[] = [];
      let next: string | undefined = `/ogc/collections/initiatives/items?limit=7`;
      let pages = 0;
      while (next) {
        const { res, body } = await ogc(s, next, ITEMS);
        const page = body as Collection;
        assert.equal(res.headers.get('content-type')!.split(';')[0], 'application/geo+json');
        assert.equal(page.numberMatched, count);
        assert.equal(page.numberReturned, page.features.length);
        if (pages) assert.ok(link(page.links, 'prev'), 'a page after the first links back');
        seen.push(...page.features.map((f) => f.id));
        const href = link(page.links, 'next');
        assert.ok(!href || href.startsWith(`${s.url}/api/v1/`), 'absolute');
        next = href && href.slice(`${s.url}/api/v1`.length);
        pages++;
      }
      assert.equal(pages, Math.ceil(count / 7));
      assert.deepEqual(
        seen,
        [...seen].sort((a, b) => a - b),
        'in id order',
      );
      assert.equal(new Set(seen).size, count, 'every one once');

      const bbox = '5.15,52.33,5.25,52.40';
      const inBox = (await (await s.fetch(`/api/v1/initiatives?bbox=${bbox}`)).json()) as { total: number };
      const { body: boxed } = await ogc(s, `/ogc/collections/initiatives/items?bbox=${bbox}&limit=1000`, ITEMS);
      assert.equal(boxed.numberMatched, inBox.total);
      assert.ok(inBox.total > 0 && inBox.total < count);

      const [first, second] = (await s.db.all<{ id: number }>('SELECT id FROM initiatives ORDER BY id LIMIT 2')) as [
        { id: number },
        { id: number },
      ];
      await s.db.run("UPDATE initiatives SET updated_at = '2020-03-04T10:00:00.000Z' WHERE id = ?", [first.id]);
      await s.db.run("UPDATE initiatives SET updated_at = '2020-06-01T08:00:00.000Z' WHERE id = ?", [second.id]);
      const ids = async (datetime: string) =>
        (
          (
            await ogc(
              s,
              `/ogc/collections/initiatives/items?limit=1000&datetime=${encodeURIComponent(datetime)}`,
              ITEMS,
            )
          ).body as Collection
        ).features.map((f) => f.id);
      assert.deepEqual(await ids('2020-03-04T10:00:00Z'), [first.id]);
      assert.deepEqual(await ids('2020-03-04'), [first.id], 'a day is the whole day');
      assert.deepEqual(await ids('../2020-12-31T23:59:59Z'), [first.id, second.id]);
      assert.deepEqual(await ids('2020-05-01T00:00:00Z/2020-07-01T00:00:00+02:00'), [second.id]);
      assert.equal((await ids('2021-01-01T00:00:00Z/..')).length, count - 2);

      const { body: item, res } = await ogc(
        s,
        `/ogc/collections/initiatives/items/${first.id}`,
        `${ITEMS}/{featureId}`,
      );
      assert.equal(res.headers.get('content-type')!.split(';')[0], 'application/geo+json');
      assert.equal(item.id, first.id);
      assert.equal(link(item.links, 'self'), `${s.url}/api/v1/ogc/collections/initiatives/items/${first.id}`);
      for (const missing of ['999999', 'abc', '0'])
        assert.equal((await s.fetch(`/api/v1/ogc/collections/initiatives/items/${missing}`)).status, 404);
      await s.close();
    });

    test('a wrong or unknown parameter is a 400 with its pointer (OGC), never a 5xx', async () => {
      const s = await startTestServer(dialect);
      const cases: [string, string][] = [
        ['limit=0', '#/query/limit'],
        ['limit=10001', '#/query/limit'],
        ['offset=-1', '#/query/offset'],
        ['bbox=5.3,52,5.1,53', '#/query/bbox'],
        ['bbox=noord', '#/query/bbox'],
        ['datetime=gisteren', '#/query/datetime'],
        ['datetime=2021-01-01T00:00:00Z/2020-01-01T00:00:00Z', '#/query/datetime'],
        ['datetime=../..', '#/query/datetime'],
        ['f=xml', '#/query/f'],
        ['kleur=rood', '#/query/kleur'],
      ];
      for (const [query, pointer] of cases) {
        const res = await s.fetch(`/api/v1/ogc/collections/initiatives/items?${query}`);
        const body = await expectDocumented(res, ITEMS);
        assert.equal(res.status, 400, query);
        assert.equal(res.headers.get('content-type')!.split(';')[0], 'application/problem+json', query);
        assert.deepEqual(
          body.errors.map((e: { pointer: string }) => e.pointer),
          [pointer],
          query,
        );
      }
      assert.equal((await s.fetch('/api/v1/ogc?service=WFS')).status, 400, 'unknown on every OGC path');
      await s.close();
    });

    test('the GeoJSON download: all of them, licence and source in the file, nothing personal', async () => {
      const s = await startTestServer(dialect, { openDataLicense: 'CC-BY-4.0' });
      const count = Number((await s.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM initiatives'))!.n);
      // An initiator with a name and an e-mail address on record, and a contact person: none of it is open data.
      await s.db.run("UPDATE initiatives SET initiator = 'Jan Jansen (jan@example.org)' WHERE id = 1");
      const res = await s.fetch('/api/v1/open-data/initiatives.geojson');
      const text = await res.clone().text();
      const file = await expectDocumented(res, '/open-data/initiatives.geojson');
      assert.equal(res.headers.get('content-type')!.split(';')[0], 'application/geo+json');
      assert.equal(file.features.length, count);
      assert.equal(file.license, 'CC-BY-4.0');
      assert.doesNotMatch(text, /@|Jan Jansen|initiator|contact|email/i);
      const { body: items } = await ogc(s, '/ogc/collections/initiatives/items?limit=10000', ITEMS);
      assert.doesNotMatch(JSON.stringify(items), /@|Jan Jansen/);
      await s.close();
    });
  });
}

test('a real OGC API client (@camptocamp/ogc-client, as geospatial viewers use) reads the service', async () => {
  const s = await startTestServer('sqlite');
  const count = Number((await s.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM initiatives'))!.n);
  const api = new OgcApiEndpoint(`${s.url}/api/v1/ogc`);
  assert.match((await api.info).title, /Bewonersinitiatieven/);
  assert.equal(await api.hasFeatures, true);
  assert.deepEqual(await api.featureCollections, ['initiatives']);
  const info = await api.getCollectionInfo('initiatives');
  assert.equal(info.license, 'CC0-1.0');
  assert.deepEqual(info.itemFormats, ['application/geo+json']);
  assert.equal(info.bulkDownloadLinks['application/geo+json'], `${s.url}/api/v1/open-data/initiatives.geojson`);
  const ids: number[] = [];
  for (let offset = 0; offset < count; offset += 10)
    ids.push(...(await api.getCollectionItems('initiatives', 10, offset)).map((f) => Number(f.id)));
  assert.equal(new Set(ids).size, count);
  const one = await api.getCollectionItem('initiatives', String(ids[3]));
  assert.equal(Number(one.id), ids[3]);
  assert.equal((one.properties as unknown as Record<string, unknown>).municipality, 'GM0034');
  // The URL it makes for a box and a time is one the service takes.
  const url = await api.getCollectionItemsUrl('initiatives', {
    limit: 5,
    extent: [5.15, 52.33, 5.25, 52.4],
    dateTime: { start: new Date('2020-01-01T00:00:00Z') },
  });
  assert.match(url, /bbox=5\.15(%2C|,)52\.33/);
  assert.match(url, /datetime=2020-01-01T00(%3A|:)00(%3A|:)00(\.000)?Z(%2F|\/)\.\./);
  const res = await fetch(url);
  assert.equal(res.status, 200, url);
  const boxed = (await res.json()) as { numberMatched: number };
  const inBox = (await (await s.fetch('/api/v1/initiatives?bbox=5.15,52.33,5.25,52.4')).json()) as { total: number };
  assert.equal(boxed.numberMatched, inBox.total);
  await s.close();
});

test('datetime: instants, days, intervals with open ends; nonsense is undefined', () => {
  assert.deepEqual(parseDatetime('2026-01-02T03:04:05Z'), {
    from: '2026-01-02T03:04:05.000Z',
    to: '2026-01-02T03:04:05.000Z',
  });
  assert.deepEqual(parseDatetime('2026-01-02'), { from: '2026-01-02T00:00:00.000Z', to: '2026-01-02T23:59:59.999Z' });
  assert.deepEqual(parseDatetime('2026-01-02T01:00:00+01:00/..'), { from: '2026-01-02T00:00:00.000Z', to: undefined });
  assert.deepEqual(parseDatetime('/2026-01-02T00:00:00Z'), { from: undefined, to: '2026-01-02T00:00:00.000Z' });
  for (const bad of [
    '',
    '..',
    '../..',
    'morgen',
    '2026-13-01',
    '2026-01-02T25:00:00Z',
    'a/b/c',
    '2027-01-01/2026-01-01',
  ])
    assert.equal(parseDatetime(bad), undefined, bad);
});
