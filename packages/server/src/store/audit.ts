import type { Db } from '../db/index.js';

export type AuditEntry = {
  at: string;
  actor: string;
  actorSubject: string;
  action: string;
  target: string;
  details: unknown;
};

export async function insertAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.run('INSERT INTO audit (at, actor, actor_subject, action, target, details) VALUES (?, ?, ?, ?, ?, ?)', [
    entry.at,
    entry.actor,
    entry.actorSubject,
    entry.action,
    entry.target,
    JSON.stringify(entry.details),
  ]);
}

/** Newest first; for one target (`idea:12`) or all. */
export async function listAudit(db: Db, filter: { target?: string; limit: number }): Promise<AuditEntry[]> {
  const where = filter.target ? 'WHERE target = ?' : '';
  const rows = await db.all<{
    at: string;
    actor: string;
    actor_subject: string | null;
    action: string;
    target: string;
    details: string;
  }>(`SELECT at, actor, actor_subject, action, target, details FROM audit ${where} ORDER BY id DESC LIMIT ?`, [
    ...(filter.target ? [filter.target] : []),
    filter.limit,
  ]);
  // Lines from before subjects were recorded name the static token's holder.
  return rows.map(({ actor_subject, details, ...r }) => ({
    ...r,
    actorSubject: actor_subject ?? `token:${r.actor}`,
    details: JSON.parse(details) as unknown,
  }));
}
