import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadOpenApi } from '@buurtkit/api';
import {
  STATIC_FILES,
  STATIC_FORMAT,
  STATIC_VERSION,
  type StaticInitiative,
  type StaticManifest,
} from '@buurtkit/api/static-folder';
import type { Db } from '../db/index.js';
import { AVATAR_PATH, avatarSvg } from '../reference/avatars.js';
import { listAreas } from '../store/areas.js';
import { listContacts } from '../store/contacts.js';
import { getInitiative, initiativeMunicipalities, listInitiatives } from '../store/initiatives.js';
import { listPhaseModels, listThemes } from '../store/reference.js';

export type ExportOptions = {
  /** The address the idea form offers to mail ideas to (the folder has no way to receive them). */
  ideaMail?: string | null;
  /** Only these municipalities' areas (CBS gemeente codes); all areas in the database otherwise. */
  municipalities?: string[];
  /** As the server's `BUURTKIT_SHOW_ELSEWHERE`. */
  showElsewhere?: boolean;
  now?: Date;
};

export type ExportReport = { dir: string; initiatives: number; contacts: number; areas: number; files: number };

/**
 * `buurtkit-server export-static DIR`: the read part of the contract as files (see
 * `@buurtkit/api/static-folder`), each exactly what the server would answer. The folder is
 * written beside DIR and then put in its place, so a web server serving DIR never shows a
 * half-written one; an existing DIR is only replaced when it is an export itself.
 */
export async function exportStatic(db: Db, dir: string, o: ExportOptions = {}): Promise<ExportReport> {
  dir = resolve(dir);
  if (existsSync(dir) && readdirSync(dir).length && !existsSync(join(dir, STATIC_FILES.manifest)))
    throw new Error(`${dir} is not empty and not a Buurtkit export: choose an empty or new folder`);
  const work = join(dirname(dir), `.${basename(dir)}.export-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  let files = 0;
  const write = (name: string, data: unknown) => {
    const path = join(work, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
    files++;
  };
  try {
    mkdirSync(work, { recursive: true });
    const showElsewhere = o.showElsewhere ?? true;
    const list = await listInitiatives(db, {}, { limit: Number.MAX_SAFE_INTEGER, offset: 0 });
    // Read from the database (no index of points given): GeoJSON objects, never a page's text.
    if (typeof list === 'string' || !('features' in list))
      throw new Error('the list answered in another format than GeoJSON');
    const municipality = await initiativeMunicipalities(db);
    const features: StaticInitiative[] = list.features.map((f) => ({
      ...f,
      geometry: { type: 'Point', coordinates: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] },
      properties: { ...f.properties, municipality: municipality.get(f.id) ?? null },
    }));
    write(STATIC_FILES.initiatives, { type: 'FeatureCollection', features });
    for (const { id } of list.features) write(STATIC_FILES.initiative(id), await getInitiative(db, id, showElsewhere));
    write(STATIC_FILES.phaseModels, { items: await listPhaseModels(db) });
    write(STATIC_FILES.themes, { items: await listThemes(db) });

    const wanted = o.municipalities?.length ? o.municipalities : [undefined];
    const areaLists = await Promise.all(wanted.map((m) => listAreas(db, { municipality: m, geometry: true })));
    const areas = { ...areaLists[0]!, features: areaLists.flatMap((a) => a.features) };
    write(STATIC_FILES.areas, areas);

    // The server's own avatars become files of the folder; other photos are addresses elsewhere already.
    const contacts = (await listContacts(db)).map((c) => {
      const name = c.photo?.startsWith(AVATAR_PATH) ? c.photo.slice(AVATAR_PATH.length) : undefined;
      const svg = name && avatarSvg(name);
      if (!svg) return c.photo?.startsWith('/') ? { ...c, photo: null } : c;
      write(`avatars/${name}`, svg);
      return { ...c, photo: `avatars/${name}` };
    });
    write(STATIC_FILES.contacts, { items: contacts });

    const manifest: StaticManifest = {
      format: STATIC_FORMAT,
      version: STATIC_VERSION,
      generated: (o.now ?? new Date()).toISOString(),
      contract: loadOpenApi().info.version,
      ideaMail: o.ideaMail ?? null,
    };
    write(STATIC_FILES.manifest, manifest);

    // Put in place: the old folder aside, the new one in, the old one gone.
    const old = `${work}.old`;
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(work, dir);
    rmSync(old, { recursive: true, force: true });
    return { dir, initiatives: features.length, contacts: contacts.length, areas: areas.features.length, files };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}
