// `npm run bench`: every benchmark, numbers printed against the committed baseline.
// The bundle is built first, so the map and Lighthouse measure the sources as they are.
import { spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, [new URL('../build.mjs', import.meta.url).pathname], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const benches = [
  ['server', new URL('./server.ts', import.meta.url).pathname],
  ['tenants', new URL('./tenants.ts', import.meta.url).pathname],
  ['map', new URL('./map.ts', import.meta.url).pathname],
  ['lighthouse', new URL('./lighthouse.ts', import.meta.url).pathname],
];
const only = process.argv.slice(2);
let failed = false;
for (const [name, file] of benches) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name} benchmark ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
