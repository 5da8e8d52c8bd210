// The build's CDN files: the resident bundle and the staff bundle, every file under
// packages/buurtkit/dist/cdn/{version}/, and beside them sri.json with each file's Subresource
// Integrity hash. A page pins one version with `integrity` on its script: the browser refuses
// the entry if one byte differs. Lazy chunks have content-hashed names, and their hashes are
// in sri.json for an import map's `integrity` (see the README).
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = new URL('../../buurtkit/dist/', import.meta.url).pathname;

/** `sha384-…` of some bytes, as `integrity` wants it. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

/** Writes dist/cdn/{version}/ and its sri.json; returns the folder. */
export function writeCdn() {
  const { version } = JSON.parse(readFileSync(new URL('../../buurtkit/package.json', import.meta.url), 'utf8'));
  const root = join(dist, 'cdn');
  const out = join(root, version);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const hashes = {};
  for (const path of files(dist)) {
    if (path.startsWith(root) || !path.endsWith('.js')) continue;
    const name = relative(dist, path);
    cpSync(path, join(out, name));
    hashes[name] = sri(readFileSync(path));
  }
  const ordered = Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(out, 'sri.json'), `${JSON.stringify({ version, files: ordered }, null, 2)}\n`);
  return out;
}
