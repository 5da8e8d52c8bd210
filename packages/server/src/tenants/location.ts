import { dirname, join, resolve } from 'node:path';
import { openDatabase, type Db } from '../db/index.js';
import { seedReference } from '../seed/index.js';
import { schemaOf } from './settings.js';

export const isPostgres = (database: string) => /^postgres(ql)?:\/\//.test(database);

/**
 * Where a tenant's data lives, beside the server's own: on PostgreSQL a schema of the same
 * database (`gm0034`), on SQLite a file in `tenants/` next to the first one. Each is a whole
 * Buurtkit database, so a tenant is backed up, restored, exported or moved out on its own.
 */
export const tenantLocation = (database: string, code: string) =>
  isPostgres(database) ? database : join(dirname(resolve(database)), 'tenants', `${code}.sqlite`);

/** Opens (creating and migrating when new) a tenant's database, with the reference data every API needs. */
export async function openTenantDatabase(database: string, code: string): Promise<Db> {
  const db = isPostgres(database)
    ? await openDatabase(database, schemaOf(code))
    : await openDatabase(tenantLocation(database, code));
  await seedReference(db);
  return db;
}
