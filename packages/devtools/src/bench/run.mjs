// `npm run bench`: every benchmark, numbers printed against the committed baseline.
import { spawnSync } from 'node:child_process';

const benches = [
  ['server', new URL('./server.ts', import.meta.url).pathname],
  ['map', new URL('./map.ts', import.meta.url).pathname],
];
let failed = false;
for (const [name, file] of benches) {
  console.log(`\n=== ${name} benchmark ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
