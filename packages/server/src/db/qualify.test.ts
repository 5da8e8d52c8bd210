import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schemaQualifier } from './qualify.js';

const qualify = schemaQualifier(['initiatives', 'areas', 'counters', 'schema_migrations', 'backers']);

test('every table a statement names gets the schema', () => {
  assert.equal(
    qualify('gm0034', 'SELECT i.id FROM initiatives i JOIN areas a ON a.code = i.area_code WHERE i.id = ?'),
    'SELECT i.id FROM "gm0034".initiatives i JOIN "gm0034".areas a ON a.code = i.area_code WHERE i.id = ?',
  );
  assert.equal(
    qualify('public', 'UPDATE counters SET value = value + 1'),
    'UPDATE "public".counters SET value = value + 1',
  );
  assert.equal(qualify('gm1', 'insert into backers (x) values (?)'), 'insert into "gm1".backers (x) values (?)');
  assert.equal(qualify('gm1', 'DELETE FROM\n  initiatives'), 'DELETE FROM\n  "gm1".initiatives');
  assert.equal(qualify('gm1', 'VACUUM ANALYZE initiatives'), 'VACUUM ANALYZE "gm1".initiatives');
});

test('table definitions, their indexes and references', () => {
  assert.equal(
    qualify('gm1', 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER)'),
    'CREATE TABLE IF NOT EXISTS "gm1".schema_migrations (version INTEGER)',
  );
  assert.equal(
    qualify('gm1', 'CREATE TABLE backers (id INTEGER REFERENCES initiatives (id))'),
    'CREATE TABLE "gm1".backers (id INTEGER REFERENCES "gm1".initiatives (id))',
  );
  assert.equal(
    qualify('gm1', 'CREATE INDEX initiatives_location ON initiatives USING gist (location)'),
    'CREATE INDEX initiatives_location ON "gm1".initiatives USING gist (location)',
  );
  assert.equal(qualify('gm1', 'ALTER TABLE areas ADD COLUMN x TEXT'), 'ALTER TABLE "gm1".areas ADD COLUMN x TEXT');
});

test('columns, other words and names already qualified stay as they are', () => {
  for (const sql of [
    'UPDATE x SET backers = backers + 1',
    'SELECT count(*) AS backers FROM x',
    'SELECT 1 FROM x JOIN y ON initiatives.id = y.id',
    'SELECT value FROM "gm0034".counters',
    'SELECT 1 FROM initiatives_rtree',
    'SELECT 1 FROM areas_of(?)',
    'INSERT INTO x VALUES (1) ON CONFLICT (key) DO NOTHING',
  ])
    assert.equal(qualify('gm1', sql), sql);
});
