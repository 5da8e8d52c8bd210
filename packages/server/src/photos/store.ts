import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../db/index.js';
import { deletePhotoBytes, getPhotoBytes, putPhotoBytes } from '../store/photo-blobs.js';

/**
 * Where residents' photos live: in the database (the default: every instance finds them,
 * and a backup holds them), in an S3-compatible object store (large installs), or files
 * on this server's disk (one instance only).
 */
export interface PhotoStore {
  put(id: string, bytes: Buffer): Promise<void>;
  get(id: string): Promise<Buffer | null>;
  delete(id: string): Promise<void>;
}

/** Photo ids are 32 random hex characters: nothing else ever becomes a file name or key. */
export const PHOTO_ID = /^[a-f0-9]{32}$/;

const checked = (id: string) => {
  if (!PHOTO_ID.test(id)) throw new Error('invalid photo id');
  return id;
};

export class DbPhotoStore implements PhotoStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  put(id: string, bytes: Buffer) {
    return putPhotoBytes(this.db, checked(id), bytes, this.now().toISOString());
  }

  get(id: string) {
    return getPhotoBytes(this.db, checked(id));
  }

  delete(id: string) {
    return deletePhotoBytes(this.db, checked(id));
  }
}

export class DiskPhotoStore implements PhotoStore {
  constructor(readonly dir: string) {}

  private path(id: string) {
    return join(this.dir, checked(id).slice(0, 2), id);
  }

  async put(id: string, bytes: Buffer) {
    const path = this.path(id);
    await mkdir(join(this.dir, id.slice(0, 2)), { recursive: true });
    // Written whole, then renamed: a reader never sees half a photo.
    await writeFile(`${path}.part`, bytes);
    await rename(`${path}.part`, path);
  }

  async get(id: string) {
    try {
      return await readFile(this.path(id));
    } catch {
      return null;
    }
  }

  async delete(id: string) {
    await rm(this.path(id), { force: true });
  }

  /** The ids of the photos in the folder (for moving them elsewhere). */
  async ids(): Promise<string[]> {
    const found: string[] = [];
    const shards = await readdir(this.dir).catch(() => [] as string[]);
    for (const shard of shards.filter((s) => /^[a-f0-9]{2}$/.test(s))) {
      for (const name of await readdir(join(this.dir, shard)).catch(() => [] as string[]))
        if (PHOTO_ID.test(name) && name.startsWith(shard)) found.push(name);
    }
    return found;
  }
}

/**
 * Moves photos kept as files (before they went into the database or an object store) into
 * `target`, each copied before its file is removed: stopped half-way, a restart goes on.
 * Files that no photo row knows (left over from erased ideas) are removed.
 */
export async function movePhotoFiles(
  from: DiskPhotoStore,
  target: PhotoStore,
  known: (id: string) => Promise<boolean>,
): Promise<number> {
  let moved = 0;
  for (const id of await from.ids()) {
    const bytes = await from.get(id);
    if (bytes && (await known(id))) {
      await target.put(id, bytes);
      moved++;
    }
    await from.delete(id);
  }
  return moved;
}
