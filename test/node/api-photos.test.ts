import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
// @ts-expect-error s3rver ships no types
import S3rver from 's3rver';
import {
  DbPhotoStore,
  DiskPhotoStore,
  eraseExpiredContacts,
  eraseExpiredPhotos,
  startServer,
  type StartOptions,
} from '@buurtkit/server';
import { S3PhotoStore } from '../../packages/server/src/photos/s3-store.ts';
import { cameraJpeg, GPS_MARKER } from '../fixtures/photos/jpeg.ts';
import { expectDocumented } from './helpers/openapi.ts';
import {
  countRows,
  dialects,
  freshDatabase,
  STAFF_TOKEN,
  startTestServer,
  validIdea,
  type Dialect,
  type TestServer,
} from './helpers/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'buurtkit-photos-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const jpeg = () => ({ method: 'POST', body: cameraJpeg() as BodyInit, headers: { 'Content-Type': 'image/jpeg' } });

/** A fresh, empty database location of the dialect (the server opens and seeds it). */
async function location(dialect: Dialect) {
  const { db, location } = await freshDatabase(dialect);
  await db.close();
  return location;
}

/** What `buurtkit-server` starts with, on a database and a photo folder of this test's choosing. */
const cliOptions = (database: string, photoDir: string): StartOptions => ({
  port: 0,
  host: '127.0.0.1',
  database,
  photoDir,
  seed: null,
  quiet: true,
  staffTokens: new Map([[STAFF_TOKEN, 'Test Medewerker']]),
  corsOrigins: [],
  rateLimit: { max: 1000, windowSeconds: 600 },
  minFillSeconds: 0,
  retentionDays: 365,
  trustProxy: false,
});

/** A photo sent with an idea through instance `a`, read by staff through instance `b`, byte for byte. */
async function photoCrossesInstances(a: string, b: string): Promise<string> {
  const { id } = (await (await fetch(`${a}/api/v1/ideas/photos`, jpeg())).json()) as { id: string };
  const { token } = (await (await fetch(`${a}/api/v1/ideas/form-token`)).json()) as { token: string };
  const idea = await fetch(`${a}/api/v1/ideas`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ...(await validIdea({ fetch: async () => Response.json({ token }) } as never)),
      photos: [{ id, alt: 'Het speelveld' }],
    }),
  });
  assert.equal(idea.status, 201, await idea.clone().text());
  const ideaId = ((await idea.json()) as { id: number }).id;
  const headers = { Authorization: `Bearer ${STAFF_TOKEN}` };
  const shown = await fetch(`${b}/api/v1/staff/ideas/${ideaId}/photos/${id}`, { headers });
  assert.equal(shown.status, 200);
  assert.equal(shown.headers.get('content-type'), 'image/jpeg');
  const bytes = Buffer.from(await shown.arrayBuffer());
  const again = await fetch(`${a}/api/v1/staff/ideas/${ideaId}/photos/${id}`, { headers });
  assert.deepEqual(Buffer.from(await again.arrayBuffer()), bytes, 'the same bytes through either instance');
  assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xd8]);
  return id;
}

const upload = (s: TestServer, bytes: Buffer | string, type = 'image/jpeg') =>
  s.fetch('/api/v1/ideas/photos', { method: 'POST', body: bytes as BodyInit, headers: { 'Content-Type': type } });

/** A tiny PNG with a tEXt chunk holding a location. */
function pngWithText(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, data, Buffer.alloc(4)]);
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Buffer.alloc(13, 1)),
    chunk('tEXt', Buffer.from(`Location\0${GPS_MARKER}`, 'latin1')),
    chunk('IDAT', Buffer.alloc(10, 2)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const dialect of dialects) {
  describe(`photos on ${dialect}`, () => {
    test('uploaded without metadata, claimed by one idea, shown to staff only', async () => {
      const photos = new DiskPhotoStore(join(dir, dialect));
      const s = await startTestServer(dialect, { photos });
      const res = await upload(s, cameraJpeg());
      const receipt = await expectDocumented(res, '/ideas/photos', 'post');
      assert.equal(res.status, 201);
      assert.match(receipt.id, /^[a-f0-9]{32}$/);
      const stored = (await photos.get(receipt.id))!;
      assert.deepEqual([...stored.subarray(0, 2)], [0xff, 0xd8]);
      assert.ok(!stored.includes(GPS_MARKER), 'no GPS, XMP or comment in the stored file');
      assert.ok(!stored.includes('Exif'), 'no Exif segment');
      assert.ok(stored.includes('JFIF'), 'the image segments stay');

      const png = await expectDocumented(await upload(s, pngWithText(), 'image/png'), '/ideas/photos', 'post');
      assert.ok(!(await photos.get(png.id))!.includes(GPS_MARKER), 'PNG text chunks go too');

      const body = await validIdea(s, {
        title: 'Met foto’s',
        photos: [
          { id: receipt.id, alt: 'Het grasveld' },
          { id: png.id, alt: 'De hoek' },
        ],
      });
      const key = `photo-idea-${dialect}-${Date.now()}`;
      const idea = await s.fetch('/api/v1/ideas', { method: 'POST', json: body, headers: { 'Idempotency-Key': key } });
      assert.equal(idea.status, 201);
      const replay = await s.fetch('/api/v1/ideas', {
        method: 'POST',
        json: body,
        headers: { 'Idempotency-Key': key },
      });
      assert.equal(replay.status, 201, 'a replay does not trip over its own, already claimed photos');
      const { id } = await idea.json();
      const inbox = await expectDocumented(await s.fetch('/api/v1/staff/ideas', { staff: true }), '/staff/ideas');
      const mine = inbox.items.find((i: any) => i.id === id);
      assert.deepEqual(
        mine.photos.map((p: any) => [p.alt, p.type]),
        [
          ['Het grasveld', 'image/jpeg'],
          ['De hoek', 'image/png'],
        ],
      );
      const file = await s.fetch(mine.photos[0].url.replace(/^/, ''), { staff: true });
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), 'image/jpeg');
      assert.match(file.headers.get('content-security-policy') ?? '', /default-src 'none'; sandbox/);
      assert.equal(file.headers.get('cache-control'), 'no-store');
      assert.deepEqual(Buffer.from(await file.arrayBuffer()), stored);
      assert.equal((await s.fetch(mine.photos[0].url)).status, 401, 'staff only');
      assert.equal(
        (await s.fetch(`/api/v1/staff/ideas/${id + 1}/photos/${receipt.id}`, { staff: true })).status,
        404,
        'only under its own idea',
      );

      // A photo belongs to one idea; a second claim is refused and stores nothing.
      const before = await countRows(s.db, 'ideas');
      const again = await s.fetch('/api/v1/ideas', {
        method: 'POST',
        json: await validIdea(s, { photos: [{ id: receipt.id, alt: 'Nog eens' }] }),
      });
      assert.equal(again.status, 422);
      assert.deepEqual(
        (await again.json()).errors.map((e: any) => e.pointer),
        ['#/photos/0/id'],
      );
      assert.equal(await countRows(s.db, 'ideas'), before);
    });

    test('not a photo, too big, wrong type: clear 4xx problems, nothing stored', async () => {
      const s = await startTestServer(dialect);
      const fake = await upload(s, '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
      assert.equal(fake.status, 422);
      assert.equal((await expectDocumented(fake, '/ideas/photos', 'post')).errors[0].code, 'not-a-photo');
      assert.equal((await upload(s, cameraJpeg().subarray(0, 30))).status, 422, 'a broken JPEG');
      assert.equal((await upload(s, cameraJpeg(), 'image/gif')).status, 415);
      assert.equal((await upload(s, Buffer.concat([cameraJpeg(), Buffer.alloc(5 * 1024 * 1024)]))).status, 413);
      assert.equal(await countRows(s.db, 'photos'), 0);
    });

    test('retention: unclaimed photos after a day, and photos of ideas whose contact details were erased', async () => {
      const s = await startTestServer(dialect, { retentionDays: 30 });
      // The default store: the database.
      const photos = new DbPhotoStore(s.db);
      const claimed = (await (await upload(s, cameraJpeg())).json()).id;
      const loose = (await (await upload(s, cameraJpeg())).json()).id;
      await s.fetch('/api/v1/ideas', {
        method: 'POST',
        json: await validIdea(s, { photos: [{ id: claimed, alt: 'Foto' }] }),
      });
      const now = Date.now();
      assert.equal(await eraseExpiredPhotos(s.db, photos, new Date(now + 3_600_000)), 0, 'nothing within the day');
      assert.equal(await eraseExpiredPhotos(s.db, photos, new Date(now + 25 * 3_600_000)), 1);
      assert.equal(await photos.get(loose), null);
      assert.ok(await photos.get(claimed));
      await eraseExpiredContacts(s.db, new Date(now + 31 * 86_400_000), 30);
      assert.equal(await eraseExpiredPhotos(s.db, photos, new Date(now + 31 * 86_400_000)), 1);
      assert.equal(await photos.get(claimed), null);
      assert.equal(await countRows(s.db, 'photos'), 0);
      assert.equal(await countRows(s.db, 'photo_blobs'), 0, 'no bytes left behind');
    });

    test('two instances, each with its own photo folder: uploaded through one, shown through the other', async () => {
      const where = await location(dialect);
      const a = await startServer(cliOptions(where, join(dir, `${dialect}-a`)));
      const b = await startServer(cliOptions(where, join(dir, `${dialect}-b`)));
      try {
        await photoCrossesInstances(a.url, b.url);
        assert.equal(await countRows(a.db, 'photo_blobs'), 1, 'the bytes are in the database');
        assert.deepEqual(await new DiskPhotoStore(join(dir, `${dialect}-a`)).ids(), [], 'no files');
        assert.deepEqual(await new DiskPhotoStore(join(dir, `${dialect}-b`)).ids(), [], 'no files');
      } finally {
        await b.close();
        await a.close();
      }
    });

    test('photos kept as files before move into the database at start, and the files go', async () => {
      const folder = join(dir, `${dialect}-before`);
      const where = await location(dialect);
      const old = await startServer({ ...cliOptions(where, folder), photoStore: 'disk' });
      const { id } = (await (await fetch(`${old.url}/api/v1/ideas/photos`, jpeg())).json()) as { id: string };
      const stray = 'f'.repeat(32);
      await new DiskPhotoStore(folder).put(stray, Buffer.from('left over from an erased idea'));
      await old.close();
      assert.ok(readdirSync(folder).length > 0);
      const now = await startServer(cliOptions(where, folder));
      try {
        assert.equal(await countRows(now.db, 'photo_blobs'), 1, 'the photo moved, the stray file did not');
        assert.ok(await new DbPhotoStore(now.db).get(id));
        assert.deepEqual(await new DiskPhotoStore(folder).ids(), [], 'no files left');
      } finally {
        await now.close();
      }
    });
  });
}

describe('photos in an S3-compatible object store (s3rver on this machine)', () => {
  test('two instances: uploaded through one, shown through the other; retention removes the object', async () => {
    const s3dir = mkdtempSync(join(tmpdir(), 'buurtkit-s3-'));
    const s3 = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: s3dir,
      configureBuckets: [{ name: 'fotos' }],
    });
    const { port } = (await s3.run()) as { port: number };
    process.env.AWS_ACCESS_KEY_ID = 'S3RVER';
    process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER';
    const config = {
      bucket: 'fotos',
      prefix: 'buurtkit/',
      endpoint: `http://127.0.0.1:${port}`,
      region: 'eu-central-1',
    };
    const where = await location('sqlite');
    const a = await startServer({ ...cliOptions(where, join(dir, 's3-a')), photoStore: 's3', s3: config });
    const b = await startServer({ ...cliOptions(where, join(dir, 's3-b')), photoStore: 's3', s3: config });
    try {
      const id = await photoCrossesInstances(a.url, b.url);
      const objects = readdirSync(join(s3dir, 'fotos', 'buurtkit'));
      assert.ok(
        objects.some((o) => o.startsWith(id)),
        `the object is in the bucket: ${objects}`,
      );
      assert.equal(await countRows(a.db, 'photo_blobs'), 0, 'not in the database');
      const store = new S3PhotoStore(config);
      assert.equal(await eraseExpiredContacts(a.db, new Date(Date.now() + 400 * 86_400_000), 365), 1);
      assert.equal(await eraseExpiredPhotos(a.db, store, new Date(Date.now() + 400 * 86_400_000)), 1);
      assert.equal(await store.get(id), null, 'retention removed the object');
      store.destroy();
    } finally {
      await b.close();
      await a.close();
      await s3.close();
      rmSync(s3dir, { recursive: true, force: true });
    }
  });
});
