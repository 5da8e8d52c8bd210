// `npm start`: builds the bundle, starts the reference server on a seeded SQLite file,
// and serves demo/ like a municipal web server would: another origin than the API,
// a strict Content-Security-Policy, the bundle under /buurtkit/.
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { NLDS_THEMES } from '../../../demo/nlds-themes.js';

const root = new URL('../../../', import.meta.url).pathname;
const demoPort = Number(process.env.DEMO_PORT ?? 8080);
const apiPort = Number(process.env.API_PORT ?? 8787);
const database = process.env.DEMO_DATABASE ?? join(root, 'data/demo.sqlite');
const staffToken = process.env.BUURTKIT_STAFF_TOKEN ?? 'demo-staff-token-change-me';
const demoOrigin = `http://127.0.0.1:${demoPort}`;
const apiOrigin = `http://127.0.0.1:${apiPort}`;

// The demo runs offline: recorded PDOK Locatieserver answers for the demo addresses
// (see test/fixtures/pdok), unless DEMO_GEOCODER names a real one.
const { register } = await import('tsx/esm/api');
register();
// The API's own negotiation, tags and compression: one way to do it in the project.
const { compress, etagOf, matchesEtag, negotiateEncoding, MIN_COMPRESS_BYTES } =
  await import('../../server/src/caching/encoding.ts');
const pdok = process.env.DEMO_GEOCODER
  ? null
  : await (
      await import('../../../test/node/helpers/pdok.ts')
    ).startPdokFixture(Number(process.env.GEOCODER_PORT ?? 8788));
const geocoder = process.env.DEMO_GEOCODER ?? pdok.url;
const geocoderOrigin = new URL(geocoder).origin;

// Mail goes to a catcher on this machine (its page is /mail/ on the demo), unless
// BUURTKIT_SMTP_URL names a real server.
const catcher = process.env.BUURTKIT_SMTP_URL
  ? null
  : await (await import('./mail-catcher.mjs')).startMailCatcher(Number(process.env.MAIL_PORT ?? 0));

// Staff sign in at an OpenID provider on this machine (the certified oidc-provider, with
// three demo people, one per role), unless BUURTKIT_OIDC_ISSUER names the municipality's.
const idp = process.env.BUURTKIT_OIDC_ISSUER
  ? null
  : await (
      await import('../../../test/node/helpers/oidc.ts')
    ).startOidcProvider({
      port: Number(process.env.OIDC_PORT ?? 8789),
      redirectUris: [`${demoOrigin}/staff.html`, `http://localhost:${demoPort}/staff.html`],
      users: {
        makelaar: { name: 'Fatima el Amrani', roles: ['ideeenmakelaar'] },
        beheer: { name: 'Bart de Vries', roles: ['beheer'] },
        analist: { name: 'Anouk Jansen', roles: ['analist'] },
      },
    });
const oidcEnv = idp
  ? {
      BUURTKIT_OIDC_ISSUER: idp.config.issuer,
      BUURTKIT_OIDC_CLIENT_ID: idp.config.clientId,
      BUURTKIT_OIDC_AUDIENCE: idp.config.audience,
      BUURTKIT_OIDC_SCOPE: idp.config.scope,
    }
  : {};

if (process.env.DEMO_SKIP_BUILD !== '1') {
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  for (const mode of ['staff', 'configurator'])
    execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--mode', mode, '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  // The CDN folder with its sri.json, which the configurator's snippets pin.
  (await import('./cdn.mjs')).writeCdn();
  // The API reference the server shows at /api/v1/docs.
  (await import('./api-docs.mjs')).buildApiDocs();
}

const api = spawn(
  process.execPath,
  [
    join(root, 'packages/server/bin/buurtkit-server.mjs'),
    '--port',
    String(apiPort),
    '--database',
    database,
    '--seed',
    'demo',
    // DEMO_BULK=100000: generated initiatives on top, to try the map with many points.
    ...(process.env.DEMO_BULK ? ['--bulk', process.env.DEMO_BULK] : []),
    '--cors-origins',
    `${demoOrigin},http://localhost:${demoPort}`,
    '--quiet',
  ],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      BUURTKIT_SMTP_URL: catcher?.url,
      BUURTKIT_MAIL_FROM: 'Gemeente Almere (demo) <initiatieven@almere.example>',
      BUURTKIT_MUNICIPALITY: 'Gemeente Almere',
      BUURTKIT_TRACKING_URL: `${demoOrigin}/?ref={reference}#volgen`,
      BUURTKIT_INITIATIVE_URL: `${demoOrigin}/#initiatief-{id}`,
      BUURTKIT_DESK_URL: `${demoOrigin}/staff.html`,
      BUURTKIT_MAIL_POLL_MS: '1000',
      ...oidcEnv,
      ...process.env,
      BUURTKIT_STAFF_TOKEN: staffToken,
    },
  },
);
await new Promise((resolve, reject) => {
  api.stdout.on('data', (d) => {
    process.stdout.write(d);
    if (String(d).includes('Buurtkit API on')) resolve();
  });
  api.once('exit', (code) => reject(new Error(`the reference server stopped (exit ${code})`)));
});

// The same data as a static folder (`export-static`), for the page without a server
// (/statisch.html reads /statisch/). Not with DEMO_BULK: a file per initiative is for small places.
const staticDir = join(dirname(database), 'demo-static');
if (!process.env.DEMO_BULK) {
  execFileSync(
    process.execPath,
    [
      join(root, 'packages/server/bin/buurtkit-server.mjs'),
      'export-static',
      staticDir,
      '--database',
      database,
      '--idea-mail',
      'ideeen@almere.example',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: blob: ${apiOrigin} https://service.pdok.nl`,
  `connect-src 'self' ${apiOrigin} ${geocoderOrigin}${idp ? ` ${idp.issuer}` : ''}`,
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};
/** What is worth compressing (images are compressed already). */
const TEXT = /^(text\/|application\/json|image\/svg)/;
/** Compressed files, by path, encoding and tag: each is compressed once per content. */
const compressed = new Map();

// Map tiles: PDOK's when DEMO_TILES=pdok, else one recorded grey tile for every z/x/y, so the demo stays offline.
const PDOK_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png';
const tiles = process.env.DEMO_TILES === 'pdok' ? PDOK_TILES : `${demoOrigin}/tiles/{z}/{x}/{y}.png`;

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', demoOrigin).pathname);
  if (path === '/mail/' || path === '/mail') {
    return res
      .writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': csp,
        'Cache-Control': 'no-store',
      })
      .end(catcher ? catcher.page() : 'Mail gaat naar de server in BUURTKIT_SMTP_URL.');
  }
  if (path.startsWith('/tiles/')) {
    return res
      .writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'max-age=3600' })
      .end(await readFile(join(root, 'test/fixtures/tiles/tile.png')));
  }
  // The NL Design System themes the demo switches to, as their packages publish them.
  const nlds = NLDS_THEMES.find((t) => path === `/nlds/${t.key}.css`);
  if (nlds) {
    return res
      .writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' })
      .end(await readFile(join(root, 'node_modules', nlds.css)));
  }
  const [base, rel] = path.startsWith('/buurtkit/')
    ? ['packages/buurtkit/dist', path.slice('/buurtkit/'.length)]
    : path.startsWith('/statisch/')
      ? [relative(root, staticDir), path.slice('/statisch/'.length)]
      : path.startsWith('/configurator/')
        ? ['packages/configurator/dist', path.slice('/configurator/'.length)]
        : ['demo', path === '/' ? 'index.html' : path.slice(1)];
  const file = normalize(join(root, base, rel));
  if (!file.startsWith(join(root, base))) return res.writeHead(403).end();
  try {
    let body = await readFile(file);
    // The page names the default API address; point it at the one we started.
    if (file.endsWith('.html'))
      body = Buffer.from(
        String(body)
          .replaceAll('http://127.0.0.1:8787', apiOrigin)
          .replaceAll('https://api.pdok.nl/bzk/locatieserver/search/v3_1', geocoder)
          .replaceAll(PDOK_TILES, tiles),
      );
    const type = types[extname(file)] ?? 'application/octet-stream';
    const etag = etagOf(body);
    // The chunks' names carry their hash: a changed chunk is a new URL, so a year is safe. The
    // entry files and pages keep their names: always revalidated, a 304 when unchanged.
    const immutable = rel.startsWith('chunks/') || rel.startsWith('staff/chunks/');
    const headers = {
      'Content-Type': type,
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: etag,
      Vary: 'Accept-Encoding',
    };
    if (matchesEtag(req.headers['if-none-match'], etag)) return res.writeHead(304, headers).end();
    const encoding =
      TEXT.test(type) && body.length >= MIN_COMPRESS_BYTES
        ? negotiateEncoding(req.headers['accept-encoding'])
        : 'identity';
    if (encoding !== 'identity') {
      const key = `${file} ${encoding} ${etag}`;
      if (!compressed.has(key)) compressed.set(key, compress(body, encoding));
      body = await compressed.get(key);
      headers['Content-Encoding'] = encoding;
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
  }
});
server.listen(demoPort, '127.0.0.1', () => {
  console.log(`\nBuurtkit demo:     ${demoOrigin}/`);
  console.log(`Without a server:  ${demoOrigin}/statisch.html (the same data as a static folder)`);
  console.log(`Configurator:      ${demoOrigin}/configurator.html (for web editors)`);
  console.log(`API and its docs:  ${apiOrigin}/api/v1/docs`);
  console.log(
    `Geocoder:          ${geocoder}${pdok ? ' (recorded answers; try 1353 AB 12, 2332 EN 20 or 8012 DG 45)' : ''}`,
  );
  console.log(`Staff token:       ${staffToken}  (set BUURTKIT_STAFF_TOKEN to choose your own)`);
  if (idp) console.log(`Staff sign-in:     ${idp.issuer} (on this machine; sign in as makelaar, beheer or analist)`);
  console.log(
    `Mail:              ${catcher ? `${demoOrigin}/mail/ (caught on this machine)` : process.env.BUURTKIT_SMTP_URL}`,
  );
  console.log('Stop with Ctrl+C.');
});
const stop = () => {
  api.kill();
  void pdok?.close();
  void catcher?.close();
  void idp?.close();
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
