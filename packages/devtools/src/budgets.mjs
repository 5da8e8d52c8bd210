// Bundle budgets: builds each entry alone (minified, Lit inside, lazy chunks apart) and
// measures its gzipped first load. Enforces, from budgets.json: the shared base's own
// budget, each widget's first load alone and its own share (first load minus the shared
// base), and the bundles. Ends with "budgets: N passed, N failed".
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = new URL('../../../', import.meta.url).pathname;
const config = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8'));

/** Gzipped KB of an entry's first load: the entry and every chunk it imports statically. */
export async function firstLoadKB(entry) {
  const outDir = mkdtempSync(join(tmpdir(), 'buurtkit-budget-'));
  try {
    const result = await build({
      configFile: join(root, 'vite.config.ts'),
      mode: 'bundle',
      logLevel: 'silent',
      build: {
        outDir,
        emptyOutDir: true,
        sourcemap: false,
        lib: { entry: join(root, entry), formats: ['es'], fileName: () => 'entry.js' },
        rollupOptions: {
          preserveEntrySignatures: 'allow-extension',
          output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    });
    const chunks = new Map(
      [result]
        .flat()
        .flatMap((r) => r.output)
        .filter((o) => o.type === 'chunk')
        .map((c) => [c.fileName, c]),
    );
    // Chunks only reached through import() are lazy: not part of the first load.
    const first = new Set();
    const visit = (name) => {
      if (first.has(name)) return;
      first.add(name);
      for (const dep of chunks.get(name)?.imports ?? []) if (chunks.has(dep)) visit(dep);
    };
    visit('entry.js');
    const bytes = [...first].reduce(
      (sum, name) => sum + gzipSync(readFileSync(join(outDir, name)), { level: 9 }).length,
      0,
    );
    const modules = new Set([...first].flatMap((name) => Object.keys(chunks.get(name).modules)));
    return { kb: bytes / 1024, files: first.size, lazy: chunks.size - first.size, modules };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const kb = (n) => `${n.toFixed(2)} KB`;
let passed = 0;
let failed = 0;
/** One enforced limit: prints and counts it. */
function check(label, value, max) {
  const ok = value <= max;
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}: ${kb(value)} (budget ${max} KB)`);
}

for (const r of config.reference) console.log(`info ${r.name}: ${kb((await firstLoadKB(r.entry)).kb)}`);
const { kb: base, modules: baseModules } = await firstLoadKB(config.base.entry);
check(config.base.name, base, config.base.maxKB);
const baseEntry = join(root, config.base.entry);
/**
 * A first load is one file. The bundler can move shared code (Lit itself) out of the entry
 * into a chunk of its own when lazy chunks use it a certain way: every page then makes an
 * extra request and loses ~0.6 KB to separate compression, with no other sign.
 */
function oneFile(label, files) {
  if (files === 1) return passed++;
  failed++;
  console.log(`FAIL ${label}: the first load is ${files} files; shared code left the entry (see firstLoadKB)`);
}
for (const w of config.widgets) {
  const { kb: size, lazy, modules, files } = await firstLoadKB(w.entry);
  oneFile(w.name, files);
  // The base may hold only what this widget loads first too: else own shares would shrink unfairly.
  const foreign = [...baseModules].filter((m) => m !== baseEntry && !modules.has(m));
  if (foreign.length) {
    failed++;
    console.log(
      `FAIL ${w.name} does not load all of the shared base: ${foreign.map((m) => m.replace(root, '')).join(', ')}`,
    );
  }
  check(`${w.name}, first load alone${lazy ? ` (${lazy} lazy chunks apart)` : ''}`, size, w.firstLoadKB);
  check(`${w.name}, own share (first load minus the shared base)`, size - base, w.ownKB);
}
for (const b of config.bundles) {
  const { kb: size, files } = await firstLoadKB(b.entry);
  oneFile(b.name, files);
  check(b.name, size, b.maxKB);
}
console.log(`budgets: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
