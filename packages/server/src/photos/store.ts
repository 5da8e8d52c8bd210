import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where residents' photos live. Files on disk by default; a municipality can put another store behind this. */
export interface PhotoStore {
  put(id: string, bytes: Buffer): Promise<void>;
  get(id: string): Promise<Buffer | null>;
  delete(id: string): Promise<void>;
}

/** Photo ids are 32 random hex characters: nothing else ever becomes a file name. */
const ID = /^[a-f0-9]{32}$/;

export class DiskPhotoStore implements PhotoStore {
  constructor(private readonly dir: string) {}

  private path(id: string) {
    if (!ID.test(id)) throw new Error('invalid photo id');
    return join(this.dir, id.slice(0, 2), id);
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
}
