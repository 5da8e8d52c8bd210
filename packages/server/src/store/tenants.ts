import { json, type Db } from '../db/index.js';
import type { StoredSettings } from '../tenants/settings.js';
import { getMeta, setMeta } from './meta.js';

/** A municipality this server hosts besides its own, as the first database lists it. */
export interface TenantRow {
  code: string;
  hosts: string[];
}

export async function listTenants(registry: Db): Promise<TenantRow[]> {
  const rows = await registry.all<{ code: string; hosts: string }>('SELECT code, hosts FROM tenants ORDER BY code');
  return rows.map((r) => ({ code: r.code, hosts: json<string[]>(r.hosts, []) }));
}

/** Adds a tenant; false when it is there already. */
export async function addTenant(registry: Db, code: string, hosts: string[], now: string): Promise<boolean> {
  const { changes } = await registry.run(
    'INSERT INTO tenants (code, hosts, created_at) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING',
    [code, JSON.stringify(hosts), now],
  );
  return changes > 0;
}

export async function setTenantHosts(registry: Db, code: string, hosts: string[]): Promise<boolean> {
  const { changes } = await registry.run('UPDATE tenants SET hosts = ? WHERE code = ?', [JSON.stringify(hosts), code]);
  return changes > 0;
}

/** The text of a tenant's stored settings, as kept: compared as is to notice a change. */
export const settingsText = async (db: Db) => (await getMeta(db, 'settings')) ?? '{}';

export const readSettings = async (db: Db): Promise<StoredSettings> => json<StoredSettings>(await settingsText(db), {});

/** Merges `change` into the stored settings (in one transaction, so two writers do not lose each other's keys). */
export async function writeSettings(db: Db, change: Partial<StoredSettings>): Promise<StoredSettings> {
  return db.transaction(async (tx) => {
    const next = { ...(await readSettings(tx)), ...change };
    await setMeta(tx, 'settings', JSON.stringify(next));
    return next;
  });
}
