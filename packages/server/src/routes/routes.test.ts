import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const folder = new URL('./', import.meta.url);
const routes = readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const SQL = /\b(SELECT\s[\s\S]*?\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b/i;

test('routes validate and answer: no SQL in them (every query lives in store/), no route imports a route', () => {
  assert.ok(routes.length >= 4, `found ${routes.join(', ')}`);
  for (const file of routes) {
    const text = readFileSync(new URL(file, folder), 'utf8');
    assert.doesNotMatch(text, SQL, `${file} holds SQL`);
    assert.doesNotMatch(text, /from '\.\/[^']+'/, `${file} imports another route`);
    assert.doesNotMatch(text, /\b(db|tx)\.(run|get|all)\(/, `${file} queries the database itself`);
  }
});
