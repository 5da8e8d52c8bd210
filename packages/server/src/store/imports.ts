import type { Db } from '../db/index.js';

/**
 * What spreadsheet imports need of the database: what rows may refer to (themes, phase models,
 * areas, contact persons) and where a row's external id already lives. Imports write through
 * the usual store functions (saveTheme, saveContact, insertInitiative, movePhase) plus these.
 */
export type AreaRef = { code: string; name: string; level: string; municipality: string; geometry: string | null };

export const areaRefs = (db: Db) =>
  db.all<AreaRef>("SELECT code, name, level, municipality, geometry FROM areas WHERE level <> 'gemeente'");

export const contactRefs = (db: Db) =>
  db.all<{ id: number; name: string; external_id: string | null }>('SELECT id, name, external_id FROM contacts');

export const themeRefs = (db: Db) => db.all<{ key: string; label: string }>('SELECT key, label FROM themes');

export async function contactByExternal(db: Db, external: string): Promise<number | undefined> {
  const row = await db.get<{ id: number }>('SELECT id FROM contacts WHERE external_id = ?', [external]);
  return row ? Number(row.id) : undefined;
}

export async function setContactExternal(db: Db, id: number, external: string) {
  await db.run('UPDATE contacts SET external_id = ? WHERE id = ?', [external, id]);
}

export async function initiativeByExternal(
  db: Db,
  external: string,
): Promise<{ id: number; phase_model: string; phase: string } | undefined> {
  const row = await db.get<{ id: number; phase_model: string; phase: string }>(
    'SELECT id, phase_model, phase FROM initiatives WHERE external_id = ?',
    [external],
  );
  return row && { ...row, id: Number(row.id) };
}

export async function setInitiativeExternal(db: Db, id: number, external: string) {
  await db.run('UPDATE initiatives SET external_id = ? WHERE id = ?', [external, id]);
}

export type ImportedInitiative = {
  title: string;
  summary: string;
  description: string;
  theme: string;
  role: string;
  support: string[];
  supporters: number;
  areaCode: string | null;
  municipality: string | null;
  lon: number;
  lat: number;
  contactId: number | null;
  initiator: string | null;
};

/** A re-imported row: what the spreadsheet says now (the phase moves through movePhase, with history). */
export async function updateImportedInitiative(db: Db, id: number, i: ImportedInitiative, now: string) {
  await db.run(
    `UPDATE initiatives SET title = ?, summary = ?, description = ?, theme = ?, role = ?, support = ?, supporters = ?,
       area_code = ?, municipality = ?, lon = ?, lat = ?, contact_id = ?, initiator = ?, updated_at = ? WHERE id = ?`,
    [
      i.title,
      i.summary,
      i.description,
      i.theme,
      i.role,
      JSON.stringify(i.support),
      i.supporters,
      i.areaCode,
      i.municipality,
      i.lon,
      i.lat,
      i.contactId,
      i.initiator,
      now,
      id,
    ],
  );
}

export async function setPhaseModel(db: Db, id: number, model: string) {
  await db.run('UPDATE initiatives SET phase_model = ? WHERE id = ?', [model, id]);
}
