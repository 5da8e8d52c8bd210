// The framework recipes in demo/recipes, as a developer at a municipality or its supplier
// would use them: each app type-checked with its framework's own checker (a wrong type must
// fail), built by Vite, served from the municipality's site and used against the reference
// API in Chromium: an attribute (`lang`, switched by the app), a property (`initiative`, a
// number) and two events reaching the app's state.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { before, describe, test } from 'node:test';
import { build } from 'vite';
import { startWorld, type World } from './harness.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const RECIPES = ['react19', 'react18', 'vue3'] as const;
type Recipe = (typeof RECIPES)[number];
const dir = (recipe: Recipe) => join(root, 'demo/recipes', recipe);

/** The checker each framework's own build runs (`npm run build` in the recipe). */
const checker = (recipe: Recipe) => join(root, 'node_modules/.bin', recipe === 'vue3' ? 'vue-tsc' : 'tsc');

/** What a wrong use looks like in each: the tracker's `initiative` given a word, not an id. */
const WRONG: Record<Recipe, { file: string; text: string }> = {
  react19: {
    file: 'wrong.tsx',
    text: `import type {} from 'buurtkit/react';\nexport const wrong = <buurt-phase-tracker initiative="een" />;\n`,
  },
  react18: {
    file: 'wrong.tsx',
    text: [
      "import { BuurtPhaseTracker } from './buurtkit.ts';",
      'export const wrong = <BuurtPhaseTracker initiative="een" />;',
    ].join('\n'),
  },
  vue3: {
    file: 'Wrong.vue',
    text: [
      '<script setup lang="ts">',
      "import type {} from 'buurtkit/vue';",
      '</script>',
      '<template><buurt-phase-tracker initiative="een" /></template>',
    ].join('\n'),
  },
};

let world: World;
const built = new Map<Recipe, string>();

before(async () => {
  world = await startWorld();
  for (const recipe of RECIPES) {
    const out = mkdtempSync(join(tmpdir(), `buurtkit-recipe-${recipe}-`));
    // The addresses a municipality sets when it builds the app (Vite reads VITE_* from the environment).
    process.env.VITE_BUURTKIT_API = `${world.api.url}/api/v1`;
    process.env.VITE_BUURTKIT_GEOCODER = world.geocoder;
    await build({
      root: dir(recipe),
      base: `/${recipe}/`,
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: true },
    });
    for (const name of readdirSync(join(out, 'assets'))) {
      const type = name.endsWith('.css') ? 'text/css' : 'text/javascript';
      world.asset(`/${recipe}/assets/${name}`, readFileSync(join(out, 'assets', name), 'utf8'), type);
    }
    built.set(recipe, world.page(`/${recipe}/`, { html: readFileSync(join(out, 'index.html'), 'utf8') }));
    rmSync(out, { recursive: true, force: true });
  }
});

describe('framework recipes', () => {
  for (const recipe of RECIPES) {
    test(`${recipe}: its types check, and a wrong type fails the check`, async () => {
      await run(checker(recipe), ['-p', dir(recipe)], { cwd: dir(recipe) });
      // The same app with one wrong line, in a copy beside it (the checker resolves packages from there).
      const copy = mkdtempSync(join(dir(recipe), '.tmp-typecheck-'));
      try {
        cpSync(join(dir(recipe), 'src'), join(copy, 'src'), { recursive: true });
        writeFileSync(join(copy, 'src', WRONG[recipe].file), WRONG[recipe].text);
        // `include` is resolved where it is written: the copy names its own.
        const include = ['src/**/*.ts', 'src/**/*.tsx', 'src/**/*.vue'];
        writeFileSync(join(copy, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', include }));
        const failed = await run(checker(recipe), ['-p', copy], { cwd: copy }).then(
          () => '',
          (e: { stdout: string }) => e.stdout,
        );
        assert.match(failed, new RegExp(`${WRONG[recipe].file}.*not assignable to type 'number'`));
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    });

    test(`${recipe}: attributes, properties and events reach the elements and back`, async () => {
      const tab = await world.open(built.get(recipe)!);
      const { page } = tab;
      const tracker = page.locator('buurt-phase-tracker');
      await tracker.locator('ol.phases').waitFor();
      // A property, not an attribute turned into a string: the element got the number.
      assert.equal(
        await tracker.evaluate((el) => typeof (el as unknown as { initiative: unknown }).initiative),
        'number',
      );
      assert.equal((await tracker.locator('[role=heading][aria-level="2"], h2').count()) > 0, true, 'heading level 2');
      const finder = page.locator('buurt-contact-finder');
      await finder.getByRole('button', { name: 'Zoek mijn contactpersoon' }).waitFor();
      // The app switches the language; the elements follow the attribute.
      await page.getByRole('button', { name: 'English' }).click();
      await finder.getByRole('button', { name: 'Find my contact person' }).waitFor();
      await tracker.locator('button[part~=follow]').waitFor();
      // An event into the app's state: the contact person found.
      await finder.locator('#postcode').fill('1353 AB');
      await finder.locator('#number').fill('12');
      await finder.locator('#number').press('Enter');
      await page.locator('#contact', { hasText: 'Sanne de Vries' }).waitFor();
      // And the tracker's event for statistics, after the API confirmed the follow request.
      await tracker.locator('button[part~=follow]').click();
      await tracker.locator('#follow-email').fill(`${recipe}@example.org`);
      await tracker.locator('#follow-email').press('Enter');
      await page.locator('#took-part', { hasText: 'follow' }).waitFor();
      assert.deepEqual(tab.errors, []);
    });
  }
});
