import { basename } from 'node:path';
import type { Db } from '../db/index.js';
import { json } from '../db/index.js';
import { message, type Locale } from '../messages.js';
import { findContacts, saveContact } from '../store/contacts.js';
import {
  areaRefs,
  contactByExternal,
  contactRefs,
  initiativeByExternal,
  setContactExternal,
  setInitiativeExternal,
  setPhaseModel,
  themeRefs,
  updateImportedInitiative,
} from '../store/imports.js';
import { insertInitiative, movePhase } from '../store/initiatives.js';
import { listPhaseModels, saveTheme, type Localized } from '../store/reference.js';
import {
  checkColumns,
  contactRow,
  initiativeRow,
  kindOfFile,
  themeRow,
  type Kind,
  type Problem,
  type Refs,
} from './kinds.js';
import { readTable } from './read.js';

/**
 * `buurtkit-server import FILE…`: themes, contact persons and initiatives from CSV or Excel.
 * Each row has its own id (a theme its key), so importing the same file again updates what it
 * made instead of adding it twice. Every file is read and checked before anything is written;
 * all rows go in one transaction, and one wrong row stops them all, unless `skipInvalid`.
 * Themes go first, then contact persons, then initiatives: later kinds may name earlier ones.
 */
export type ImportOptions = { skipInvalid?: boolean; locale?: Locale; municipality?: string; kind?: Kind; now?: Date };
export type ImportError = { file: string; line: number; column?: string; message: string };
export type ImportReport = {
  files: { file: string; kind: Kind; created: number; updated: number; skipped: number }[];
  errors: ImportError[];
  imported: boolean;
};

const ORDER: Kind[] = ['themes', 'contacts', 'initiatives'];

async function refsOf(db: Db, municipality?: string): Promise<Refs> {
  return {
    themes: (await themeRefs(db)).map((t) => ({ key: t.key, label: json<Localized>(t.label, { nl: t.key }) })),
    models: await listPhaseModels(db),
    areas: await areaRefs(db),
    contacts: await contactRefs(db),
    municipality,
  };
}

export async function importFiles(db: Db, files: string[], o: ImportOptions = {}): Promise<ImportReport> {
  const locale = o.locale ?? 'nl';
  const errors: ImportError[] = [];
  const say = (file: string, line: number, p: Problem): ImportError => ({
    file,
    line,
    column: p.column,
    message: message(locale, p.code, { ...(p.params ?? {}) }),
  });
  const tables: {
    path: string;
    file: string;
    kind: Kind;
    table: Awaited<ReturnType<typeof readTable>>;
    names: Map<string, string>;
    headerOk: boolean;
  }[] = [];
  for (const path of files) {
    const kind = o.kind ?? kindOfFile(path);
    if (!kind) throw new Error(`${path}: say which kind it is (--kind themes|contacts|initiatives), or name it so`);
    const table = await readTable(path);
    const { problems, names } = checkColumns(kind, table.columns);
    errors.push(...problems.map((p) => say(basename(path), 1, p)));
    tables.push({ path, file: basename(path), kind, table, names, headerOk: !problems.length });
  }
  tables.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  const report: ImportReport = { files: [], errors, imported: false };
  const now = (o.now ?? new Date()).toISOString();

  await db
    .transaction(async (tx) => {
      for (const t of tables) {
        const counts = { file: t.file, kind: t.kind, created: 0, updated: 0, skipped: 0 };
        report.files.push(counts);
        if (!t.headerOk) {
          counts.skipped = t.table.rows.length;
          continue;
        }
        // Refs again per file: contact persons a file before just made can be named.
        const refs = await refsOf(tx, o.municipality);
        const seen = new Map<string, number>();
        for (const row of t.table.rows) {
          const parsed =
            t.kind === 'themes'
              ? themeRow(row, t.names)
              : t.kind === 'contacts'
                ? contactRow(row, t.names, refs)
                : initiativeRow(row, t.names, refs);
          const problems = [...parsed.problems];
          if (parsed.id && seen.has(parsed.id))
            problems.push({
              column: t.kind === 'themes' ? 'sleutel' : 'id',
              code: 'import.duplicate-id',
              params: { line: seen.get(parsed.id)! },
            });
          if (parsed.id) seen.set(parsed.id, row.line);
          if (problems.length) {
            errors.push(...problems.map((p) => say(t.file, row.line, p)));
            counts.skipped++;
            continue;
          }
          const created = await write(tx, t.kind, parsed, now);
          if (created) counts.created++;
          else counts.updated++;
        }
      }
      // One wrong row undoes every row: the spreadsheet is fixed and imported again as a whole.
      if (errors.length && !o.skipInvalid) throw new Rollback();
      report.imported = true;
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
      for (const f of report.files) [f.created, f.updated] = [0, 0];
    });
  return report;
}

class Rollback extends Error {}

type Parsed = ReturnType<typeof themeRow> | ReturnType<typeof contactRow> | ReturnType<typeof initiativeRow>;

/** Writes one checked row; true when it made something new. */
async function write(tx: Db, kind: Kind, parsed: Parsed, now: string): Promise<boolean> {
  if (kind === 'themes') {
    const { key, ...input } = (parsed as ReturnType<typeof themeRow>).value;
    const existed = (await themeRefs(tx)).some((t) => t.key === key);
    await saveTheme(tx, key, input);
    return !existed;
  }
  if (kind === 'contacts') {
    const { id, value } = parsed as ReturnType<typeof contactRow>;
    const existing = await contactByExternal(tx, id);
    const saved = await saveContact(tx, value, now, existing);
    if (existing === undefined) await setContactExternal(tx, saved, id);
    return existing === undefined;
  }
  const { id, value } = parsed as ReturnType<typeof initiativeRow>;
  const { phaseModel, phase, areaGiven: _area, ...fields } = value;
  // Without a contact person named: the one who covers its area, as for a published idea.
  if (fields.contactId === null && fields.areaCode) {
    const found = await findContacts(tx, { area: fields.areaCode, theme: fields.theme });
    fields.contactId = found.contacts[0]?.id ?? null;
  }
  const existing = await initiativeByExternal(tx, id);
  if (!existing) {
    const made = await insertInitiative(
      tx,
      { ...fields, phaseModel, phase, history: [{ phase, since: now, until: null, note: null }] },
      now,
    );
    await setInitiativeExternal(tx, made, id);
    return true;
  }
  await updateImportedInitiative(tx, existing.id, fields, now);
  if (existing.phase_model !== phaseModel) await setPhaseModel(tx, existing.id, phaseModel);
  if (existing.phase !== phase || existing.phase_model !== phaseModel)
    await movePhase(tx, existing.id, phase, null, now);
  return false;
}

/** The report as people read it: what went in, then every problem by file, line and column. */
export function formatReport(r: ImportReport, locale: Locale = 'nl'): string {
  const lines = r.files.map((f) => message(locale, 'import.summary', { ...f }));
  for (const e of r.errors)
    lines.push(
      `${message(locale, 'import.where', { file: e.file, line: e.line, column: e.column ?? '' })}${e.message}`,
    );
  if (!r.imported) lines.push(message(locale, 'import.nothing'));
  return lines.join('\n');
}
