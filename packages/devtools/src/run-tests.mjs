// `npm test`: lint, typecheck, the API contract, build, bundle budgets, Node tests (the
// server on SQLite and on a throw-away PostgreSQL), browser tests (Debian's Chromium) and
// every Storybook story.
// Ends with one summary line: "total: N passed, N failed".
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { ensurePostgresInstalled, startPostgres } from './postgres.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules/.bin', name);

/** Runs a command; its output streams through, or (`live` false) is kept to be shown when it ends. */
function run(cmd, args, env = {}, live = true) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (d) => {
        output += d;
        if (live) process.stdout.write(d);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const results = [];
const only = process.argv.slice(2);
const want = (name) => !only.length || only.includes(name);
let passed = 0;
let failed = 0;

async function step(name, cmd, args, env, key = name, stream = true) {
  if (!want(key)) return;
  if (stream) console.log(`\n=== ${name} ===`);
  const t = Date.now();
  const r = await run(cmd, args, env, stream);
  if (!stream) {
    console.log(`\n=== ${name} (ran beside the suites above) ===`);
    process.stdout.write(r.output);
  }
  const seconds = ((Date.now() - t) / 1000).toFixed(1);
  // Its own result object: suites may end in another order than they started.
  const result = { name, ok: r.code === 0, seconds, output: r.output };
  results.push(result);
  return { ...r, result };
}

const tsx = ['--import', 'tsx'];
await step('lint', bin('eslint'), ['.']);
await step(
  'lint templates',
  bin('lit-analyzer'),
  ['packages/*/src/**/*.ts', '--strict', '--rules.no-missing-import', 'off', '--quiet'],
  {},
  'lint',
);
await step('formatting (Prettier)', bin('prettier'), ['--check', '.', '--log-level', 'warn'], {}, 'lint');
await step(
  'no line over 120 characters, no element file over 400 lines',
  process.execPath,
  ['packages/devtools/src/check-lines.mjs'],
  {},
  'lint',
);
await step('no import cycle under packages/', process.execPath, ['packages/devtools/src/check-cycles.mjs'], {}, 'lint');
await step('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
await step('api types match openapi.yaml', process.execPath, ['packages/api/scripts/generate.mjs', '--check']);
await step('openapi lint', bin('redocly'), [
  'lint',
  'packages/api/openapi.yaml',
  '--config',
  'packages/api/redocly.yaml',
]);
await step('custom-elements.json up to date', process.execPath, ['packages/devtools/src/check-manifest.mjs']);
await step('build', process.execPath, ['packages/devtools/src/build.mjs']);
await step('budgets', process.execPath, ['packages/devtools/src/budgets.mjs']);
for (const r of results) {
  if (r.ok) passed++;
  else failed++;
}

/**
 * The lines of a step's output that name what failed: web-test-runner's ❌ lines with the file
 * above and the message below, node:test's ✖ lines. At most 40, so the summary stays readable.
 */
function failureLines(output) {
  const lines = output.split('\n');
  const out = [];
  lines.forEach((line, i) => {
    if (/^\S.*\.test\.ts:$/.test(line.trim()) && lines.slice(i + 1, i + 4).some((l) => l.includes('❌')))
      out.push(line);
    if (line.includes('❌')) out.push(...lines.slice(i, i + 4));
    else if (/^\s*✖ /.test(line)) out.push(line);
  });
  return [...new Set(out)].slice(0, 40);
}

/** Test files below a folder, recursively (Node 20's test runner takes no globs). */
function testFiles(folder, keep) {
  const out = [];
  for (const name of readdirSync(join(root, folder)).sort()) {
    const path = `${folder}/${name}`;
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(join(root, path)).isDirectory()) out.push(...testFiles(path, keep));
    else if (keep(name)) out.push(path);
  }
  return out;
}
const suite = (folder) => testFiles(folder, (f) => f.endsWith('.test.ts'));

/** Runs node:test files; TAP gives the counts. */
async function nodeTests(name, key, files, env, stream = true, concurrency = 1) {
  const dir = mkdtempSync(join(tmpdir(), 'buurtkit-tap-'));
  const tap = join(dir, 'node.tap');
  const r = await step(
    name,
    process.execPath,
    [
      ...tsx,
      '--test',
      `--test-concurrency=${concurrency}`,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    env,
    key,
    stream,
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const p = Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
  const f = Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(text)?.[1] ?? 0);
  passed += p;
  failed += f + (r.code !== 0 && f === 0 ? 1 : 0);
  r.result.detail = `${p} passed, ${f} failed`;
  rmSync(dir, { recursive: true, force: true });
}

/** The browser suite (web-test-runner in Debian's Chromium); its summary line gives the counts. */
async function browserTests() {
  ensureChromium();
  const r = await step('browser tests', bin('web-test-runner'), [], {}, 'browser');
  const m = [...r.output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  const p = Number(m?.[1] ?? 0);
  const f = Number(m?.[2] ?? 0);
  passed += p;
  failed += f + (r.code !== 0 && f === 0 ? 1 : 0);
  r.result.detail = `${p} passed, ${f} failed`;
}

// Unit tests beside the pure modules (black-box suites stay in test/); *.browser.test.ts run in Chromium.
const unitFiles = testFiles('packages', (f) => /\.test\.(ts|mjs)$/.test(f) && !f.endsWith('.browser.test.ts'));
if (want('unit')) await nodeTests('unit tests', 'unit', unitFiles, {});

// Storybook: built against a reference server of its own; every story rendered, played and
// axe-checked. The stories mostly wait (for Storybook, for quiet pages), so they run beside
// the other suites, from here on; their output is shown when they end.
let stories;
if (want('stories')) {
  ensureChromium();
  stories = nodeTests('stories', 'stories', suite('test/stories'), {}, false);
}

if (want('node') || want('hostile')) {
  let pg;
  const env = {};
  if (ensurePostgresInstalled()) {
    pg = await startPostgres();
    env.BUURTKIT_TEST_PG_URL = pg.url;
  } else {
    console.log('PostgreSQL is missing and cannot be installed here: the PostgreSQL suites will fail.');
  }
  // The hostile world: strict CSP, Trusted Types, hostile CSS, two copies, XSS corpus, fuzzing, abuse, privacy.
  // The fuzzers (about 11 minutes on a 2-core machine) run beside the node suite, which mostly
  // waits on mail, restarts and PostgreSQL. After the node suite, the browser suite and the
  // hostile world's pages and corpus run side by side (both mostly wait on Chromium and their
  // servers): one after the other they took a CI run past 25 minutes. The abuse burst measures
  // read latency, so it runs last and alone, on a machine nothing else loads.
  const hostile = want('hostile') ? suite('test/hostile') : [];
  const fuzz = hostile.filter((f) => /api-fuzz-[a-z]+\.test\.ts$/.test(f));
  const abuse = hostile.filter((f) => /abuse\.test\.ts$/.test(f));
  const pages = hostile.filter((f) => !fuzz.includes(f) && !abuse.includes(f));
  const fuzzing = fuzz.length ? nodeTests('fuzzing (hostile world)', 'hostile', fuzz, env, false) : undefined;
  // The hostile world's pages start when the fuzzers end (they ended about two minutes before the
  // node suite in a 25.7-minute run), not after the node suite.
  if (pages.length) ensureChromium();
  const hostilePages = pages.length
    ? (fuzzing ?? Promise.resolve()).then(() => nodeTests('hostile-world tests', 'hostile', pages, env, false))
    : undefined;
  // Two files at a time: the node suite mostly waits (mail, restarts, PostgreSQL, child
  // servers), and one at a time it was the longest path of a CI run (920 of 1,456 s).
  // Every file makes its own databases (named by process id), ports and folders.
  if (want('node')) await nodeTests('node tests', 'node', suite('test/node'), env, true, 2);
  if (want('browser')) await browserTests();
  await fuzzing;
  await hostilePages;
  if (abuse.length) await nodeTests('abuse burst (hostile world)', 'hostile', abuse, env);
  await pg?.stop();
} else if (want('browser')) await browserTests();

await stories;

console.log('\n=== summary ===');
for (const r of results)
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)${r.detail ? `: ${r.detail}` : ''}`);
console.log(`total: ${passed} passed, ${failed} failed`);
// CI keeps only the end of a run's output: name the failing tests here, where it is kept.
for (const r of results.filter((x) => !x.ok)) {
  const lines = failureLines(r.output ?? '');
  if (lines.length) console.log(`\n${r.name}, what failed:\n${lines.join('\n')}`);
}
process.exit(failed || results.some((r) => !r.ok) ? 1 : 0);
