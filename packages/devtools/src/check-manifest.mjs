// custom-elements.json is committed (Storybook and editors read it); this fails when the
// JSDoc headers changed and nobody re-ran `npm run analyze`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../../', import.meta.url).pathname;
// The analyzer resolves --outdir against the working directory.
const dir = mkdtempSync(join(root, '.tmp-cem-'));
try {
  execFileSync(join(root, 'node_modules/.bin/cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', dir.slice(root.length), '--quiet'], { cwd: root, stdio: 'inherit' });
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date with the JSDoc headers: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json matches the sources');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
