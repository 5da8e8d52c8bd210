// custom-elements.json is committed (Storybook and editors read it); this fails when the
// JSDoc headers changed and nobody re-ran `npm run analyze`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from './analyze.mjs';
import { frameworkTypes } from './framework-types.mjs';

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
  // The React and Vue typings are made from it: stale ones would type what the elements lack.
  for (const [file, text] of Object.entries(await frameworkTypes(JSON.parse(committed)))) {
    if (readFileSync(file, 'utf8') !== text) {
      console.error(`${file.slice(root.length)} is out of date with custom-elements.json: run \`npm run build\`.`);
      process.exit(1);
    }
  }
  console.log('custom-elements.json and the React and Vue typings match the sources');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
