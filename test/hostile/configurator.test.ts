// The configurator's snippets on the pages they are meant for: each widget's snippet pasted
// into a blank page that is served with exactly the policy the configurator lists, the script
// checked by its Subresource Integrity hash, and the same snippet refused from a CDN that
// changed a byte.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { snippet, WIDGETS, type Widget } from '../../packages/configurator/src/snippet.ts';
// @ts-expect-error plain ESM helper
import { sri } from '../../packages/devtools/src/cdn.mjs';
import { buildBundle, startWorld, type World } from './harness.ts';

let world: World;
let integrity: string;

before(async () => {
  world = await startWorld();
  integrity = sri(readFileSync(join(await buildBundle(), 'buurtkit.js')));
});

/** What an editor would choose for each widget on this machine (tiles from the site itself). */
const choices = (): Record<Widget, Record<string, string>> => {
  const tiles = `${world.site}/tiles/{z}/{x}/{y}.png`;
  return {
    'buurt-initiative-map': { tiles, center: '52.37,5.22', zoom: '12', geocoder: world.geocoder },
    'buurt-idea-form': { 'map-tiles': tiles, geocoder: world.geocoder },
    'buurt-phase-tracker': { initiative: '1', geocoder: world.geocoder },
    'buurt-contact-finder': { municipality: 'GM0034', geocoder: world.geocoder },
  };
};

/** A blank page with nothing but the snippet, served with the snippet's policy. */
function blankPage(path: string, widget: Widget, cdn: string) {
  const s = snippet({
    widget,
    cdn,
    integrity,
    api: `${world.api.url}/api/v1`,
    attributes: choices()[widget],
    fallback: { href: `${world.site}/initiatieven`, text: 'Naar de initiatieven' },
  });
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Blanco</title></head>
<body>${s.html}</body></html>`;
  return { url: world.page(path, { html, headers: { 'Content-Security-Policy': s.csp } }), csp: s.csp };
}

/** Rendered: the shadow root shows its first real content. */
const rendered = (widget: Widget) =>
  ({
    'buurt-initiative-map': '.leaflet-tile-loaded',
    'buurt-idea-form': '#theme option:nth-child(3)',
    'buurt-phase-tracker': 'ol.phases',
    'buurt-contact-finder': '#postcode',
  })[widget];

describe("the configurator's snippets", () => {
  for (const widget of WIDGETS)
    test(`${widget}: renders on a blank page with exactly the listed policy, not one violation`, async () => {
      const { url } = blankPage(`/snippet-${widget}`, widget, `${world.cdn}/a/`);
      const tab = await world.open(url);
      await tab.page
        .locator(`${widget} ${rendered(widget)}`)
        .first()
        .waitFor({ state: 'attached' });
      // Lazy chunks and the first API answers have had their turn too.
      await tab.page.waitForTimeout(500);
      assert.deepEqual(tab.errors, [], 'no CSP violation, SRI failure or other error on the console');
      assert.equal(await tab.page.getByRole('link', { name: 'Naar de initiatieven' }).count(), 0, 'fallback gone');
    });

  test('a changed byte in the bundle: the browser refuses it, the fallback link stays', async () => {
    const { url } = blankPage('/snippet-tampered', 'buurt-phase-tracker', `${world.cdn}/tampered/`);
    const tab = await world.open(url);
    await tab.page.waitForTimeout(500);
    assert.equal(await tab.page.evaluate(() => customElements.get('buurt-phase-tracker')), undefined);
    assert.ok(
      tab.errors.some((e) => /integrity/i.test(e)),
      `the console names the integrity check: ${tab.errors.join(' | ')}`,
    );
    assert.ok(await tab.page.getByRole('link', { name: 'Naar de initiatieven' }).isVisible());
  });
});
