// Bundle budgets: builds each entry alone (minified, Lit inside, lazy chunks apart) and
// fails when its gzipped first-load size passes the budget in budgets.json.
import { readFileSync, rmSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = new URL('../../../', import.meta.url).pathname;
const { budgets } = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8'));
let failed = 0;
for (const b of budgets) {
  const outDir = mkdtempSync(join(tmpdir(), 'buurtkit-budget-'));
  await build({
    configFile: join(root, 'vite.config.ts'),
    mode: 'bundle',
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      lib: { entry: join(root, b.entry), formats: ['es'], fileName: () => 'entry.js' },
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  const size = gzipSync(readFileSync(join(outDir, 'entry.js')), { level: 9 }).length / 1024;
  const lazy = readdirSync(outDir).includes('chunks') ? readdirSync(join(outDir, 'chunks')).length : 0;
  const ok = size <= b.maxKB;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${b.name}: ${size.toFixed(2)} KB gzipped (budget ${b.maxKB} KB${b.target ? `; target ${b.target} KB not met yet` : ''})${lazy ? `, ${lazy} lazy chunk(s) apart` : ''}`);
  rmSync(outDir, { recursive: true, force: true });
}
console.log(`budgets: ${budgets.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
