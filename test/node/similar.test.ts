import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { similar, similarQuery, SIMILAR } from '@buurtkit/api/similar';
import { expectDocumented } from './helpers/openapi.ts';
import { dialects, startTestServer } from './helpers/server.ts';

/**
 * "Lijkt dit op een bestaand initiatief?" (issue 20): on the seeded Almere, Leiden and Zwolle
 * data, a typed idea gets the look-alikes a resident would expect, on both databases; and every
 * answer is the rule of `@buurtkit/api/similar` over all initiatives, so the full-text index's
 * cut (FTS5, a tsvector) never leaves out one the rule would keep.
 */
type Feature = { id: number; geometry: { coordinates: [number, number] }; properties: Record<string, string> };
type Item = { id: number; title: string; distance: number | null; sameTheme: boolean; words: string[] };

/** Typed ideas, placed 200 m east of the initiative named in `near`, and the titles expected first. */
const TYPED: { text: string; theme?: string; near?: string; expect: string[] }[] = [
  {
    text: 'Moestuintjes met bakken bij de school. Kinderen kweken groenten.',
    theme: 'groen-en-natuur',
    near: 'Moestuin Buitenvaart',
    expect: ['Moestuin Buitenvaart'],
  },
  {
    text: 'Zonnepanelen op ons dak. Samen inkopen is goedkoper.',
    theme: 'energie-en-duurzaamheid',
    near: '400 daken vol zonnepanelen',
    expect: ['400 daken vol zonnepanelen'],
  },
  {
    text: 'Boodschappen halen voor oudere buren',
    theme: 'zorg-en-welzijn',
    near: 'Boodschappenhulp Stevenshof',
    expect: ['Boodschappenhulp Stevenshof'],
  },
  {
    // No place: words decide, all over the country.
    text: 'Een repair café in het buurthuis: kapotte spullen repareren',
    expect: ['Repair Café Stad'],
  },
  {
    text: 'Aardgasvrij wonen: een warmtenet voor de wijk',
    theme: 'energie-en-duurzaamheid',
    expect: ['Aardgasvrij Rivierenwijk Deventer'],
  },
  { text: 'Schaakclub in de bibliotheek', theme: 'sport-en-bewegen', near: 'Singelpark Leiden', expect: [] },
];

for (const dialect of dialects) {
  describe(`similar initiatives (${dialect})`, () => {
    test('typed ideas get the expected look-alikes, each the rule over every initiative', async () => {
      const s = await startTestServer(dialect);
      const all = ((await (await s.fetch('/api/v1/initiatives?limit=5000')).json()) as { features: Feature[] })
        .features;
      const candidates = all.map((f) => ({
        id: f.id,
        title: f.properties.title!,
        summary: f.properties.summary!,
        theme: f.properties.theme!,
        lon: f.geometry.coordinates[0],
        lat: f.geometry.coordinates[1],
      }));
      for (const typed of TYPED) {
        const anchor = typed.near ? candidates.find((c) => c.title === typed.near)! : undefined;
        const at = anchor && { lon: anchor.lon + 0.003, lat: anchor.lat };
        const query = new URLSearchParams({ text: typed.text, ...(typed.theme ? { theme: typed.theme } : {}) });
        if (at) {
          query.set('lat', String(at.lat));
          query.set('lon', String(at.lon));
        }
        const res = await s.fetch(`/api/v1/initiatives/similar?${query}`);
        assert.equal(res.headers.get('cache-control'), 'private, max-age=60');
        const { items } = (await expectDocumented(res, '/initiatives/similar')) as { items: Item[] };
        assert.deepEqual(
          items.slice(0, typed.expect.length).map((i) => i.title),
          typed.expect,
          `${typed.text}: ${items.map((i) => i.title).join(', ')}`,
        );
        if (!typed.expect.length) assert.deepEqual(items, []);
        const rule = similar(similarQuery(typed.text, typed.theme, at), candidates);
        assert.deepEqual(
          items.map((i) => [i.id, i.distance, i.sameTheme, i.words]),
          rule.map((r) => [r.id, r.distance, r.sameTheme, r.words]),
          typed.text,
        );
        assert.ok(items.length <= SIMILAR.max);
      }
      await s.close();
    });

    test('the index follows every write: new, renamed and removed initiatives', async () => {
      const s = await startTestServer(dialect);
      const ask = async (text: string) =>
        (
          (await (await s.fetch(`/api/v1/initiatives/similar?${new URLSearchParams({ text })}`)).json()) as {
            items: Item[];
          }
        ).items.map((i) => i.title);
      const now = new Date().toISOString();
      await s.db.run(
        `INSERT INTO initiatives (title, summary, description, theme, phase_model, phase, phase_since, role, support,
           supporters, area_code, municipality, lon, lat, contact_id, links, images, initiator, status, idea_id,
           created_at, updated_at)
         VALUES ('Insectenhotels Poort', 'Bewoners timmeren insectenhotels voor de bijen.', '', 'groen-en-natuur',
           'burgerinitiatief', 'idee', ?, 'faciliteren', '[]', 0, NULL, 'GM0034', 5.2, 52.37, NULL, '[]', '[]', NULL,
           'active', NULL, ?, ?)`,
        [now, now, now],
      );
      assert.deepEqual(await ask('Insectenhotels timmeren'), ['Insectenhotels Poort']);
      await s.db.run(
        "UPDATE initiatives SET title = 'Bijenlint Poort', summary = 'Een lint van bloemen voor de bijen.' " +
          "WHERE title = 'Insectenhotels Poort'",
      );
      assert.deepEqual(await ask('Insectenhotels timmeren'), []);
      assert.deepEqual(await ask('Een lint met bloemen'), ['Bijenlint Poort']);
      await s.db.run("DELETE FROM initiatives WHERE title = 'Bijenlint Poort'");
      assert.deepEqual(await ask('Een lint met bloemen'), []);
      await s.close();
    });

    test('a wrong question gets a problem with a pointer; a text without words an empty list', async () => {
      const s = await startTestServer(dialect);
      const pointers = async (query: string) => {
        const res = await s.fetch(`/api/v1/initiatives/similar${query}`);
        assert.equal(res.status, 422, query);
        const body = (await expectDocumented(res, '/initiatives/similar')) as { errors: { pointer: string }[] };
        return body.errors.map((e) => e.pointer);
      };
      assert.deepEqual(await pointers(''), ['#/query/text']);
      assert.deepEqual(await pointers(`?text=${'a'.repeat(2001)}`), ['#/query/text']);
      assert.deepEqual(await pointers('?text=moestuin&lat=52.3'), ['#/query/lon']);
      assert.deepEqual(await pointers('?text=moestuin&lon=5.2'), ['#/query/lat']);
      assert.deepEqual(await pointers('?text=moestuin&lat=91&lon=5'), ['#/query/lat']);
      const empty = await s.fetch('/api/v1/initiatives/similar?text=de%20het%20een%2012');
      assert.deepEqual(await empty.json(), { items: [] });
      await s.close();
    });
  });
}
