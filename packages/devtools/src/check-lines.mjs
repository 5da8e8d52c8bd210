// `npm test` step: no line over 120 characters in the code, styles, pages and configuration
// we write, and no element file over 400 lines. Prettier wraps what it can; this catches
// what it cannot (long strings, markup in templates, comments). Generated files and data
// are left out, named below with why.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LIMIT = 120;
/** An element's own file (the one with its `@tagname` header) stays small: its parts live beside it. */
export const ELEMENT_LINES = 400;
const CHECKED = /\.(ts|mts|mjs|js|json|ya?ml|css|html)$/;
// Not ours, or not kept: dependencies, build output, local data, git, tools' scratch folders (.tmp*).
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'storybook-static', 'data', '.git']);
/** Generated (written by tools that npm test checks for freshness) or data (texts, records, fixtures). */
const EXEMPT = [
  /^packages\/api\/src\/schema\.d\.ts$/, // generated from openapi.yaml
  /^custom-elements\.json$/, // generated from the JSDoc headers
  /^package-lock\.json$/, // npm's
  /^packages\/devtools\/src\/bench\/baseline\.json$/, // measured numbers
  /^packages\/server\/seed-data\//, // CBS boundaries
  /^test\/fixtures\//, // recorded PDOK answers, a tile, photos
  /^packages\/api\/examples\//, // the API reference's examples, recorded from the reference server
  /\/messages\/(?:[^/]+\/)?[^/]+\.ts$/, // message catalogues (also in a folder): sentences residents read, one per line
  /^packages\/core\/src\/localize\/catalogues\//, // core's catalogues, likewise
  /^packages\/server\/src\/messages\.ts$/, // the server's catalogues
  /^packages\/server\/src\/reference\//, // phase models and themes: the municipality's texts
  /^packages\/server\/src\/seed\//, // demo data: initiatives, contacts, ideas
  /^test\/hostile\/xss-corpus\.ts$/, // attack payloads, each as it is
];

function files(dir, root) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (SKIPPED_DIRS.has(name) || name.startsWith('.tmp')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, root));
    else if (CHECKED.test(name)) out.push(relative(root, path));
  }
  return out;
}

/** Lines over the limit as `file:line (length)`; characters, not bytes (ë is one). */
export function longLines(root) {
  const found = [];
  for (const file of files(root, root)) {
    if (EXEMPT.some((re) => re.test(file))) continue;
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const length = [...line].length;
        if (length > LIMIT) found.push(`${file}:${i + 1} (${length})`);
      });
  }
  return found;
}

/** Element files (a `@tagname` JSDoc header under packages/) over ELEMENT_LINES lines. */
export function bigElements(root) {
  return files(join(root, 'packages'), root)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }))
    .filter(({ text }) => /^\s*\* @tagname /m.test(text))
    .map(({ file, text }) => ({ file, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) }))
    .filter(({ lines }) => lines > ELEMENT_LINES)
    .map(({ file, lines }) => `${file} (${lines} lines)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? fileURLToPath(new URL('../../../', import.meta.url));
  const found = longLines(root);
  const big = bigElements(root);
  if (found.length) {
    console.log(`${found.length} line(s) over ${LIMIT} characters:`);
    for (const f of found) console.log(`- ${f}`);
  }
  if (big.length) {
    console.log(`${big.length} element file(s) over ${ELEMENT_LINES} lines (split views and controllers out):`);
    for (const f of big) console.log(`- ${f}`);
  }
  if (found.length || big.length) process.exit(1);
  console.log(`no line over ${LIMIT} characters, no element file over ${ELEMENT_LINES} lines`);
}
