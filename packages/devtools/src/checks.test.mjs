// The repository checks themselves: each must fail on what it is there to catch.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { cycles, importGraph } from './check-cycles.mjs';
import { bigElements, longLines } from './check-lines.mjs';

function tree(files) {
  const root = mkdtempSync(join(tmpdir(), 'buurtkit-check-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

test('the cycle check finds a circle through a type import and across packages, and none in a tree', () => {
  const root = tree({
    'a/package.json': JSON.stringify({ name: '@x/a', exports: { '.': './src/index.ts' } }),
    'a/src/index.ts': "export { view } from './view.js';\n",
    'a/src/view.ts': "import type { Host } from './host.js';\nexport const view = 1;\n",
    'a/src/host.ts': "import { view } from './view.js';\nexport type Host = typeof view;\n",
    'b/package.json': JSON.stringify({ name: '@x/b', exports: { '.': './src/index.ts' } }),
    'b/src/index.ts': "import '@x/a';\nexport const later = () => import('./lazy.js');\n",
    'b/src/lazy.ts': "import { later } from './index.js';\nexport default later;\n",
  });
  try {
    const found = cycles(importGraph(root)).map((c) => c.map((f) => f.slice(root.length + 1)));
    assert.deepEqual(found.sort(), [
      ['a/src/host.ts', 'a/src/view.ts'],
      ['b/src/index.ts', 'b/src/lazy.ts'],
    ]);
    writeFileSync(join(root, 'a/src/host.ts'), 'export type Host = number;\n');
    writeFileSync(join(root, 'b/src/lazy.ts'), 'export default 1;\n');
    assert.deepEqual(cycles(importGraph(root)), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the line check counts characters, not bytes, and leaves generated files and data alone', () => {
  const long = `const s = '${'ë'.repeat(110)}';`; // 123 characters, 233 bytes
  const root = tree({
    'packages/x/src/ok.ts': `const s = '${'ë'.repeat(100)}';\n`,
    'packages/x/src/long.ts': `// fine\n${long}\n`,
    'packages/x/src/messages/nl.ts': `${long}\n`,
    'packages/api/src/schema.d.ts': `${long}\n`,
    'notes.md': `${long}\n`,
  });
  try {
    assert.deepEqual(longLines(root), ['packages/x/src/long.ts:2 (123)']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the size check names an element file over 400 lines, and not a long module without an element', () => {
  const body = Array.from({ length: 401 }, (_, i) => `const a${i} = ${i};`).join('\n');
  const root = tree({
    'packages/x/src/big-element.ts': `/**\n * @tagname buurt-big\n */\n${body}\n`,
    'packages/x/src/small-element.ts': '/**\n * @tagname buurt-small\n */\nexport class Small {}\n',
    'packages/x/src/long-module.ts': `${body}\n`,
  });
  try {
    assert.deepEqual(bigElements(root), ['packages/x/src/big-element.ts (404 lines)']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
