// The API reference (/api/v1/docs), built from openapi.yaml by Redocly's own renderer at build
// time: `redocly build-docs --inlineBundle` renders every operation to HTML on this machine and
// bundles Redoc's script, so nothing loads from Redocly's CDN, and with REDOCLY_TELEMETRY=off
// the page reports nothing to anyone. Its big inline module script is moved to a file of its
// own (redoc.js) and the small inline one is allowed by its hash, so the page runs under a CSP
// without 'unsafe-inline' for scripts. Written to packages/server/dist/docs/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../../', import.meta.url).pathname;
export const DOCS_DIR = join(root, 'packages/server/dist/docs');

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function buildApiDocs() {
  const tmp = mkdtempSync(join(tmpdir(), 'buurtkit-docs-'));
  const out = join(tmp, 'index.html');
  execFileSync(
    join(root, 'node_modules/.bin/redocly'),
    ['build-docs', join(root, 'packages/api/openapi.yaml'), '--inlineBundle', '--title', 'Buurtkit API', '-o', out],
    { env: { ...process.env, REDOCLY_TELEMETRY: 'off' }, stdio: 'pipe' },
  );
  let html = readFileSync(out, 'utf8');
  rmSync(tmp, { recursive: true, force: true });
  const module = /<script type="module">([\s\S]*?)<\/script>/.exec(html);
  if (!module) throw new Error('build-docs wrote no module script: has its output changed?');
  if (/https:\/\/cdn\.redocly\.com\/redoc\//.test(html.replace(module[0], '')))
    throw new Error('the page still loads Redoc from the CDN');
  html = html.replace(module[0], '<script type="module" src="/api/v1/docs/redoc.js"></script>');
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]));
  mkdirSync(DOCS_DIR, { recursive: true });
  writeFileSync(join(DOCS_DIR, 'index.html'), html);
  writeFileSync(join(DOCS_DIR, 'redoc.js'), module[1]);
  writeFileSync(join(DOCS_DIR, 'csp.json'), `${JSON.stringify({ scriptHashes: hashes }, null, 2)}\n`);
  return DOCS_DIR;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`API reference: ${buildApiDocs()}`);
