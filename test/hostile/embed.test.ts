// The iframe fallback, for CMSs that strip scripts: /embed/{widget} on the API's origin shows
// the widget under its own strict policy, tells the host page its height, and refuses to be
// framed by a site the municipality did not list.
import assert from 'node:assert/strict';
import { afterEach, before, describe, test } from 'node:test';
import { iframeSnippet, WIDGETS, type Widget } from '../../packages/configurator/src/snippet.ts';
import { startWorld, type Tab, type World } from './harness.ts';

let world: World;
const opened: Tab[] = [];
before(async () => {
  world = await startWorld();
});
// Each tab's context closed as its test ends: a frame's request still in flight would
// otherwise hold the API server's close (which waits for it) until the browser goes.
afterEach(async () => {
  for (const tab of opened.splice(0)) await tab.page.context().close();
});
const open = async (url: string) => {
  const tab = await world.open(url);
  opened.push(tab);
  return tab;
};

const options: Record<Widget, Record<string, string>> = {
  'buurt-initiative-map': { center: '52.37,5.22', zoom: '12' },
  'buurt-idea-form': {},
  'buurt-phase-tracker': { initiative: '1' },
  'buurt-contact-finder': { municipality: 'GM0034' },
};
const rendered: Record<string, string> = {
  'buurt-initiative-map': '.leaflet-container',
  'buurt-idea-form': '#title',
  'buurt-phase-tracker': 'ol.phases',
  'buurt-contact-finder': '#postcode',
};

/**
 * A host page with the configurator's iframe snippet, served with exactly the policy it lists
 * (and `default-src 'none'`: no inline style, so the frame's size comes from resize.js alone).
 */
function hostPage(path: string, widget: Widget, origin = world.site) {
  const tiles = `${world.site}/tiles/{z}/{x}/{y}.png`;
  const s = iframeSnippet({
    widget,
    api: `${world.api.url}/api/v1`,
    title: 'Buurtkit',
    attributes: { ...options[widget], tiles, 'map-tiles': tiles, geocoder: world.geocoder },
  });
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title></head><body><main>
${s.html.replace('<iframe ', '<iframe id="frame" ')}</main></body></html>`;
  const url = world.page(path, { html, headers: { 'Content-Security-Policy': `default-src 'none'; ${s.csp}` } });
  return origin === world.site ? url : url.replace(world.site, origin);
}

describe('the iframe embed page', () => {
  for (const widget of WIDGETS)
    test(`${widget}: renders in its frame under the embed page's policy and sizes the frame to it`, async () => {
      const tab = await open(hostPage(`/embed-${widget}`, widget));
      const frame = tab.page.frameLocator('#frame');
      await frame.locator(`${widget} ${rendered[widget]}`).first().waitFor({ state: 'attached' });
      await tab.page.waitForFunction(() => document.querySelector<HTMLIFrameElement>('#frame')!.offsetHeight > 250);
      const style = await tab.page.evaluate(() => {
        const frame = document.querySelector<HTMLIFrameElement>('#frame')!;
        return { height: frame.style.height, width: frame.offsetWidth, page: document.body.offsetWidth };
      });
      assert.match(style.height, /^\d+px$/, 'the height came from the frame');
      assert.equal(style.width, style.page, 'full width, set by resize.js');
      assert.deepEqual(tab.errors, [], 'no violation or error in page or frame');
    });

  test('links open in the host page, and the page has the title the iframe should repeat', async () => {
    const res = await fetch(
      `${world.api.url}/embed/buurt-phase-tracker?initiative=1&onload=alert(1)&api=https://evil.example`,
    );
    const html = await res.text();
    assert.match(html, /<base target="_parent">/);
    assert.match(html, /<title>Waar staat het initiatief\?<\/title>/);
    assert.ok(!html.includes('onload') && !html.includes('evil.example'), 'only known options, and the API is its own');
    const csp = res.headers.get('content-security-policy')!;
    assert.match(csp, new RegExp(`frame-ancestors ${world.site}(;|$)`));
    assert.match(csp, /default-src 'none'/);
    assert.equal((await fetch(`${world.api.url}/embed/buurt-staff-desk`)).status, 404, 'not the staff desk');
    assert.equal((await fetch(`${world.api.url}/embed/assets/..%2F..%2Fpackage.json`)).status, 404);
  });

  test('a site the municipality did not list cannot frame it', async () => {
    const port = new URL(world.site).port;
    const tab = await open(hostPage('/embed-elsewhere', 'buurt-phase-tracker', `http://localhost:${port}`));
    await tab.page.waitForTimeout(1500);
    assert.equal(await tab.page.frameLocator('#frame').locator('buurt-phase-tracker').count(), 0);
    assert.ok(
      tab.errors.some((e) => /frame-ancestors|Refused to frame/i.test(e)),
      tab.errors.join(' | '),
    );
  });
});
