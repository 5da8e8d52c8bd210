import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error plain ESM helper
import { CHROMIUM_ARGS, ensureChromium } from '../../packages/devtools/src/chromium.mjs';
import { startPdokFixture } from '../node/helpers/pdok.ts';
import { STAFF_TOKEN, startTestServer } from '../node/helpers/server.ts';

/**
 * Every story and docs page of the built Storybook, opened in Chromium against the real
 * reference server (demo seed) and the recorded PDOK answers: it renders, its play
 * function passes, Storybook's own a11y check passes, and once the widget has settled
 * (data loaded, errors shown) axe finds nothing in it, with no page error on the way.
 */

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'buurtkit-storybook-'));
const TILE = readFileSync(join(root, 'test/fixtures/tiles/tile.png'));
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

type Entry = { id: string; title: string; name: string; type: 'story' | 'docs' };
type Finished = {
  status: 'success' | 'error';
  reporters: Array<{ type: string; status: string; result?: { violations?: Array<{ id: string; nodes: unknown[] }> } }>;
};

// A static server for the built Storybook that also hands out the recorded map tile.
const site = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path.startsWith('/tiles/')) return res.writeHead(200, { 'Content-Type': 'image/png' }).end(TILE);
  if (path === '/favicon.ico') return res.writeHead(204).end();
  const file = normalize(join(out, path === '/' ? 'index.html' : path));
  if (!file.startsWith(out)) return res.writeHead(403).end();
  let body: Buffer;
  try {
    body = readFileSync(file);
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
});

// Servers first (the build needs their addresses), then Storybook built against them, then
// one test per story: the stories are known only once Storybook has listed them.
await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
const api = await startTestServer('sqlite', { corsOrigins: [origin] });
const pdok = await startPdokFixture();
// Built the way `npm run build-storybook` does, pointed at this test's servers.
const built = spawnSync(join(root, 'node_modules/.bin/storybook'), ['build', '-o', out, '--quiet'], {
  cwd: root,
  encoding: 'utf8',
  env: {
    ...process.env,
    STORYBOOK_BUURTKIT_API: `${api.url}/api/v1`,
    STORYBOOK_BUURTKIT_GEOCODER: pdok.url,
    STORYBOOK_BUURTKIT_TILES: `${origin}/tiles/{z}/{x}/{y}.png`,
    STORYBOOK_BUURTKIT_STAFF_TOKEN: STAFF_TOKEN,
    STORYBOOK_DISABLE_TELEMETRY: '1',
  },
});
const index =
  built.status === 0
    ? (JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { entries: Record<string, Entry> })
    : { entries: {} };
const entries = Object.values(index.entries).filter((e) => e.id.includes(process.env.STORIES_FILTER ?? ''));
const browser: Browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const DEBUG = !!process.env.STORIES_DEBUG;

after(async () => {
  await browser.close();
  await pdok.close();
  site.closeAllConnections();
  site.close();
  rmSync(out, { recursive: true, force: true });
});

/** Before Storybook's scripts run: catch its channel as it is created and keep what it reports. */
const LISTEN = () => {
  const w = window as unknown as Record<string, unknown>;
  let channel: { on(event: string, fn: (payload: unknown) => void): void } | undefined;
  Object.defineProperty(w, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (c: typeof channel) => {
      channel = c;
      c!.on('storyFinished', (e) => (w.__finished = e));
      c!.on('playFunctionThrewException', (e) => (w.__playError = e));
      c!.on('docsRendered', () => (w.__docsRendered = true));
    },
  });
};

/**
 * Waits until the page has had no request in flight for half a second: the widget has its
 * data, or has shown why not. (Not "no skeleton": the pieces story shows one on purpose.)
 */
async function settle(page: Page, inflight: () => number) {
  const until = Date.now() + 15_000;
  let quietSince = Date.now();
  while (Date.now() - quietSince < 500) {
    if (Date.now() > until) throw new Error(`still ${inflight()} request(s) in flight after 15 s`);
    await page.waitForTimeout(50);
    if (inflight() > 0) quietSince = Date.now();
  }
}

async function open(url: string) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const problems: string[] = [];
  const running = new Set<unknown>();
  page.on('request', (r) => running.add(r));
  // STORIES_DEBUG=1: the requests of each story, to see what a failing story waited for.
  if (DEBUG) page.on('response', (r) => console.log(r.status(), r.request().method(), r.url().slice(0, 160)));
  page.on('requestfinished', (r) => running.delete(r));
  page.on('requestfailed', (r) => running.delete(r));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // The browser logs every failed request. From the API (a 404 for an unknown reference, a
    // 422 for a wrong field) and from NOWHERE (the "down" stories) that is what the story
    // shows; a file of Storybook's own that fails to load is a problem.
    const from = m.location().url;
    if (m.text().startsWith('Failed to load resource') && !from.startsWith(origin)) return;
    problems.push(`console error: ${m.text()} (${from})`);
  });
  // tsx (esbuild keepNames) wraps functions handed to the page in __name().
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(LISTEN);
  await page.goto(url);
  return { page, problems, inflight: () => running.size, close: () => context.close() };
}

/** STORIES_DEBUG=1: the markup of the story's shadow roots, printed when it fails. */
const shadowHtml = () => {
  const walk = (node: ParentNode): string =>
    [...node.querySelectorAll('*')]
      .map((el) =>
        el.shadowRoot
          ? new XMLSerializer().serializeToString(el.shadowRoot).replace(/<!--.*?-->/g, '') + walk(el.shadowRoot)
          : '',
      )
      .join('');
  return walk(document.querySelector('#storybook-root')!).slice(0, 6000);
};

/** axe in the story's own root, with every rule that applies to a part of a page. */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
        };
      }
    ).axe.run(
      { include: [['#storybook-root']] },
      // Page-level rules (landmarks, one main, page title) belong to the page that embeds a widget.
      {
        rules: {
          region: { enabled: false },
          'landmark-one-main': { enabled: false },
          'page-has-heading-one': { enabled: false },
        },
      },
    );
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('Storybook: every story and docs page', () => {
  test('Storybook builds and lists the stories of every widget', () => {
    assert.equal(built.status, 0, `storybook build failed:\n${built.stdout}\n${built.stderr}`);
    if (process.env.STORIES_FILTER) return;
    for (const tag of [
      'buurt-initiative-map',
      'buurt-idea-form',
      'buurt-phase-tracker',
      'buurt-contact-finder',
      'buurt-staff-desk',
    ]) {
      assert.ok(
        entries.some((e) => e.type === 'story' && e.title === `Widgets/${tag}`),
        `no stories for ${tag}`,
      );
    }
  });

  // In order, one after another: the desk's stories change the data later stories read.
  for (const entry of entries.filter((e) => e.type === 'story')) {
    test(`story ${entry.title} / ${entry.name}: renders, plays, settles, no errors, axe-clean`, async () => {
      let step = 'waiting for Storybook to finish the story';
      const { page, problems, inflight, close } = await open(`${origin}/iframe.html?id=${entry.id}&viewMode=story`);
      try {
        await page.waitForFunction(() => (window as unknown as { __finished?: unknown }).__finished, undefined, {
          timeout: 15_000,
        });
        const finished = (await page.evaluate(
          () => (window as unknown as { __finished: unknown }).__finished,
        )) as Finished;
        const playError = await page.evaluate(
          () => (window as unknown as { __playError?: { message?: string } }).__playError?.message,
        );
        if (playError) problems.push(`play function: ${playError}`);
        // Storybook's a11y addon (a11y.test = 'error') ran axe right after the play function.
        for (const r of finished.reporters.filter((r) => r.status === 'failed')) {
          problems.push(`${r.type} report failed: ${(r.result?.violations ?? []).map((v) => v.id).join(', ')}`);
        }
        if (finished.status !== 'success' && !problems.length) problems.push('Storybook says the story errored');
        step = 'waiting for the widget to settle';
        await settle(page, inflight);
        step = 'checking';
        // Something was rendered: text in the story, its widgets' shadow roots included.
        const text = await page.evaluate(() => {
          const count = (node: ParentNode): number =>
            [...node.querySelectorAll('*')].reduce(
              (n, el) =>
                n + (el.shadowRoot ? (el.shadowRoot.textContent ?? '').trim().length + count(el.shadowRoot) : 0),
              0,
            );
          const root = document.querySelector('#storybook-root')!;
          return (root.textContent ?? '').trim().length + count(root);
        });
        if (!text) problems.push('nothing rendered');
        // And axe again on the settled widget: data loaded, errors shown.
        problems.push(...(await axe(page)).map((v) => `axe ${v}`));
      } catch (e) {
        problems.push(`${step}: ${String(e instanceof Error ? e.message.split('\n')[0] : e)}`);
      } finally {
        if (problems.length && DEBUG) console.log(await page.evaluate(shadowHtml));
        await close();
      }
      // Testing Library's messages carry the whole DOM: the first line says what failed.
      assert.deepEqual(
        problems.map((p) => p.split('\n')[0]!.slice(0, 300)),
        [],
      );
    });
  }

  for (const entry of entries.filter((e) => e.type === 'docs')) {
    test(`docs ${entry.title}: renders without errors`, async () => {
      const { page, problems, close } = await open(`${origin}/iframe.html?id=${entry.id}&viewMode=docs`);
      try {
        await page.waitForFunction(
          () => (window as unknown as { __docsRendered?: boolean }).__docsRendered,
          undefined,
          { timeout: 15_000 },
        );
        const text = await page.evaluate(
          () => document.querySelector('#storybook-docs')?.textContent?.trim().length ?? 0,
        );
        if (text < 200) problems.push(`docs page nearly empty (${text} characters)`);
      } catch (e) {
        problems.push(String(e instanceof Error ? e.message.split('\n')[0] : e));
      } finally {
        await close();
      }
      assert.deepEqual(problems, []);
    });
  }
});
