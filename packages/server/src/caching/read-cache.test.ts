import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Answer, ReadCache } from './read-cache.js';

const answer = (bytes: number) => new Answer(Buffer.alloc(bytes, 'x'), 'application/json');

test('an answer is kept from the second time its key is asked', () => {
  const cache = new ReadCache(1024 * 1024);
  const a = answer(100);
  assert.equal(cache.set('1 /a', a), false);
  assert.equal(cache.get('1 /a'), undefined);
  assert.equal(cache.set('1 /a', a), true);
  assert.equal(cache.get('1 /a'), a);
  // Another version is another key: asked once again before it is kept.
  assert.equal(cache.set('2 /a', a), false);
});

test('the keys asked once are bounded, oldest forgotten first', () => {
  const cache = new ReadCache(1024 * 1024, 2);
  cache.set('/a', answer(10));
  cache.set('/b', answer(10));
  cache.set('/c', answer(10));
  assert.equal(cache.set('/a', answer(10)), false, '/a was forgotten, so this is its first time again');
  assert.equal(cache.set('/c', answer(10)), true);
});

test('bounded in bytes, least recently used out first; too big is never kept', () => {
  // An answer counts twice its body (the bytes and a compressed form): five of 100 fill 1,000.
  const cache = new ReadCache(1000);
  const keep = (key: string, a: Answer) => (cache.set(key, a), cache.set(key, a));
  const kept = ['/a', '/b', '/c', '/d', '/e'].map((key) => [key, answer(100)] as const);
  for (const [key, a] of kept) assert.equal(keep(key, a), true);
  assert.equal(cache.get('/a'), kept[0]![1]); // /a is now the most recent
  keep('/f', answer(100));
  assert.equal(cache.get('/b'), undefined);
  for (const [key, a] of kept.filter(([key]) => key !== '/b')) assert.equal(cache.get(key), a);
  // Over a quarter of the whole: never kept, however often asked.
  assert.equal(keep('/big', answer(130)), false);
  assert.equal(cache.set('/big', answer(130)), false);
  assert.equal(cache.get('/big'), undefined);
});
