import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { OPTIONS, PDOK_GEOCODER, snippet, WIDGETS, type Choice } from './snippet.js';

const base: Choice = {
  widget: 'buurt-initiative-map',
  cdn: 'https://cdn.example/buurtkit/0.1.0',
  integrity: 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC',
  api: 'https://gemeente.example/api/v1/',
};

test('the script is pinned by version and hash, the element carries what the editor chose', () => {
  const s = snippet({ ...base, attributes: { center: '52.37,5.22', zoom: '12', lang: '', theme: undefined } });
  assert.equal(
    s.html,
    `<script type="module" src="https://cdn.example/buurtkit/0.1.0/buurtkit.js" integrity="${base.integrity}" ` +
      `crossorigin="anonymous"></script>
<buurt-initiative-map
  api="https://gemeente.example/api/v1"
  center="52.37,5.22"
  zoom="12"></buurt-initiative-map>
`,
  );
});

test('the policy names exactly what each widget reaches', () => {
  const policy = (c: Partial<Choice>) => Object.fromEntries(snippet({ ...base, ...c }).directives);
  assert.deepEqual(policy({}), {
    'default-src': ["'none'"],
    'script-src': ['https://cdn.example'],
    'connect-src': ['https://gemeente.example', new URL(PDOK_GEOCODER).origin],
    'img-src': ['https://gemeente.example', 'https://service.pdok.nl'],
    'base-uri': ["'none'"],
    'object-src': ["'none'"],
    'require-trusted-types-for': ["'script'"],
    'trusted-types': ['lit-html'],
  });
  const form = policy({
    widget: 'buurt-idea-form',
    attributes: { 'map-tiles': 'https://tiles.example/{z}/{x}/{y}.png', geocoder: 'https://geo.example/search' },
  });
  assert.deepEqual(form['img-src'], ['https://gemeente.example', 'https://tiles.example', 'data:']);
  assert.deepEqual(form['connect-src'], ['https://gemeente.example', 'https://geo.example']);
  assert.deepEqual(policy({ widget: 'buurt-contact-finder' })['img-src'], ['https://gemeente.example']);
  for (const widget of WIDGETS) assert.match(snippet({ ...base, widget }).csp, /^default-src 'none'; script-src /);
});

test('what an editor types cannot break out of the snippet or smuggle a script address', () => {
  const s = snippet({
    ...base,
    attributes: { 'idea-href': 'https://x.example/"><script>alert(1)</script>' },
    fallback: { href: 'https://gemeente.example/initiatieven', text: '<b>Alle</b> "initiatieven"' },
  });
  assert.ok(!s.html.includes('<script>alert'), s.html);
  assert.match(s.html, /idea-href="https:\/\/x\.example\/&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
  assert.match(s.html, /&lt;b&gt;Alle&lt;\/b&gt; &quot;initiatieven&quot;<\/a>/);
  assert.throws(() => snippet({ ...base, api: 'javascript:alert(1)' }), /api: only https/);
  assert.throws(() => snippet({ ...base, cdn: 'http://cdn.example/' }), /cdn: only https/);
  assert.throws(() => snippet({ ...base, fallback: { href: 'data:text/html,x', text: 'x' } }), /fallback/);
  assert.throws(() => snippet({ ...base, attributes: { 'on click': 'x' } }), /not an attribute/);
  assert.throws(() => snippet({ ...base, integrity: 'sha384-" onload="x' }), /integrity/);
  // On this machine, plain http is fine (the demo and the tests).
  assert.match(
    snippet({ ...base, api: 'http://127.0.0.1:8787/api/v1' }).csp,
    /connect-src http:\/\/127\.0\.0\.1:8787 /,
  );
});

test("every option an editor may set is one of the element's documented attributes", () => {
  const manifest = JSON.parse(readFileSync(new URL('../../../custom-elements.json', import.meta.url), 'utf8'));
  for (const widget of WIDGETS) {
    const element = manifest.modules
      .flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? [])
      .find((d: { tagName?: string }) => d.tagName === widget);
    const attributes = new Set([...element.attributes.map((a: { name: string }) => a.name), 'lang']);
    for (const option of OPTIONS[widget]) assert.ok(attributes.has(option), `${widget} has no attribute ${option}`);
  }
});

test('a static folder: its address as given, with static, and the policy names its origin', () => {
  const s = snippet({ ...base, api: 'https://www.gemeente.example/buurtkit/', static: true });
  assert.match(s.html, /\n {2}api="https:\/\/www\.gemeente\.example\/buurtkit\/"\n {2}static="static">/);
  const policy = Object.fromEntries(s.directives);
  assert.deepEqual(policy['connect-src'], ['https://www.gemeente.example', new URL(PDOK_GEOCODER).origin]);
  assert.deepEqual(policy['img-src'], ['https://www.gemeente.example', 'https://service.pdok.nl']);
  assert.doesNotMatch(snippet(base).html, /static/);
});
