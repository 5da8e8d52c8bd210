import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';
// @ts-expect-error plain ESM helper
import { CHROMIUM_ARGS, ensureChromium } from '../../packages/devtools/src/chromium.mjs';
import { startPdokFixture } from './helpers/pdok.ts';
import { startTestServer } from './helpers/server.ts';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'packages/buurtkit/dist');

function listen(server: Server, port: number) {
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
}

/**
 * buurtkit.js as a municipality would use it from a CDN: the bundle and its lazy chunks
 * on one origin (with the CORS header CDNs send), the page on another under a strict CSP
 * that allows that script origin, the API on a third (connect-src, and img-src for
 * contact photos), the geocoder on a fourth.
 */
test('the bundle works from another origin, lazy chunks included, under a strict CSP', async () => {
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root });
  const api = await startTestServer('sqlite', { corsOrigins: ['http://127.0.0.1:18721'] });
  const pdok = await startPdokFixture();
  after(() => pdok.close());
  const cdn = 'http://127.0.0.1:18722';
  const cdnRequests: string[] = [];
  await listen(createServer((req, res) => {
    cdnRequests.push(req.url!);
    const file = normalize(join(dist, req.url!.split('?')[0]!));
    try {
      if (!file.startsWith(dist)) throw new Error('outside');
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  }), 18722);
  const csp = `default-src 'self'; script-src 'self' ${cdn}; style-src 'self'; img-src 'self' data: ${api.url}; connect-src ${api.url} ${new URL(pdok.url).origin}; object-src 'none'; base-uri 'none'`;
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title>
<script type="module" src="${cdn}/buurtkit.js"></script><script type="module" src="/page.js"></script></head>
<body><buurt-config api="${api.url}/api/v1" geocoder="${pdok.url}"><buurt-phase-tracker model="burgerinitiatief"></buurt-phase-tracker>
<buurt-contact-finder municipality="GM0034"></buurt-contact-finder></buurt-config></body></html>`;
  await listen(createServer((req, res) => {
    const headers = { 'Content-Security-Policy': csp };
    if (req.url === '/page.js') return res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end("window.__v = []; document.addEventListener('securitypolicyviolation', (e) => window.__v.push(e.violatedDirective + ' ' + e.blockedURI));");
    res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(page);
  }), 18721);

  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  after(() => browser.close());
  const tab = await browser.newPage();
  tab.setDefaultTimeout(10_000);
  await tab.goto('http://127.0.0.1:18721/');
  const heading = tab.locator('buurt-phase-tracker [role=heading]').first();
  await heading.waitFor();
  assert.equal(await heading.textContent(), 'Zo gaat het met een initiatief');
  assert.equal(await tab.locator('buurt-phase-tracker ol.phases > li').count(), 5);
  // Another language: its catalogue is a lazy chunk, fetched from the CDN beside the bundle.
  await tab.evaluate(() => { document.documentElement.lang = 'en'; });
  await tab.waitForFunction(() => document.querySelector('buurt-phase-tracker')?.shadowRoot?.querySelector('[role=heading]')?.textContent === 'How an initiative goes');
  assert.ok(cdnRequests.some((u) => u.startsWith('/chunks/')), `lazy chunks came from the CDN: ${cdnRequests.join(', ')}`);
  // The contact finder's whole path: geocoder, then API, under the same policy.
  await tab.locator('buurt-contact-finder #postcode').fill('1353 AB');
  await tab.locator('buurt-contact-finder #number').fill('12');
  await tab.locator('buurt-contact-finder #number').press('Enter');
  await tab.locator('buurt-contact-finder [part=contact]').waitFor();
  assert.match((await tab.locator('buurt-contact-finder [part=contact] [role=heading]').textContent()) ?? '', /Sanne de Vries/);
  assert.equal(await tab.evaluate(() => getComputedStyle(document.querySelector('buurt-contact-finder')!.shadowRoot!.querySelector('.card')!).display), 'grid');
  assert.deepEqual(await tab.evaluate(() => (window as unknown as { __v: string[] }).__v), []);
  const colour = await tab.evaluate(() => getComputedStyle(document.querySelector('buurt-phase-tracker')!.shadowRoot!.querySelector('.marker')!).borderTopStyle);
  assert.equal(colour, 'solid', 'styled from adopted stylesheets');
});
