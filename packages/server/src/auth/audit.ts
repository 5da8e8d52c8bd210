import type { Db } from '../db/index.js';
import { insertAudit } from '../store/audit.js';

/**
 * The audit trail's one writer: every staff change records who (the actor the token or
 * sign-in names), what, on what and when, in the same transaction as the change itself.
 */
export function audit(db: Db, at: string, actor: string, action: string, target: string, details: unknown = {}) {
  return insertAudit(db, { at, actor, action, target, details });
}
