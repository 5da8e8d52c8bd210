import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { seedAreas, seedReference } from '@buurtkit/server';
import { importFiles, formatReport } from '../../packages/server/src/import/index.ts';
import { readCsv, readXlsx } from '../../packages/server/src/import/read.ts';
import { countRows, dialects, freshDatabase, startTestServer } from './helpers/server.ts';

const TEMPLATES = new URL('../../packages/server/templates/', import.meta.url).pathname;
const templates = (ext: string) =>
  ['themas', 'contactpersonen', 'initiatieven'].map((n) => join(TEMPLATES, `${n}.${ext}`));
const dir = mkdtempSync(join(tmpdir(), 'buurtkit-import-'));
const file = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
};

async function ready(dialect: (typeof dialects)[number]) {
  const { db, location } = await freshDatabase(dialect);
  await seedReference(db);
  await seedAreas(db);
  return { db, location };
}

test('the Excel templates say what their CSV templates say', async () => {
  for (const name of ['themas', 'contactpersonen', 'initiatieven']) {
    const csv = readCsv(readFileSync(join(TEMPLATES, `${name}.csv`), 'utf8'));
    const xlsx = await readXlsx(readFileSync(join(TEMPLATES, `${name}.xlsx`)));
    assert.deepEqual(xlsx, csv, `${name}.xlsx is stale: node --import tsx packages/devtools/src/import-templates.ts`);
    assert.equal(csv.rows.length, 1, 'one example row');
  }
});

for (const dialect of dialects)
  describe(`importing spreadsheets on ${dialect}`, () => {
    for (const ext of ['csv', 'xlsx'])
      test(`the ${ext} templates go in as they are, and the API shows what they made`, async () => {
        const { db, location } = await ready(dialect);
        const report = await importFiles(db, templates(ext), { now: new Date('2026-12-01T10:00:00Z') });
        assert.deepEqual(report.errors, []);
        assert.deepEqual(
          report.files.map((f) => [f.kind, f.created, f.updated]),
          [
            ['themes', 1, 0],
            ['contacts', 1, 0],
            ['initiatives', 1, 0],
          ],
        );
        await db.close();
        const s = await startTestServer(dialect, { location, seed: false });
        const list = await (await s.fetch('/api/v1/initiatives?q=Speeltuin')).json();
        assert.equal(list.total, 1);
        const detail = await (await s.fetch(`/api/v1/initiatives/${list.features[0].id}`)).json();
        assert.deepEqual(
          [detail.theme, detail.phaseModel, detail.phase, detail.areaCode, detail.contact.name, detail.initiator],
          [
            'spelen-en-bewegen',
            'burgerinitiatief',
            'definitie',
            'WK003402',
            'Fatma Yilmaz',
            'Buurtvereniging De Werven',
          ],
        );
        // The contact covers a wijk named by name and a buurt by code, and speaks Turkish.
        const found = await (await s.fetch('/api/v1/contacts?area=BU00340301')).json();
        assert.equal(found.contacts[0].name, 'Fatma Yilmaz');
        assert.deepEqual(found.contacts[0].languages, ['nl', 'en', 'tr']);
        const themes = await (await s.fetch('/api/v1/themes')).json();
        assert.deepEqual(themes.items.find((t: { key: string }) => t.key === 'spelen-en-bewegen').label, {
          nl: 'Spelen en bewegen',
          en: 'Play and exercise',
          fy: 'Boartsje en bewege',
        });
        await s.close();
      });

    test('importing again updates by id: no duplicates, a new phase enters the history', async () => {
      const { db } = await ready(dialect);
      await importFiles(db, templates('csv'), { now: new Date('2026-12-01T10:00:00Z') });
      const before = await countRows(db, 'initiatives');
      const changed = readFileSync(join(TEMPLATES, 'initiatieven.csv'), 'utf8')
        .replace('Speeltuin De Werven', 'Speeltuin De Werven (nieuw ontwerp)')
        .replace(';Plan maken;', ';opstart;');
      const path = join(dir, `initiatieven-${dialect}.csv`);
      writeFileSync(path, changed);
      const report = await importFiles(db, [path], { now: new Date('2026-12-15T10:00:00Z') });
      assert.deepEqual(
        report.files.map((f) => [f.created, f.updated]),
        [[0, 1]],
      );
      assert.equal(await countRows(db, 'initiatives'), before);
      const row = await db.get<{ id: number; title: string; phase: string }>(
        "SELECT id, title, phase FROM initiatives WHERE external_id = 'INI-001'",
      );
      assert.deepEqual([row!.title, row!.phase], ['Speeltuin De Werven (nieuw ontwerp)', 'opstart']);
      const history = await db.all<{ phase: string }>(
        'SELECT phase FROM phase_history WHERE initiative_id = ? ORDER BY since',
        [row!.id],
      );
      assert.deepEqual(
        history.map((h) => h.phase),
        ['definitie', 'opstart'],
      );
      await db.close();
    });

    test('one wrong line stops the import: each problem by line and column, in Dutch and English', async () => {
      const { db } = await ready(dialect);
      const path = file(`initiatieven-fout-${dialect}.csv`, [
        'id;titel;samenvatting;thema;fase;gebied;steun;aantal_betrokkenen',
        'A1;Bankjes;Meer bankjes in het park.;groen-en-natuur;Idee;De Werven;;3',
        'A2;;Geen titel.;Groenn;Idee;Nergenshuizen;geld;veel',
        '"A3";"Twee regels";"Een samenvatting',
        'over twee regels.";groen-en-natuur;Verzonnen;;;',
      ]);
      const before = await countRows(db, 'initiatives');
      const nl = await importFiles(db, [path]);
      assert.equal(nl.imported, false);
      assert.equal(await countRows(db, 'initiatives'), before, 'nothing was written, not even line 2');
      assert.deepEqual(
        nl.errors.map((e) => [e.line, e.column]),
        [
          [3, 'titel'],
          [3, 'thema'],
          [3, 'gebied'],
          [3, 'steun'],
          [3, 'aantal_betrokkenen'],
          [4, 'fase'],
          [4, 'gebied'],
        ],
        'a record over two lines is reported at the line it starts on',
      );
      assert.match(formatReport(nl, 'nl'), /regel 3, kolom thema: Het thema ‘Groenn’ bestaat niet/);
      const en = await importFiles(db, [path], { locale: 'en' });
      assert.match(formatReport(en, 'en'), /line 4, column fase: The phase ‘Verzonnen’ is not part of/);
      assert.match(formatReport(en, 'en'), /Nothing imported/);

      const skipping = await importFiles(db, [path], { skipInvalid: true });
      assert.equal(skipping.imported, true);
      assert.deepEqual(
        skipping.files.map((f) => [f.created, f.skipped]),
        [[1, 2]],
      );
      assert.equal(await countRows(db, 'initiatives'), before + 1);
      await db.close();
    });

    test('headers are checked first; an area name two areas share needs the municipality or the code', async () => {
      const { db } = await ready(dialect);
      const typo = file(`contactpersonen-kop-${dialect}.csv`, [
        'id;naam;rol;emial',
        'C1;Piet;wijkregisseur;p@example.org',
      ]);
      const headers = await importFiles(db, [typo]);
      assert.deepEqual(
        headers.errors.map((e) => [e.line, e.message.slice(0, 40)]),
        [[1, 'De kolom ‘emial’ kennen we niet. Kolomme']],
      );
      // Another municipality with a wijk of the same name.
      await db.run(
        `INSERT INTO areas (code, year, level, name, municipality, parent, geometry, min_lon, min_lat, max_lon, max_lat)
         SELECT 'WK019399', year, 'wijk', name, 'GM0193', 'GM0193', geometry, min_lon, min_lat, max_lon, max_lat
         FROM areas WHERE code = 'WK003402'`,
      );
      const contacts = file(`contactpersonen-${dialect}.csv`, [
        'id;naam;rol;gebieden',
        'C1;Piet;wijkregisseur;De Werven',
      ]);
      const twice = await importFiles(db, [contacts]);
      assert.match(twice.errors[0]!.message, /WK003402, WK019399/);
      const scoped = await importFiles(db, [contacts], { municipality: 'GM0034' });
      assert.deepEqual(scoped.errors, []);
      const covered = await db.all<{ area_code: string }>(
        "SELECT area_code FROM contact_areas a JOIN contacts c ON c.id = a.contact_id WHERE c.external_id = 'C1'",
      );
      assert.deepEqual(
        covered.map((c) => c.area_code),
        ['WK003402'],
      );
      await db.close();
    });
  });

test('an Excel file with dates, numbers and formulas reads as people see it', async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('x');
  sheet.addRow(['Id', 'Aantal betrokkenen', 'Titel']);
  sheet.addRow(['X1', { formula: '20+4', result: 24 }, { richText: [{ text: 'Speel' }, { text: 'tuin' }] }]);
  const table = await readXlsx(Buffer.from(await book.xlsx.writeBuffer()));
  assert.deepEqual(table.columns, ['id', 'aantal_betrokkenen', 'titel']);
  assert.deepEqual(table.rows, [{ line: 2, cells: { id: 'X1', aantal_betrokkenen: '24', titel: 'Speeltuin' } }]);
});

test('the command: exit 0 when imported, 1 when a line was wrong (nothing written), 2 for wrong use', async () => {
  const run = promisify(execFile);
  const database = join(dir, 'cli.sqlite');
  const bin = new URL('../../packages/server/bin/buurtkit-server.mjs', import.meta.url).pathname;
  const ok = await run(process.execPath, [bin, 'import', '--database', database, ...templates('csv')]);
  assert.match(ok.stdout, /initiatieven.csv: 1 nieuw, 0 bijgewerkt, 0 overgeslagen/);
  const wrong = file('themas-fout.csv', ['sleutel,naam,kleur', 'Fout Thema,Fout,rood']);
  const failed = await run(process.execPath, [bin, 'import', '--lang', 'en', '--database', database, wrong]).catch(
    (e: { code: number; stdout: string }) => e,
  );
  assert.equal((failed as { code: number }).code, 1);
  assert.match(failed.stdout, /themas-fout.csv, line 2, column sleutel: Use lower-case letters/);
  assert.match(failed.stdout, /line 2, column kleur: Enter a colour like #1a4f8b/);
  const usage = await run(process.execPath, [bin, 'import', '--kind', 'huizen', wrong]).catch(
    (e: { code: number }) => e,
  );
  assert.equal((usage as { code: number }).code, 2);
});
