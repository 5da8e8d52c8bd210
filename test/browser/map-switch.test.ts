import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@buurtkit/initiative-map/define';
import type { InitiativeMap } from '@buurtkit/initiative-map';
import { until } from './helpers/until.ts';
// @ts-expect-error served by the test runner
import { API_BULK, TILES } from '/__buurtkit/env.js';

const q = <T extends Element = HTMLElement>(el: InitiativeMap, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = (el: InitiativeMap, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const marks = (name: string) => performance.getEntriesByName(name).length;
/**
 * What is on screen: clusters and points inside the map's box. (Beyond it, in the margin both
 * fetch ahead, a point within a metre of the margin's edge may fall either side: the server is
 * asked with a rounded bbox, the map's index holds coordinates to 1e-5 degrees.)
 */
const drawn = (el: InitiativeMap) => {
  const box = el.shadowRoot!.querySelector('.leaflet-container')!.getBoundingClientRect();
  return el.visibleItems
    .filter((i) => i.x >= 0 && i.y >= 0 && i.x <= box.width && i.y <= box.height)
    .map((i) => `${Math.round(i.x)},${Math.round(i.y)}:${i.count}`)
    .sort();
};

describe('<buurt-initiative-map> with more initiatives than one download page', () => {
  let realFetch: typeof fetch;
  before(() => setViewport({ width: 1200, height: 900 }));
  beforeEach(() => (realFetch = window.fetch));
  afterEach(() => (window.fetch = realFetch));

  it("shows the server's clusters at once, then its own index: same clusters, detail and list kept", async () => {
    // The rest of the download waits until the resident has opened an initiative from the list.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let waiting = 0;
    window.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.searchParams.get('format') === 'columns' && url.searchParams.get('offset') !== '0') {
        waiting++;
        await held;
      }
      return realFetch(input, init);
    };
    performance.clearMarks();
    const el = (
      await fixture(
        html`<div style="width:1100px"><buurt-initiative-map api=${API_BULK} tiles=${TILES} center="52.37,5.22"
          zoom="9"></buurt-initiative-map></div>`,
      )
    ).firstElementChild as InitiativeMap;
    el.scrollIntoView();
    await el.msg.ready();
    await until(el, () => el.visibleItems.length > 0 && qa(el, '.item').length > 0, 'the first clusters and the list');
    expect(marks('buurt-map:provisional')).to.equal(1, 'server clusters first');
    expect(marks('buurt-map:data-ready')).to.equal(0, 'the download is still under way');
    expect(waiting).to.be.greaterThan(0);
    expect(
      drawn(el).some((d) => !d.endsWith(':1')),
      'clusters, not only single points',
    ).to.equal(true);

    const itemsBefore = qa(el, '.item').map((i) => i.dataset.id);
    const item = qa(el, '.item')[0]!;
    item.click();
    await until(el, () => q(el, '#detail-title'), 'the detail');
    const title = q(el, '#detail-title')!.textContent;
    // What the server's clusters show with the initiative open (its marker is drawn emphasised).
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const fromServer = drawn(el);
    expect(marks('buurt-map:own-index')).to.equal(0, 'still the server clusters');

    release();
    await until(el, () => marks('buurt-map:own-index') === 1, 'the whole download, indexed');
    const tookOver = performance.getEntriesByName('buurt-map:own-index')[0]!.startTime;
    await until(
      el,
      () => performance.getEntriesByName('buurt-map:drawn').some((m) => m.startTime > tookOver),
      'a frame drawn from its own index',
    );
    expect(drawn(el)).to.deep.equal(fromServer, 'the same clusters in the same places: no flash, no jump');
    expect(q(el, '#detail-title')?.textContent, 'the detail stays open').to.equal(title);
    q<HTMLButtonElement>(el, '.detail button.back')!.click();
    await until(el, () => !q(el, '.detail') && qa(el, '.item').length > 0, 'the list again');
    expect(qa(el, '.item').map((i) => i.dataset.id)).to.deep.equal(itemsBefore, 'the list as it was');
  });
});
