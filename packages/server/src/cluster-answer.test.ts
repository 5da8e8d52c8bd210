import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLUSTER_OPTIONS } from '@buurtkit/api/cluster';
import { gridded } from '@buurtkit/api/cluster-grid';
import Supercluster from 'supercluster';
import { ClusterAnswers, type ClusterPoint } from './cluster-answer.ts';

/** A small generator, so every run clusters the same points. */
function random(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** Titles JSON must escape: quotes, backslashes, controls, non-Latin letters, emoji, a lone surrogate. */
const TITLES = [
  'Buurttuin "De Linde"',
  'Pad \\ brug',
  'Regel\nregel\t',
  'Speeltuin ë ï',
  'Sânmoarn 😀',
  'x\ud800y',
  '',
];

const points = (n: number): ClusterPoint[] => {
  const r = random(7);
  return Array.from({ length: n }, (_, i) => ({
    id: 1000 + i,
    lon: 4.8 + r() * 0.8,
    lat: 52 + r() * 0.6,
    title: `${TITLES[i % TITLES.length]} ${i}`,
    theme: i % 3 ? 'groen' : 'spelen',
    phase: i % 5 ? 'idee' : 'uitvoering',
  }));
};

/** JSON text as ASCII: each UTF-16 unit beyond it written as `\uXXXX` (JSON escapes any lone surrogate itself). */
const asAscii = (text: string) =>
  text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The answer as the route made it before: (gridded) Supercluster's features mapped, then `JSON.stringify`. */
function asObjects(all: ClusterPoint[], bbox: [number, number, number, number], zoom: number) {
  const index = gridded(new Supercluster<Omit<ClusterPoint, 'lon' | 'lat'>>({ ...CLUSTER_OPTIONS }));
  index.load(
    all.map(({ lon, lat, ...p }) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: p,
    })),
  );
  return JSON.stringify({
    type: 'FeatureCollection',
    zoom,
    features: index.getClusters(bbox, zoom).map((f) => {
      const p = f.properties as Record<string, unknown>;
      if (p.cluster) {
        const clusterId = Number(p.cluster_id);
        return {
          type: 'Feature',
          geometry: f.geometry,
          properties: {
            cluster: true,
            clusterId,
            count: Number(p.point_count),
            expansionZoom: index.getClusterExpansionZoom(clusterId),
          },
        };
      }
      return {
        type: 'Feature',
        geometry: f.geometry,
        properties: { cluster: false, id: p.id, title: p.title, theme: p.theme, phase: p.phase },
      };
    }),
  });
}

test('an answer is the text JSON.stringify made of the same clusters, in ASCII, at every zoom', () => {
  const all = points(3000);
  const answers = new ClusterAnswers(all);
  let features = 0;
  for (const bbox of [
    [4.7, 51.9, 5.7, 52.7],
    [5.0, 52.2, 5.2, 52.3],
    // As getClusters reads a box: longitudes wrapped, the whole world, across 180°, beyond the poles.
    [365.0, 52.0, 365.3, 52.4],
    [-200, 40, 200, 60],
    [170, -95, -170, 95],
    [4.7, -100, 5.7, 100],
  ] as [number, number, number, number][])
    for (let zoom = 0; zoom <= 19; zoom++) {
      const text = answers.answer(bbox, zoom);
      const stringified = asObjects(all, bbox, zoom);
      // The same JSON to a reader, sent as ASCII alone (hashed and encoded at memory speed).
      assert.deepEqual(JSON.parse(text), JSON.parse(stringified));
      assert.doesNotMatch(text, /[\u0080-\uffff]/);
      const expected = asAscii(stringified);
      // Where they part, not two 70 kB texts.
      const at = [...text].findIndex((c, i) => c !== expected[i]);
      assert.ok(
        text === expected,
        `zoom ${zoom}: from ${at}: ${text.slice(at, at + 80)} ≠ ${expected.slice(at, at + 80)}`,
      );
      features += (JSON.parse(text) as { features: unknown[] }).features.length;
      // A second answer, with the cluster's expansion zooms remembered, is the same text.
      assert.equal(answers.answer(bbox, zoom), text);
    }
  assert.ok(features > 6000, `compared ${features} features`);
});

test('an empty index answers an empty collection', () => {
  assert.deepEqual(JSON.parse(new ClusterAnswers([]).answer([3, 50, 8, 54], 10)), {
    type: 'FeatureCollection',
    zoom: 10,
    features: [],
  });
});
