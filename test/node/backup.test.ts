import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openDatabase, seedDemo, type Db } from '@buurtkit/server';
import { dialects, freshDatabase, startTestServer, uploadPhoto, validIdea, type Dialect } from './helpers/server.ts';

const BIN = new URL('../../packages/server/bin/buurtkit-server.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'buurtkit-backup-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The PostgreSQL client tools beside the server binaries (Debian's layout). */
function pgTool(name: string) {
  const base = '/usr/lib/postgresql';
  const version = readdirSync(base).sort((a, b) => Number(b) - Number(a))[0]!;
  return join(base, version, 'bin', name);
}

/** Everything a restore must bring back, read from a database. */
async function contents(db: Db) {
  const ids = async (sql: string) => (await db.all<{ id: unknown }>(sql)).map((r) => String(r.id));
  return {
    initiatives: await ids('SELECT id FROM initiatives ORDER BY id'),
    contacts: await ids('SELECT id FROM contacts ORDER BY id'),
    audit: await ids("SELECT id || ':' || actor || ':' || action || ':' || target AS id FROM audit ORDER BY id"),
    photos: await ids(
      "SELECT p.id || ':' || length(b.bytes) AS id FROM photos p JOIN photo_blobs b ON b.id = p.id ORDER BY p.id",
    ),
    ideas: await ids('SELECT id FROM ideas ORDER BY id'),
  };
}

for (const dialect of dialects) {
  describe(`backup and restore on ${dialect}`, () => {
    test('taken while writes go on, it restores every idea, initiative, contact, photo and audit line', async () => {
      const { db, location } = await freshDatabase(dialect);
      await seedDemo(db);
      await db.close();
      const s = await startTestServer(dialect as Dialect, { location, seed: false });
      // Something of every kind: an idea with a photo, staff actions in the audit trail.
      const photo = await uploadPhoto(s);
      const withPhoto = (await (
        await s.fetch('/api/v1/ideas', {
          method: 'POST',
          json: await validIdea(s, { photos: [{ id: photo.id, alt: 'Foto' }] }),
        })
      ).json()) as { id: number };
      await s.fetch(`/api/v1/staff/ideas/${withPhoto.id}/answered`, {
        method: 'POST',
        staff: true,
        json: { channel: 'phone' },
      });

      // Writes go on while the backup runs.
      const acknowledged: number[] = [];
      let running = true;
      const load = (async () => {
        while (running) {
          const res = await s.fetch('/api/v1/ideas', {
            method: 'POST',
            json: await validIdea(s, { title: 'Tijdens de back-up' }),
          });
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: number }).id);
        }
      })();
      await new Promise((r) => setTimeout(r, 300));
      const before = await contents(s.db);
      const ackedBefore = [...acknowledged];
      const file = join(dir, `backup-${dialect}.${dialect === 'sqlite' ? 'sqlite' : 'dump'}`);
      let restoredAt: string;
      if (dialect === 'sqlite') {
        const run = await new Promise<{ code: number | null; out: string }>((resolve) => {
          const child = spawn(process.execPath, [BIN, 'backup', '--to', file, '--database', location], {
            stdio: 'pipe',
          });
          let out = '';
          child.stdout.on('data', (d) => (out += d));
          child.stderr.on('data', (d) => (out += d));
          child.once('exit', (code) => resolve({ code, out }));
        });
        assert.equal(run.code, 0, run.out);
        assert.match(run.out, /written to/);
        restoredAt = join(dir, 'restored.sqlite');
        copyFileSync(file, restoredAt);
      } else {
        // The documented recipe, as an operator runs it.
        execFileSync(pgTool('pg_dump'), ['--format=custom', `--file=${file}`, location]);
        restoredAt = location.replace(/\/[^/]*$/, `/restored_${process.pid}`);
        const admin = await openDatabase(location);
        await admin.run(`CREATE DATABASE "restored_${process.pid}"`);
        await admin.close();
        execFileSync(pgTool('pg_restore'), ['--no-owner', `--dbname=${restoredAt}`, file]);
      }
      running = false;
      await load;
      assert.ok(acknowledged.length > ackedBefore.length, 'writes were going on during the backup');
      await s.close();

      const restored = await startTestServer(dialect as Dialect, { location: restoredAt, seed: false });
      const after = await contents(restored.db);
      for (const kind of ['initiatives', 'contacts', 'audit', 'photos'] as const)
        assert.deepEqual(after[kind], before[kind], `every ${kind} line`);
      for (const id of ackedBefore)
        assert.ok(after.ideas.includes(String(id)), `idea ${id}, acknowledged before the backup`);
      for (const id of before.ideas) assert.ok(after.ideas.includes(id));
      // And the restored server serves them: the photo, the audit line, the idea.
      const shown = await restored.fetch(`/api/v1/staff/ideas/${withPhoto.id}/photos/${photo.id}`, { staff: true });
      assert.equal(shown.status, 200);
      assert.deepEqual([...Buffer.from(await shown.arrayBuffer()).subarray(0, 2)], [0xff, 0xd8]);
      const trail = await (
        await restored.fetch(`/api/v1/staff/audit?target=idea:${withPhoto.id}`, { staff: true })
      ).json();
      assert.deepEqual(
        trail.items.map((l: { action: string }) => l.action),
        ['idea.answered'],
      );
      assert.equal((await restored.fetch('/readyz')).status, 200);
    });
  });
}

test('buurtkit-server backup: refuses to overwrite, and points PostgreSQL at pg_dump', () => {
  const existing = join(dir, 'exists.sqlite');
  writeFileSync(existing, 'not a backup');
  const over = spawnSync(process.execPath, [BIN, 'backup', '--to', existing, '--database', join(dir, 'none.sqlite')]);
  assert.equal(over.status, 1);
  assert.match(String(over.stderr), /exists already/);
  const pg = spawnSync(process.execPath, [BIN, 'backup', '--to', join(dir, 'x'), '--database', 'postgres://h/db']);
  assert.equal(pg.status, 2);
  assert.match(String(pg.stderr), /pg_dump --format=custom/);
  const missing = spawnSync(process.execPath, [BIN, 'backup']);
  assert.equal(missing.status, 2);
  assert.equal(existsSync(join(dir, 'x')), false);
});
