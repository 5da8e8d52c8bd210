// The WordPress recipe against WordPress's own code: what kses (the filter for editors
// without unfiltered_html) does to the configurator's snippet, and how the recipe's plugin
// (demo/recipes/wordpress/buurtkit.php) gets the elements through, run by PHP.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { before, test } from 'node:test';
import { OPTIONS, snippet, WIDGETS } from '../../packages/configurator/src/snippet.ts';
// @ts-expect-error plain ESM helper
import { ensureWordpress } from '../../packages/devtools/src/wordpress.mjs';

const root = new URL('../../', import.meta.url).pathname;
const PLUGIN = `${root}demo/recipes/wordpress/buurtkit.php`;
let wordpress: string;

before(() => {
  wordpress = ensureWordpress();
});

type Step = ['kses' | 'shortcode', string] | ['script-tag', string, string] | ['elements'];
function php(plugin: boolean, steps: Step[]): unknown[] {
  const input = JSON.stringify({ wordpress, plugin: plugin ? PLUGIN : null, steps });
  return JSON.parse(execFileSync('php', [`${root}test/node/wordpress/run.php`], { input, encoding: 'utf8' }));
}

const INTEGRITY = 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC';
const pasted = snippet({
  widget: 'buurt-phase-tracker',
  cdn: 'https://cdn.example/buurtkit/0.1.0/',
  integrity: INTEGRITY,
  api: 'https://gemeente.example/api/v1',
  attributes: { initiative: '12', lang: 'en' },
  fallback: { href: 'https://gemeente.example/initiatieven', text: 'Naar de initiatieven' },
}).html;

test("without the plugin, kses strips the snippet's script and element, and the iframe; the link stays", () => {
  const [saved] = php(false, [['kses', `${pasted}<iframe src="https://gemeente.example/embed/x" title="t"></iframe>`]]);
  assert.doesNotMatch(saved as string, /<script|<buurt-|<iframe/);
  assert.match(saved as string, /<a href="https:\/\/gemeente\.example\/initiatieven">Naar de initiatieven<\/a>/);
});

test('with the plugin, the element and its known attributes survive kses; scripts and handlers still do not', () => {
  const [saved] = php(true, [
    ['kses', `${pasted.replace('initiative="12"', 'initiative="12" onclick="alert(1)" style="color:red"')}`],
  ]);
  assert.match(
    saved as string,
    /<buurt-phase-tracker\s+api="https:\/\/gemeente\.example\/api\/v1"\s+initiative="12"\s+lang="en">/,
  );
  assert.doesNotMatch(saved as string, /<script|onclick|style=/);
});

test('the shortcode writes the element with its known attributes, escaped, and nothing for other tags', () => {
  const [tracker, script, quoted] = php(true, [
    ['shortcode', '[buurtkit widget="buurt-phase-tracker" initiative="12" lang="en" onload="x()"]'],
    ['shortcode', '[buurtkit widget="script" src="https://evil.example/x.js"]'],
    ['shortcode', '[buurtkit widget="buurt-contact-finder" municipality=\'GM0034"><script>\']'],
  ]);
  assert.equal(
    tracker,
    '<buurt-phase-tracker api="https://gemeente.example/api/v1" lang="en" initiative="12"></buurt-phase-tracker>',
  );
  assert.equal(script, '');
  assert.doesNotMatch(quoted as string, /<script/);
  assert.match(quoted as string, /municipality="GM0034&quot;&gt;&lt;script&gt;"/);
});

test('the bundle is loaded as a module with its integrity hash', () => {
  const [tag] = php(true, [['script-tag', 'https://cdn.example/buurtkit/0.1.0/buurtkit.js', INTEGRITY]]);
  assert.equal(
    tag,
    `<script type="module" src="https://cdn.example/buurtkit/0.1.0/buurtkit.js" integrity="${INTEGRITY}" ` +
      'crossorigin="anonymous"></script>\n',
  );
});

test("the plugin's attribute lists are the configurator's options (they cannot drift apart)", () => {
  const [elements] = php(true, [['elements']]) as [Record<string, string[]>];
  assert.deepEqual(Object.keys(elements).sort(), [...WIDGETS].sort());
  for (const widget of WIDGETS) assert.deepEqual([...elements[widget]!].sort(), ['api', ...OPTIONS[widget]].sort());
});
