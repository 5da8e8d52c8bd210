/**
 * The Excel templates for `buurtkit-server import` (packages/server/templates/*.xlsx), made from
 * the CSV templates beside them so both always say the same: a bold, frozen header row and the
 * example row. Run after changing a CSV template:
 *   node --import tsx packages/devtools/src/import-templates.ts
 * test/node/import.test.ts fails when an .xlsx no longer matches its .csv.
 */
import { readFileSync, readdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { readCsv } from '../../server/src/import/read.ts';

const dir = new URL('../../server/templates/', import.meta.url);

export async function writeTemplates() {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
    const text = readFileSync(new URL(name, dir), 'utf8');
    const header = text.split(/\r?\n/, 1)[0]!.split(';');
    const { rows } = readCsv(text);
    const book = new ExcelJS.Workbook();
    book.creator = 'Buurtkit';
    book.created = new Date('2026-01-01T00:00:00Z');
    const sheet = book.addWorksheet(name.replace(/\.csv$/, ''), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(header).font = { bold: true };
    for (const row of rows) sheet.addRow(Object.values(row.cells));
    sheet.columns.forEach((c) => (c.width = 24));
    await book.xlsx.writeFile(new URL(name.replace(/\.csv$/, '.xlsx'), dir).pathname);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await writeTemplates();
