// Lighthouse on the demo page as `npm start` serves it: Lighthouse's default mobile settings
// (a mid-range phone's screen, simulated slow 4G and a 4× slower CPU), Debian's Chromium,
// performance, accessibility and best practices, against the committed baseline. Each
// category prints what kept it from 100, so a drop says where to look.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
// @ts-expect-error plain ESM helper
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';

const root = new URL('../../../../', import.meta.url).pathname;
const TARGETS: Record<string, number> = { performance: 98, accessibility: 100, 'best-practices': 100 };
const PORTS = { DEMO_PORT: '18580', API_PORT: '18587', GEOCODER_PORT: '18588', OIDC_PORT: '18589' };
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

/** `npm start` in a fresh directory; resolves once the demo says where it is. */
async function startDemo(dir: string) {
  const child = spawn(process.execPath, [join(root, 'packages/devtools/src/start.mjs')], {
    cwd: root,
    // `npm run bench` has just built the bundle.
    env: { ...process.env, ...PORTS, DEMO_DATABASE: join(dir, 'demo.sqlite'), DEMO_SKIP_BUILD: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d) && out.includes('Buurtkit demo:') && resolve());
    child.once('exit', (code) => reject(new Error(`the demo exited with ${code}`)));
  });
  return child;
}

type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string; scoreDisplayMode: string }>;
};

/** Audits of a category that lost points: failed (weighted) ones, and the metrics below 0.9. */
function shortfalls(lhr: Lhr, category: string) {
  return lhr.categories[category]!.auditRefs.map((ref) => ({ ...lhr.audits[ref.id]!, id: ref.id, weight: ref.weight }))
    .filter((a) => a.score !== null && a.score < (a.weight > 0 && category === 'performance' ? 0.9 : 1))
    .filter((a) => a.weight > 0 || a.scoreDisplayMode === 'binary')
    .map((a) => `${a.id} ${a.score}${a.displayValue ? ` (${a.displayValue})` : ''}`);
}

const dir = mkdtempSync(join(tmpdir(), 'buurtkit-lighthouse-'));
const demo = await startDemo(dir);
const chrome = await chromeLauncher.launch({
  chromePath: ensureChromium(),
  chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
});
const scores: Record<string, number[]> = {};
let last: Lhr | undefined;
try {
  // Several runs, the median kept: one run's performance score moves a point or two.
  for (let run = 0; run < RUNS; run++) {
    const result = await lighthouse(`http://127.0.0.1:${PORTS.DEMO_PORT}/`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(TARGETS),
    });
    last = result!.lhr as unknown as Lhr;
    if (process.env.BENCH_LIGHTHOUSE_DUMP) writeFileSync(process.env.BENCH_LIGHTHOUSE_DUMP, JSON.stringify(last));
    for (const c of Object.keys(TARGETS)) (scores[c] ??= []).push(Math.round((last.categories[c]!.score ?? 0) * 100));
  }
} finally {
  await chrome.kill();
  demo.kill();
  rmSync(dir, { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const baseline = (JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')).lighthouse ?? {}) as {
  scores?: Record<string, number>;
};
let failed = false;
const result: Record<string, number> = {};
console.log(`demo page, Lighthouse mobile, median of ${RUNS}:`);
for (const [c, target] of Object.entries(TARGETS)) {
  const score = (result[c] = median(scores[c]!));
  const ok = score >= target;
  failed ||= !ok;
  const before = baseline.scores?.[c] ?? '—';
  console.log(
    `  ${c.padEnd(15)} ${String(score).padStart(3)} (runs ${scores[c]!.join(', ')}; baseline ${before})  ` +
      (ok ? 'ok' : `MISSES ≥ ${target}`),
  );
  if (last) for (const s of shortfalls(last, c)) console.log(`      ${s}`);
}
if (last) {
  const metric = (id: string) => last!.audits[id]?.displayValue ?? '—';
  console.log(
    `  metrics (last run): FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
      `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`,
  );
}
console.log(`BENCH_RESULT ${JSON.stringify({ lighthouse: { scores: result } })}`);
process.exit(failed ? 1 : 0);
