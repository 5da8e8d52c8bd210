import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { encodeColumns } from '@buurtkit/api/columns';
import { regionTransport } from './region-transport.js';

// The members' answers, by host: what each municipality's API says to the transport. (The
// browser suite runs the transport against real servers; here each way of answering is one
// line.)
const columns = (ids: number[]) => ({
  ...encodeColumns(ids.map((id) => ({ id, lon: 5.2, lat: 52.3, theme: 'groen', phase: 'idee' }))),
  total: ids.length,
  limit: 5000,
  offset: 0,
});
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const answers: Record<string, (url: URL) => Response | Promise<Response>> = {
  'ok.example': () => json(columns([3, 2, 1])),
  'picky.example': () => json({ title: 'Unprocessable Content', status: 422 }, 422),
  'garbage.example': () => new Response('<html>login</html>', { status: 200 }),
  'down.example': () => json({ status: 503 }, 503),
  'gone.example': () => Promise.reject(new TypeError('Failed to fetch')),
};
const realFetch = globalThis.fetch;
afterEach(() => (globalThis.fetch = realFetch));

test('a download: a member refusing the filter has none of it; one failing or answering garbage is named', async () => {
  globalThis.fetch = async (input) => {
    const url = new URL(String(input));
    return answers[url.host]!(url);
  };
  const reported: number[][] = [];
  const members = Object.keys(answers).map((host) => ({ name: host, api: `https://${host}/api/v1` }));
  const transport = regionTransport(members, { deadlineMs: 1000, changed: (down) => reported.push([...down]) });
  const response = await transport('https://region.buurtkit.invalid/initiatives?format=columns&limit=5000&offset=0');
  assert.equal(response.status, 200);
  const page = (await response.json()) as { id: number[]; total: number };
  assert.equal(page.total, 3, 'the one member that has some');
  assert.equal(page.id[0], 3000, 'its first id, as the region’s (id × 1000 + its place)');
  assert.deepEqual(reported.at(-1)?.sort(), [2, 3, 4], 'garbage, down and gone are named; the picky one is not');
});

test('a list: merged from the members that answer; none answering is a 503', async () => {
  const feature = (id: number, updated: string) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [5.2, 52.3] },
    properties: { id, title: `#${id}`, updated, backers: 0 },
  });
  globalThis.fetch = async (input) => {
    const url = new URL(String(input));
    if (url.host === 'a.example') return json({ features: [feature(7, '2026-05-01')], total: 1 });
    if (url.host === 'b.example') return json({ features: [feature(9, '2026-06-01')], total: 4 });
    return json({ status: 503 }, 503);
  };
  const members = ['a', 'b', 'c'].map((h) => ({ name: h, api: `https://${h}.example/api/v1` }));
  const transport = regionTransport(members, { deadlineMs: 1000, changed: () => undefined });
  const list = (await (await transport('https://region.buurtkit.invalid/initiatives?limit=20&offset=0')).json()) as {
    features: { id: number }[];
    total: number;
  };
  assert.deepEqual(
    list.features.map((f) => f.id),
    [9001, 7000],
  );
  assert.equal(list.total, 5);

  const none = regionTransport([members[2]!], { deadlineMs: 1000, changed: () => undefined });
  assert.equal((await none('https://region.buurtkit.invalid/initiatives?limit=20')).status, 503);
  // A request for one initiative goes to its own member, with its own id, and answers with the region's.
  globalThis.fetch = async (input) => {
    const url = new URL(String(input));
    assert.equal(`${url.host}${url.pathname}`, 'b.example/api/v1/initiatives/9');
    return json({ id: 9, title: '#9' });
  };
  const one = await (await transport('https://region.buurtkit.invalid/initiatives/9001')).json();
  assert.deepEqual(one, { id: 9001, title: '#9' });
});
