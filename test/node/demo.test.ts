import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { signInAs } from './helpers/oidc.ts';

test('npm start serves the demo page under a strict CSP, the bundle and the seeded API', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'buurtkit-demo-'));
  const env = {
    ...process.env,
    DEMO_PORT: '18480',
    API_PORT: '18487',
    DEMO_DATABASE: join(dir, 'demo.sqlite'),
    GEOCODER_PORT: '18488',
    OIDC_PORT: '18489',
    BUURTKIT_STAFF_TOKEN: 'demo-test-staff-token-0123',
  };
  const child = spawn(process.execPath, ['packages/devtools/src/start.mjs'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('Buurtkit demo:')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`npm start exited with ${code}`)));
    });
    const page = await fetch('http://127.0.0.1:18480/');
    assert.equal(page.status, 200);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const html = await page.text();
    assert.match(html, /<html lang="nl">/);
    assert.match(
      html,
      // One element, its attributes on one line or several.
      new RegExp(
        '<buurt-config\\s+id="buurtkit"\\s+api="http://127\\.0\\.0\\.1:18487/api/v1"\\s+' +
          'geocoder="http://127\\.0\\.0\\.1:\\d+/bzk/locatieserver/search/v3_1"\\s*>',
      ),
    );
    assert.doesNotMatch(
      html,
      /api\.pdok\.nl|service\.pdok\.nl/,
      'the demo runs offline, on recorded geocoder answers and a recorded tile',
    );
    assert.match(html, /map-tiles="http:\/\/127\.0\.0\.1:18480\/tiles\/\{z\}\/\{x\}\/\{y\}\.png"/);
    const tile = await fetch('http://127.0.0.1:18480/tiles/13/4210/2691.png');
    assert.equal(tile.headers.get('content-type'), 'image/png');
    assert.deepEqual([...new Uint8Array(await tile.arrayBuffer()).slice(1, 4)], [0x50, 0x4e, 0x47]);
    assert.doesNotMatch(html, /127\.0\.0\.1:8787/, 'every API address points at the server that was started');
    for (const tag of [
      'buurt-initiative-map',
      'buurt-idea-form',
      '<buurt-phase-tracker model="burgerinitiatief"',
      '<buurt-contact-finder municipality="GM0034"',
    ])
      assert.ok(html.includes(tag), tag);
    assert.doesNotMatch(html, /<script>(?!<\/script>)|style="/, 'no inline script or style on a strict-CSP page');
    const bundle = await fetch('http://127.0.0.1:18480/buurtkit/buurtkit.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
    // What travels is compressed; the entry is revalidated (a 304), hashed chunks are kept a year.
    assert.equal(bundle.headers.get('content-encoding'), 'br');
    assert.equal(bundle.headers.get('cache-control'), 'no-cache');
    const tag = bundle.headers.get('etag')!;
    const again = await fetch('http://127.0.0.1:18480/buurtkit/buurtkit.js', { headers: { 'If-None-Match': tag } });
    assert.equal(again.status, 304);
    const chunk = /chunks\/[\w.-]+\.js/.exec(await bundle.text())![0];
    const lazy = await fetch(`http://127.0.0.1:18480/buurtkit/${chunk}`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(lazy.status, 200, chunk);
    assert.equal(lazy.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(lazy.headers.get('content-encoding'), 'gzip');
    assert.match(html, /<link rel="icon" href="\/favicon\.svg"/);
    assert.equal((await fetch('http://127.0.0.1:18480/favicon.svg')).headers.get('content-type'), 'image/svg+xml');
    const initiatives = await await fetch('http://127.0.0.1:18487/api/v1/initiatives', {
      headers: { Origin: 'http://127.0.0.1:18480' },
    });
    assert.equal(initiatives.headers.get('access-control-allow-origin'), 'http://127.0.0.1:18480');
    const { total } = await initiatives.json();
    assert.ok(total >= 40);
    // The page without a server reads the same data as a static folder, on the page's own origin.
    const statisch = await fetch('http://127.0.0.1:18480/statisch.html');
    assert.doesNotMatch(statisch.headers.get('content-security-policy') ?? '', /unsafe-inline|unsafe-eval/);
    assert.match(await statisch.text(), /<buurt-config\s+id="buurtkit"\s+api="\/statisch\/"\s+static\s/);
    const folder = await fetch('http://127.0.0.1:18480/statisch/initiatives.json');
    assert.equal(folder.headers.get('content-type'), 'application/json');
    assert.equal((await folder.json()).features.length, total);
    const manifest = await fetch('http://127.0.0.1:18480/statisch/buurtkit.json').then((r) => r.json());
    assert.equal(manifest.ideaMail, 'ideeen@almere.example');
    assert.equal((await fetch('http://127.0.0.1:18480/../package.json')).status, 404);
    // The staff page: the desk from its own bundle, pointed at the same API, under the same policy.
    const staff = await fetch('http://127.0.0.1:18480/staff.html');
    assert.doesNotMatch(staff.headers.get('content-security-policy') ?? '', /unsafe-inline|unsafe-eval/);
    const staffHtml = await staff.text();
    assert.match(staffHtml, /<buurt-staff-desk\s+api="http:\/\/127\.0\.0\.1:18487\/api\/v1"\s+municipality="GM0034"/);
    assert.match(staffHtml, /tiles="http:\/\/127\.0\.0\.1:18480\/tiles\/\{z\}\/\{x\}\/\{y\}\.png"/);
    assert.doesNotMatch(staffHtml, /<script>(?!<\/script>)|style="/);
    const desk = await fetch('http://127.0.0.1:18480/buurtkit/staff/staff-desk.js');
    assert.equal(desk.status, 200);
    assert.match(await desk.text(), /buurt-staff-desk/);
    // The web editors' configurator: its own bundle, and the CDN folder of this version whose
    // hash its snippets pin (the hash of the very file served there).
    const configurator = await (await fetch('http://127.0.0.1:18480/configurator.html')).text();
    const cdn = /cdn="([^"]+)"/.exec(configurator)![1]!;
    const { version } = JSON.parse(readFileSync('packages/buurtkit/package.json', 'utf8')) as { version: string };
    assert.equal(cdn, `/buurtkit/cdn/${version}/`);
    const sri = (await (await fetch(`http://127.0.0.1:18480${cdn}sri.json`)).json()) as {
      files: Record<string, string>;
    };
    const pinned = Buffer.from(await (await fetch(`http://127.0.0.1:18480${cdn}buurtkit.js`)).arrayBuffer());
    assert.equal(sri.files['buurtkit.js'], `sha384-${createHash('sha384').update(pinned).digest('base64')}`);
    assert.equal((await fetch('http://127.0.0.1:18480/configurator/configurator.js')).status, 200);
    assert.doesNotMatch(configurator, /<script>(?!<\/script>)|style="/);
    // Three demo ideas wait at the desk, one of them overdue.
    const waiting = await (
      await fetch('http://127.0.0.1:18487/api/v1/staff/ideas', {
        headers: { Authorization: 'Bearer demo-test-staff-token-0123' },
      })
    ).json();
    assert.equal(waiting.items.length, 3);
    assert.ok(waiting.items.some((i: { answerDue: string }) => i.answerDue < new Date().toISOString().slice(0, 10)));
    // Mail reaches the demo's own catcher, whose page the staff page links to.
    assert.match(staffHtml, /<a href="\/mail\/">/);
    const idea = waiting.items[0] as { id: number; reference: string };
    const answered = await fetch(`http://127.0.0.1:18487/api/v1/staff/ideas/${idea.id}/answered`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-test-staff-token-0123', 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel: 'email', message: 'Dank voor je idee, ik bel je deze week.' }),
    });
    assert.equal(answered.status, 200);
    let caught = '';
    for (let i = 0; i < 100 && !caught.includes(`Antwoord op je idee ${idea.reference}`); i++) {
      await new Promise((r) => setTimeout(r, 100));
      caught = await (await fetch('http://127.0.0.1:18480/mail/')).text();
    }
    assert.ok(caught.includes(`Antwoord op je idee ${idea.reference}`), 'the answer is on the mail page');
    assert.ok(caught.includes('&gt; Dank voor je idee, ik bel je deze week.'));

    // Staff sign in at the demo's own OpenID provider; the desk learns that from the API.
    const options = await (await fetch('http://127.0.0.1:18487/api/v1/staff/sign-in')).json();
    assert.equal(options.oidc.issuer, 'http://localhost:18489');
    assert.match(staff.headers.get('content-security-policy') ?? '', /connect-src [^;]*http:\/\/localhost:18489/);
    const token = await signInAs(
      options.oidc.issuer,
      'makelaar',
      'http://127.0.0.1:18480/staff.html',
      options.oidc.scope,
    );
    const me = await (
      await fetch('http://127.0.0.1:18487/api/v1/staff/me', { headers: { Authorization: `Bearer ${token}` } })
    ).json();
    assert.deepEqual([me.name, me.roles], ['Fatima el Amrani', ['ideeenmakelaar']]);
  } finally {
    child.kill();
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
});
