import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@buurtkit/contact-finder/define';
import '@buurtkit/initiative-map/define';
import '@buurtkit/phase-tracker/define';
import type { ContactFinder } from '@buurtkit/contact-finder';
import type { InitiativeMap } from '@buurtkit/initiative-map';
import type { PhaseTracker } from '@buurtkit/phase-tracker';
import { until } from './helpers/until.ts';
// @ts-expect-error served by the test runner
import { API, API_BULK, GEOCODER, STATIC, TILES } from '/__buurtkit/env.js';

/**
 * A map across several municipalities' APIs (issue 20): the suite's live API, its static folder,
 * a second server (12,000 more, so more than one page of the download per member), one API that
 * answers 503 and one that answers only after 10 s (the test runner serves those two). Each
 * expectation is counted from the members themselves at the time of the test: other suites
 * change the live API.
 */
type Feature = {
  id: number;
  geometry: { coordinates: [number, number] };
  properties: { title: string; theme: string };
};

const SPAN = 1000;
const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const drawn = (el: InitiativeMap) => el.visibleItems.reduce((n, i) => n + i.count, 0);
// As the server has it now (other suites change it): never the browser's cached answer.
const fromApi = async (api: string, query = '') =>
  (await (await fetch(`${api}/initiatives?limit=5000${query}`, { cache: 'no-store' })).json()) as {
    features: Feature[];
    total: number;
  };
const fromFolder = async () => (await (await fetch(new URL('initiatives.json', STATIC))).json()).features as Feature[];
/**
 * What the list counts: each member's initiatives in the view the map last listed (the live API's
 * own count for the bbox it was asked, and the folder's points inside it), for a theme or all.
 */
async function inView(folder: Feature[], theme = '') {
  const listed = performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((u) => u.href.startsWith(`${API}/initiatives?`) && u.searchParams.has('bbox'));
  const bbox = listed.at(-1)!.searchParams.get('bbox')!;
  const [w, s, e, n] = bbox.split(',').map(Number) as [number, number, number, number];
  const live = (await fromApi(API, `&bbox=${bbox}${theme ? `&theme=${theme}` : ''}`)).total;
  const here = folder.filter(
    ({
      geometry: {
        coordinates: [lon, lat],
      },
      properties: p,
    }) => {
      return (!theme || p.theme === theme) && lon >= w && lon <= e && lat >= s && lat <= n;
    },
  );
  return live + here.length;
}
const countShows = (el: InitiativeMap, n: number) => q(el, '.count')!.textContent!.includes(`${n} initiatieven`);
/**
 * Waits until the count is what the members say for the view the map last listed. Counted anew
 * each time: the map may still move (and list again) after it has drawn everything.
 */
async function countAddsUp(el: InitiativeMap, folder: Feature[], theme = '') {
  let end = Date.now() + 8000;
  let expected = -1;
  let retried = false;
  while (Date.now() < end) {
    await el.updateComplete;
    expected = await inView(folder, theme);
    if (countShows(el, expected)) return;
    // Under CI load the suite's own API (served in the test runner's process) has missed its 4 s
    // once: the map then rightly names it unreachable and leaves it out. A resident asks again,
    // once, as this does; a member the map drops for any other reason still fails.
    const retry = q<HTMLButtonElement>(el, 'button.retry');
    if (retry && !retried) {
      retried = true;
      retry.click();
      end = Date.now() + 8000;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const unreachable = q(el, '.unavailable')?.textContent?.trim();
  throw new Error(`timed out waiting for the count of ${expected}: "${q(el, '.count')!.textContent!.trim()}"
    (unreachable: "${unreachable ?? ''}")`);
}

const place = (attributes: { region?: string; apis?: string }, errors: Event[] = []) =>
  fixture<InitiativeMap>(html`<buurt-initiative-map
    region=${attributes.region ?? ''}
    apis=${attributes.apis ?? ''}
    @buurt-error=${(e: Event) => errors.push(e)}
    tiles=${TILES}
    style="width:1100px"
  ></buurt-initiative-map>`);

describe('a map across several municipalities’ APIs', () => {
  before(async () => {
    // The counts are checked against the last bbox the map listed, read from resource timing:
    // room for every request of the file (250 by default, and the file's modules alone are ~180).
    performance.setResourceTimingBufferSize(10_000);
    await setViewport({ width: 1200, height: 900 });
  });

  it('one map and one list across a region file: counts add up, each named, opened from its own API', async () => {
    const [live, folder] = await Promise.all([fromApi(API), fromFolder()]);
    const el = await place({ region: '/__buurtkit/region.json?members=api,static' });
    el.scrollIntoView();
    const total = live.total + folder.length;
    await until(
      el,
      () => drawn(el) === total && qa(el, '.item').length === 20,
      () => `${total} drawn (${drawn(el)}) and the list`,
      12_000,
    );
    // The count is the view's, of both: each member's count for the view the list asked about.
    await countAddsUp(el, folder);
    expect(qa(el, '.unavailable li')).to.have.length(0, 'nothing is unreachable');
    // Each item is named by its municipality, and its id says which one it is of.
    const items = qa(el, '.item');
    for (const item of items) {
      const member = Number(item.dataset.id) % SPAN;
      expect(member).to.be.oneOf([0, 1]);
      expect(item.querySelector('.item-meta')!.textContent).to.contain(
        member === 0 ? 'Gemeente Almere' : 'Almere (statische map)',
      );
    }

    // A filter over all of them: the theme's initiatives of both.
    const theme = folder[0]!.properties.theme;
    const [liveTheme, folderTheme] = [
      (await fromApi(API, `&theme=${theme}`)).total,
      folder.filter((f) => f.properties.theme === theme).length,
    ];
    const select = q<HTMLSelectElement>(el, '#filter-theme')!;
    select.value = theme;
    select.dispatchEvent(new Event('change'));
    await until(
      el,
      () => drawn(el) === liveTheme + folderTheme && !q(el, '.skeleton'),
      () => `${liveTheme + folderTheme} of ${theme}, ${drawn(el)} drawn`,
    );
    await countAddsUp(el, folder, theme);

    // One of the folder's, opened by keyboard: its detail, its municipality and its tracker from its own folder.
    const item = qa(el, '.item').find((i) => Number(i.dataset.id) % SPAN === 1)!;
    const own = Math.floor(Number(item.dataset.id) / SPAN);
    item.focus();
    await sendKeys({ press: 'Enter' });
    const expected = folder.find((f) => f.id === own)!;
    await until(el, () => q(el, '#detail-title')?.textContent === expected.properties.title, 'the folder’s initiative');
    expect(q(el, '.detail')!.textContent).to.contain('Gemeente: Almere (statische map)');
    const tracker = q<PhaseTracker>(el, 'buurt-phase-tracker')!;
    expect(tracker.getAttribute('api')).to.equal(STATIC.replace(/\/+$/, ''));
    expect(tracker.hasAttribute('static')).to.equal(true);
    expect(tracker.getAttribute('initiative')).to.equal(String(own));
    await until(tracker, () => tracker.shadowRoot?.querySelector('[aria-current=step]'), 'the compact tracker');
  });

  it('an API that is down or slow is named in the list and never holds up the others', async () => {
    const live = await fromApi(API);
    const el = await place({ region: '/__buurtkit/region.json?members=down,api,slow' });
    el.scrollIntoView();
    // The slow one's 10 s answer is not waited for: each member has 4 s.
    await until(
      el,
      () => drawn(el) === live.total && qa(el, '.unavailable li').length === 2 && qa(el, '.item').length,
      () => `${live.total} drawn (${drawn(el)}), two named: "${q(el, '.unavailable')?.textContent}"`,
      9000,
    );
    const said = q(el, '.unavailable')!;
    expect(said.getAttribute('role')).to.equal('status');
    expect(said.textContent).to.contain('Gemeente Lelystad is nu niet bereikbaar');
    expect(said.textContent).to.contain('Gemeente Dronten is nu niet bereikbaar');
    expect(q(el, '.count')!.textContent).to.contain(String(live.total));
    expect(q(el, '[part=error]')).to.equal(null, 'no error for the whole map');
    // Asked again on request: the one that is down is asked anew, and still named.
    const asked = () =>
      performance.getEntriesByType('resource').filter((e) => e.name.includes('/__buurtkit/down/api/v1/')).length;
    const before = asked();
    const retry = q<HTMLButtonElement>(el, 'button.retry')!;
    expect(retry.textContent!.trim()).to.equal('Opnieuw proberen');
    retry.click();
    await until(el, () => asked() > before, 'the member that is down asked again');
    await until(
      el,
      () => qa(el, '.unavailable li').length === 2 && drawn(el) === live.total && qa(el, '.item').length,
      'both still named',
    );
    // The live API's initiatives are member 1 of this region, and open from it.
    const item = q(el, '.item')!;
    expect(Number(item.dataset.id) % SPAN).to.equal(1);
    item.click();
    await until(el, () => q(el, '#detail-title'), 'the detail');
    expect(q(el, 'buurt-phase-tracker')!.getAttribute('api')).to.equal(API);
  });

  it('takes a list of addresses, each member downloaded page after page', async () => {
    const [live, bulk] = await Promise.all([fromApi(API), fromApi(API_BULK)]);
    expect(bulk.total).to.be.greaterThan(5000, 'more than one page of the bulk server');
    const el = await place({ apis: `${API} ${API_BULK}` });
    el.scrollIntoView();
    await until(
      el,
      () => drawn(el) === live.total + bulk.total && q(el, '.item'),
      () => `${live.total + bulk.total} drawn (${drawn(el)})`,
      20_000,
    );
    // Named by the host of each address.
    const hosts = [new URL(API).host, new URL(API_BULK).host];
    for (const item of qa(el, '.item'))
      expect(item.querySelector('.item-meta')!.textContent).to.contain(hosts[Number(item.dataset.id) % SPAN]!);
  });

  it('a region file with an address that is not a web address shows an error and tells the page', async () => {
    const errors: Event[] = [];
    const el = await place({ region: '/__buurtkit/region.json?members=api,wrong' }, errors);
    el.scrollIntoView();
    await until(el, () => q(el, '[part=error]') && errors.length, 'the error state and buurt-error');
    const error = errors[0] as CustomEvent<{ error: Error }>;
    expect(error.detail.error.message).to.contain('municipalities[1].api: only http(s)');
    expect(drawn(el)).to.equal(0);
  });
});

describe('the contact finder in a region: the address’s own municipality answers', () => {
  // The finder remembers a typed address for the tab: the next suite's finder starts empty.
  afterEach(() => sessionStorage.clear());
  const finder = async (members: string) => {
    sessionStorage.clear();
    const el = await fixture<ContactFinder>(html`<buurt-contact-finder
      region=${`/__buurtkit/region.json?members=${members}`}
      geocoder=${GEOCODER}
    ></buurt-contact-finder>`);
    await el.msg.ready();
    return el;
  };
  const search = async (el: ContactFinder, postcode: string, number: string) => {
    q<HTMLInputElement>(el, '#postcode')!.focus();
    await sendKeys({ type: postcode });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: number });
    await sendKeys({ press: 'Enter' });
  };
  const mainName = (el: ContactFinder) => q(el, '[part=contact] [role=heading]')?.textContent;

  it('an Almere address asks Almere’s API, a Zwolle address Zwolle’s static folder', async () => {
    const almere = await finder('api,zwolle');
    await search(almere, '1353AB', '12');
    await until(almere, () => mainName(almere), 'Almere’s contact');
    expect(mainName(almere)).to.equal('Sanne de Vries');
    expect(q(almere, '[part=contact] img')!.getAttribute('src')).to.match(new RegExp(`^${new URL(API).origin}/`));

    // Zwolle's answer comes from its folder: the person the contact rule names for the wijk there.
    const expected = await (await fetch(`${API}/contacts?area=WK019322`, { cache: 'no-store' })).json();
    const zwolle = await finder('api,zwolle');
    await search(zwolle, '8043AB', '9');
    await until(zwolle, () => mainName(zwolle), 'Zwolle’s contact');
    expect(mainName(zwolle)).to.equal(expected.contacts[0].name);
    const photo = q(zwolle, '[part=contact] img')?.getAttribute('src');
    if (photo) expect(photo.startsWith(new URL(STATIC).origin)).to.equal(true, photo);
  });

  it('an address outside the region is said so, with where to look', async () => {
    const el = await finder('api,zwolle');
    await search(el, '2312DL', '100');
    await until(el, () => q(el, '.message'), 'the message');
    expect(q(el, '.message')!.textContent).to.contain(
      'Dit adres ligt in Leiden. Die gemeente hoort niet bij deze regio.',
    );
    expect(q(el, '[part=contact]')).to.equal(null);
  });
});
