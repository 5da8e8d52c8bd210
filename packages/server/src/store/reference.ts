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
  deadlineDays?: number;
};
/** A model as stored; `forNewIdeas` is not stored but read from its place (the first). */
export type PhaseModelDoc = {
  key: string;
  label: Localized;
  description: Localized;
  answerDays?: number;
  phases: PhaseDoc[];
  forNewIdeas?: boolean;
};
export type PhaseModelInput = Omit<PhaseModelDoc, 'key'>;

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

const ENTRY_FIRST = 'ORDER BY position, key';

export async function listPhaseModels(db: Db): Promise<PhaseModelDoc[]> {
  const rows = await db.all<{ doc: string }>(`SELECT doc FROM phase_models ${ENTRY_FIRST}`);
  return rows.map((r, i) => ({ ...json<PhaseModelDoc>(r.doc, null as never), forNewIdeas: i === 0 }));
}

export async function getPhaseModel(db: Db, key: string): Promise<PhaseModelDoc | undefined> {
  const row = await db.get<{ doc: string }>('SELECT doc FROM phase_models WHERE key = ?', [key]);
  if (!row) return undefined;
  return { ...json<PhaseModelDoc>(row.doc, null as never), forNewIdeas: (await entryKey(db)) === key };
}

/** The phase after `phase` in its model, or null at the end. */
export function nextPhase(model: PhaseModelDoc, phase: string): string | null {
  const index = model.phases.findIndex((p) => p.key === phase);
  return model.phases[index + 1]?.key ?? null;
}

async function entryKey(db: Db): Promise<string | undefined> {
  return (await db.get<{ key: string }>(`SELECT key FROM phase_models ${ENTRY_FIRST} LIMIT 1`))?.key;
}

/** The model new ideas enter (the first by position): where a not yet published idea stands. */
export async function entryModel(db: Db): Promise<PhaseModelDoc | undefined> {
  const key = await entryKey(db);
  return key === undefined ? undefined : getPhaseModel(db, key);
}

export type InitiativeRef = { id: number; title: string; phase: string };

/** Initiatives in a model, optionally only those in some of its phases. */
async function initiativesIn(db: Db, model: string, phases?: string[]): Promise<InitiativeRef[]> {
  if (phases && !phases.length) return [];
  const rows = await db.all<InitiativeRef>(
    `SELECT id, title, phase FROM initiatives WHERE phase_model = ?${
      phases ? ` AND phase IN (${phases.map(() => '?').join(', ')})` : ''
    } ORDER BY id LIMIT 21`,
    [model, ...(phases ?? [])],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

export type SaveModelOutcome =
  { ok: true } | { ok: false; reason: 'phases-in-use'; inUse: InitiativeRef[] } | { ok: false; reason: 'entry-needed' };

/**
 * Adds a model at the end, or replaces one; in the caller's transaction. A phase that
 * initiatives are in may not go (they would stand nowhere): those are named instead.
 * `forNewIdeas` moves the model to the front, where new ideas look.
 */
export async function savePhaseModel(tx: Db, key: string, input: PhaseModelInput): Promise<SaveModelOutcome> {
  const existing = await getPhaseModel(tx, key);
  if (existing) {
    const kept = new Set(input.phases.map((p) => p.key));
    const gone = existing.phases.map((p) => p.key).filter((p) => !kept.has(p));
    const inUse = await initiativesIn(tx, key, gone);
    if (inUse.length) return { ok: false, reason: 'phases-in-use', inUse };
    if (existing.forNewIdeas && input.forNewIdeas === false) return { ok: false, reason: 'entry-needed' };
  }
  const { forNewIdeas, ...rest } = input;
  const doc = JSON.stringify({ key, ...rest });
  await tx.run(
    `INSERT INTO phase_models (key, position, doc) SELECT ?, COALESCE(MAX(position), 0) + 1, ? FROM phase_models
     WHERE true ON CONFLICT (key) DO UPDATE SET doc = excluded.doc`,
    [key, doc],
  );
  if (forNewIdeas && !existing?.forNewIdeas) {
    const first = await tx.get<{ position: number }>('SELECT MIN(position) AS position FROM phase_models');
    await tx.run('UPDATE phase_models SET position = ? WHERE key = ?', [Number(first!.position) - 1, key]);
  }
  return { ok: true };
}

export type DeleteModelOutcome =
  | { ok: true }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'entry-needed' }
  | { ok: false; reason: 'in-use'; inUse: InitiativeRef[] };

export async function deletePhaseModel(tx: Db, key: string): Promise<DeleteModelOutcome> {
  const model = await getPhaseModel(tx, key);
  if (!model) return { ok: false, reason: 'not-found' };
  if (model.forNewIdeas) return { ok: false, reason: 'entry-needed' };
  const inUse = await initiativesIn(tx, key);
  if (inUse.length) return { ok: false, reason: 'in-use', inUse };
  await tx.run('DELETE FROM phase_models WHERE key = ?', [key]);
  return { ok: true };
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
 * transaction. Staff may change both (PUT /staff/themes, PUT /staff/phase-models): a
 * shipped change replaces a theme or model only while it is still what we last shipped (its
 * hash is kept in `meta`), so a municipality's own wording is never overwritten. New ones are
 * added at the end; a model the municipality removed stays removed.
 */
export async function syncReference(db: Db, data: ReferenceData): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [position, m] of data.phaseModels.entries()) {
      const shipped = JSON.stringify(m);
      const metaKey = `reference:phase-model:${m.key}`;
      const row = await tx.get<{ doc: string }>('SELECT doc FROM phase_models WHERE key = ?', [m.key]);
      const last = await getMeta(tx, metaKey);
      if (!row) {
        // Known before (a hash is kept) and gone now: the municipality removed it.
        // Two instances starting on a new database at once: the second finds the first's row.
        if (last === undefined)
          await tx.run(
            `INSERT INTO phase_models (key, position, doc)
             SELECT ?, COALESCE(MAX(position) + 1, ?), ? FROM phase_models WHERE true
             ON CONFLICT (key) DO NOTHING`,
            [m.key, position, shipped],
          );
      } else {
        // Before this bookkeeping, models were ours alone: a row without a hash is ours.
        const ours = last === undefined || digest(row.doc) === last;
        if (ours && row.doc !== shipped)
          await tx.run('UPDATE phase_models SET doc = ? WHERE key = ?', [shipped, m.key]);
        if (!ours) continue;
      }
      if (last !== digest(shipped)) await setMeta(tx, metaKey, digest(shipped));
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
           SELECT ?, COALESCE(MAX(position) + 1, ?), ?, ?, ? FROM themes WHERE true
           ON CONFLICT (key) DO NOTHING`,
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
