// custom-elements.json is committed (Storybook and editors read it); this fails when the
// JSDoc headers changed and nobody re-ran `npm run analyze`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from './analyze.mjs';

const root = new URL('../../../', import.meta.url).pathname;
// The analyzer resolves --outdir against the working directory.
const dir = mkdtempSync(join(root, '.tmp-cem-'));
try {
  const fresh = readFileSync(analyze(dir.slice(root.length)), 'utf8');
  const committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date with the JSDoc headers: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json matches the sources');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
