// What a release carries besides code: the licence package.json claims, the publiccode.yml
// that makes Buurtkit findable on developer.overheid.nl, and a changelog that knows the version.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { LOCALES } from '../../packages/api/src/locales.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const version = JSON.parse(read('packages/buurtkit/package.json')).version as string;

test('LICENSE holds the EUPL-1.2 that every package.json claims', () => {
  const text = read('LICENSE');
  assert.match(text, /^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2\n/);
  assert.match(text, /Appendix\s+.Compatible Licences. according to Article 5 EUPL are:/);
  assert.ok(text.length > 12_000, 'the whole text, not a notice');
  const manifests = [
    'package.json',
    ...['api', 'buurtkit', 'core', 'server', 'idea-form'].map((p) => `packages/${p}/package.json`),
  ];
  for (const m of manifests) assert.equal(JSON.parse(read(m)).license, 'EUPL-1.2', m);
});

test('publiccode.yml has what the standard requires, agreeing with the code', () => {
  const doc = parse(read('publiccode.yml'));
  for (const key of [
    'publiccodeYmlVersion',
    'name',
    'url',
    'softwareVersion',
    'releaseDate',
    'platforms',
    'categories',
    'developmentStatus',
    'softwareType',
    'description',
    'legal',
    'maintenance',
    'localisation',
  ])
    assert.ok(doc[key] !== undefined, `publiccode.yml lacks ${key}`);
  assert.equal(doc.publiccodeYmlVersion, '0.4');
  assert.equal(doc.softwareVersion, version, 'the version of the buurtkit package');
  assert.equal(doc.legal.license, 'EUPL-1.2');
  assert.deepEqual(doc.localisation.availableLanguages, [...LOCALES]);
  assert.match(doc.releaseDate, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(['concept', 'development', 'beta', 'stable', 'obsolete'].includes(doc.developmentStatus));
  for (const lang of ['nl', 'en']) {
    const d = doc.description[lang];
    assert.ok(d.shortDescription.length <= 150, `${lang} shortDescription is at most 150 characters`);
    assert.ok(d.longDescription.length >= 150 && d.longDescription.length <= 10_000, `${lang} longDescription`);
    assert.ok(d.features.length > 0);
  }
  assert.ok(['internal', 'contract', 'community', 'none'].includes(doc.maintenance.type));
  assert.ok(doc.maintenance.contacts.length > 0, 'community maintenance needs contacts');
});

test('the changelog has the current version, newest first', () => {
  const text = read('CHANGELOG.md');
  const versions = [...text.matchAll(/^## (\d+\.\d+\.\d+) - (\d{4}-\d{2}-\d{2})$/gm)].map((m) => m[1]);
  assert.ok(versions.includes(version), `CHANGELOG.md has ## ${version} - YYYY-MM-DD`);
  assert.ok(text.indexOf('## Unreleased') < text.indexOf(`## ${version}`), 'Unreleased above the releases');
});
