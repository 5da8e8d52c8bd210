// Server benchmark: GET /initiatives (a city's bbox) and the cluster endpoint over
// 100,000 generated initiatives, with autocannon on loopback, on SQLite and PostgreSQL.
// The server runs in its own process so load generator and server do not share a thread.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openDatabase, seedBulk, seedReference } from '@buurtkit/server';
// @ts-expect-error plain ESM helper
import { ensurePostgresInstalled, startPostgres } from '../postgres.mjs';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const TARGET_P99 = 20;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const serverBin = new URL('../../../server/bin/buurtkit-server.mjs', import.meta.url).pathname;

const scenarios = [
  { name: 'list: Almere bbox', path: '/api/v1/initiatives?bbox=5.10,52.30,5.35,52.45&limit=200' },
  {
    name: 'list: Almere bbox, compact',
    path: '/api/v1/initiatives?bbox=5.10,52.30,5.35,52.45&format=compact&limit=1000',
  },
  { name: 'clusters: country, zoom 8', path: '/api/v1/initiatives/clusters?bbox=3.3,50.7,7.3,53.6&zoom=8' },
  { name: 'clusters: Almere, zoom 13', path: '/api/v1/initiatives/clusters?bbox=5.10,52.30,5.35,52.45&zoom=13' },
];

async function prepare(location: string) {
  const db = await openDatabase(location);
  await seedReference(db);
  const t = performance.now();
  await seedBulk(db, COUNT);
  await db.close();
  return Math.round(performance.now() - t);
}

async function serve(location: string, port: number) {
  const child = spawn(process.execPath, [serverBin, '--database', location, '--port', String(port), '--quiet'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('Buurtkit API on') && resolve());
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

/**
 * Closed loop, 4 clients each sending the next request as soon as the last one is
 * answered: the server is kept 100% busy, so these latencies are an upper bound for any
 * load it can carry; requests per second is its capacity. (autocannon's rate-limited
 * modes send in bursts and measure their own queueing, so they are not used.)
 */
async function measure(url: string) {
  // Warm-up: builds the cluster index and fills caches, as a running server would have.
  await autocannon({ url, connections: 2, duration: 2 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return { p50: r.latency.p50, p99: r.latency.p99, rps: Math.round(r.requests.average), errors: r.errors + r.non2xx };
}

const results: Record<string, Record<string, { p50: number; p99: number; rps: number; errors: number }>> = {};
const dir = mkdtempSync(join(tmpdir(), 'buurtkit-bench-'));
let pgServer: { url: string; createDatabase(n: string): Promise<string>; stop(): Promise<void> } | undefined;
try {
  const dbs: [string, () => Promise<string>][] = [['sqlite', async () => join(dir, 'bench.sqlite')]];
  if (ensurePostgresInstalled()) {
    dbs.push([
      'postgres',
      async () => {
        pgServer = await startPostgres();
        return pgServer!.createDatabase('bench');
      },
    ]);
  } else console.log('PostgreSQL not available: benchmarking SQLite only');
  let port = 18787;
  for (const [name, locate] of dbs) {
    const location = await locate();
    const seedMs = await prepare(location);
    console.log(`\n${name}: ${COUNT.toLocaleString('en')} initiatives seeded in ${seedMs} ms`);
    const child = await serve(location, ++port);
    results[name] = {};
    try {
      for (const s of scenarios) {
        const m = await measure(`http://127.0.0.1:${port}${s.path}`);
        results[name]![s.name] = m;
        const ok = m.p99 < TARGET_P99 && m.errors === 0;
        console.log(
          [
            `  ${s.name.padEnd(30)} ${CONNECTIONS} clients:`,
            `p50 ${String(m.p50).padStart(3)} ms `,
            `p99 ${String(m.p99).padStart(3)} ms `,
            `${String(m.rps).padStart(5)} req/s `,
            `errors ${m.errors} `,
            ok ? 'ok' : `MISSES p99 < ${TARGET_P99} ms`,
          ].join(' '),
        );
      }
    } finally {
      child.kill();
    }
  }
} finally {
  await pgServer?.stop();
  rmSync(dir, { recursive: true, force: true });
}

// Compare with the committed baseline (numbers from an earlier run on this kind of machine).
const baselinePath = new URL('./baseline.json', import.meta.url);
try {
  const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')).server as typeof results;
  console.log('\nagainst baseline (p99 ms, then req/s):');
  for (const [db, byScenario] of Object.entries(results)) {
    for (const [s, m] of Object.entries(byScenario)) {
      const b = baseline[db]?.[s];
      if (b) console.log(`  ${db.padEnd(8)} ${s.padEnd(30)} p99 ${b.p99} → ${m.p99}   rps ${b.rps} → ${m.rps}`);
    }
  }
} catch {
  console.log('\n(no baseline yet)');
}
console.log(`\nBENCH_RESULT ${JSON.stringify({ server: results })}`);
