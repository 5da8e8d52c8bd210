// Browser tests: real Chromium (Debian's), real Lit, and the real reference server on
// a seeded SQLite database, started once for the run. Tests read its address from
// the virtual module /__buurtkit/env.js.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, URLSearchParams } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { register } from 'tsx/esm/api';
import { CHROMIUM_ARGS, findChromium } from './packages/devtools/src/chromium.mjs';

register();

/** The test page origin; the API lists it by name (ideas and staff paths never answer `*`). */
const PORT = 8765;

/** A static token whose roles a test changes while the desk is open, as an administrator would. */
const CHANGING_TOKEN = 'browser-test-changing-token';

/** Starts the reference server with the demo seed; tears it down after the run. */
function referenceServer() {
  let server;
  let bulk;
  let staffTokens;
  let pdok;
  let catcher;
  let dir;
  let folder;
  return {
    name: 'buurtkit-reference-server',
    async serverStart() {
      const { startServer } = await import('./packages/server/src/index.ts');
      // Recorded PDOK Locatieserver answers: no test reaches the internet.
      pdok = await (await import('./test/node/helpers/pdok.ts')).startPdokFixture();
      dir = mkdtempSync(join(tmpdir(), 'buurtkit-wtr-'));
      // A real SMTP server on this machine (the demo's mail catcher): confirmation links are
      // followed from the mails that arrived, as a resident would.
      catcher = await (await import('./packages/devtools/src/mail-catcher.mjs')).startMailCatcher(0, 5000);
      server = await startServer({
        port: 0,
        host: '127.0.0.1',
        database: join(dir, 'api.sqlite'),
        photoDir: join(dir, 'photos'),
        seed: 'demo',
        staffTokens: (staffTokens = new Map([
          ['browser-test-staff-token', 'Browser Test'],
          ['browser-test-analist-token', { name: 'Anouk Analist', roles: ['analist'] }],
          ['browser-test-makelaar-token', { name: 'Fatima el Amrani', roles: ['ideeenmakelaar'] }],
          [CHANGING_TOKEN, { name: 'Wim Wisselrol', roles: ['ideeenmakelaar'] }],
        ])),
        corsOrigins: ['*', `http://localhost:${PORT}`],
        rateLimit: { max: 10_000, windowSeconds: 60 },
        minFillSeconds: 0,
        retentionDays: 365,
        trustProxy: false,
        quiet: true,
        mail: { smtpUrl: catcher.url, from: 'Gemeente Almere <initiatieven@almere.example>', pollMs: 100 },
      });
      // Static mode: the demo data exported as a folder of files (as `buurtkit-server export-static`
      // writes it), on a plain static web server of its own origin: no Buurtkit code answers there.
      const { openDatabase } = await import('./packages/server/src/db/index.ts');
      const { exportStatic } = await import('./packages/server/src/static/export.ts');
      const exported = await openDatabase(join(dir, 'api.sqlite'));
      await exportStatic(exported, join(dir, 'static'), { ideaMail: 'ideeen@almere.example' });
      await exported.close();
      folder = await (
        await import('./test/node/helpers/static-server.ts')
      ).serveFolder(join(dir, 'static'), {
        cors: true,
      });
      // More initiatives than one page of the map's download: the map shows the server's
      // clusters first and switches to its own index (read-only; its own database).
      bulk = await startServer({
        port: 0,
        host: '127.0.0.1',
        database: join(dir, 'bulk.sqlite'),
        photoDir: join(dir, 'bulk-photos'),
        seed: 'demo',
        bulk: 12_000,
        staffTokens: new Map(),
        corsOrigins: ['*'],
        rateLimit: { max: 10_000, windowSeconds: 60 },
        minFillSeconds: 0,
        retentionDays: 365,
        trustProxy: false,
        quiet: true,
      });
    },
    async serverStop() {
      await server?.close();
      await bulk?.close();
      await pdok?.close();
      await catcher?.close();
      await folder?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    serve(context) {
      if (context.path === '/__buurtkit/env.js') {
        return {
          body: [
            `export const API = ${JSON.stringify(`${server.url}/api/v1`)};`,
            `export const STAFF_TOKEN = 'browser-test-staff-token';`,
            `export const ANALIST_TOKEN = 'browser-test-analist-token';`,
            `export const MAKELAAR_TOKEN = 'browser-test-makelaar-token';`,
            `export const CHANGING_TOKEN = ${JSON.stringify(CHANGING_TOKEN)};`,
            `export const STATIC = ${JSON.stringify(folder.url)};`,
            `export const API_BULK = ${JSON.stringify(`${bulk.url}/api/v1`)};`,
            `export const GEOCODER = ${JSON.stringify(pdok.url)};`,
            `export const TILES = '/__buurtkit/tiles/{z}/{x}/{y}.png';`,
            '',
          ].join('\n'),
          type: 'js',
        };
      }
      // The administrator changes the changing token's roles (`?roles=analist`, `?roles=` for none)
      // or withdraws it (`?withdraw`): the server reads its static tokens on every request.
      if (context.path === '/__buurtkit/staff-roles') {
        const query = new URLSearchParams(context.querystring);
        if (query.has('withdraw')) staffTokens.delete(CHANGING_TOKEN);
        else {
          const roles = (query.get('roles') ?? '').split(',').filter(Boolean);
          staffTokens.set(CHANGING_TOKEN, { name: 'Wim Wisselrol', roles });
        }
        return { body: '{}', type: 'json' };
      }
      // What arrived, newest first (to, subject, text): for tests of who a mail went to.
      if (context.path === '/__buurtkit/mails') {
        const list = catcher.mails.slice(0, 100).map((m) => ({ to: m.to, subject: m.mail.subject, text: m.mail.text }));
        return { body: JSON.stringify(list), type: 'json' };
      }
      // The last mail that reached an address through SMTP (waiting up to 10 s for it): the
      // path and query of its link to the API, so a test can follow a confirmation link.
      if (context.path === '/__buurtkit/mail-link') {
        const params = new URLSearchParams(context.querystring);
        const action = params.get('action') ?? 'confirm';
        const link = new RegExp(`https?://[^\\s]*(/api/v1/mail/${action}\\?token=[^\\s]+)`);
        return (async () => {
          for (let i = 0; i < 200; i++) {
            const mail = catcher.mails.find((m) => m.to.includes(params.get('to')));
            const found = mail && link.exec(mail.mail.text ?? '');
            if (found) return { body: JSON.stringify({ path: found[1] }), type: 'json' };
            await new Promise((r) => setTimeout(r, 50));
          }
          return { body: JSON.stringify({ path: null }), type: 'json' };
        })();
      }
      // A region (issue 20) of the suite's API, its static folder, a municipality whose API is
      // down (503) and one that is slow (answers after 10 s): `?members=api,static,down,slow`.
      if (context.path === '/__buurtkit/region.json') {
        const all = {
          api: { code: 'GM0034', name: 'Gemeente Almere', api: `${server.url}/api/v1` },
          static: { name: 'Almere (statische map)', api: folder.url, static: true },
          bulk: { name: 'Bulkstad', api: `${bulk.url}/api/v1` },
          zwolle: { code: 'GM0193', name: 'Gemeente Zwolle', api: folder.url, static: true },
          down: { code: 'GM0995', name: 'Gemeente Lelystad', api: 'down/api/v1' },
          slow: { code: 'GM0303', name: 'Gemeente Dronten', api: 'slow/api/v1' },
          wrong: { name: 'Gemeente Nergens', api: 'javascript:alert(1)' },
        };
        const members = (new URLSearchParams(context.querystring).get('members') ?? '').split(',');
        return { body: JSON.stringify({ municipalities: members.map((m) => all[m]) }), type: 'json' };
      }
      // Map tiles: one recorded grey tile for every z/x/y; no test fetches real tiles.
      if (context.path.startsWith('/__buurtkit/tiles/')) {
        return { body: readFileSync(new URL('./test/fixtures/tiles/tile.png', import.meta.url)), type: 'png' };
      }
      // The built bundle with another version number: a second, different copy of Buurtkit.
      if (context.path === '/__buurtkit/other-version.js') {
        const bundle = readFileSync(new URL('./packages/buurtkit/dist/buurtkit.js', import.meta.url), 'utf8');
        // The minifier may quote the version with ", ' or `: match any, and fail loudly if none is found.
        const other = bundle.replace(/(["'`])0\.1\.0\1/g, '"0.0.9-other"');
        if (other === bundle) throw new Error('other-version.js: the version literal is not in the bundle');
        return { body: other, type: 'js' };
      }
    },
  };
}

/** A region's municipality whose API is down (503), and one that answers only after 10 s (see region.json). */
async function unreachableApis(context, next) {
  const down = context.path.startsWith('/__buurtkit/down/');
  if (!down && !context.path.startsWith('/__buurtkit/slow/')) return next();
  if (!down) await new Promise((resolve) => setTimeout(resolve, 10_000));
  context.status = 503;
  context.type = 'application/problem+json';
  context.body = JSON.stringify({ title: 'Service Unavailable', status: 503 });
}

export default {
  middleware: [unreachableApis],
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  port: PORT,
  // The element suites, and the unit tests of browser-only modules beside them (storage, canvas).
  files: ['test/browser/**/*.test.ts', 'packages/*/src/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  // The idea form's 50 lost-answer submissions take about a minute on their own.
  testsFinishTimeout: 300_000,
  plugins: [
    referenceServer(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};
