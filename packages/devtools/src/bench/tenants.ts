// Tenants benchmark (issue 20): one server hosting 50 municipalities of 10,000 initiatives each,
// every request for another municipality, against the same server hosting one municipality of
// 10,000: the API's list and cluster p99 must stay within 1.5 × the single municipality's.
import { execSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addTenant, openDatabase, openTenantDatabase, seedBulk, seedReference, type Db } from '@buurtkit/server';
import { ALMERE, COUNTRY, measure, serve, shifted, type Scenario } from './http.ts';
// @ts-expect-error plain ESM helper
import { ensurePostgresInstalled, startPostgres } from '../postgres.mjs';

const TENANTS = Number(process.env.BENCH_TENANTS ?? 50);
const EACH = Number(process.env.BENCH_TENANT_COUNT ?? 10_000);
/** How much slower than one municipality alone the busiest of fifty may be. */
const FACTOR = 1.5;
/** A pause before each server starts, for the disk and the server's background warm-up. */
const SETTLE_MS = 5000;
/**
 * Rounds per side; the median is judged. Seven, not three: a single round's p99 moves by up to
 * 2 x on this machine, and a median of three still moved too much. Four runs of three rounds
 * on one server commit (2026-12-06) missed 1.5 x on no scenario, one, none and two (a different
 * one each time, by 0.02-0.77 ms), while the median of all their rounds met it on every
 * scenario, at 1.15-1.31 x.
 */
const ROUNDS = Number(process.env.BENCH_TENANT_ROUNDS ?? 7);
const codes = Array.from({ length: TENANTS }, (_, i) => `GM${String(1001 + i)}`);

/** The scenarios of the server benchmark that residents' maps ask most: a list and clusters at two zooms. */
const scenarios = (prefix: (n: number) => string): Scenario[] => [
  {
    name: 'list: Almere bbox',
    path: (n) => `${prefix(n)}/api/v1/initiatives?bbox=${shifted(n, ALMERE)}&limit=200`,
    target: {},
  },
  {
    name: 'clusters: country, zoom 8',
    path: (n) => `${prefix(n)}/api/v1/initiatives/clusters?bbox=${shifted(n, COUNTRY)}&zoom=8`,
    target: {},
  },
  {
    name: 'clusters: Almere, zoom 13',
    path: (n) => `${prefix(n)}/api/v1/initiatives/clusters?bbox=${shifted(n, ALMERE)}&zoom=13`,
    target: {},
  },
];

/**
 * A database as a running install has it: seeded, then statistics gathered. (PostgreSQL's
 * `VACUUM ANALYZE` covers every schema of the database: once, after all are seeded.)
 */
async function fill(db: Db, seed: number) {
  await seedReference(db);
  await seedBulk(db, EACH, seed);
  if (db.dialect === 'sqlite') await db.run('ANALYZE');
}

/** Each request a municipality of its own, in turn; every index warmed first, as on a running server. */
async function run(origin: string, list: Scenario[], prefixes: string[]) {
  for (const prefix of prefixes)
    for (const s of list) await fetch(`${origin}${s.path(0).replace(/^\/t\/GM\d{4}/, prefix)}`).then((r) => r.text());
  const out: Record<string, Awaited<ReturnType<typeof measure>>> = {};
  for (const s of list) {
    if (process.env.BENCH_SERVER_LOG) appendFileSync(process.env.BENCH_SERVER_LOG, `=== ${origin} ${s.name}\n`);
    out[s.name] = await measure(origin, s);
  }
  return out;
}

type Measured = Awaited<ReturnType<typeof measure>> & { p99s?: number[] };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Each scenario's median over the rounds (p99s listed), errors summed. */
function medianOf(rounds: Record<string, Measured>[]): Record<string, Measured> {
  return Object.fromEntries(
    Object.keys(rounds[0]!).map((s) => {
      const all = rounds.map((r) => r[s]!);
      return [
        s,
        {
          p50: median(all.map((m) => m.p50)),
          p99: median(all.map((m) => m.p99)),
          rps: median(all.map((m) => m.rps)),
          errors: all.reduce((n, m) => n + m.errors, 0),
          p99s: all.map((m) => m.p99),
        },
      ];
    }),
  );
}

const results: Record<string, Record<string, Record<string, Measured>>> = {};
const dir = mkdtempSync(join(tmpdir(), 'buurtkit-bench-tenants-'));
let pgServer: { createDatabase(n: string): Promise<string>; stop(): Promise<void> } | undefined;
let failed = false;
try {
  const dbs: [string, (name: string) => Promise<string>][] = [];
  if (process.env.BENCH_TENANTS_SQLITE !== '0') dbs.push(['sqlite', async (name) => join(dir, name, 'b.sqlite')]);
  if (ensurePostgresInstalled() && process.env.BENCH_TENANTS_PG !== '0')
    dbs.push([
      'postgres',
      async (name) => {
        pgServer ??= await startPostgres();
        return pgServer!.createDatabase(name);
      },
    ]);
  let port = 19787;
  for (const [name, locate] of dbs) {
    // One municipality of 10,000.
    const single = await locate('single');
    const db = await openDatabase(single);
    await fill(db, 42);
    if (db.dialect === 'postgres') await db.run('VACUUM ANALYZE');
    await db.close();
    // Fifty of 10,000 each, their own places and names (another seed each), on one server.
    const many = await locate('many');
    const registry = await openDatabase(many);
    await seedReference(registry);
    const t = performance.now();
    for (const [i, code] of codes.entries()) {
      const tenant = await openTenantDatabase(many, code);
      await fill(tenant, 42 + i);
      await tenant.close();
      await addTenant(registry, code, [], new Date().toISOString());
    }
    if (registry.dialect === 'postgres') await registry.run('VACUUM ANALYZE');
    await registry.close();
    console.log(
      `\n${name}: ${TENANTS} municipalities of ${EACH.toLocaleString('en')} seeded in ` +
        `${Math.round(performance.now() - t)} ms`,
    );
    results[name] = {};
    const sides = [
      ['one municipality', single, () => ''],
      [`${TENANTS} municipalities`, many, (n: number) => `/t/${codes[n % TENANTS]}`],
    ] as const;
    // Rounds in turn (one, fifty, one, fifty, …) and the median of each side's rounds: a single
    // 8-second p99 moved by up to 2 × between runs here, and the disk or the database's own
    // background work would otherwise fall on one side only.
    const rounds: Record<string, Awaited<ReturnType<typeof run>>[]> = {};
    for (let round = 0; round < ROUNDS; round++)
      for (const [label, location, prefix] of sides) {
        // Half a million rows were just written: let the disk take them before measuring either
        // (the first run, measured straight after seeding, found one municipality slower than fifty).
        execSync('sync');
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        const child = await serve(location, ++port);
        try {
          const prefixes = label === 'one municipality' ? [''] : codes.map((c) => `/t/${c}`);
          (rounds[label] ??= []).push(await run(`http://127.0.0.1:${port}`, scenarios(prefix), prefixes));
        } finally {
          child.kill();
        }
      }
    for (const [label] of sides) results[name]![label] = medianOf(rounds[label]!);
    const one = results[name]!['one municipality']!;
    const all = results[name]![`${TENANTS} municipalities`]!;
    for (const s of Object.keys(one)) {
      const [a, b] = [one[s]!, all[s]!];
      // A p99 of a few ms moves by a millisecond between runs: 1.5 × is judged with 1 ms of grace.
      const ok = b.errors === 0 && b.p99 <= Math.max(a.p99 * FACTOR, a.p99 + 1);
      if (!ok) failed = true;
      console.log(
        `  ${s.padEnd(28)} one: p50 ${a.p50} p99 ${a.p99} (${a.p99s}) ms ${a.rps} req/s | ` +
          `${TENANTS}: p50 ${b.p50} p99 ${b.p99} (${b.p99s}) ms ` +
          `${b.rps} req/s errors ${b.errors} ${ok ? 'ok' : `MISSES p99 ≤ ${FACTOR} × ${a.p99}`}`,
      );
    }
  }
} finally {
  await pgServer?.stop();
  rmSync(dir, { recursive: true, force: true });
}

const baselinePath = new URL('./baseline.json', import.meta.url);
try {
  const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')).tenants as typeof results | undefined;
  if (!baseline) throw new Error('none');
  console.log('\nagainst baseline (p99 ms, 50 municipalities):');
  for (const [db, byLabel] of Object.entries(results))
    for (const [s, m] of Object.entries(byLabel[`${TENANTS} municipalities`] ?? {}))
      console.log(
        `  ${db.padEnd(8)} ${s.padEnd(28)} ${baseline[db]?.[`${TENANTS} municipalities`]?.[s]?.p99 ?? '—'} → ${m.p99}`,
      );
} catch {
  console.log('\n(no tenants baseline yet)');
}
console.log(`\nBENCH_RESULT ${JSON.stringify({ tenants: results })}`);
process.exit(failed ? 1 : 0);
