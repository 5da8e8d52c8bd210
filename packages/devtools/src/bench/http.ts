// What the server benchmarks share: a server in its own process, closed-loop load with
// autocannon, and requests that each ask their own bounding box.
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import autocannon from 'autocannon';

export const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const serverBin = new URL('../../../server/bin/buurtkit-server.mjs', import.meta.url).pathname;

/**
 * Every request of a scenario asks for its own bounding box (shifted by a few metres each
 * time), so none is answered from the server's read cache: these are the database's figures,
 * as for residents who each look at their own part of the map. `cached` repeats one URL.
 */
export type Scenario = {
  name: string;
  path: (n: number) => string;
  cached?: boolean;
  clients?: number;
  target: Target;
};
export type Target = { p99?: number; rps?: number };
export const shifted = (n: number, [w, s, e, north]: number[]) => {
  const d = (n % 100_000) * 1e-7;
  return [w! + d, s! + d, e! + d, north! + d].map((v) => v.toFixed(7)).join(',');
};
export const ALMERE = [5.1, 52.3, 5.35, 52.45];
export const COUNTRY = [3.3, 50.7, 7.3, 53.6];

export async function serve(location: string, port: number) {
  // To look inside the server while it is measured: e.g. BENCH_SERVER_NODE_ARGS=--trace-gc (Node
  // refuses that flag in NODE_OPTIONS, so it goes on the command line).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const args = [...nodeArgs, serverBin, '--database', location, '--port', String(port), '--quiet'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (process.env.BENCH_SERVER_LOG) appendFileSync(process.env.BENCH_SERVER_LOG, d);
      if (d.toString().includes('Buurtkit API on')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

/**
 * Closed loop, 4 clients (or the scenario's own number) each sending the next request as soon as the last one is
 * answered: the server is kept 100% busy, so these latencies are an upper bound for any
 * load it can carry; requests per second is its capacity. (autocannon's rate-limited
 * modes send in bursts and measure their own queueing, so they are not used.)
 */
export async function measure(origin: string, scenario: Scenario) {
  let n = 0;
  const requests = [{ setupRequest: (req: object) => ({ ...req, path: scenario.path(n++) }) }];
  // Warm-up: builds the cluster index and fills caches, as a running server would have.
  await autocannon({ url: origin, connections: 2, duration: 2, requests });
  const connections = scenario.clients ?? CONNECTIONS;
  // Each answer's time as measured (autocannon's percentiles are whole milliseconds, cut down:
  // at a p99 of 2 or 3 ms that is a third of the figure, and 2.9 against 4.0 read as 2 against 4).
  const times: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon({ url: origin, connections, duration: DURATION, requests }, (e, done) =>
      e ? reject(e) : resolve(done),
    ).on('response', (_client, status, _bytes, ms) => {
      if (status < 300) times.push(ms);
    }),
  );
  return {
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    rps: Math.round(r.requests.average),
    errors: r.errors + r.non2xx,
  };
}

/** The time below which a share of the answers came, in ms to a hundredth (0 for none). */
export function percentile(times: number[], share: number): number {
  if (!times.length) return 0;
  const sorted = Float64Array.from(times).sort();
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]! * 100) / 100;
}
