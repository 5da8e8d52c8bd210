import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { DiskPhotoStore, eraseExpiredContacts, eraseExpiredPhotos } from '@buurtkit/server';
import { cameraJpeg, GPS_MARKER } from '../fixtures/photos/jpeg.ts';
import { expectDocumented } from './helpers/openapi.ts';
import { countRows, dialects, startTestServer, validIdea, type TestServer } from './helpers/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'buurtkit-photos-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

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
      const photos = new DiskPhotoStore(join(dir, `${dialect}-retention`));
      const s = await startTestServer(dialect, { photos, retentionDays: 30 });
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
    });
  });
}
