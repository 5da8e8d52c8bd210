import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@buurtkit/initiative-map/define';
import type { InitiativeMap } from '@buurtkit/initiative-map';
// @ts-expect-error served by the test runner
import { API, GEOCODER, STAFF_TOKEN, TILES } from '/__buurtkit/env.js';

type Feature = { id: number; geometry: { coordinates: [number, number] }; properties: { title: string; theme: string; phase: string } };

const get = async (path: string) => (await fetch(`${API}${path}`)).json();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const q = <T extends Element = HTMLElement>(el: InitiativeMap, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: InitiativeMap, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];

/** Waits for a condition on the element, re-checking after each frame. */
async function until(el: InitiativeMap, check: () => unknown, what: string, ms = 8000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await el.updateComplete;
    if (check()) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The map drawn, the list loaded, the count shown. */
async function ready(el: InitiativeMap) {
  await el.msg.ready();
  await until(el, () => q(el, '.leaflet-container') && el.visibleItems.length > 0 && q(el, '.count')!.textContent!.trim() && !q(el, '.skeleton'), 'the map and list');
  return el;
}

/** True when the canvas has a painted pixel at a point (CSS px in the map pane). */
function painted(el: InitiativeMap, x: number, y: number) {
  const canvas = q<HTMLCanvasElement>(el, 'canvas.markers')!;
  const dpr = devicePixelRatio;
  const [, , , alpha] = canvas.getContext('2d')!.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data;
  return alpha! > 0;
}

const mapAt = (center: string, zoom: number, extra = html``) =>
  html`<div style="width:1100px">${extra}<buurt-initiative-map api=${API} tiles=${TILES} geocoder=${GEOCODER} center=${center} zoom=${zoom}></buurt-initiative-map></div>`;

describe('<buurt-initiative-map>', () => {
  let all: Feature[];
  before(async () => {
    await setViewport({ width: 1200, height: 900 });
    all = (await get('/initiatives?limit=500')).features;
  });

  it('draws clusters and initiatives on a canvas, with counts that add up to the list', async () => {
    const el = (await fixture(html`<div style="width:1100px"><buurt-initiative-map api=${API} tiles=${TILES}></buurt-initiative-map></div>`)).firstElementChild as InitiativeMap;
    await ready(el);
    // Fitted to all initiatives: every published one is somewhere on the map, once.
    const drawn = el.visibleItems;
    expect(drawn.reduce((n, i) => n + i.count, 0)).to.equal(all.length);
    expect(drawn.some((i) => i.count > 1)).to.equal(true, 'clusters where they are dense');
    for (const item of drawn) expect(painted(el, item.x, item.y)).to.equal(true, `painted at ${item.x},${item.y}`);
    // One canvas, not a DOM node per point; a button per visible cluster for the keyboard.
    expect(qa(el, '.leaflet-marker-icon')).to.have.length(0);
    expect(qa(el, '.cluster-key')).to.have.length(drawn.filter((i) => i.count > 1).length);
    expect(q(el, '.count')!.textContent).to.contain(`${all.length} initiatieven`);
  });
});
