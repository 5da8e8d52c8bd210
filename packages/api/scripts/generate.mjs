// Generates src/schema.d.ts from openapi.yaml. `--check` fails when the committed
// types have drifted from the document (run by the test suite).
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';

const source = new URL('../openapi.yaml', import.meta.url);
const target = new URL('../src/schema.d.ts', import.meta.url);
const header = '// Generated from openapi.yaml by `npm run api:types`. Do not edit.\n';

const ast = await openapiTS(source);
const fresh = header + astToString(ast);
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== fresh) {
    console.error('packages/api/src/schema.d.ts is out of date with openapi.yaml: run `npm run api:types`.');
    process.exit(1);
  }
  console.log('API types match openapi.yaml');
} else {
  writeFileSync(target, fresh);
  console.log('wrote', target.pathname);
}
