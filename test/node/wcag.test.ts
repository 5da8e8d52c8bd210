// The WCAG tables (packages/buurtkit/accessibility) say for every criterion which test shows
// it. This keeps them honest: every A and AA criterion of WCAG 2.1 is there, every cited test
// exists under that title, and the committed tables are what the data makes.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
// @ts-expect-error plain ESM helper
import { CRITERIA } from '../../packages/devtools/src/wcag/criteria.mjs';
// @ts-expect-error plain ESM helper
import { evidenceOf, rowOf, tables, WIDGETS } from '../../packages/devtools/src/wcag/tables.mjs';

type Row = { id: string; level: string; applies?: boolean; host?: boolean; tests: string[] };
const criteria = CRITERIA as Row[];
const widgets = WIDGETS as string[];

/** WCAG 2.1 levels A and AA, as the W3C numbers them. */
const WCAG21_A_AA = (
  '1.1.1 1.2.1 1.2.2 1.2.3 1.2.4 1.2.5 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.4.1 1.4.2 1.4.3 1.4.4 1.4.5 1.4.10 1.4.11 ' +
  '1.4.12 1.4.13 2.1.1 2.1.2 2.1.4 2.2.1 2.2.2 2.3.1 2.4.1 2.4.2 2.4.3 2.4.4 2.4.5 2.4.6 2.4.7 2.5.1 2.5.2 2.5.3 ' +
  '2.5.4 3.1.1 3.1.2 3.2.1 3.2.2 3.2.3 3.2.4 3.3.1 3.3.2 3.3.3 3.3.4 4.1.1 4.1.2 4.1.3'
).split(' ');
const AA_IDS = '1.2.4 1.2.5 1.3.4 1.3.5 1.4.3 1.4.4 1.4.5 1.4.10 1.4.11 1.4.12 1.4.13 2.4.5 2.4.6 2.4.7 3.1.2';
const AA = new Set(`${AA_IDS} 3.2.3 3.2.4 3.3.3 3.3.4 4.1.3`.split(' '));

/** Test titles in a file: `it('…')` and `test('…')`, template titles included as written. */
const titles = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/\b(?:it|test)\(\s*(['`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]!);

test('every success criterion of WCAG 2.1 A and AA, once, at its level', () => {
  assert.deepEqual(
    criteria.map((c) => c.id),
    WCAG21_A_AA,
  );
  for (const c of criteria) assert.equal(c.level, AA.has(c.id) ? 'AA' : 'A', c.id);
});

test('every cited test exists under that title', () => {
  const cache = new Map<string, string[]>();
  for (const widget of widgets)
    for (const c of criteria)
      for (const [file, fragment] of evidenceOf(rowOf(c, widget), widget) as [string, string][]) {
        assert.ok(existsSync(file), `${c.id} ${widget}: ${file} exists`);
        if (!cache.has(file)) cache.set(file, titles(file));
        assert.ok(
          cache.get(file)!.some((t) => t.includes(fragment)),
          `${c.id} ${widget}: a test in ${file} titled "…${fragment}…"`,
        );
      }
});

test('a criterion that applies cites evidence, except what only the page can show', () => {
  for (const widget of widgets)
    for (const c of criteria) {
      const row = rowOf(c, widget) as Row;
      if (row.applies === false || row.host || row.id === '2.3.1') continue;
      assert.ok(evidenceOf(row, widget).length > 0, `${row.id} ${widget}`);
    }
});

test('the committed tables are what the data makes (npm run build)', () => {
  for (const [file, text] of Object.entries(tables() as Record<string, string>))
    assert.equal(readFileSync(file, 'utf8'), text, `${file} is stale`);
});

test("Storybook's manual pages are what the manifest and these tables make (npm run build)", async () => {
  // @ts-expect-error plain ESM helper
  const { pages } = await import('../../packages/devtools/src/docs-pages.mjs');
  for (const [file, text] of Object.entries(pages() as Record<string, string>)) {
    assert.equal(readFileSync(file, 'utf8'), text, `${file} is stale`);
    assert.match(text, /<ArgTypes of=\{Stories\} \/>/, 'the API table comes from custom-elements.json');
  }
});
