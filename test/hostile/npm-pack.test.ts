// What npm would publish, used the way a developer elsewhere would: `npm pack` of every browser
// package, unpacked into a blank Vite project's node_modules as `npm install <tarball>` does,
// built, and rendered in Chromium against the reference API. The tarballs' third-party
// dependencies are linked from this repository's install (the registry is not reachable at test
// time); only the ones each package declares, so an undeclared import fails the build.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { build } from 'vite';
import { startWorld, type World } from './harness.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const PACKAGES = [
  '@buurtkit/api',
  '@buurtkit/core',
  '@buurtkit/phase-tracker',
  '@buurtkit/contact-finder',
  '@buurtkit/idea-form',
  '@buurtkit/initiative-map',
  '@buurtkit/staff-desk',
  'buurtkit',
];

type Packed = { name: string; filename: string; files: { path: string }[] };
let world: World;
let work: string;
let packed: Packed[];
const pages = new Map<string, string>();

/** The blank project: one page per way of loading, each with the widgets it imports. */
const SOURCES = (api: string, geocoder: string) => {
  const body = `<buurt-config api="${api}" geocoder="${geocoder}">
  <buurt-phase-tracker initiative="1"></buurt-phase-tracker>
  <buurt-contact-finder municipality="GM0034"></buurt-contact-finder>
  <buurt-idea-form></buurt-idea-form>
  <buurt-initiative-map center="52.37,5.22" zoom="12" tiles="/tiles/{z}/{x}/{y}.png"></buurt-initiative-map>
</buurt-config>`;
  const page = (script: string) =>
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Blanco</title></head>
<body>${body}<script type="module" src="${script}"></script></body></html>`;
  return {
    'packages.html': page('./packages.js'),
    'packages.js': [
      "import '@buurtkit/phase-tracker/define';",
      "import '@buurtkit/contact-finder/define';",
      "import '@buurtkit/idea-form/define';",
      "import '@buurtkit/initiative-map/define';",
      // The staff desk is imported as a class only: it belongs on staff pages.
      "import { StaffDesk } from '@buurtkit/staff-desk';",
      'window.staffDesk = typeof StaffDesk;',
    ].join('\n'),
    'bundle.html': page('./bundle.js'),
    'bundle.js': "import 'buurtkit';",
  };
};

before(async () => {
  world = await startWorld();
  work = mkdtempSync(join(tmpdir(), 'buurtkit-pack-'));
  const packs = join(work, 'packs');
  mkdirSync(packs);
  const workspaces = PACKAGES.flatMap((p) => ['-w', p]);
  const { stdout } = await run('npm', ['pack', ...workspaces, '--pack-destination', packs, '--json'], { cwd: root });
  packed = JSON.parse(stdout) as Packed[];
  const app = join(work, 'app');
  const modules = join(app, 'node_modules');
  const linked = new Set<string>();
  for (const p of packed) {
    const into = join(modules, p.name);
    mkdirSync(into, { recursive: true });
    await run('tar', ['-xzf', join(packs, p.filename), '-C', into, '--strip-components=1']);
    const manifest = JSON.parse(readFileSync(join(into, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dep of Object.keys(manifest.dependencies ?? {})) {
      if (PACKAGES.includes(dep) || linked.has(dep)) continue;
      linked.add(dep);
      mkdirSync(dirname(join(modules, dep)), { recursive: true });
      symlinkSync(join(root, 'node_modules', dep), join(modules, dep));
    }
  }
  const sources = SOURCES(`${world.api.url}/api/v1`, world.geocoder);
  for (const [name, text] of Object.entries(sources)) writeFileSync(join(app, name), text);
  const out = join(work, 'out');
  await build({
    root: app,
    base: '/blank/',
    logLevel: 'silent',
    configFile: false,
    build: {
      outDir: out,
      rollupOptions: { input: { packages: join(app, 'packages.html'), bundle: join(app, 'bundle.html') } },
    },
  });
  for (const name of readdirSync(join(out, 'assets'))) {
    const type = name.endsWith('.css') ? 'text/css' : 'text/javascript';
    world.asset(`/blank/assets/${name}`, readFileSync(join(out, 'assets', name), 'utf8'), type);
  }
  for (const page of ['packages', 'bundle'])
    pages.set(page, world.page(`/blank/${page}.html`, { html: readFileSync(join(out, `${page}.html`), 'utf8') }));
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack into a blank Vite project', () => {
  test('each tarball has what its package.json points at, and no tests or CDN copies', () => {
    assert.deepEqual(packed.map((p) => p.name).sort(), [...PACKAGES].sort());
    for (const p of packed) {
      const files = p.files.map((f) => f.path);
      const manifest = JSON.parse(readFileSync(join(work, 'app/node_modules', p.name, 'package.json'), 'utf8')) as {
        exports: Record<string, string | Record<string, string>>;
      };
      for (const target of Object.values(manifest.exports).flatMap((t) =>
        typeof t === 'string' ? [t] : Object.values(t),
      ))
        assert.ok(files.includes(target.replace(/^\.\//, '')), `${p.name}: ${target} is in the tarball`);
      assert.deepEqual(
        files.filter((f) => /\.test\.ts$|^dist\/cdn\//.test(f)),
        [],
        `${p.name} ships no tests and no CDN copy`,
      );
      assert.ok(files.includes('README.md'), `${p.name} has its README`);
    }
  });

  const FROM = { packages: 'the element packages', bundle: 'the `buurtkit` bundle' };
  for (const page of ['packages', 'bundle'] as const)
    test(`imported from ${FROM[page]}: every element renders`, async () => {
      const tab = await world.open(pages.get(page)!);
      const { page: p } = tab;
      await p.locator('buurt-phase-tracker ol.phases').waitFor();
      await p.locator('buurt-contact-finder #postcode').waitFor();
      await p.locator('buurt-idea-form #theme option:nth-child(3)').waitFor({ state: 'attached' });
      // The map loads Leaflet when it comes into view.
      await p.locator('buurt-initiative-map').scrollIntoViewIfNeeded();
      await p.locator('buurt-initiative-map .leaflet-tile-loaded').first().waitFor({ state: 'attached' });
      if (page === 'packages')
        assert.equal(await p.evaluate(() => (window as { staffDesk?: string }).staffDesk), 'function');
      await p.waitForTimeout(300);
      assert.deepEqual(tab.errors, []);
    });
});
