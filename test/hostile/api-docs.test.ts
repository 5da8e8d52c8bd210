import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';
import { loadOpenApi } from '@buurtkit/api';
// @ts-expect-error plain ESM helper
import { CHROMIUM_ARGS, ensureChromium } from '../../packages/devtools/src/chromium.mjs';
import { startTestServer } from '../node/helpers/server.ts';

type Op = { operationId: string; summary: string; tags: string[] };
const operations = Object.values(loadOpenApi().paths).flatMap((m) => Object.values(m)) as unknown as Op[];

/**
 * The API reference as a developer opens it: Redocly's renderer, built by `npm run build`, served
 * by the reference server under the page's own CSP. Offline: every request it makes goes to the
 * server itself. It lists every operation and shows the recorded examples.
 */
test('the API reference renders every operation with its examples, offline, under its own CSP', async () => {
  const s = await startTestServer('sqlite');
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  after(() => browser.close());
  const tab = await browser.newPage();
  tab.setDefaultTimeout(20_000);
  const elsewhere: string[] = [];
  // Nothing leaves this machine: any other host is refused, and noted.
  await tab.route(
    (url) => !url.href.startsWith(s.url),
    (route) => {
      elsewhere.push(route.request().url());
      return route.abort();
    },
  );
  const violations: string[] = [];
  await tab.exposeFunction('__violation', (v: string) => violations.push(v));
  await tab.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violation(v: string): void }).__violation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));

  const res = await tab.goto(`${s.url}/api/v1/docs`);
  const csp = res!.headers()['content-security-policy']!;
  assert.match(csp, /script-src 'self' 'sha256-[^']+'/);
  assert.doesNotMatch(csp, /script-src[^;]*unsafe/);
  // Hydrated: Redoc's script ran (its search box works only then).
  await tab.locator('[data-testid="search-trigger"], input[placeholder*="Search" i]').first().waitFor();
  // Each operation has its own page in the reference (hash routes, so a reload keeps it).
  const missing: string[] = [];
  for (const o of operations) {
    await tab.evaluate((hash) => (location.hash = hash), `#/${o.tags[0]}/${o.operationId.toLowerCase()}`);
    const shown = await tab
      .getByText(o.summary, { exact: true })
      .first()
      .waitFor({ timeout: 5000 })
      .then(
        () => true,
        () => false,
      );
    if (!shown) missing.push(o.operationId);
  }
  assert.deepEqual(missing, [], 'every operation has its page');
  // The recorded examples are shown: the idea a resident sends, and the answer.
  await tab.evaluate(() => (location.hash = '#/ideas/submitidea'));
  await tab.getByText('Bankjes langs de Lumièrestraat').first().waitFor();
  assert.deepEqual(errors, []);
  // Search works under the policy: Redoc first probes whether it may build its index in a worker
  // (Function() inside a try); the policy refuses that, and it searches on the page instead.
  await tab.locator('[data-testid="search-trigger"]').click();
  await tab.keyboard.type('phase');
  await tab.getByText('Move an initiative to another phase').first().waitFor();
  // Redoc's footer asks Redocly's CDN for its logo; the policy refuses it, the logo hides itself.
  // Nothing else is refused, and nothing else is asked of another host.
  const logo = (u: string) => u.startsWith('https://cdn.redoc.ly/redoc/logo-mini');
  const known = (v: string) => (v.startsWith('img-src') && logo(v.split(' ')[1]!)) || v === 'script-src eval';
  assert.deepEqual(
    violations.filter((v) => !known(v)),
    [],
  );
  assert.deepEqual(
    elsewhere.filter((u) => !logo(u)),
    [],
  );
});

test('the reference script is sent compressed and revalidated, never again in full', async () => {
  const s = await startTestServer('sqlite');
  const full = await fetch(`${s.url}/api/v1/docs/redoc.js`, { headers: { 'Accept-Encoding': 'identity' } });
  const size = (await full.arrayBuffer()).byteLength;
  const br = await fetch(`${s.url}/api/v1/docs/redoc.js`, { headers: { 'Accept-Encoding': 'br' } });
  assert.equal(br.headers.get('content-encoding'), 'br');
  const etag = br.headers.get('etag')!;
  assert.ok(Number(br.headers.get('content-length') ?? size) < size / 3, 'brotli');
  const again = await fetch(`${s.url}/api/v1/docs/redoc.js`, { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
});
