// `npm run build`: every package with Vite (library mode, ES modules, .d.ts from tsc),
// the all-in-one bundle, and custom-elements.json from the JSDoc headers.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { analyze } from './analyze.mjs';
import { writeCdn } from './cdn.mjs';
import { writeFrameworkTypes } from './framework-types.mjs';
import { writeTables } from './wcag/tables.mjs';
import { writePages } from './docs-pages.mjs';
import { writeGuide } from './theming-guide.mjs';
import { buildApiDocs } from './api-docs.mjs';

const bin = (name) => new URL(`../../../node_modules/.bin/${name}`, import.meta.url).pathname;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', cwd: new URL('../../../', import.meta.url) });

/** Packages that ship browser code as a library (each widget issue adds its package). */
export const LIBRARY_PACKAGES = [
  'core',
  'phase-tracker',
  'contact-finder',
  'idea-form',
  'initiative-map',
  'staff-desk',
];

for (const name of LIBRARY_PACKAGES) {
  run(bin('vite'), ['build', '--mode', `package:${name}`, '--logLevel', 'warn']);
  if (existsSync(new URL(`../../${name}/tsconfig.build.json`, import.meta.url))) {
    run(bin('tsc'), ['-p', `packages/${name}/tsconfig.build.json`]);
  }
}
run(bin('vite'), ['build', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'staff', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'configurator', '--logLevel', 'warn']);
analyze();
await writeFrameworkTypes();
writeTables();
writePages();
await writeGuide();
buildApiDocs();
const cdn = writeCdn().replace(/.*packages\//, 'packages/');
console.log(
  `built: packages/*/dist, packages/buurtkit/dist/buurtkit.js, ${cdn}, custom-elements.json, ` +
    'packages/buurtkit/types, packages/buurtkit/accessibility, packages/buurtkit/THEMING.md, stories/docs, ' +
    'packages/server/dist/docs',
);
