// HTTP caching and compression of public reads (issue 21), on the real server and both
// databases: what travels is compressed as the client accepts, every public read carries a
// validator and its cache policy, a matching If-None-Match gets a 304, a write changes the
// validator of exactly what it changed (on every instance), and staff and personal answers are
// never stored.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, suite, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { READS } from '../../packages/server/src/caching/policies.ts';
import { publicVersion } from '../../packages/server/src/store/versions.ts';
import { dialects, startTestServer, validIdea, type TestServer } from './helpers/server.ts';

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A GET as it travels: the bytes on the wire, not what fetch() would decode. */
function raw(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

const decoded = (r: Raw) =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;

for (const dialect of dialects) {
  suite(`public reads are compressed and cacheable, on ${dialect}`, () => {
    let s: TestServer;
    let initiative: { id: number; phase: string; phaseModel: string };
    let reference: string;
    const etag = async (path: string) => {
      const r = await raw(`${s.url}${path}`);
      assert.equal(r.status, 200, path);
      return r.headers.etag as string;
    };
    before(async () => {
      s = await startTestServer(dialect);
      const first = (await (await s.fetch('/api/v1/initiatives?limit=1')).json()).features[0];
      initiative = await (await s.fetch(`/api/v1/initiatives/${first.properties.id}`)).json();
      const receipt = await s.fetch('/api/v1/ideas', { method: 'POST', json: await validIdea(s) });
      reference = (await receipt.json()).reference;
    });
    after(() => s.close());

    const reads = () =>
      [
        ['/api/v1/initiatives?limit=200', READS.initiatives],
        ['/api/v1/initiatives?format=compact&limit=1000', READS.initiatives],
        ['/api/v1/initiatives/clusters?bbox=5.0,52.2,5.4,52.5&zoom=12', READS.initiatives],
        [`/api/v1/initiatives/${initiative.id}`, READS.initiatives],
        ['/api/v1/phase-models', READS.reference],
        [`/api/v1/phase-models/${initiative.phaseModel}`, READS.reference],
        ['/api/v1/themes', READS.reference],
        ['/api/v1/areas?level=wijk', READS.reference],
        ['/api/v1/contacts?lat=52.3365&lon=5.219', READS.contacts],
        [`/api/v1/tracking/${reference}`, READS.tracking],
        ['/api/v1/openapi.json', READS.document],
      ] as const;

    test('each public read: compressed as accepted, with its validator and cache policy, and a 304', async () => {
      for (const [path, policy] of reads()) {
        const plain = await raw(`${s.url}${path}`);
        assert.equal(plain.status, 200, path);
        assert.equal(plain.headers['content-encoding'], undefined, `${path}: nothing asked, nothing encoded`);
        assert.equal(plain.headers['cache-control'], policy.cacheControl, path);
        assert.match(String(plain.headers.vary), /Accept-Encoding/, path);
        const tag = plain.headers.etag as string;
        assert.match(tag, /^"[\w-]+"$/, `${path}: a strong validator`);
        const json = JSON.parse(plain.body.toString());
        for (const [accept, expected] of [
          ['gzip, deflate, br', 'br'],
          ['gzip', 'gzip'],
          ['br;q=0, gzip', 'gzip'],
        ] as const) {
          const r = await raw(`${s.url}${path}`, { 'Accept-Encoding': accept });
          if (plain.body.length < 1024) {
            assert.equal(r.headers['content-encoding'], undefined, `${path}: too small to be worth it`);
            continue;
          }
          assert.equal(r.headers['content-encoding'], expected, `${path} with ${accept}`);
          assert.ok(
            r.body.length < plain.body.length * (plain.body.length > 20_000 ? 0.25 : 0.8),
            `${path}: ${r.body.length} of ${plain.body.length} bytes`,
          );
          assert.deepEqual(JSON.parse(decoded(r).toString()), json, `${path}: the same answer`);
          assert.equal(r.headers.etag, tag, `${path}: one validator whatever the encoding`);
        }
        const again = await raw(`${s.url}${path}`, { 'If-None-Match': tag, 'Accept-Encoding': 'br' });
        assert.equal(again.status, 304, `${path}: unchanged`);
        assert.equal(again.body.length, 0);
        assert.equal(again.headers.etag, tag);
        assert.equal(again.headers['cache-control'], policy.cacheControl);
        const other = await raw(`${s.url}${path}`, { 'If-None-Match': '"something-else"' });
        assert.equal(other.status, 200, `${path}: another validator gets the answer`);
      }
      const big = await raw(`${s.url}/api/v1/initiatives?format=compact&limit=1000`, { 'Accept-Encoding': 'br' });
      assert.equal(big.headers['content-encoding'], 'br');
    });

    test('staff answers, anything personal and every error are never stored', async () => {
      for (const path of [
        '/api/v1/staff/ideas',
        '/api/v1/staff/me',
        `/api/v1/staff/figures?year=${new Date().getFullYear()}`,
        '/api/v1/staff/contacts',
      ]) {
        const r = await s.fetch(path, { staff: true });
        assert.equal(r.status, 200, path);
        assert.equal(r.headers.get('cache-control'), 'no-store', path);
        assert.equal(r.headers.get('etag'), null, path);
      }
      const receipt = await s.fetch('/api/v1/ideas', { method: 'POST', json: await validIdea(s) });
      assert.equal(receipt.status, 201);
      assert.equal(receipt.headers.get('cache-control'), 'no-store', 'the receipt');
      assert.equal((await s.fetch('/api/v1/ideas/form-token')).headers.get('cache-control'), 'no-store');
      const problem = await s.fetch('/api/v1/initiatives?bbox=nonsense');
      assert.equal(problem.status, 422);
      assert.equal(problem.headers.get('cache-control'), 'no-store', 'a problem');
      const missing = await s.fetch('/api/v1/initiatives/999999999');
      assert.equal(missing.headers.get('cache-control'), 'no-store', 'a 404');
    });

    test('a write changes the validators of what it changed, at once, and of nothing else', async () => {
      const watched = [
        '/api/v1/initiatives?limit=200',
        `/api/v1/initiatives/${initiative.id}`,
        '/api/v1/initiatives/clusters?bbox=-180,-85,180,85&zoom=19',
        '/api/v1/themes',
        '/api/v1/phase-models',
        `/api/v1/tracking/${reference}`,
      ];
      const snapshot = async () => Object.fromEntries(await Promise.all(watched.map(async (p) => [p, await etag(p)])));
      const changed = (a: Record<string, string>, b: Record<string, string>) => watched.filter((p) => a[p] !== b[p]);
      const start = await snapshot();

      // An idea sent changes nothing public (and the public version stays where it was).
      const version = await publicVersion(s.db);
      assert.equal((await s.fetch('/api/v1/ideas', { method: 'POST', json: await validIdea(s) })).status, 201);
      assert.equal(await publicVersion(s.db), version);
      assert.deepEqual(changed(start, await snapshot()), []);

      // The initiative moves on: its lists, its page and its point on the map change; themes do not.
      const model = await (await s.fetch(`/api/v1/phase-models/${initiative.phaseModel}`)).json();
      const next = model.phases.find((p: { key: string }) => p.key !== initiative.phase).key;
      const moved = await s.fetch(`/api/v1/staff/initiatives/${initiative.id}/phase`, {
        method: 'POST',
        staff: true,
        json: { phase: next },
      });
      assert.equal(moved.status, 200);
      const afterMove = await snapshot();
      assert.deepEqual(changed(start, afterMove), watched.slice(0, 3));
      assert.equal((await (await s.fetch(`/api/v1/initiatives/${initiative.id}`)).json()).phase, next);

      // A theme added: the themes change, the initiatives do not.
      const theme = await s.fetch('/api/v1/staff/themes/buurtfeesten', {
        method: 'PUT',
        staff: true,
        json: { label: { nl: 'Buurtfeesten' }, color: '#aa3300', icon: 'feest' },
      });
      assert.equal(theme.status, 200);
      const afterTheme = await snapshot();
      assert.deepEqual(changed(afterMove, afterTheme), ['/api/v1/themes']);

      // The idea is closed: its tracking answer changes, nothing public does.
      const idea = (await (await s.fetch('/api/v1/staff/ideas?limit=200', { staff: true })).json()).items.find(
        (i: { reference: string }) => i.reference === reference,
      );
      await s.fetch(`/api/v1/staff/ideas/${idea.id}/close`, {
        method: 'POST',
        staff: true,
        json: { reason: 'Dit doet de gemeente al.' },
      });
      assert.deepEqual(changed(afterTheme, await snapshot()), [`/api/v1/tracking/${reference}`]);

      // Whoever writes, the database says so: an import straight into the table is seen too.
      const before = await snapshot();
      await s.db.run('UPDATE initiatives SET title = ? WHERE id = ?', ['Ingelezen titel', initiative.id]);
      assert.deepEqual(changed(before, await snapshot()), watched.slice(0, 3));

      // A write that is rolled back moves nothing.
      const standing = await publicVersion(s.db);
      await assert.rejects(
        s.db.transaction(async (tx) => {
          await tx.run('UPDATE initiatives SET title = ? WHERE id = ?', ['Nooit gezien', initiative.id]);
          throw new Error('rolled back');
        }),
      );
      assert.equal(await publicVersion(s.db), standing);
      assert.notEqual((await (await s.fetch(`/api/v1/initiatives/${initiative.id}`)).json()).title, 'Nooit gezien');
    });

    test("a map view's list follows a write at once, on every instance", async () => {
      // Bbox pages come from an in-memory index of points once it is built: it must never
      // answer for a version other than the database's.
      const b = await startTestServer(dialect, { location: s.location, seed: false });
      try {
        const box = '5.0,52.2,5.4,52.5';
        const ids = async (server: TestServer, format: string) => {
          const body = await (await server.fetch(`/api/v1/initiatives?bbox=${box}&limit=1000&format=${format}`)).json();
          const list: number[] =
            format === 'compact'
              ? body.items.map(([id]: number[]) => id)
              : body.features.map((f: { id: number }) => f.id);
          assert.equal(list.length, body.total);
          return list;
        };
        const both = async () => [
          await ids(s, 'compact'),
          await ids(s, 'geojson'),
          await ids(b, 'compact'),
          await ids(b, 'geojson'),
        ];
        const before = await both();
        // Long enough for both instances to have built their index (a few ms for the seed).
        await new Promise((r) => setTimeout(r, 200));
        assert.deepEqual(await both(), before);
        const moved = before[0]![0]!;
        const { lon, lat } = (await s.db.get<{ lon: number; lat: number }>(
          'SELECT lon, lat FROM initiatives WHERE id = ?',
          [moved],
        ))!;
        await s.db.run('UPDATE initiatives SET lon = ?, lat = ? WHERE id = ?', [6.5, 53.2, moved]);
        const without = before[0]!.filter((id) => id !== moved);
        assert.deepEqual(await both(), [without, without, without, without], 'moved out of the view');
        await new Promise((r) => setTimeout(r, 200));
        assert.deepEqual(await both(), [without, without, without, without]);
        await s.db.run('UPDATE initiatives SET lon = ?, lat = ? WHERE id = ?', [lon, lat, moved]);
        assert.deepEqual(await both(), before, 'and back');
      } finally {
        await b.close();
      }
    });

    test('two instances on one database: a write through one changes what the other answers', async () => {
      const b = await startTestServer(dialect, { location: s.location, seed: false });
      try {
        const path = `/api/v1/initiatives/${initiative.id}`;
        const first = await raw(`${b.url}${path}`);
        const tag = first.headers.etag as string;
        assert.equal((await raw(`${b.url}${path}`, { 'If-None-Match': tag })).status, 304, 'kept by b');
        const renamed = `Hernoemd ${Date.now()}`;
        await s.db.run('UPDATE initiatives SET title = ? WHERE id = ?', [renamed, initiative.id]);
        const fresh = await raw(`${b.url}${path}`, { 'If-None-Match': tag });
        assert.equal(fresh.status, 200, 'b answers the new version at once');
        assert.notEqual(fresh.headers.etag, tag);
        assert.equal(JSON.parse(fresh.body.toString()).title, renamed);
      } finally {
        await b.close();
      }
    });
  });
}
