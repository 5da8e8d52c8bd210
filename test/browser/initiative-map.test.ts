import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '@buurtkit/initiative-map/define';
import type { InitiativeMap } from '@buurtkit/initiative-map';
import { until } from './helpers/until.ts';
// @ts-expect-error served by the test runner
import { API, GEOCODER, STAFF_TOKEN, TILES } from '/__buurtkit/env.js';

type Feature = {
  id: number;
  geometry: { coordinates: [number, number] };
  properties: { title: string; theme: string; phase: string };
};

const get = async (path: string) => (await fetch(`${API}${path}`)).json();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const q = <T extends Element = HTMLElement>(el: InitiativeMap, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: InitiativeMap, s: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(s),
];

/** The map drawn, the list loaded, the count shown. */
async function ready(el: InitiativeMap) {
  // The map loads when it is about to be seen, like on a real page.
  el.scrollIntoView();
  await el.msg.ready();
  await until(
    el,
    () =>
      q(el, '.leaflet-container') &&
      el.visibleItems.length > 0 &&
      q(el, '.count')!.textContent!.trim() &&
      !q(el, '.skeleton'),
    'the map and list',
  );
  return el;
}

/** True when the canvas has a painted pixel at a point (CSS px in the map pane). */
function painted(el: InitiativeMap, x: number, y: number) {
  const canvas = q<HTMLCanvasElement>(el, 'canvas.markers')!;
  const dpr = devicePixelRatio;
  const [, , , alpha] = canvas.getContext('2d')!.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data;
  return alpha! > 0;
}

const mapAt = (center: string, zoom: number) =>
  html`<div style="width:1100px"><buurt-initiative-map api=${API} tiles=${TILES} geocoder=${GEOCODER} center=${center}
    zoom=${zoom}></buurt-initiative-map></div>`;

describe('<buurt-initiative-map>', () => {
  let all: Feature[];
  before(async () => {
    await setViewport({ width: 1200, height: 900 });
    all = (await get('/initiatives?limit=500')).features;
  });

  it('draws clusters and initiatives on a canvas, with counts that add up to the list', async () => {
    const el = (
      await fixture(
        html`<div style="width:1100px"><buurt-initiative-map api=${API} tiles=${TILES}></buurt-initiative-map></div>`,
      )
    ).firstElementChild as InitiativeMap;
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
    // Each keyboard button sits on its cluster, also after the map moved.
    const onTheirClusters = () => {
      const box = q(el, '.map')!.getBoundingClientRect();
      const clusters = el.visibleItems.filter((i) => i.count > 1);
      return qa(el, '.cluster-key').every((b, i) => {
        const r = b.getBoundingClientRect();
        return (
          Math.abs(r.left + r.width / 2 - (box.left + 2 + clusters[i]!.x)) < 1.5 &&
          Math.abs(r.top + r.height / 2 - (box.top + 2 + clusters[i]!.y)) < 1.5
        );
      });
    };
    expect(onTheirClusters()).to.equal(true);
    const pane = q(el, '.leaflet-map-pane')!;
    const before = pane.style.transform;
    q(el, '.leaflet-container')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await until(el, () => pane.style.transform !== before, 'the map to pan');
    await sleep(400);
    expect(onTheirClusters()).to.equal(true, 'buttons follow a pan');
  });

  it('clusters in a Web Worker, and the server clusters alike when asked to', async () => {
    performance.clearMarks('buurt-map:data-ready');
    const el = (
      await fixture(
        html`<div style="width:1100px"><buurt-initiative-map api=${API} tiles=${TILES}></buurt-initiative-map></div>`,
      )
    ).firstElementChild as InitiativeMap;
    await ready(el);
    const mark = performance.getEntriesByName('buurt-map:data-ready').at(-1) as PerformanceMark;
    expect(mark.detail).to.deep.equal({ count: all.length, clustering: 'worker' });
    const server = (
      await fixture(
        html`<div style="width:1100px"><buurt-initiative-map api=${API} tiles=${TILES}
          clustering="server"></buurt-initiative-map></div>`,
      )
    ).firstElementChild as InitiativeMap;
    await ready(server);
    expect(server.visibleItems.reduce((n, i) => n + i.count, 0)).to.equal(all.length);
  });

  it('filters by theme and phase and searches by text: map, list and count change together', async () => {
    const el = (
      await fixture(
        html`<div style="width:1100px"><buurt-initiative-map api=${API} tiles=${TILES}></buurt-initiative-map></div>`,
      )
    ).firstElementChild as InitiativeMap;
    await ready(el);
    const theme = all[0]!.properties.theme;
    const expected = all.filter((f) => f.properties.theme === theme);
    const select = q<HTMLSelectElement>(el, '#filter-theme')!;
    select.value = theme;
    const changed = oneEvent(el, 'buurt-filter-change');
    select.dispatchEvent(new Event('change'));
    expect((await changed).detail).to.deep.equal({ theme: [theme], phase: [], q: '' });
    const settled = (n: number) =>
      until(
        el,
        () =>
          el.visibleItems.reduce((k, i) => k + i.count, 0) === n &&
          qa(el, '.item').length === Math.min(20, n) &&
          !q(el, '.skeleton') &&
          q(el, '.count')!.textContent!.includes(`${n}`),
        `${n} results (now ${el.visibleItems.reduce((k, i) => k + i.count, 0)} drawn, ${
          qa(el, '.item').length
        } listed, "${q(el, '.count')!.textContent}")`,
      );
    await settled(expected.length);
    expect(
      qa(el, '.item')
        .map((i) => Number(i.dataset.id))
        .sort(),
    ).to.deep.equal(
      expected
        .map((f) => f.id)
        .slice(0, 20)
        .sort(),
    );
    // Text search on top of the theme, typed like a resident.
    const word = expected[0]!.properties.title
      .split(' ')
      .find((w) => w.length > 4)!
      .toLowerCase();
    const both = all.filter(
      (f) =>
        f.properties.theme === theme &&
        (f.properties.title.toLowerCase().includes(word) ||
          ((f.properties as { summary?: string }).summary ?? '').toLowerCase().includes(word)),
    );
    const fromApi = await get(`/initiatives?theme=${theme}&q=${encodeURIComponent(word)}`);
    q<HTMLInputElement>(el, '#search')!.focus();
    await sendKeys({ type: word });
    await settled(fromApi.total);
    expect(fromApi.total).to.be.at.least(both.length).and.at.least(1);
    // The phase filter narrows further; reset brings everything back.
    const phaseSelect = q<HTMLSelectElement>(el, '#filter-phase')!;
    const phase = expected[0]!.properties.phase;
    phaseSelect.value = phase;
    phaseSelect.dispatchEvent(new Event('change'));
    await settled((await get(`/initiatives?theme=${theme}&phase=${phase}&q=${encodeURIComponent(word)}`)).total);
    qa<HTMLButtonElement>(el, '.filters button')
      .find((b) => b.textContent!.includes('Filters wissen'))!
      .click();
    await settled(all.length);
  });

  it('takes presets from attributes: one theme is fixed, and the map shows only that theme', async () => {
    const theme = all[0]!.properties.theme;
    const el = (
      await fixture(
        html`<div style="width:1100px"><buurt-initiative-map api=${API} tiles=${TILES}
          theme=${theme}></buurt-initiative-map></div>`,
      )
    ).firstElementChild as InitiativeMap;
    await ready(el);
    const expected = all.filter((f) => f.properties.theme === theme).length;
    await until(el, () => el.visibleItems.reduce((k, i) => k + i.count, 0) === expected, 'only the preset theme');
    expect(q(el, '#filter-theme')).to.equal(null);
    expect(q(el, '.fixed')!.textContent).to.contain('Thema:');
  });

  it('opens an initiative from the list by keyboard alone; Escape closes it and focus returns', async () => {
    const el = (await fixture(mapAt('52.37,5.22', 12))).firstElementChild as InitiativeMap;
    await ready(el);
    q(el, '#list-heading')!.focus();
    await sendKeys({ press: 'Tab' });
    const first = el.shadowRoot!.activeElement as HTMLElement;
    expect(first.classList.contains('item')).to.equal(true);
    expect(first.getAttribute('aria-current')).to.equal('true', 'focus in the list highlights the marker');
    const id = Number(first.dataset.id);
    const selected = oneEvent(el, 'buurt-initiative-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal(id);
    await until(el, () => q(el, '.detail'), 'the detail');
    const detail = await get(`/initiatives/${id}`);
    expect(el.shadowRoot!.activeElement!.id).to.equal('detail-title');
    expect(q(el, '#detail-title')!.textContent).to.equal(detail.title);
    expect(q(el, '.detail')!.textContent).to.contain(detail.summary);
    // Where it stands: the compact phase tracker of the same initiative.
    const tracker = q(el, 'buurt-phase-tracker')!;
    expect(tracker.getAttribute('initiative')).to.equal(String(id));
    await until(el, () => tracker.shadowRoot?.querySelector('[aria-current=step]'), 'the compact tracker');
    await sendKeys({ press: 'Escape' });
    await until(el, () => !q(el, '.detail'), 'the detail to close');
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal(String(id));
  });

  it('opens a cluster with Enter and an initiative with a click on the map', async () => {
    const el = (await fixture(mapAt('52.37,5.22', 9))).firstElementChild as InitiativeMap;
    await ready(el);
    const key = q<HTMLButtonElement>(el, '.cluster-key')!;
    expect(key.getAttribute('aria-label')).to.match(/^\d+ initiatieven bij elkaar, inzoomen$/);
    const before = el.visibleItems.length;
    const count = el.visibleItems.find((i) => i.count > 1)!.count;
    key.focus();
    await sendKeys({ press: 'Enter' });
    await until(
      el,
      () => el.visibleItems.some((i) => i.count < count) && el.visibleItems.length !== before,
      'the cluster to open',
    );
    // Click a single initiative on the canvas, once the zoom has come to rest (under load the
    // animation runs late), and away from the edges, where the map's controls lie over it.
    const box = q(el, '.map')!.getBoundingClientRect();
    const clickable = () =>
      el.visibleItems.find(
        (i) => i.count === 1 && i.x > 60 && i.y > 60 && i.x < box.width - 60 && i.y < box.height - 60,
      );
    let last = '';
    let seen = 0;
    await until(
      el,
      () => {
        const single = clickable();
        const now = single ? `${single.id}@${single.x},${single.y}` : '';
        seen = now && now === last ? seen + 1 : 0;
        last = now;
        return seen >= 4;
      },
      'a single initiative at rest',
    );
    const point = clickable()!;
    const selected = oneEvent(el, 'buurt-initiative-select');
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + 2 + point.x), Math.round(box.top + 2 + point.y)],
    });
    const got = await Promise.race([selected, sleep(3000).then(() => null)]);
    expect(got, `no initiative opened by a click on ${JSON.stringify(point)}`).to.not.equal(null);
    expect(got!.detail.id).to.equal(point.id);
    await until(el, () => q(el, '.detail'), 'the detail');
  });

  it('restores an opened initiative from the address (deep link); Back closes it', async () => {
    const target = all[3]!;
    history.replaceState(null, '', `#initiatief-${target.id}`);
    try {
      const el = (
        await fixture(
          html`<div style="width:1100px"><buurt-initiative-map api=${API} tiles=${TILES}
            deep-link></buurt-initiative-map></div>`,
        )
      ).firstElementChild as InitiativeMap;
      await until(el, () => q(el, '#detail-title')?.textContent === target.properties.title, 'the linked initiative');
      // Opening another one gives it its own address; Back returns to the first.
      await until(el, () => el.visibleItems.length > 0, 'the map');
      await el.close();
      expect(location.hash).to.equal('');
      const other = all[5]!;
      await el.select(other.id);
      expect(location.hash).to.equal(`#initiatief-${other.id}`);
      history.back();
      await until(el, () => !q(el, '.detail'), 'Back to close the detail');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('renders correctly when a map created while hidden is shown', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:1100px" hidden><buurt-initiative-map api=${API} tiles=${TILES} center="52.37,5.22"
        zoom="12"></buurt-initiative-map></div>`,
    );
    const el = wrapper.firstElementChild as InitiativeMap;
    await sleep(400);
    expect(q(el, '.leaflet-container')).to.equal(null, 'Leaflet waits until the map is seen');
    wrapper.hidden = false;
    await ready(el);
    const box = q(el, '.map')!.getBoundingClientRect();
    const canvas = q<HTMLCanvasElement>(el, 'canvas.markers')!;
    expect(canvas.width).to.equal(Math.round((box.width - 4) * devicePixelRatio));
    await until(el, () => qa(el, '.leaflet-tile-loaded').length > 0, 'tiles');
    // Tiles cover the whole map, up to the far corner that a map sized while hidden would miss.
    const tiles = qa(el, '.leaflet-tile-loaded').map((t) => t.getBoundingClientRect());
    const covered = (x: number, y: number) =>
      tiles.some((t) => x >= t.left && x < t.right && y >= t.top && y < t.bottom);
    await until(
      el,
      () => covered(box.right - 10, box.bottom - 10) && covered(box.left + box.width / 2, box.top + box.height / 2),
      'tiles in every corner',
    );
    for (const item of el.visibleItems) expect(item.x).to.be.within(-30, box.width + 30);
    for (const item of el.visibleItems) expect(painted(el, item.x, item.y)).to.equal(true);
  });

  it('draws again after being moved to another place in the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><div style="width:1100px" id="a"><buurt-initiative-map api=${API} tiles=${TILES} center="52.37,5.22"
        zoom="10"></buurt-initiative-map></div><div style="width:900px" id="b"></div></div>`,
    );
    const el = wrapper.querySelector('buurt-initiative-map')!;
    await ready(el);
    const count = el.visibleItems.reduce((n, i) => n + i.count, 0);
    wrapper.querySelector('#b')!.append(el);
    el.scrollIntoView();
    // Moving closes the map (disconnect); it opens again in the new place, with tiles and markers.
    await until(
      el,
      () => qa(el, '.leaflet-tile-loaded').length > 0 && el.visibleItems.reduce((n, i) => n + i.count, 0) === count,
      'the map again',
    );
    const canvas = q<HTMLCanvasElement>(el, 'canvas.markers')!;
    expect(canvas.width).to.equal(Math.round((q(el, '.map')!.getBoundingClientRect().width - 4) * devicePixelRatio));
  });

  it('renders an XSS payload in a title as text: marker label, list and detail', async () => {
    const payload = '<img src=x onerror="window.__mapXss=1"><script>window.__mapXss=2</script>';
    const { token } = await get('/ideas/form-token');
    const receipt = await (
      await fetch(`${API}/ideas`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          title: 'Bankjes',
          description: 'Bankjes aan het water voor iedereen.',
          theme: 'jeugd',
          location: { lat: 52.3702, lon: 5.2141 },
          contact: { name: 'Test Bewoner', email: 'test@example.org' },
          formToken: token,
        }),
      })
    ).json();
    const published = await (
      await fetch(`${API}/staff/ideas/${receipt.id}/publish`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${STAFF_TOKEN}` },
        body: JSON.stringify({
          title: payload,
          summary: payload,
          description: 'Bankjes aan het water.',
          phaseModel: 'burgerinitiatief',
          role: 'faciliteren',
        }),
      })
    ).json();
    expect(published.id, JSON.stringify(published)).to.be.a('number');
    const el = (await fixture(mapAt('52.3702,5.2141', 18))).firstElementChild as InitiativeMap;
    await ready(el);
    await until(el, () => el.visibleItems.some((i) => i.id === published.id), 'the new initiative on the map');
    const item = q(el, `.item[data-id="${published.id}"]`)!;
    expect(item.querySelector('.item-title')!.textContent).to.equal(payload);
    // Hovering the marker shows its title as a label.
    const point = el.visibleItems.find((i) => i.id === published.id)!;
    const box = q(el, '.map')!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + 2 + point.x), Math.round(box.top + 2 + point.y)],
    });
    await until(el, () => q(el, '.marker-label')?.textContent === payload, 'the marker label');
    item.click();
    await until(el, () => q(el, '#detail-title')?.textContent === payload, 'the detail');
    expect(q(el, '.summary')!.textContent).to.equal(payload);
    // Tiles are the only images; nothing the payload asked for exists.
    expect(el.shadowRoot!.querySelectorAll('script, [onerror], img:not(.leaflet-tile)').length).to.equal(0);
    await sleep(100);
    expect((window as { __mapXss?: number }).__mapXss).to.equal(undefined);
  });

  it('is axe-clean in the default, filtered, detail, empty and error states', async () => {
    const el = (await fixture(mapAt('52.37,5.22', 11))).firstElementChild as InitiativeMap;
    await ready(el);
    await expect(el).to.be.accessible();
    const select = q<HTMLSelectElement>(el, '#filter-theme')!;
    select.value = all[0]!.properties.theme;
    select.dispatchEvent(new Event('change'));
    await until(el, () => q(el, '.filters .button'), 'the reset button');
    await ready(el);
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '.item')!.click();
    await until(
      el,
      () => q(el, '.detail') && q(el, 'buurt-phase-tracker')?.shadowRoot?.querySelector('[aria-current=step]'),
      'the detail',
    );
    await expect(el).to.be.accessible();
    await el.close();
    q<HTMLInputElement>(el, '#search')!.focus();
    await sendKeys({ type: 'zzqqxxnietsvinden' });
    // List and map answer separately: wait for both to show nothing.
    await until(el, () => q(el, '.empty') && el.visibleItems.length === 0, 'the empty state on list and map');
    expect(q(el, '.count')!.textContent).to.contain('Geen initiatieven');
    await expect(el).to.be.accessible();
    const down = (
      await fixture(
        html`<div style="width:1100px"><buurt-initiative-map api="http://127.0.0.1:9/api/v1"
          tiles=${TILES}></buurt-initiative-map></div>`,
      )
    ).firstElementChild as InitiativeMap;
    const failed = oneEvent(down, 'buurt-error');
    expect((await failed).detail.kind).to.equal('network');
    await until(down, () => q(down, '[part=error]'), 'the error');
    expect(q(down, '[part=error]')!.textContent).to.contain('internetverbinding');
    expect(q(down, '[part=retry]')).to.not.equal(null);
    await expect(down).to.be.accessible();
  });

  it('retries after a malformed answer', async () => {
    const realFetch = window.fetch;
    let broken = true;
    window.fetch = async (input, init) =>
      broken && String(input).includes('/themes')
        ? new Response('{"items": 12}', { headers: { 'Content-Type': 'application/json' } })
        : realFetch(input, init);
    try {
      const el = (await fixture(mapAt('52.37,5.22', 11))).firstElementChild as InitiativeMap;
      await until(el, () => q(el, '[part=retry]'), 'the error state');
      expect(q(el, '[part=error]')!.textContent).to.contain('niet begrijpen');
      broken = false;
      q<HTMLButtonElement>(el, '[part=retry]')!.click();
      await ready(el);
      expect(q(el, '[part=error]')).to.equal(null);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('speaks English and Frisian, following the nearest lang', async () => {
    for (const [lang, title, count] of [
      ['en', 'Initiatives in the neighbourhood', 'initiatives in this part of the map'],
      ['fy', 'Inisjativen yn de buert', 'inisjativen yn dit diel fan de kaart'],
    ]) {
      const el = (
        await fixture(
          html`<div lang=${lang} style="width:1100px"><buurt-initiative-map api=${API} tiles=${TILES}
            center="52.37,5.22" zoom="9"></buurt-initiative-map></div>`,
        )
      ).firstElementChild as InitiativeMap;
      await ready(el);
      await until(
        el,
        () => q(el, '#map-title')!.textContent === title && q(el, '.count')!.textContent!.includes(count!),
        `${lang} texts`,
      );
      expect(q(el, '.leaflet-container')!.getAttribute('aria-label')).to.not.contain('Kaart met');
      await expect(el).to.be.accessible();
    }
  });

  it('on a phone, map and list take turns behind a clear toggle', async () => {
    const el = (
      await fixture(
        html`<div style="width:360px"><buurt-initiative-map api=${API} tiles=${TILES} center="52.37,5.22"
          zoom="11"></buurt-initiative-map></div>`,
      )
    ).firstElementChild as InitiativeMap;
    await ready(el);
    await until(el, () => q(el, '.toggle'), 'the toggle');
    const [mapButton, listButton] = qa<HTMLButtonElement>(el, '.toggle button');
    expect(mapButton!.getAttribute('aria-pressed')).to.equal('true');
    expect(q(el, '.side')!.hidden).to.equal(true);
    listButton!.click();
    await el.updateComplete;
    expect(q(el, '.map-pane')!.hidden).to.equal(true);
    expect(qa(el, '.item').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('leaves the wheel to the page until the map is focused (or Ctrl is held), with a hint', async () => {
    const el = (await fixture(mapAt('52.37,5.22', 11))).firstElementChild as InitiativeMap;
    await ready(el);
    const container = q(el, '.leaflet-container')!;
    const box = container.getBoundingClientRect();
    const zoomOf = () =>
      qa(el, '.leaflet-tile-container').length &&
      Number(
        container.querySelector<HTMLImageElement>('.leaflet-tile-container:last-of-type img')?.src.split('/').at(-3),
      );
    const before = zoomOf();
    const wheel = (ctrlKey: boolean) =>
      container.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -120,
          ctrlKey,
          clientX: box.left + 100,
          clientY: box.top + 100,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
    expect(wheel(false)).to.equal(true, 'the page keeps its scroll');
    await until(el, () => q(el, '.hint')!.textContent!.includes('Ctrl'), 'the hint');
    expect(zoomOf()).to.equal(before);
    expect(wheel(true)).to.equal(false, 'Ctrl + wheel zooms the map instead of the page');
    await until(el, () => zoomOf() === Number(before) + 1, 'the map to zoom');
  });

  it('goes near me (on request only), to a postcode, shows districts, and calls to start an initiative', async () => {
    const geo = navigator.geolocation;
    let asked = 0;
    // No GPS in a test browser: the position is given, the request is real.
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (ok: PositionCallback) => {
          asked++;
          ok({ coords: { latitude: 52.157, longitude: 4.493 } } as GeolocationPosition);
        },
      },
    });
    try {
      const el = (await fixture(mapAt('52.37,5.22', 11))).querySelector('buurt-initiative-map')!;
      await ready(el);
      expect(asked).to.equal(0, 'no location without a request');
      qa<HTMLButtonElement>(el, '.tools button')
        .find((b) => b.textContent!.includes('bij mij'))!
        .click();
      expect(asked).to.equal(1);
      await until(
        el,
        () => qa(el, '.item').some((i) => /Leiden|Singelpark/.test(i.textContent!)) || el.visibleItems.length === 0,
        'the map near Leiden',
      );
      // Postcode: wrong, unknown, right.
      const input = q<HTMLInputElement>(el, '#postcode')!;
      const go = () => q<HTMLFormElement>(el, 'form.postcode')!.requestSubmit();
      input.focus();
      await sendKeys({ type: '12' });
      go();
      await until(el, () => q(el, '#postcode-error'), 'the postcode error');
      expect(el.shadowRoot!.activeElement).to.equal(input);
      // Cleared as deleting does (an input event): a silent `value = ''` is undone by the field's
      // live() binding when the map re-renders before the first key (it still lists near Leiden).
      const clear = () => {
        input.value = '';
        input.dispatchEvent(new Event('input'));
      };
      clear();
      await sendKeys({ type: '9999 ZZ' });
      go();
      await until(
        el,
        () => q(el, '#postcode-error')?.textContent?.includes('9999 ZZ'),
        () => `unknown postcode (field: "${input.value}", error: "${q(el, '#postcode-error')?.textContent?.trim()}")`,
      );
      clear();
      await sendKeys({ type: '8012 dg' });
      go();
      await until(el, () => q(el, '.notice')!.textContent!.includes('8012DG'), 'the postcode found');
      await until(el, () => qa(el, '.item').length > 0 && !q(el, '.skeleton'), 'Zwolle');
      // District boundaries as an outline layer.
      q<HTMLInputElement>(el, '.check input')!.click();
      await until(el, () => qa(el, 'path.map-outline').length > 0, 'the outlines');
      expect(q(el, '.cta')).to.equal(null, 'no call to action without a link or a form');
    } finally {
      Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geo });
    }
    const linked = (
      await fixture(
        html`<div style="width:1100px"><buurt-initiative-map api=${API} tiles=${TILES}
          idea-href="/doe-mee"></buurt-initiative-map></div>`,
      )
    ).firstElementChild as InitiativeMap;
    await ready(linked);
    expect(q<HTMLAnchorElement>(linked, 'a.cta')!.getAttribute('href')).to.equal(
      new URL('/doe-mee', location.href).href,
    );
    const hostile = (
      await fixture(
        html`<div style="width:1100px"><buurt-initiative-map api=${API} tiles=${TILES}
          idea-href="javascript:alert(1)"></buurt-initiative-map></div>`,
      )
    ).firstElementChild as InitiativeMap;
    await ready(hostile);
    expect(q(hostile, '.cta')).to.equal(null, 'a script URL never becomes a link');
  });
});
