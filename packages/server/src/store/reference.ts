import { createHash } from 'node:crypto';
import { json, type Db } from '../db/index.js';
import { getMeta, setMeta } from './meta.js';

export type { LocalizedText as Localized } from '@buurtkit/api/locales';
import type { LocalizedText as Localized } from '@buurtkit/api/locales';
export type PhaseDoc = {
  key: string;
  label: Localized;
  description: Localized;
  municipality: Localized;
  resident: Localized;
};
export type PhaseModelDoc = { key: string; label: Localized; description: Localized; phases: PhaseDoc[] };

export async function listThemes(db: Db) {
  const rows = await db.all<{ key: string; color: string; icon: string; label: string }>(
    'SELECT key, color, icon, label FROM themes ORDER BY position',
  );
  return rows.map((r) => ({
    key: r.key,
    label: json<Localized>(r.label, { nl: r.key }),
    color: r.color,
    icon: r.icon,
  }));
}

export type ThemeInput = { label: Localized; color: string; icon: string };

/** Adds a theme at the end of the list, or changes one in place; one statement, so concurrent PUTs cannot collide. */
export async function saveTheme(db: Db, key: string, input: ThemeInput) {
  // "WHERE true": SQLite needs it to parse ON CONFLICT after INSERT … SELECT.
  await db.run(
    `INSERT INTO themes (key, position, color, icon, label) SELECT ?, COALESCE(MAX(position), 0) + 1, ?, ?, ? FROM
      themes WHERE true
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

/** The model new ideas enter (the first by position): where a not yet published idea stands. */
export async function entryModel(db: Db): Promise<PhaseModelDoc | undefined> {
  const row = await db.get<{ doc: string }>('SELECT doc FROM phase_models ORDER BY position LIMIT 1');
  return row ? json<PhaseModelDoc>(row.doc, null as never) : undefined;
}

export type ReferenceData = {
  themes: readonly { key: string; color: string; icon: string; label: Localized }[];
  phaseModels: readonly { key: string }[];
};

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
const themeContent = (t: { color: string; icon: string; label: Localized | string }) => ({
  color: t.color,
  icon: t.icon,
  label: typeof t.label === 'string' ? (JSON.parse(t.label) as Localized) : t.label,
});

/**
 * Brings the shipped reference data into a database, at every start and in one
 * transaction. Phase models are ours alone: a changed wording replaces the stored one.
 * Themes staff may change (PUT /staff/themes): a shipped change replaces a theme only
 * while it is still what we last shipped (its hash is kept in `meta`), so a
 * municipality's own label is never overwritten. New ones are added at the end.
 */
export async function syncReference(db: Db, data: ReferenceData): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [position, m] of data.phaseModels.entries()) {
      const doc = JSON.stringify(m);
      await tx.run(
        `INSERT INTO phase_models (key, position, doc) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET position = excluded.position, doc = excluded.doc
         WHERE phase_models.doc <> excluded.doc OR phase_models.position <> excluded.position`,
        [m.key, position, doc],
      );
    }
    for (const [position, t] of data.themes.entries()) {
      const shipped = digest(themeContent(t));
      const metaKey = `reference:theme:${t.key}`;
      const row = await tx.get<{ color: string; icon: string; label: string }>(
        'SELECT color, icon, label FROM themes WHERE key = ?',
        [t.key],
      );
      const last = await getMeta(tx, metaKey);
      if (!row) {
        await tx.run(
          `INSERT INTO themes (key, position, color, icon, label)
           SELECT ?, COALESCE(MAX(position) + 1, ?), ?, ?, ? FROM themes WHERE true`,
          [t.key, position, t.color, t.icon, JSON.stringify(t.label)],
        );
      } else {
        const stored = digest(themeContent(row));
        // A database from before this bookkeeping: the row is ours when it is what we ship.
        const ours = last === undefined ? stored === shipped : stored === last;
        if (!ours) continue;
        if (stored !== shipped) {
          await tx.run('UPDATE themes SET color = ?, icon = ?, label = ? WHERE key = ?', [
            t.color,
            t.icon,
            JSON.stringify(t.label),
            t.key,
          ]);
        }
      }
      if (last !== shipped) await setMeta(tx, metaKey, shipped);
    }
  });
}
