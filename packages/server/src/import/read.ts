import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** One data row: its cells by normalised column name, and its line in the file (the header is line 1). */
export type Row = { line: number; cells: Record<string, string> };
export type Table = { columns: string[]; rows: Row[] };

/** `Naam (EN)`, `naam_en`, ` Naam-EN ` → `naam_en`: headers as people type them in a spreadsheet. */
export const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

function table(header: string[], body: { line: number; values: string[] }[]): Table {
  const columns = header.map(normalise);
  const rows = body
    .filter((r) => r.values.some((v) => v.trim()))
    .map((r) => ({
      line: r.line,
      cells: Object.fromEntries(columns.map((c, i) => [c, (r.values[i] ?? '').trim()])),
    }));
  return { columns, rows };
}

/**
 * CSV as spreadsheets write it: comma, semicolon (Dutch Excel) or tab, found from the header
 * line; quotes, line breaks inside cells, a byte order mark.
 */
export function readCsv(text: string): Table {
  // One kind of line end: csv-parse counts a CRLF inside a quoted cell as two lines.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const first = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ','].sort((a, b) => first.split(b).length - first.split(a).length)[0]!;
  const records = parse(body, {
    delimiter,
    relax_column_count: true,
    info: true,
    skip_empty_lines: true,
  }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  const [head, ...rest] = records;
  if (!head) return { columns: [], rows: [] };
  // info.lines is the line a record ends on; a record with line breaks inside starts earlier.
  return table(
    head.record,
    rest.map((r) => ({ line: r.info.lines - r.record.join('').split('\n').length + 1, values: r.record })),
  );
}

/** The text a cell shows: dates as YYYY-MM-DD, formulas by their result, rich text as plain text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

/** The first worksheet of an Excel file (.xlsx). */
export async function readXlsx(bytes: Buffer): Promise<Table> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) return { columns: [], rows: [] };
  const lines: { line: number; values: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) values.push(cellText(row.getCell(c).value));
    lines.push({ line, values });
  });
  const [head, ...rest] = lines;
  return head ? table(head.values, rest) : { columns: [], rows: [] };
}

export async function readTable(file: string): Promise<Table> {
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx') return readXlsx(readFileSync(file));
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return readCsv(readFileSync(file, 'utf8'));
  throw new Error(`${file}: CSV (.csv) or Excel (.xlsx) files only`);
}
