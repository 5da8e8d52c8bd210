/**
 * Builds of the Buurtkit packages, chosen by `--mode`:
 * - `bundle` (default): packages/buurtkit/dist/buurtkit.js, one self-contained ES module
 *   with Lit inside that registers every element; lazy parts (other languages, later
 *   Leaflet) are chunks beside it, loaded relative to the bundle from any origin.
 * - `staff`: packages/buurtkit/dist/staff/staff-desk.js, the staff desk on its own (it
 *   belongs on the municipality's staff page, not in every resident's first load).
 * - `configurator`: packages/configurator/dist/configurator.js, the web editors' configurator
 *   with the widgets it previews (a page of its own, not part of the resident bundle).
 * - `package:<name>`: that package's dist/ in library mode, Lit and other packages
 *   left as imports so an app's bundler shares one copy.
 */
import { readFileSync } from 'node:fs';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin } from 'vite';

const root = new URL('.', import.meta.url).pathname;

/**
 * Leaflet 1.9 tests for inline SVG with `innerHTML = '<svg/>'` when it loads, which pages
 * that enforce Trusted Types refuse, so Leaflet would not load there at all. The same test
 * with createElementNS answers the same. The build fails if the line ever changes.
 */
function leafletWithoutInnerHtml(): Plugin {
  const probe = "div.innerHTML = '<svg/>';";
  return {
    name: 'buurtkit-leaflet-trusted-types',
    transform(code, id) {
      if (!id.includes('leaflet-src.esm.js')) return null;
      if (!code.includes(probe)) this.error('Leaflet changed its inline-SVG probe: check Trusted Types again');
      return {
        code: code.replace(probe, "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));"),
        map: null,
      };
    },
  };
}

/** The library entries of each package: its class modules and its side-effect define modules. */
const entries: Record<string, Record<string, string>> = {
  core: {
    index: 'packages/core/src/index.ts',
    'define-config': 'packages/core/src/define-config.ts',
    geocoder: 'packages/core/src/geocoder/pdok.ts',
  },
  'phase-tracker': { index: 'packages/phase-tracker/src/index.ts', define: 'packages/phase-tracker/src/define.ts' },
  'contact-finder': { index: 'packages/contact-finder/src/index.ts', define: 'packages/contact-finder/src/define.ts' },
  'idea-form': { index: 'packages/idea-form/src/index.ts', define: 'packages/idea-form/src/define.ts' },
  'initiative-map': { index: 'packages/initiative-map/src/index.ts', define: 'packages/initiative-map/src/define.ts' },
  'staff-desk': { index: 'packages/staff-desk/src/index.ts', define: 'packages/staff-desk/src/define.ts' },
};

export default defineConfig(({ mode }) => {
  const shared = {
    root,
    // Source, not dist, of our own packages: one build reads one truth. (Not through the
    // `development` condition: that would also pick Lit's dev build.)
    resolve: {
      alias: [
        { find: /^@buurtkit\/core\/define$/, replacement: `${root}packages/core/src/define-config.ts` },
        { find: /^@buurtkit\/core\/geocoder$/, replacement: `${root}packages/core/src/geocoder/pdok.ts` },
        { find: /^@buurtkit\/core$/, replacement: `${root}packages/core/src/index.ts` },
        { find: /^@buurtkit\/phase-tracker\/define$/, replacement: `${root}packages/phase-tracker/src/define.ts` },
        { find: /^@buurtkit\/phase-tracker$/, replacement: `${root}packages/phase-tracker/src/index.ts` },
        { find: /^@buurtkit\/contact-finder\/define$/, replacement: `${root}packages/contact-finder/src/define.ts` },
        { find: /^@buurtkit\/contact-finder$/, replacement: `${root}packages/contact-finder/src/index.ts` },
        { find: /^@buurtkit\/idea-form\/define$/, replacement: `${root}packages/idea-form/src/define.ts` },
        { find: /^@buurtkit\/idea-form$/, replacement: `${root}packages/idea-form/src/index.ts` },
        { find: /^@buurtkit\/initiative-map\/define$/, replacement: `${root}packages/initiative-map/src/define.ts` },
        { find: /^@buurtkit\/initiative-map$/, replacement: `${root}packages/initiative-map/src/index.ts` },
        { find: /^@buurtkit\/staff-desk\/define$/, replacement: `${root}packages/staff-desk/src/define.ts` },
        { find: /^@buurtkit\/staff-desk$/, replacement: `${root}packages/staff-desk/src/index.ts` },
      ],
    },
    esbuild: { target: 'es2022' },
  };
  if (mode.startsWith('package:')) {
    const name = mode.slice('package:'.length);
    const pkg = JSON.parse(readFileSync(`${root}packages/${name}/package.json`, 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    // The contract's shared knowledge (languages, cluster options) is a few constants: inlined,
    // so a package's dist never imports the api package's TypeScript source.
    const external = Object.keys(pkg.dependencies ?? {}).filter((dep) => dep !== '@buurtkit/api');
    return {
      ...shared,
      build: {
        outDir: `packages/${name}/dist`,
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        sourcemap: true,
        lib: {
          entry: Object.fromEntries(Object.entries(entries[name] ?? {}).map(([k, v]) => [k, `${root}${v}`])),
          formats: ['es'],
        },
        rollupOptions: { external: (id: string) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)) },
      },
    };
  }
  const staff = mode === 'staff';
  const configurator = mode === 'configurator';
  return {
    ...shared,
    // The markup and CSS inside html`` and css`` are shipped text: minified like the code.
    plugins: [minifyLiterals({ include: ['**/packages/*/src/**'], failOnError: true }), leafletWithoutInnerHtml()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: staff
        ? 'packages/buurtkit/dist/staff'
        : configurator
          ? 'packages/configurator/dist'
          : 'packages/buurtkit/dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      lib: staff
        ? { entry: `${root}packages/staff-desk/src/define.ts`, formats: ['es'], fileName: () => 'staff-desk.js' }
        : configurator
          ? { entry: `${root}packages/configurator/src/define.ts`, formats: ['es'], fileName: () => 'configurator.js' }
          : { entry: `${root}packages/buurtkit/src/buurtkit.ts`, formats: ['es'], fileName: () => 'buurtkit.js' },
      // Shared code may stay in the entry (exporting a little more) instead of a chunk of its
      // own: one file less to load.
      // `minify: true`: Vite leaves whitespace in library-mode ES output (so another bundler can
      // still tree-shake it), but these files go to browsers as they are.
      rollupOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  };
});
