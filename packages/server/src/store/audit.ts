import type { Db } from '../db/index.js';

export type AuditEntry = { at: string; actor: string; action: string; target: string; details: unknown };

export async function insertAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.run('INSERT INTO audit (at, actor, action, target, details) VALUES (?, ?, ?, ?, ?)', [
    entry.at,
    entry.actor,
    entry.action,
    entry.target,
    JSON.stringify(entry.details),
  ]);
}

/** Newest first; for one target (`idea:12`) or all. */
export async function listAudit(db: Db, filter: { target?: string; limit: number }): Promise<AuditEntry[]> {
  const where = filter.target ? 'WHERE target = ?' : '';
  const rows = await db.all<{ at: string; actor: string; action: string; target: string; details: string }>(
    `SELECT at, actor, action, target, details FROM audit ${where} ORDER BY id DESC LIMIT ?`,
    [...(filter.target ? [filter.target] : []), filter.limit],
  );
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as unknown }));
}
