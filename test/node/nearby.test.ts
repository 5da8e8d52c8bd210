import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nearby, NEARBY } from '@buurtkit/api/nearby';
import { expectDocumented } from './helpers/openapi.ts';
import { dialects, startTestServer } from './helpers/server.ts';

/**
 * "In de buurt" (issue 20): the server's answer is the rule of `@buurtkit/api/nearby` over every
 * published initiative; the database's first cut (the spatial index's box, the buurt) must
 * never leave out one the rule would list. Both databases, on the seeded Almere, Leiden and
 * Zwolle data, and on initiatives placed for the purpose.
 */
type Feature = { id: number; geometry: { coordinates: [number, number] }; properties: Record<string, string> };
type Item = { id: number; distance: number; sameTheme: boolean; sameBuurt: boolean };

for (const dialect of dialects) {
  describe(`in de buurt (${dialect})`, () => {
    test('every initiative gets what the rule says over all of them, documented', async () => {
      const s = await startTestServer(dialect);
      // Two more in one Almere buurt, one of them on the theme of a third 700 m away.
      const base = (await s.db.get<{ id: number }>(
        "SELECT id FROM initiatives WHERE area_code LIKE 'BU0034%' LIMIT 1",
      ))!;
      const [target] = await s.db.all<{ lon: number; lat: number; theme: string; area_code: string }>(
        'SELECT lon, lat, theme, area_code FROM initiatives WHERE id = ?',
        [base.id],
      );
      for (const [dLon, theme, area] of [
        [0.01, target!.theme, target!.area_code],
        [0.02, 'cultuur-en-ontmoeting', target!.area_code],
        [-0.01, target!.theme, null],
      ] as const) {
        const now = new Date().toISOString();
        await s.db.run(
          `INSERT INTO initiatives (title, summary, description, theme, phase_model, phase, phase_since, role, support,
             supporters, area_code, municipality, lon, lat, contact_id, links, images, initiator, status, idea_id,
             created_at, updated_at)
           VALUES ('Naast de deur', 'Vlakbij.', 'Vlakbij.', ?, 'burgerinitiatief', 'idee', ?, 'faciliteren', '[]', 0, ?,
             'GM0034', ?, ?, NULL, '[]', '[]', NULL, 'active', NULL, ?, ?)`,
          [theme, now, area, Number(target!.lon) + dLon, Number(target!.lat), now, now],
        );
      }
      const all = ((await (await s.fetch('/api/v1/initiatives?limit=5000')).json()) as { features: Feature[] })
        .features;
      const places = all.map((f) => ({
        id: f.id,
        lon: f.geometry.coordinates[0],
        lat: f.geometry.coordinates[1],
        theme: f.properties.theme!,
        areaCode: f.properties.areaCode ?? null,
      }));
      let listed = 0;
      for (const p of places) {
        const res = await s.fetch(`/api/v1/initiatives/${p.id}/nearby`);
        const { items } = (await expectDocumented(res, '/initiatives/{id}/nearby')) as { items: Item[] };
        const expected = nearby(p, places).map((n) => [n.id, n.distance, n.sameTheme, n.sameBuurt]);
        assert.deepEqual(
          items.map((n) => [n.id, n.distance, n.sameTheme, n.sameBuurt]),
          expected,
          `initiative ${p.id}`,
        );
        assert.ok(items.length <= NEARBY.max);
        listed += items.length;
      }
      assert.ok(listed >= 12, `${listed} listed in all`);
      const around = ((await (await s.fetch(`/api/v1/initiatives/${base.id}/nearby`)).json()) as { items: Item[] })
        .items;
      assert.ok(around.some((n) => n.sameBuurt && n.sameTheme && n.distance > 600 && n.distance < 750));
      assert.ok(around.some((n) => n.sameBuurt && !n.sameTheme));
      assert.ok(around.some((n) => !n.sameBuurt && n.sameTheme));
      assert.equal((await s.fetch('/api/v1/initiatives/999999/nearby')).status, 404);
      assert.equal((await s.fetch('/api/v1/initiatives/abc/nearby')).status, 422);
      await s.close();
    });
  });
}
