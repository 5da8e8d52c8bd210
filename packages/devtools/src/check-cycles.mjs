// `npm test` step: no import cycle anywhere under packages/. Follows every import of the
// TypeScript sources, type-only and dynamic ones too (a type import in a circle is still
// a circle for the reader), within a package and across packages (`@buurtkit/x` and its
// subpaths resolve through each package's exports). Exits 1 and names each cycle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT = new RegExp(
  [
    /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/.source, // import … from 'x', export … from 'x'
    /import\s*\(\s*['"]([^'"]+)['"]\s*\)/.source, // import('x')
    /^\s*import\s*['"]([^'"]+)['"]/.source, // import 'x' (for its side effects)
  ].join('|'),
  'gm',
);

/** Every .ts file below a folder (not tests, not declarations, not node_modules or dist). */
function sources(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** `@buurtkit/core` and `@buurtkit/core/define` → the source file the package exports there. */
function packageResolver(packagesDir) {
  const map = new Map();
  for (const dir of readdirSync(packagesDir)) {
    const pkgFile = join(packagesDir, dir, 'package.json');
    if (!existsSync(pkgFile)) continue;
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
    for (const [sub, target] of Object.entries(pkg.exports ?? {})) {
      const file = typeof target === 'string' ? target : (target.development ?? target.default);
      if (typeof file === 'string' && file.endsWith('.ts'))
        map.set(`${pkg.name}${sub === '.' ? '' : sub.slice(1)}`, resolve(packagesDir, dir, file));
    }
  }
  return (spec) => map.get(spec);
}

/** The import graph of the files, as file → files it imports. */
export function importGraph(packagesDir) {
  const files = readdirSync(packagesDir)
    .filter((d) => existsSync(join(packagesDir, d, 'src')))
    .flatMap((d) => sources(join(packagesDir, d, 'src')));
  const known = new Set(files);
  const fromPackage = packageResolver(packagesDir);
  const graph = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const edges = new Set();
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      let target;
      if (spec.startsWith('.')) {
        const base = resolve(dirname(file), spec);
        target = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')].find((f) => known.has(f));
      } else target = fromPackage(spec);
      if (target && target !== file) edges.add(target);
    }
    graph.set(file, [...edges]);
  }
  return graph;
}

/** Strongly connected components with more than one file (Tarjan): each is a cycle. */
export function cycles(graph) {
  let index = 0;
  const stack = [];
  const on = new Set();
  const idx = new Map();
  const low = new Map();
  const found = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const packagesDir = process.argv[2] ? resolve(process.argv[2]) : join(root, 'packages');
  const graph = importGraph(packagesDir);
  const found = cycles(graph);
  const edges = [...graph.values()].reduce((n, e) => n + e.length, 0);
  if (found.length) {
    console.log(`${found.length} import cycle(s) under ${relative(root, packagesDir) || packagesDir}:`);
    for (const c of found) console.log(`- ${c.map((f) => relative(packagesDir, f)).join(' <-> ')}`);
    process.exit(1);
  }
  console.log(`no import cycle: ${graph.size} files, ${edges} imports`);
}
