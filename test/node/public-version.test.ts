// The public version on PostgreSQL is kept in memory while PostgreSQL can tell this process of
// every commit (its own, and other instances' by NOTIFY), and asked every time while it cannot.
// "Another instance" here is a connection of its own, as another server process has.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import pg from 'pg';
import { openDatabase, type Db } from '@buurtkit/server';
import { publicVersion } from '../../packages/server/src/store/versions.ts';
import { LISTENER_NAME } from '../../packages/server/src/db/commits.ts';
import { freshDatabase, onCleanup } from './helpers/server.ts';

async function until(check: () => Promise<boolean> | boolean, what: string, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Another instance's connection: its writes are heard only through PostgreSQL. */
async function otherInstance(location: string) {
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  onCleanup(() => client.end());
  return client;
}

const listening = (db: Db) =>
  until(async () => (await publicVersion(db), db.publicMark?.() !== undefined), 'listening');

describe('the public version on PostgreSQL', () => {
  test('kept while nothing is heard, new at once after a write here, soon after one elsewhere', async () => {
    const { db, location } = await freshDatabase('postgres');
    const other = await otherInstance(location);
    await listening(db);
    const v0 = await publicVersion(db);
    // A change PostgreSQL does not announce (the counter itself has no trigger): the kept
    // number is answered, which shows it is not asked for.
    await other.query(`UPDATE public.counters SET value = value + 100 WHERE key = 'public'`);
    assert.equal(await publicVersion(db), v0, 'answered from memory');
    // Another instance changes a public table: its commit is heard.
    const theme = (key: string) => [key, 9, '#000000', 'x', key];
    await other.query(
      `INSERT INTO public.themes (key, position, color, icon, label) VALUES ($1, $2, $3, $4, $5)`,
      theme('a'),
    );
    await until(async () => (await publicVersion(db)) === v0 + 101, 'the other instance’s write', 2000);
    // A write through this process: new on the very next read, without waiting to hear it. First
    // writes PostgreSQL does not announce (the counter has no trigger; nothing else is on its way):
    // only this process's own account of its writes can make the next read ask again.
    await db.run(`UPDATE counters SET value = value + 10 WHERE key = 'public'`);
    assert.equal(await publicVersion(db), v0 + 111, 'after a statement');
    await db.transaction((tx) => tx.run(`UPDATE counters SET value = value + 10 WHERE key = 'public'`));
    assert.equal(await publicVersion(db), v0 + 121, 'after a transaction');
    // Writes it does announce.
    await db.run(`INSERT INTO themes (key, position, color, icon, label) VALUES (?, ?, ?, ?, ?)`, theme('b'));
    assert.equal(await publicVersion(db), v0 + 122);
    await db.transaction((tx) => tx.run(`UPDATE themes SET position = position + 1`));
    assert.equal(await publicVersion(db), v0 + 123, 'one bump for a transaction');
    await db.close();
  });

  test('asked every time while the listening connection is down, kept again once it is back', async () => {
    const { db, location } = await freshDatabase('postgres');
    const other = await otherInstance(location);
    await listening(db);
    const v0 = await publicVersion(db);
    const cut = await other.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = $1 AND datname = current_database()`,
      [LISTENER_NAME],
    );
    assert.equal(cut.rowCount, 1, 'one listening connection');
    await until(() => db.publicMark!() === undefined, 'the cut to be noticed');
    await other.query(`UPDATE public.counters SET value = value + 100 WHERE key = 'public'`);
    assert.equal(await publicVersion(db), v0 + 100, 'asked, not kept, while not listening');
    await listening(db);
    await other.query(`UPDATE public.counters SET value = value + 100 WHERE key = 'public'`);
    const kept = await publicVersion(db);
    assert.ok(kept === v0 + 100 || kept === v0 + 200, String(kept));
    await other.query(`UPDATE public.counters SET value = value + 100 WHERE key = 'public'`);
    assert.equal(await publicVersion(db), kept, 'kept again');
    await db.close();
  });

  test('municipalities on one database: each hears its own schema', async () => {
    const { location } = await freshDatabase('postgres');
    const leiden = await openDatabase(location, 'gm0546');
    const almere = await openDatabase(location, 'gm0034');
    const other = await otherInstance(location);
    await listening(leiden);
    await listening(almere);
    const [l0, a0] = [await publicVersion(leiden), await publicVersion(almere)];
    await other.query(
      `INSERT INTO gm0546.themes (key, position, color, icon, label) VALUES ('x', 99, '#000', 'x', 'X')`,
    );
    await until(async () => (await publicVersion(leiden)) === l0 + 1, 'Leiden’s write', 2000);
    assert.equal(await publicVersion(almere), a0, 'Almere’s version stays');
    await Promise.all([leiden.close(), almere.close()]);
  });
});

describe('the public version on SQLite', () => {
  test('asked every time: another process may write the file unheard', async () => {
    const { db, location } = await freshDatabase('sqlite');
    const other = await openDatabase(location);
    const v0 = await publicVersion(db);
    await other.run(`UPDATE counters SET value = value + 100 WHERE key = 'public'`);
    assert.equal(await publicVersion(db), v0 + 100);
    await other.close();
  });
});
