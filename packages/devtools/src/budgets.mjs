// Bundle budgets: builds each entry alone (minified, Lit inside, lazy chunks apart) and
// fails when its gzipped first-load size passes the budget in budgets.json.
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = new URL('../../../', import.meta.url).pathname;
const { budgets } = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8'));
let failed = 0;
for (const b of budgets) {
  const outDir = mkdtempSync(join(tmpdir(), 'buurtkit-budget-'));
  const result = await build({
    configFile: join(root, 'vite.config.ts'),
    mode: 'bundle',
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      lib: { entry: join(root, b.entry), formats: ['es'], fileName: () => 'entry.js' },
      rollupOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        // An "own code" budget leaves out what every widget shares (Lit, core).
        ...(b.external ? { external: (id) => b.external.some((p) => id === p || id.startsWith(`${p}/`)) } : {}),
      },
    },
  });
  // First load: the entry and every chunk it imports statically (shared code split out of
  // it still loads at once); chunks only imported with import() are lazy and not counted.
  const chunks = new Map([result].flat().flatMap((r) => r.output).filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const first = new Set();
  const visit = (name) => {
    if (first.has(name)) return;
    first.add(name);
    // Imports of left-out modules are not files of this build.
    for (const dep of chunks.get(name)?.imports ?? []) if (chunks.has(dep)) visit(dep);
  };
  visit('entry.js');
  const size = [...first].reduce((sum, name) => sum + gzipSync(readFileSync(join(outDir, name)), { level: 9 }).length, 0) / 1024;
  const lazy = chunks.size - first.size;
  if (b.reference) {
    console.log(`info ${b.name}: ${size.toFixed(2)} KB gzipped`);
    rmSync(outDir, { recursive: true, force: true });
    continue;
  }
  const ok = size <= b.maxKB;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${b.name}: ${size.toFixed(2)} KB gzipped (budget ${b.maxKB} KB${b.target ? `; target ${b.target} KB not met yet` : ''})${first.size > 1 ? ` in ${first.size} files` : ''}${lazy ? `, ${lazy} lazy chunk(s) apart` : ''}`);
  rmSync(outDir, { recursive: true, force: true });
}
const checked = budgets.filter((b) => !b.reference).length;
console.log(`budgets: ${checked - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
