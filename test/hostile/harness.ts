import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { after } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
// @ts-expect-error plain ESM helper
import { CHROMIUM_ARGS, ensureChromium } from '../../packages/devtools/src/chromium.mjs';
import { startPdokFixture } from '../node/helpers/pdok.ts';
import { startTestServer, type TestServer } from '../node/helpers/server.ts';

/**
 * The hostile world a municipal page is: real HTTP servers with real security headers for
 * the page, a CDN for our bundle, the reference API and the geocoder, each on its own
 * origin, and Debian's Chromium driven by playwright-core.
 */

const root = new URL('../../', import.meta.url).pathname;
const cleanups: Array<() => unknown> = [];
after(async () => {
  for (const fn of cleanups.reverse()) await bounded(fn);
});

/**
 * Runs one clean-up step, and kills this file's Chromium when it has not finished in 15 s.
 * Clean-clone runs twice hung for good after every test had passed, with Chromium alive: once
 * in `browser.close()`, once before it (a tab's `context.close()` waits on Chromium too, with
 * no time limit). Killing Chromium ends whichever step waits on it; the file then exits.
 */
async function bounded(fn: () => unknown) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = await Promise.race([
    Promise.resolve()
      .then(fn)
      .then(
        () => true,
        () => true,
      ),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 15_000))),
  ]);
  clearTimeout(timer);
  if (!done) spawnSync('pkill', ['-KILL', '-P', String(process.pid), '-f', 'chromium']);
}

let bundleDir: Promise<string> | undefined;

/** buurtkit.js and its lazy chunks, built once per test file the way `npm run build` does. */
export function buildBundle(): Promise<string> {
  bundleDir ??= (async () => {
    const out = mkdtempSync(join(tmpdir(), 'buurtkit-hostile-'));
    cleanups.push(() => rmSync(out, { recursive: true, force: true }));
    await build({
      configFile: join(root, 'vite.config.ts'),
      mode: 'bundle',
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: true, sourcemap: false },
    });
    // The staff desk's own bundle, beside it as in packages/buurtkit/dist/staff.
    await build({
      configFile: join(root, 'vite.config.ts'),
      mode: 'staff',
      logLevel: 'silent',
      build: { outDir: join(out, 'staff'), emptyOutDir: true, sourcemap: false },
    });
    return out;
  })();
  return bundleDir;
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server: Server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A page and the headers it is served with. */
export type HostPage = { html: string; headers?: OutgoingHttpHeaders };

export type World = {
  api: TestServer;
  geocoder: string;
  /** Origin of the municipality's site; its pages are set with `page()`. */
  site: string;
  /** Origin of the CDN: `/a/` the bundle, `/b/` a second copy of the same version, `/old/` another version. */
  cdn: string;
  page(path: string, page: HostPage): string;
  asset(path: string, body: string, type: string): void;
  open(url: string): Promise<Tab>;
};

export type Tab = {
  page: Page;
  /** `securitypolicyviolation` events, as "directive blocked-uri". */
  violations(): Promise<string[]>;
  errors: string[];
  warnings: string[];
  dialogs: string[];
  /** Every URL the page asked for, from its first request on. */
  requests: string[];
};

/**
 * Script every host page loads first (same origin, so any CSP allows it): records CSP and
 * Trusted Types violations, and defines the sentinel an injected script would call.
 */
const HOST_JS = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
window.__xss = 0;
window.xss = () => { window.__xss++; };
// tsx (esbuild keepNames) wraps functions the tests pass to page.evaluate in __name().
window.__name = (f) => f;
// Walks every shadow root: script elements, on* attributes, script URLs, frames, objects.
window.__dangerous = () => {
  const found = [];
  const visit = (node, inShadow) => {
    for (const el of node.querySelectorAll('*')) {
      if (inShadow) {
        const tag = el.localName;
        const active = ['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta', 'link', 'foreignobject'];
        if (active.includes(tag)) found.push('<' + tag + '>');
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) found.push(tag + '[' + attr.name + ']');
          const url = /^(href|src|action|formaction|xlink:href|srcdoc|data)$/i.test(attr.name);
          if (url && /^(javascript|data|vbscript):/i.test(attr.value.replace(/\\s/g, ''))) {
            found.push(tag + '[' + attr.name + '=' + attr.value.slice(0, 40) + ']');
          }
        }
      }
      if (el.shadowRoot) visit(el.shadowRoot, true);
    }
  };
  visit(document, false);
  return found;
};`;

let browser: Promise<Browser> | undefined;
const TILE = readFileSync(new URL('../fixtures/tiles/tile.png', import.meta.url));

export async function startWorld(options: { rateLimit?: { max: number; windowSeconds: number } } = {}): Promise<World> {
  const bundle = await buildBundle();
  const pages = new Map<string, HostPage>();
  const assets = new Map<string, { body: string; type: string }>([
    ['/host.js', { body: HOST_JS, type: 'text/javascript' }],
  ]);
  const site = await listen((req, res) => {
    const path = req.url!.split('?')[0]!;
    const page = pages.get(path);
    if (page) return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...page.headers }).end(page.html);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    // Map tiles from the site itself (img-src 'self'): one recorded tile for every z/x/y.
    if (path.startsWith('/tiles/')) return res.writeHead(200, { 'Content-Type': 'image/png' }).end(TILE);
    const asset = assets.get(path);
    if (asset) return res.writeHead(200, { 'Content-Type': asset.type }).end(asset.body);
    // The site may also host the bundle itself (same-origin deployment).
    serveBundle(bundle, path.replace(/^\/js\//, '/a/'), res);
  });
  const cdn = await listen((req, res) => serveBundle(bundle, req.url!.split('?')[0]!, res));
  const api = await startTestServer('sqlite', {
    corsOrigins: [site],
    // The iframe pages (/embed/…) load the same bundle from the API's own origin.
    embedBundle: bundle,
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  const pdok = await startPdokFixture();
  cleanups.push(() => pdok.close());
  browser ??= chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS }).then((b) => {
    cleanups.push(() => b.close());
    return b;
  });
  const b = await browser;
  return {
    api,
    geocoder: pdok.url,
    site,
    cdn,
    page(path, page) {
      pages.set(path, page);
      return `${site}${path}`;
    },
    asset(path, body, type) {
      assets.set(path, { body, type });
    },
    async open(url) {
      const context = await b.newContext();
      cleanups.push(() => context.close().catch(() => {}));
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const tab: Tab = {
        page,
        errors: [],
        warnings: [],
        dialogs: [],
        requests: [],
        violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
      };
      page.on('pageerror', (e) => tab.errors.push(e.message));
      page.on('request', (r) => tab.requests.push(r.url()));
      page.on('console', (m) => {
        // With the address: "Failed to load resource" alone does not say which.
        if (m.type() === 'error') tab.errors.push(`${m.text()}${m.location().url ? ` (${m.location().url})` : ''}`);
        if (m.type() === 'warning') tab.warnings.push(m.text());
      });
      page.on('dialog', (d) => {
        tab.dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(url);
      return tab;
    },
  };
}

/**
 * The CDN: `/a/…` is the bundle, `/b/…` the same files under another URL (a second module
 * instance of the same version), `/old/…` a copy that calls itself another version,
 * `/tampered/…` the bundle with one byte added to its entry.
 */
function serveBundle(dir: string, path: string, res: ServerResponse) {
  const m = /^\/(a|b|old|tampered)(\/.*)$/.exec(path);
  const file = m ? normalize(join(dir, m[2]!)) : '';
  let body: string;
  try {
    if (!m || !file.startsWith(dir)) throw new Error('outside');
    body = readFileSync(file, 'utf8');
  } catch {
    return res.writeHead(404).end();
  }
  // Whatever quotes the minifier chose for the version literal.
  if (m[1] === 'old') body = body.replace(/(["'`])0\.1\.0\1/g, '"0.0.9-old"');
  // One byte more at the end of the entry: what a compromised CDN would serve.
  if (m[1] === 'tampered' && m[2] === '/buurtkit.js') body += ' ';
  res.writeHead(200, { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' }).end(body);
}

/**
 * The strict policy of the issue, for a page whose widgets come from `script`; with `nonce`,
 * the nonce-based kind (scripts by nonce and what they load, `'strict-dynamic'`, no host list).
 */
export function strictCsp(
  world: World,
  extra: { script?: string; trustedTypes?: string; img?: string; nonce?: string } = {},
) {
  const api = world.api.url;
  return [
    "default-src 'self'",
    extra.nonce
      ? `script-src 'nonce-${extra.nonce}' 'strict-dynamic'`
      : `script-src 'self'${extra.script ? ` ${extra.script}` : ''}`,
    "style-src 'self'",
    `img-src 'self' data: ${api}${extra.img ? ` ${extra.img}` : ''}`,
    `connect-src ${api} ${new URL(world.geocoder).origin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    ...(extra.trustedTypes ? ["require-trusted-types-for 'script'", `trusted-types ${extra.trustedTypes}`] : []),
  ].join('; ');
}

/** Everything the in-page scan found that must never be in a widget's shadow DOM. */
export function dangerousNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __dangerous(): string[] }).__dangerous());
}
