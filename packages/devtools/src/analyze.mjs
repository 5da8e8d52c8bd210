// custom-elements.json from the JSDoc headers, with modules sorted by path: the analyzer
// lists them in file-system order, which differs between checkouts.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../../', import.meta.url).pathname;

/** Runs the analyzer into `outdir` (relative to the repo) and sorts the result; returns its path. */
export function analyze(outdir = '.') {
  execFileSync(
    join(root, 'node_modules/.bin/cem'),
    ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir, '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
  const file = join(root, outdir, 'custom-elements.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) analyze();
