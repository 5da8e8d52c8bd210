import { expect } from '@open-wc/testing';
import { ApiClient } from '@buurtkit/core';
import { InitiativeSource } from './initiative-source.ts';
// @ts-expect-error served by the test runner
import { API } from '/__buurtkit/env.js';

const NL: [number, number, number, number] = [3.2, 50.7, 7.3, 53.6];
const filter = { theme: [], phase: [], q: '' };

/** What a source shows of the whole country at zoom 18 (every initiative its own point). */
async function points(fetchImpl?: typeof fetch) {
  const client = new ApiClient({ baseUrl: API, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const source = new InitiativeSource(false);
  await source.load(client, filter, new AbortController().signal);
  const items = await source.items(client, filter, NL, 18, new AbortController().signal);
  source.destroy();
  return { total: source.total, mode: source.mode, items: items.map((i) => [i.id, i.lon, i.lat, i.theme, i.phase]) };
}

describe('the map downloads initiatives as columns', () => {
  it('reads columns from the server, and tuples from a backend that refuses them, to the same points', async () => {
    const asked: string[] = [];
    const columns = await points((url, init) => {
      asked.push(new URL(String(url)).searchParams.get('format') ?? '');
      return fetch(url, init);
    });
    expect(asked).to.include('columns');
    expect(asked).not.to.include('compact');
    // A backend of the contract before columns: its real 422 for an unknown format value.
    const older: string[] = [];
    const tuples = await points((url, init) => {
      const u = new URL(String(url));
      if (u.searchParams.get('format') === 'columns') u.searchParams.set('format', 'unknown-format');
      older.push(u.searchParams.get('format') ?? '');
      return fetch(u, init);
    });
    expect(older).to.include('compact');
    expect(columns.mode).to.equal('client');
    expect(columns.total).to.equal(tuples.total);
    expect(columns.items.length).to.be.greaterThan(10);
    const byId = new Map(tuples.items.map((t) => [t[0], t]));
    for (const [id, lon, lat, theme, phase] of columns.items) {
      const t = byId.get(id)!;
      expect(t, `initiative ${id}`).not.to.equal(undefined);
      expect(Math.abs((lon as number) - (t[1] as number))).to.be.below(1e-5);
      expect(Math.abs((lat as number) - (t[2] as number))).to.be.below(1e-5);
      expect([theme, phase]).to.deep.equal([t[3], t[4]]);
    }
  });
});
