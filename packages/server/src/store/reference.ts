import { json, type Db } from '../db/index.js';

export type Localized = { nl: string; en?: string; fy?: string };
export type PhaseDoc = { key: string; label: Localized; description: Localized; municipality: Localized; resident: Localized };
export type PhaseModelDoc = { key: string; label: Localized; description: Localized; phases: PhaseDoc[] };

export async function listThemes(db: Db) {
  const rows = await db.all<{ key: string; color: string; icon: string; label: string }>(
    'SELECT key, color, icon, label FROM themes ORDER BY position',
  );
  return rows.map((r) => ({ key: r.key, label: json<Localized>(r.label, { nl: r.key }), color: r.color, icon: r.icon }));
}

export type ThemeInput = { label: Localized; color: string; icon: string };

/** Adds a theme at the end of the list, or changes one in place; one statement, so concurrent PUTs cannot collide. */
export async function saveTheme(db: Db, key: string, input: ThemeInput) {
  // "WHERE true": SQLite needs it to parse ON CONFLICT after INSERT … SELECT.
  await db.run(
    `INSERT INTO themes (key, position, color, icon, label) SELECT ?, COALESCE(MAX(position), 0) + 1, ?, ?, ? FROM themes WHERE true
     ON CONFLICT (key) DO UPDATE SET color = excluded.color, icon = excluded.icon, label = excluded.label`,
    [key, input.color, input.icon, JSON.stringify(input.label)],
  );
}

export async function themeExists(db: Db, key: string): Promise<boolean> {
  return !!(await db.get('SELECT 1 AS found FROM themes WHERE key = ?', [key]));
}

export async function listPhaseModels(db: Db): Promise<PhaseModelDoc[]> {
  const rows = await db.all<{ doc: string }>('SELECT doc FROM phase_models ORDER BY position');
  return rows.map((r) => json<PhaseModelDoc>(r.doc, null as never));
}

export async function getPhaseModel(db: Db, key: string): Promise<PhaseModelDoc | undefined> {
  const row = await db.get<{ doc: string }>('SELECT doc FROM phase_models WHERE key = ?', [key]);
  return row ? json<PhaseModelDoc>(row.doc, null as never) : undefined;
}

/** The phase after `phase` in its model, or null at the end. */
export function nextPhase(model: PhaseModelDoc, phase: string): string | null {
  const index = model.phases.findIndex((p) => p.key === phase);
  return model.phases[index + 1]?.key ?? null;
}
