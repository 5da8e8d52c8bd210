import type { Db } from '../db/index.js';
import { insertAudit } from '../store/audit.js';
import type { StaffPerson } from './staff.js';

/**
 * The audit trail's one writer: every staff change records who (the actor the token or
 * sign-in names), what, on what and when, in the same transaction as the change itself.
 */
export function audit(
  db: Db,
  at: string,
  actor: StaffPerson | 'resident' | 'contact',
  action: string,
  target: string,
  details: unknown = {},
) {
  const [name, subject] = typeof actor === 'string' ? [actor, actor] : [actor.name, actor.subject];
  return insertAudit(db, { at, actor: name, actorSubject: subject, action, target, details });
}
