import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';
import { build } from 'vite';
// @ts-expect-error plain ESM helper
import { CHROMIUM_ARGS, ensureChromium } from '../../packages/devtools/src/chromium.mjs';
import { startTestServer } from '../node/helpers/server.ts';

const root = new URL('../../', import.meta.url).pathname;

/**
 * Core under a strict Content-Security-Policy, as production pages have it: the fixture
 * widget that composes every shared piece is built like a widget bundle and served from
 * its own origin with `script-src 'self'; style-src 'self'` and no unsafe-*; it talks to
 * the real API on another origin. Not one violation may fire, and the styles must apply.
 */
test('core pieces render, style and fetch under a strict CSP with no violation', async () => {
  const api = await startTestServer('sqlite', { corsOrigins: ['http://127.0.0.1:18711'] });
  const out = mkdtempSync(join(tmpdir(), 'buurtkit-csp-'));
  after(() => rmSync(out, { recursive: true, force: true }));
  await build({
    configFile: join(root, 'vite.config.ts'),
    mode: 'bundle',
    logLevel: 'silent',
    build: {
      outDir: out,
      emptyOutDir: true,
      sourcemap: false,
      lib: { entry: join(root, 'test/browser/fixtures/test-widget.ts'), formats: ['es'], fileName: () => 'widget.js' },
    },
  });
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${api.url}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>CSP</title>
<link rel="stylesheet" href="/page.css"><script type="module" src="/widget.js"></script><script type="module"
  src="/page.js"></script></head>
<body><main><buurt-test-widget api="${api.url}/api/v1"></buurt-test-widget></main></body></html>`;
  const pageJs = `window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;
  const server = createServer((req, res) => {
    const headers = { 'Content-Security-Policy': csp };
    if (req.url === '/') return res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(page);
    if (req.url === '/page.js')
      return res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(pageJs);
    if (req.url === '/page.css')
      return res
        .writeHead(200, { ...headers, 'Content-Type': 'text/css' })
        .end('main { --buurt-color-primary: rgb(0, 110, 50); }');
    let body: Buffer;
    try {
      body = readFileSync(join(out, req.url!.split('?')[0]!));
    } catch {
      return res.writeHead(404).end();
    }
    return res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(body);
  });
  await new Promise<void>((r) => server.listen(18711, '127.0.0.1', r));
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  after(() => browser.close());
  const tab = await browser.newPage();
  tab.setDefaultTimeout(10_000);
  const consoleErrors: string[] = [];
  tab.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await tab.goto('http://127.0.0.1:18711/');
  await tab.waitForFunction(() => document.querySelector('buurt-test-widget')?.shadowRoot?.querySelector('h1'));
  // Exercise the pieces: submit empty (error summary), load from the API (skeleton, list).
  await tab.locator('buurt-test-widget button[type=submit]').click();
  await tab.locator('buurt-test-widget .error-summary').waitFor();
  await tab.evaluate(() =>
    (document.querySelector('buurt-test-widget') as unknown as { load(): Promise<void> }).load(),
  );
  await tab.locator('buurt-test-widget .count').waitFor();
  await tab.evaluate(() => {
    document.documentElement.lang = 'en';
  });
  await tab.waitForFunction(
    () =>
      document.querySelector('buurt-test-widget')!.shadowRoot!.querySelector('h1')!.textContent ===
      'Hello neighbourhood',
  );

  const styles = await tab.evaluate(() => {
    const root = document.querySelector('buurt-test-widget')!.shadowRoot!;
    return {
      button: getComputedStyle(root.querySelector('button')!).backgroundColor,
      input: getComputedStyle(root.querySelector('input')!).borderTopWidth,
      summary: getComputedStyle(root.querySelector('.error-summary')!).borderTopStyle,
    };
  });
  assert.deepEqual(
    styles,
    { button: 'rgb(0, 110, 50)', input: '3px', summary: 'solid' },
    'adopted stylesheets applied, page token flowed in',
  );
  assert.deepEqual(await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
  assert.deepEqual(
    consoleErrors.filter((e) => /Content Security Policy/i.test(e)),
    [],
  );
  assert.equal(await tab.locator('buurt-test-widget .count').textContent(), '10 themes');
});
