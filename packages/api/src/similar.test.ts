import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fts5Match, SIMILAR, similar, similarQuery, stem, stems, tsQuery, type SimilarCandidate } from './similar.js';

test('stems: diminutives, plurals and doubled consonants come off; a stem is a prefix and its own stem', () => {
  const cases: [string, string][] = [
    ['moestuintjes', 'moestuin'],
    ['bloemetjes', 'bloem'],
    ['bankje', 'bank'],
    ['bewoners', 'bewoner'],
    ['zonnepanelen', 'zonnepanel'],
    ['daken', 'dak'],
    ['bakken', 'bak'],
    ['keukentje', 'keuk'],
    ['insectenhotels', 'insectenhotel'],
    ['fietsen', 'fiet'],
    ['tien', 'tien'], // nothing of three letters would be left
  ];
  for (const [word, expected] of cases) {
    assert.equal(stem(word), expected, word);
    assert.equal(stem(expected), expected, `${expected} is its own stem`);
    assert.ok(word.startsWith(expected), `${expected} is a prefix of ${word}`);
  }
});

test('the words of a text: no stop words, numbers or accents, once each, in order', () => {
  assert.deepEqual(stems('Een moestuin voor de buurt! 400 Moestuintjes, café en IDEEËN'), ['moestuin', 'cafe']);
  assert.deepEqual(stems(stems('Zonnepanelen op de daken van de bakkerij').join(' ')), [
    'zonnepanel',
    'dak',
    'bakkerij',
  ]);
});

test('the words asked for among a text are those of all its words, accents or not', () => {
  const texts = ['Repair Café in de Bakkerij', 'Moestuintjes, bakken en een moestuin', 'Zonnepanelen op daken', ''];
  const asked = new Set(['cafe', 'bak', 'moestuin', 'dak', 'zon']);
  for (const text of texts) {
    assert.deepEqual(
      stems(text, asked),
      stems(text).filter((w) => asked.has(w)),
      text,
    );
  }
  assert.deepEqual(stems('Café Bakkerij', new Set(['cafe'])), ['cafe']);
});

test('the question takes the first twelve words, and the queries quote every stem as a prefix', () => {
  const q = similarQuery('alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike', 'groen');
  assert.equal(q.words.length, SIMILAR.words);
  assert.equal(q.theme, 'groen');
  assert.equal(fts5Match(['moestuin', 'bak']), '"moestuin"* OR "bak"*');
  assert.equal(tsQuery(['moestuin', 'bak']), "'moestuin':* | 'bak':*");
});

const at = (id: number, dLon: number, title: string, theme = 'groen', summary = ''): SimilarCandidate => ({
  id,
  title,
  summary,
  theme,
  lon: 5.27 + dLon, // about 70 m per 0.001 degree here
  lat: 52.33,
});
const here = { lon: 5.27, lat: 52.33 };

test('with a place: words in common, the same theme and nearness score; beyond 5 km nothing counts', () => {
  const q = similarQuery('Een moestuin met bakken bij de school', 'groen', here);
  const found = similar(q, [
    at(1, 0.002, 'Moestuin Buitenvaart', 'groen', 'Een moestuin met bakken voor de school'), // 3 words
    at(2, 0.03, 'Buurtmoestuin', 'groen'), // compound: no word in common, same theme 2 km away
    at(3, 0.01, 'Geveltuinen', 'groen'), // same theme, 700 m: nearby counts without words
    at(4, 0.1, 'Moestuin elders', 'groen'), // 7 km: too far
    at(5, 0.001, 'Schoolplein', 'jeugd', 'Een nieuwe school'), // one word, another theme, 70 m
    at(6, 0.02, 'Kunst', 'kunst'), // nothing in common
  ]);
  assert.deepEqual(
    found.map((f) => [f.id, f.score, f.words]),
    [
      [1, 10, ['moestuin', 'bak', 'school']],
      [5, 4, ['school']],
      [3, 3, []],
    ],
  );
  assert.equal(found[0]!.sameTheme, true);
  assert.ok(found[2]!.distance! > 600 && found[2]!.distance! < 800);
});

test('without a place: words decide, two of them or one on the same theme; best first, then newest', () => {
  const q = similarQuery('Zonnepanelen op de daken', 'energie');
  const found = similar(q, [
    at(1, 5, '400 daken vol zonnepanelen', 'energie'),
    at(2, 1, 'Zonnepanelen', 'energie'),
    at(3, 1, 'Zonnepanelen', 'energie'),
    at(4, 1, 'Zonnepanelen', 'jeugd'), // one word, other theme: 2 points
  ]);
  assert.deepEqual(
    found.map((f) => [f.id, f.score, f.distance]),
    [
      [1, 6, null],
      [3, 4, null],
      [2, 4, null],
    ],
  );
});

test('never more than five', () => {
  const many = Array.from({ length: 9 }, (_, i) => at(i + 1, 0.001, 'Moestuin', 'groen'));
  assert.equal(similar(similarQuery('moestuin', 'groen', here), many).length, SIMILAR.max);
});
