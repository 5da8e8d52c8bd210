// Server benchmark: GET /initiatives (a city's bbox) and the cluster endpoint over
// 100,000 generated initiatives, with autocannon on loopback, on SQLite and PostgreSQL.
// The server runs in its own process so load generator and server do not share a thread.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, seedBulk, seedReference } from '@buurtkit/server';
import { ALMERE, CONNECTIONS, COUNTRY, measure, serve, shifted, type Scenario } from './http.ts';
// @ts-expect-error plain ESM helper
import { ensurePostgresInstalled, startPostgres } from '../postgres.mjs';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const TARGET_P99 = 20;
/** Issue 20: the look-alikes of an idea being typed, at 100,000 initiatives. */
const SIMILAR_P99 = 100;
/**
 * The look-alikes are asked by one resident at a review step, a few times a day per municipality,
 * not by four clients back to back: one client measures what a resident waits. (Four take about
 * 60 ms each at the median on two cores: the server's capacity, reported as req/s.)
 */
const SIMILAR_CLIENTS = 1;

const scenarios: Scenario[] = [
  {
    name: 'list: Almere bbox',
    path: (n) => `/api/v1/initiatives?bbox=${shifted(n, ALMERE)}&limit=200`,
    target: { p99: TARGET_P99 },
  },
  {
    name: 'list: Almere bbox, compact',
    path: (n) => `/api/v1/initiatives?bbox=${shifted(n, ALMERE)}&format=compact&limit=1000`,
    target: { p99: TARGET_P99 },
  },
  {
    name: 'clusters: country, zoom 8',
    path: (n) => `/api/v1/initiatives/clusters?bbox=${shifted(n, COUNTRY)}&zoom=8`,
    target: { p99: TARGET_P99 },
  },
  {
    name: 'clusters: Almere, zoom 13',
    path: (n) => `/api/v1/initiatives/clusters?bbox=${shifted(n, ALMERE)}&zoom=13`,
    target: { p99: TARGET_P99 },
  },
  {
    // A resident in Almere types an idea on a theme many initiatives share: full-text, place and theme.
    name: 'similar: typed idea, Almere',
    path: (n) =>
      `/api/v1/initiatives/similar?text=${encodeURIComponent('Moestuintjes met bakken bij de school')}` +
      `&theme=groen-en-natuur&lat=${(52.37 + (n % 1000) * 1e-5).toFixed(5)}&lon=5.22`,
    clients: SIMILAR_CLIENTS,
    target: { p99: SIMILAR_P99 },
  },
  {
    // Without a place: the newest 2,000 text matches across the country, scored.
    name: 'similar: typed idea, no place',
    path: (n) =>
      `/api/v1/initiatives/similar?text=${encodeURIComponent(`Een repair café en een taalcafé ${n % 1000}`)}`,
    clients: SIMILAR_CLIENTS,
    target: { p99: SIMILAR_P99 },
  },
  {
    name: 'cached: list, a write a second',
    path: () => '/api/v1/initiatives?bbox=5.10,52.30,5.35,52.45&limit=200',
    cached: true,
    target: { rps: 2000 },
  },
];

async function prepare(location: string) {
  const db = await openDatabase(location);
  await seedReference(db);
  const t = performance.now();
  await seedBulk(db, COUNT);
  const seeded = Math.round(performance.now() - t);
  // As a running install has it: statistics gathered and the bulk load vacuumed. Without
  // this, PostgreSQL's autovacuum and autoanalyze start on the new table during the
  // measurement, on the same two cores.
  await db.run(db.dialect === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE');
  await db.close();
  return seeded;
}

/** Writes to an initiative every second while `run` goes: each write moves the public version. */
async function withWrites<T>(location: string, run: () => Promise<T>): Promise<T> {
  const db = await openDatabase(location);
  const timer = setInterval(() => {
    void db.run(`UPDATE initiatives SET updated_at = ? WHERE id = 1`, [new Date().toISOString()]);
  }, 1000);
  try {
    return await run();
  } finally {
    clearInterval(timer);
    await db.close();
  }
}

/** What the map downloads for every initiative, as it travels (brotli), in columns and as tuples. */
async function wireBytes(origin: string) {
  const sizes: Record<string, number> = {};
  for (const format of ['columns', 'compact']) {
    let bytes = 0;
    for (let offset = 0; offset < COUNT; offset += 5000) {
      const res = await fetch(`${origin}/api/v1/initiatives?format=${format}&limit=5000&offset=${offset}`, {
        headers: { 'Accept-Encoding': 'br' },
      });
      // fetch() decodes; Content-Length is what travelled.
      const length = Number(res.headers.get('content-length'));
      if (res.headers.get('content-encoding') !== 'br' || !length) throw new Error(`${format}: not sent compressed`);
      bytes += length;
      await res.arrayBuffer();
    }
    sizes[format] = bytes;
  }
  return sizes;
}

const results: Record<string, Record<string, { p50: number; p99: number; rps: number; errors: number }>> = {};
const wires: Record<string, Record<string, number>> = {};
const kb = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('en')} kB`;
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
        const origin = `http://127.0.0.1:${port}`;
        const m = s.cached ? await withWrites(location, () => measure(origin, s)) : await measure(origin, s);
        results[name]![s.name] = m;
        const ok =
          m.errors === 0 && (s.target.p99 === undefined || m.p99 <= s.target.p99) && m.rps >= (s.target.rps ?? 0);
        console.log(
          [
            `  ${s.name.padEnd(30)} ${s.clients ?? CONNECTIONS} client${(s.clients ?? CONNECTIONS) > 1 ? 's' : ''}:`,
            `p50 ${String(m.p50).padStart(3)} ms `,
            `p99 ${String(m.p99).padStart(3)} ms `,
            `${String(m.rps).padStart(5)} req/s `,
            `errors ${m.errors} `,
            ok ? 'ok' : `MISSES ${s.target.p99 ? `p99 ≤ ${s.target.p99} ms` : `≥ ${s.target.rps} req/s`}`,
          ].join(' '),
        );
      }
      const wire = await wireBytes(`http://127.0.0.1:${port}`);
      wires[name] = wire;
      console.log(
        `  map download, ${COUNT.toLocaleString('en')} initiatives, brotli: columns ${kb(wire.columns!)}, ` +
          `tuples ${kb(wire.compact!)} ${wire.columns! <= 1_000_000 ? 'ok' : 'MISSES ≤ 1 MB'}`,
      );
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
      const before = b ? `p99 ${b.p99} → ${m.p99}   rps ${b.rps} → ${m.rps}` : `p99 — → ${m.p99}   rps — → ${m.rps}`;
      console.log(`  ${db.padEnd(8)} ${s.padEnd(30)} ${before}`);
    }
  }
  const wireBaseline = JSON.parse(readFileSync(baselinePath, 'utf8')).wire as typeof wires | undefined;
  for (const [db, w] of Object.entries(wires))
    console.log(
      `  ${db.padEnd(8)} ${'map download, brotli'.padEnd(30)} ${wireBaseline?.[db]?.columns ?? '—'} → ${w.columns} B`,
    );
} catch {
  console.log('\n(no baseline yet)');
}
console.log(`\nBENCH_RESULT ${JSON.stringify({ server: results, wire: wires })}`);
