import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { openDatabase, type Db } from '../db/index.ts';

/** A fresh, migrated SQLite database for a guard's test, removed when the file's tests end. */
export async function guardDatabase(): Promise<Db> {
  const dir = mkdtempSync(join(tmpdir(), 'buurtkit-guard-'));
  const db = await openDatabase(join(dir, 'guard.sqlite'));
  after(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return db;
}
