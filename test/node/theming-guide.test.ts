import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BASIS_TOKENS, COMPONENT_TOKENS, TOKEN_DEFAULTS } from '../../packages/core/src/styles/tokens.ts';
// @ts-expect-error plain ESM helper
import { guide, GUIDE, page, PAGE } from '../../packages/devtools/src/theming-guide.mjs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

test('the committed theming guide and its Storybook page are what the tokens make (npm run build)', async () => {
  assert.equal(readFileSync(GUIDE, 'utf8'), await guide(), `${GUIDE} is stale`);
  assert.equal(readFileSync(PAGE, 'utf8'), page(), `${PAGE} is stale`);
});

test('it names every token a widget reads, each common one with its basis token and default', async () => {
  const text: string = await guide();
  for (const [name, value] of Object.entries(TOKEN_DEFAULTS)) {
    const basis = BASIS_TOKENS[name as keyof typeof TOKEN_DEFAULTS];
    assert.ok(
      text.includes(`| \`--buurt-${name}\` | ${basis ? `\`--basis-${basis}\`` : '(none)'} | \`${value}\``),
      name,
    );
  }
  for (const name of Object.keys(COMPONENT_TOKENS)) assert.ok(text.includes(`| \`--buurt-${name}\` |`), name);
  const widgets = manifest.modules
    .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
    .filter(
      (d: { tagName?: string }) =>
        d.tagName?.startsWith('buurt-') && !['buurt-config', 'buurt-configurator'].includes(d.tagName),
    );
  assert.equal(widgets.length, 5);
  for (const d of widgets)
    for (const p of d.cssProperties ?? []) assert.ok(text.includes(`| \`${p.name}\` |`), `${d.tagName} ${p.name}`);
  // Component tokens that fall back to a common one say which (the map's cluster fill: the primary colour).
  assert.match(text, /\| `--buurt-map-cluster-background-color` \| .* \| `--buurt-color-primary` \|/);
});

test('the starter themes are CSS a page can paste: one rule each, every colour token in it', async () => {
  const text: string = await guide();
  const blocks = [...text.matchAll(/```css\n([\s\S]*?)```/g)].map((m) => m[1]!);
  assert.equal(blocks.length, 2);
  for (const block of blocks) {
    assert.match(block, /^\.mijn-gemeente \{\n( {2}--[a-z0-9-]+: [^;{}]+;\n)+\}\n$/);
  }
  for (const name of Object.keys(TOKEN_DEFAULTS).filter((n) => n.startsWith('color-')))
    assert.ok(blocks[0]!.includes(`--buurt-${name}: `), name);
  for (const basis of Object.values(BASIS_TOKENS)) assert.ok(blocks[1]!.includes(`--basis-${basis}: `), basis);
});
