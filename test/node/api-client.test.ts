import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { before, describe, test } from 'node:test';
import {
  ApiClient,
  ApiError,
  backInitiative,
  clusterInitiatives,
  findContacts,
  getInitiative,
  getPhaseModel,
  listAreas,
  listInitiatives,
  listInitiativesCompact,
  listPhaseModels,
  listThemes,
  submitIdea,
  trackIdea,
} from '../../packages/core/src/api/index.ts';
import { Latest } from '../../packages/core/src/base/latest.ts';
import { countRows, startTestServer, validIdea, type TestServer } from './helpers/server.ts';

/** A loopback HTTP server whose answers a test scripts. */
async function scripted(
  handler: (n: number, req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void,
) {
  let n = 0;
  const server: Server = createServer((req, res) => handler(++n, req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    calls: () => n,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(r);
      }),
  };
}

// First in the file: the client remembers this page's last write (module state), and the
// suites below write.
describe('core ApiClient reads what the page itself just changed', () => {
  test("the browser's cache serves reads until the page writes; after that, reads revalidate", async () => {
    const s = await startTestServer('sqlite');
    const modes: (RequestCache | undefined)[] = [];
    const client = new ApiClient({
      baseUrl: `${s.url}/api/v1`,
      fetch: (url, init) => {
        if (!init?.method || init.method === 'GET') modes.push(init?.cache);
        return fetch(url, init);
      },
    });
    await listThemes(client);
    assert.deepEqual(modes, [undefined], 'reference data may come from the browser cache');
    const id = (await listInitiatives(client, { limit: 1 })).features[0]!.id;
    assert.equal(modes.at(-1), 'no-cache', 'initiatives always ask the server (a 304 when unchanged)');
    const { token } = (await (await s.fetch('/api/v1/ideas/form-token')).json()) as { token: string };
    await backInitiative(client, id, { email: 'buur@example.org', formToken: token, locale: 'nl' });
    await listThemes(client);
    assert.equal(modes.at(-1), 'no-cache', 'after a write the server is asked again (a 304 if unchanged)');
    await s.close();
  });
});

describe('core ApiClient against the real reference server', () => {
  let s: TestServer;
  let client: ApiClient;
  before(async () => {
    s = await startTestServer('sqlite');
    client = new ApiClient({ baseUrl: `${s.url}/api/v1/`, locale: 'en', backoff: () => 10 });
  });

  test('reads every public resource, typed and checked', async () => {
    const list = await listInitiatives(client, { bbox: [5.0, 52.25, 5.45, 52.5], theme: ['groen-en-natuur'] });
    assert.ok(list.features.length > 0);
    assert.ok(list.features.every((f) => f.properties.theme === 'groen-en-natuur'));
    const compact = await listInitiativesCompact(client, { area: 'GM0034' });
    assert.equal(compact.items.length, 16);
    const clusters = await clusterInitiatives(client, { bbox: [3, 50.5, 7.5, 54], zoom: 6 });
    assert.ok(clusters.features.length > 0);
    const detail = await getInitiative(client, list.features[0]!.id);
    assert.equal(detail.id, list.features[0]!.id);
    assert.ok(detail.history.length >= 1);
    assert.equal((await listPhaseModels(client)).items.length, 3);
    assert.equal((await getPhaseModel(client, 'burgerinitiatief')).phases.length, 5);
    assert.equal((await listThemes(client)).items.length, 10);
    assert.equal(
      (await listAreas(client, { municipality: 'GM0546', level: 'wijk', geometry: false })).features.length,
      10,
    );
    const contacts = await findContacts(client, { area: 'BU00340801', theme: 'groen-en-natuur' });
    assert.equal(contacts.contacts[0]!.name, 'Jeroen Bakker');
    assert.equal(client.resolve('/api/v1/avatars/SV-1.svg'), `${s.url}/api/v1/avatars/SV-1.svg`);
  });

  test('422 becomes an ApiError with localized field problems; 404 a problem error', async () => {
    const body = await validIdea(s, { title: 'x', contact: { name: 'A', email: 'nope' } });
    await assert.rejects(submitIdea(client, body as never, 'client-test-422'), (e: ApiError) => {
      assert.equal(e.kind, 'problem');
      assert.equal(e.status, 422);
      assert.deepEqual(e.problem!.errors.map((x) => x.pointer).sort(), ['#/contact/email', '#/title']);
      assert.match(e.problem!.errors[0]!.detail, /[A-Z]/);
      assert.equal(e.transient, false);
      return true;
    });
    await assert.rejects(trackIdea(client, 'BK-2026-9999'), (e: ApiError) => e.kind === 'problem' && e.status === 404);
  });

  test('a lost answer after the server stored the idea: the retry yields one idea', async () => {
    const before = await countRows(s.db, 'ideas');
    let first = true;
    const flaky = new ApiClient({
      baseUrl: `${s.url}/api/v1`,
      backoff: () => 10,
      // The request reaches the server, then the connection "drops" before the answer arrives.
      fetch: async (input, init) => {
        const res = await fetch(input, init);
        if (first && init?.method === 'POST') {
          first = false;
          await res.text();
          throw new TypeError('network down');
        }
        return res;
      },
    });
    const receipt = await submitIdea(flaky, (await validIdea(s)) as never, `client-retry-${Date.now()}`);
    assert.match(receipt.reference, /^BK-/);
    assert.equal(await countRows(s.db, 'ideas'), before + 1);
    const tracking = await trackIdea(client, receipt.reference);
    assert.equal(tracking.status, 'received');
  });

  test('superseded requests are aborted', async () => {
    const latest = new Latest();
    const first = listInitiatives(client, { q: 'a' }, { signal: latest.next() });
    const second = listInitiatives(client, { q: 'singelpark' }, { signal: latest.next() });
    await assert.rejects(first, (e: Error) => e.name === 'AbortError');
    assert.equal((await second).features[0]!.properties.title, 'Singelpark Leiden');
  });
});

describe('core ApiClient failure handling', () => {
  test('retries GETs on 503 with backoff, honours Retry-After on 429', async () => {
    const srv = await scripted((n, _req, res) => {
      if (n === 1) {
        res.writeHead(503).end();
        return;
      }
      if (n === 2) {
        res
          .writeHead(429, { 'Retry-After': '0', 'Content-Type': 'application/problem+json' })
          .end('{"type":"about:blank","title":"Too many","status":429}');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"items":[]}');
    });
    const c = new ApiClient({ baseUrl: srv.url, backoff: () => 5 });
    assert.deepEqual(await listThemes(c), { items: [] });
    assert.equal(srv.calls(), 3);
    await srv.close();
  });

  test('gives up after the attempts with a transient error', async () => {
    const srv = await scripted((_n, _req, res) => res.writeHead(502).end());
    const c = new ApiClient({ baseUrl: srv.url, backoff: () => 1, attempts: 2 });
    await assert.rejects(listThemes(c), (e: ApiError) => e.kind === 'problem' && e.status === 502 && e.transient);
    assert.equal(srv.calls(), 2);
    await srv.close();
  });

  test('times out a server that never answers', async () => {
    const srv = await scripted(() => {
      /* never answers */
    });
    const c = new ApiClient({ baseUrl: srv.url, timeout: 100, attempts: 1 });
    await assert.rejects(listThemes(c), (e: ApiError) => e.kind === 'timeout');
    await srv.close();
  });

  test('a malformed answer is a clear error, not a crash', async () => {
    for (const payload of ['{"items":[{"key":1}]}', 'not json', '{"nope":true}', 'null']) {
      const srv = await scripted((_n, _req, res) =>
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(payload),
      );
      const c = new ApiClient({ baseUrl: srv.url });
      await assert.rejects(listThemes(c), (e: ApiError) => e.kind === 'malformed' && /expected/.test(e.message));
      await srv.close();
    }
  });

  test('an unreachable server is a network error', async () => {
    const c = new ApiClient({ baseUrl: 'http://127.0.0.1:9/api/v1', attempts: 1 });
    await assert.rejects(listThemes(c), (e: ApiError) => e.kind === 'network' && e.transient);
  });
});
