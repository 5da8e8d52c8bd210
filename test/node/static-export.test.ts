import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, test } from 'node:test';
import { answerStatic, STATIC_FILES, type StaticManifest } from '@buurtkit/api/static-folder';
import { exportStatic } from '../../packages/server/src/static/export.ts';
import { dialects, startTestServer, type TestServer } from './helpers/server.ts';
import { serveFolder } from './helpers/static-server.ts';

/**
 * Static mode (issue 19): `export-static` writes the read part of the contract as files, and
 * `answerStatic` (what the widgets run in the browser) answers from them. Held to the real
 * server: the same questions asked of both get the same answers, on both databases.
 */
const run = promisify(execFile);
const BIN = new URL('../../packages/server/bin/buurtkit-server.mjs', import.meta.url).pathname;
const TEMPLATES = new URL('../../packages/server/templates/', import.meta.url).pathname;
const BASE = 'https://www.gemeente.example/buurtkit/';
const FOLDER = new URL(BASE).pathname;

const reader = (dir: string) => async (name: string) => {
  const path = join(dir, name);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
};

type Body = Record<string, unknown> & { errors?: { pointer: string }[] };

/** The same question to the server and to the folder: status, and body (or the problem's pointers). */
async function same(server: TestServer, dir: string, path: string) {
  const [p, query = ''] = path.split('?') as [string, string?];
  const folder = await answerStatic(reader(dir), BASE, 'GET', p, new URLSearchParams(query));
  const res = await server.fetch(`/api/v1${path}`);
  // The server names its avatars below its API; the folder holds them as files of its own.
  const body = JSON.parse((await res.text()).replaceAll('"/api/v1/avatars/', `"${FOLDER}avatars/`)) as Body;
  assert.equal(folder.status, res.status, `${path}: status`);
  if (res.ok) assert.deepEqual(folder.body, body, path);
  else
    assert.deepEqual(
      (folder.body as Body).errors?.map((e) => e.pointer),
      body.errors?.map((e) => e.pointer),
      `${path}: the problem's pointers`,
    );
  return folder.body as Body;
}

for (const dialect of dialects) {
  describe(`a static folder answers as the server does (${dialect})`, () => {
    test('initiatives: filters, paging, order and the three formats; each in detail', async () => {
      const server = await startTestServer(dialect);
      const dir = mkdtempSync(join(tmpdir(), 'buurtkit-static-'));
      const report = await exportStatic(server.db, join(dir, 'out'), { ideaMail: 'ideeen@almere.example' });
      const out = join(dir, 'out');
      const all = await same(server, out, '/initiatives?limit=5000');
      const features = all.features as { id: number; properties: Record<string, string | null> }[];
      assert.equal(report.initiatives, features.length);
      assert.ok(features.length > 20, 'the demo seed');
      const first = features[0]!.properties;
      const word = first
        .title!.split(' ')
        .find((w) => w.length > 4)!
        .toLowerCase();
      const buurt = features.find((f) => f.properties.areaCode?.startsWith('BU'))!.properties.areaCode!;
      const questions = [
        '/initiatives',
        '/initiatives?limit=7&offset=3',
        `/initiatives?theme=${first.theme}`,
        `/initiatives?theme=${first.theme},${features.at(-1)!.properties.theme}&phase=${first.phase}`,
        `/initiatives?q=${encodeURIComponent(word.toUpperCase())}`,
        '/initiatives?area=GM0034',
        '/initiatives?area=GM0546',
        `/initiatives?area=WK${buurt.slice(2, 8)}`,
        `/initiatives?area=${buurt}`,
        '/initiatives?bbox=5.15,52.33,5.25,52.40',
        '/initiatives?bbox=5.15,52.33,5.25,52.40&limit=3&offset=2&sort=backers',
        '/initiatives?sort=backers',
        '/initiatives?format=compact',
        `/initiatives?format=compact&theme=${first.theme}&limit=4&offset=1`,
        '/initiatives?format=columns',
        '/initiatives?format=columns&bbox=4,51,6,53&limit=5&offset=5',
        '/initiatives?offset=100000',
        // Wrong questions get the same problem, at the same place.
        '/initiatives?bbox=5.3,52,5.1,53',
        '/initiatives?limit=0',
        '/initiatives?format=xml',
        '/initiatives/999999',
      ];
      for (const q of questions) await same(server, out, q);
      for (const f of features) {
        await same(server, out, `/initiatives/${f.id}`);
        await same(server, out, `/initiatives/${f.id}/nearby`);
      }
      await same(server, out, '/initiatives/999999/nearby');
      // Look-alikes of typed ideas, with and without a place; wrong questions alike.
      const typed = (text: string, more = '') => `/initiatives/similar?text=${encodeURIComponent(text)}${more}`;
      for (const f of features.slice(0, 12)) {
        const [lon, lat] = (f as unknown as { geometry: { coordinates: number[] } }).geometry.coordinates;
        await same(
          server,
          out,
          typed(f.properties.title!, `&theme=${f.properties.theme}&lat=${lat! + 0.002}&lon=${lon}`),
        );
        await same(server, out, typed(`${f.properties.title} ${f.properties.summary}`));
      }
      const found = await same(
        server,
        out,
        typed('Moestuintjes met bakken', '&theme=groen-en-natuur&lat=52.418&lon=5.27'),
      );
      assert.ok((found.items as unknown[]).length > 0, 'a look-alike in Almere');
      await same(server, out, typed('Zonnepanelen', '&lat=52.4'));
      await same(server, out, '/initiatives/similar');
      // Only published initiatives are there: the folder has a file per listed one, no more.
      assert.equal(readdirSync(join(out, 'initiatives')).length, features.length);
      await server.close();
    });

    test('reference data, areas and the contact rule (point in polygon on the shipped boundaries)', async () => {
      const server = await startTestServer(dialect);
      const out = join(mkdtempSync(join(tmpdir(), 'buurtkit-static-')), 'out');
      await exportStatic(server.db, out);
      const models = (await same(server, out, '/phase-models')).items as { key: string }[];
      for (const m of models) await same(server, out, `/phase-models/${m.key}`);
      await same(server, out, '/phase-models/onbekend');
      const themes = ((await same(server, out, '/themes')).items as { key: string }[]).map((t) => t.key);
      await same(server, out, '/areas');
      await same(server, out, '/areas?municipality=GM0034&level=wijk');
      const buurten = (await same(server, out, '/areas?level=buurt&geometry=false')).features as { id: string }[];
      await same(server, out, '/areas?level=stad');
      // Every initiative's place, with and without each theme; every buurt and wijk by its code.
      const places = ((await server.fetch('/api/v1/initiatives?limit=5000').then((r) => r.json())) as Body)
        .features as { geometry: { coordinates: [number, number] } }[];
      for (const [i, { geometry }] of places.entries()) {
        const [lon, lat] = geometry.coordinates;
        await same(server, out, `/contacts?lat=${lat}&lon=${lon}`);
        await same(server, out, `/contacts?lat=${lat}&lon=${lon}&theme=${themes[i % themes.length]}`);
      }
      for (const { id } of buurten) await same(server, out, `/contacts?area=${id}`);
      for (const code of ['WK003401', 'WK054600', 'GM0034', 'BU99999999'])
        await same(server, out, `/contacts?area=${code}`);
      await same(server, out, '/contacts?lat=53.2&lon=6.56');
      await same(server, out, '/contacts?lat=52.37');
      await same(server, out, '/contacts');
      // The photos the folder names are in it, as the server draws them.
      const found = await answerStatic(reader(out), BASE, 'GET', '/contacts', new URLSearchParams('area=GM0034'));
      const photos = (found.body as { contacts: { photo: string | null }[] }).contacts.flatMap((c) => c.photo ?? []);
      for (const photo of photos) {
        const name = photo.slice(FOLDER.length);
        assert.match(name, /^avatars\/[A-Z]+-\d+\.svg$/);
        const drawn = await server.fetch(`/api/v1/${name}`).then((r) => r.text());
        assert.equal(readFileSync(join(out, name), 'utf8'), drawn);
      }
      await server.close();
    });
  });
}

describe('what a static folder cannot do, it says so', () => {
  test('writes, idea submission, tracking and server clusters: a 501 problem of its own type', async () => {
    const read = async () => undefined;
    for (const [method, path] of [
      ['POST', '/ideas'],
      ['GET', '/ideas/form-token'],
      ['GET', '/tracking/BK-7KQ4-M2XD-PQ33'],
      ['GET', '/initiatives/clusters'],
      ['POST', '/initiatives/1/backers'],
    ] as const) {
      const answer = await answerStatic(read, BASE, method, path, new URLSearchParams());
      assert.equal(answer.status, 501, path);
      assert.equal((answer.body as { type: string }).type, 'https://buurtkit.nl/problems/static-folder');
    }
    assert.equal((await answerStatic(read, BASE, 'GET', '/staff/ideas', new URLSearchParams())).status, 404);
  });

  test('a folder without its files (a wrong address) answers 404, never an empty list', async () => {
    const read = async () => undefined;
    for (const [path, query] of [
      ['/initiatives', ''],
      ['/initiatives/1', ''],
      ['/areas', ''],
      ['/contacts', 'area=GM0034'],
      ['/themes', ''],
      ['/phase-models/uitdaagrecht', ''],
      ['/buurtkit.json', ''],
    ] as const)
      assert.equal((await answerStatic(read, BASE, 'GET', path, new URLSearchParams(query))).status, 404, path);
  });
});

describe('buurtkit-server export-static', () => {
  test('straight from the spreadsheets, no database; served by a plain web server', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'buurtkit-static-')), 'site', 'buurtkit');
    const files = ['themas', 'contactpersonen', 'initiatieven'].map((n) => join(TEMPLATES, `${n}.xlsx`));
    const { stdout } = await run(process.execPath, [
      BIN,
      'export-static',
      out,
      '--idea-mail',
      'ideeen@gemeente.example',
      ...files,
    ]);
    assert.match(stdout, /Static folder written to .*: 1 initiatives, 1 contact persons, \d+ areas/);
    const manifest = JSON.parse(readFileSync(join(out, STATIC_FILES.manifest), 'utf8')) as StaticManifest;
    assert.equal(manifest.format, 'buurtkit-static');
    assert.equal(manifest.ideaMail, 'ideeen@gemeente.example');
    assert.ok(Date.now() - Date.parse(manifest.generated) < 60_000);
    // The folder on a web server that knows nothing of Buurtkit: what the widgets fetch is there.
    const web = await serveFolder(out, { cors: true });
    try {
      const list = await fetch(new URL(STATIC_FILES.initiatives, web.url));
      assert.equal(list.headers.get('access-control-allow-origin'), '*');
      const [initiative] = ((await list.json()) as { features: { id: number; properties: { title: string } }[] })
        .features;
      const detail = await fetch(new URL(STATIC_FILES.initiative(initiative!.id), web.url)).then((r) => r.json());
      assert.equal((detail as { title: string }).title, initiative!.properties.title);
      const themes = (await fetch(new URL(STATIC_FILES.themes, web.url)).then((r) => r.json())) as { items: unknown[] };
      assert.ok(themes.items.length > 5, 'the shipped themes and the imported one');
    } finally {
      await web.close();
    }
  });

  test('a wrong line exports nothing; a folder that is not an export is never overwritten', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'buurtkit-static-'));
    const bad = join(dir, 'initiatieven.csv');
    writeFileSync(
      bad,
      'id;titel;samenvatting;beschrijving;thema;fasemodel;fase;gebied;lat;lon\r\nx1;Te;kort;;onbekend;;;;;\r\n',
    );
    const failed = await run(process.execPath, [BIN, 'export-static', join(dir, 'out'), bad]).catch((e: unknown) => e);
    assert.equal((failed as { code: number }).code, 1);
    assert.match((failed as { stderr: string }).stderr, /initiatieven\.csv/);
    assert.equal(existsSync(join(dir, 'out')), false, 'nothing written');

    const site = join(dir, 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<h1>Gemeente</h1>');
    const refused = await run(process.execPath, [BIN, 'export-static', site, join(TEMPLATES, 'themas.csv')]).catch(
      (e: unknown) => e,
    );
    assert.equal((refused as { code: number }).code, 1);
    assert.match((refused as { stderr: string }).stderr, /not empty and not a Buurtkit export/);
    assert.deepEqual(readdirSync(site), ['index.html']);

    for (const args of [['--idea-mail', 'ideeen@gemeente.example?cc=x@y.nl'], ['--municipality', 'Almere'], []]) {
      const wrong = await run(process.execPath, [BIN, 'export-static', ...args]).catch((e: unknown) => e);
      assert.equal((wrong as { code: number }).code, 2, args.join(' '));
      assert.match((wrong as { stderr: string }).stderr, /Usage: buurtkit-server export-static/);
    }
  });

  test('exporting again replaces the folder: what was withdrawn is gone', async () => {
    const server = await startTestServer('sqlite');
    const out = join(mkdtempSync(join(tmpdir(), 'buurtkit-static-')), 'out');
    await exportStatic(server.db, out, { municipalities: ['GM0034'] });
    const areas = JSON.parse(readFileSync(join(out, STATIC_FILES.areas), 'utf8')) as { features: unknown[] };
    const almere = (await server.fetch('/api/v1/areas?municipality=GM0034').then((r) => r.json())) as Body;
    assert.equal(areas.features.length, (almere.features as unknown[]).length, 'only the areas asked for');
    const [{ id }] = (await server.db.all<{ id: number }>('SELECT id FROM initiatives ORDER BY id LIMIT 1')) as [
      { id: number },
    ];
    await server.db.run('DELETE FROM phase_history WHERE initiative_id = ?', [id]);
    await server.db.run('DELETE FROM initiatives WHERE id = ?', [id]);
    await exportStatic(server.db, out);
    assert.equal(existsSync(join(out, STATIC_FILES.initiative(Number(id)))), false);
    assert.deepEqual(readdirSync(join(out, '..')), ['out'], 'no work folder left beside it');
    await server.close();
  });
});
