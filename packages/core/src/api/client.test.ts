import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiClient } from './client.js';

test('a path the API gives under /api/v1/ stays under the base the API was reached at', () => {
  const resolve = (base: string, url: string) => new ApiClient({ baseUrl: base }).resolve(url);
  // One municipality of several on a server, and a site's own path prefix.
  assert.equal(
    resolve('https://regio.example/t/GM0034/api/v1', '/api/v1/avatars/SV-210.svg'),
    'https://regio.example/t/GM0034/api/v1/avatars/SV-210.svg',
  );
  assert.equal(
    resolve('https://www.gemeente.example/buurtkit/api/v1/', '/api/v1/staff/ideas/3/photos/p1'),
    'https://www.gemeente.example/buurtkit/api/v1/staff/ideas/3/photos/p1',
  );
  // The plain case as before; other paths and absolute addresses untouched.
  assert.equal(
    resolve('https://api.example/api/v1', '/api/v1/avatars/a.svg'),
    'https://api.example/api/v1/avatars/a.svg',
  );
  assert.equal(resolve('https://regio.example/t/GM0034/api/v1', '/fotos/a.jpg'), 'https://regio.example/fotos/a.jpg');
  assert.equal(
    resolve('https://regio.example/t/GM0034/api/v1', 'https://cdn.example/a.jpg'),
    'https://cdn.example/a.jpg',
  );
  // A static folder is no API: a server path in it means that server's origin.
  assert.equal(
    resolve('https://www.gemeente.example/map', '/api/v1/avatars/a.svg'),
    'https://www.gemeente.example/api/v1/avatars/a.svg',
  );
});
