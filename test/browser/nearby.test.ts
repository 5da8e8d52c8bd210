import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@buurtkit/initiative-map/define';
import '@buurtkit/phase-tracker/define';
import type { InitiativeMap } from '@buurtkit/initiative-map';
import type { PhaseTracker } from '@buurtkit/phase-tracker';
import { until } from './helpers/until.ts';
// @ts-expect-error served by the test runner
import { API, TILES } from '/__buurtkit/env.js';

/**
 * "In de buurt" (issue 20) in the tracker and, through the compact tracker, in the map's
 * detail: what the API lists, as buttons that show the other initiative. The suites share a
 * live server, so what is expected is asked of it at the time.
 */
type Near = { id: number; title: string; distance: number; sameTheme: boolean; sameBuurt: boolean };
const get = async (path: string) => (await fetch(`${API}${path}`)).json();
const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];

/** The first initiative with neighbours, and them. */
async function withNeighbours(): Promise<{ id: number; near: Near[] }> {
  const { features } = (await get('/initiatives?limit=500')) as { features: { id: number }[] };
  for (const { id } of features) {
    const { items } = (await get(`/initiatives/${id}/nearby`)) as { items: Near[] };
    if (items.length) return { id, near: items };
  }
  throw new Error('no initiative with neighbours in the demo data');
}

describe('"In de buurt"', () => {
  it('the tracker lists them with distance and why; choosing one shows it, focus on its title', async () => {
    const { id, near } = await withNeighbours();
    const el = await fixture<PhaseTracker>(
      html`<buurt-phase-tracker api=${API} initiative=${id}></buurt-phase-tracker>`,
    );
    await until(el, () => qa(el, '[part~=nearby-item]').length === near.length, 'the neighbours');
    const items = qa(el, '[part=nearby] li');
    near.forEach((n, i) => {
      expect(items[i]!.textContent).to.contain(n.title);
      expect(items[i]!.textContent).to.match(n.distance < 1000 ? /\d+ m/ : /\d+(,\d)? km/);
      if (n.sameTheme) expect(items[i]!.textContent).to.contain('hetzelfde thema');
      if (n.sameBuurt) expect(items[i]!.textContent).to.contain('dezelfde buurt');
    });
    await expect(el).to.be.accessible();
    // By keyboard: the first neighbour, then Enter.
    qa(el, '[part~=nearby-item]')[0]!.focus();
    const chosen = oneEvent(el, 'buurt-nearby-select');
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail.id).to.equal(near[0]!.id);
    const detail = (await get(`/initiatives/${near[0]!.id}`)) as { title: string };
    await until(el, () => q(el, '#tracker-title')?.textContent?.trim() === detail.title, 'the neighbour shown');
    expect(el.initiative).to.equal(near[0]!.id);
    await until(el, () => el.shadowRoot!.activeElement?.id === 'tracker-title', 'focus on its title');
  });

  it('a page that cancels the choice keeps the tracker where it is', async () => {
    const { id } = await withNeighbours();
    const el = await fixture<PhaseTracker>(
      html`<buurt-phase-tracker api=${API} initiative=${id}></buurt-phase-tracker>`,
    );
    await until(el, () => qa(el, '[part~=nearby-item]').length, 'the neighbours');
    el.addEventListener('buurt-nearby-select', (e) => e.preventDefault());
    qa<HTMLButtonElement>(el, '[part~=nearby-item]')[0]!.click();
    await el.updateComplete;
    expect(el.initiative).to.equal(id);
  });

  it("in the map's detail, choosing one opens it on the map", async () => {
    const { id, near } = await withNeighbours();
    const el = (
      await fixture(
        html`<div style="width:1100px"><buurt-initiative-map api=${API} tiles=${TILES}></buurt-initiative-map></div>`,
      )
    ).firstElementChild as InitiativeMap;
    el.scrollIntoView();
    await until(el, () => el.visibleItems.length > 0, 'the map');
    await el.select(id);
    const tracker = () => q<PhaseTracker>(el, 'buurt-phase-tracker');
    await until(el, () => tracker()?.shadowRoot?.querySelector('[part~=nearby-item]'), 'the neighbours in the detail');
    const leaked: Event[] = [];
    document.addEventListener('buurt-nearby-select', (e) => leaked.push(e));
    const opened = oneEvent(el, 'buurt-initiative-select');
    tracker()!.shadowRoot!.querySelector<HTMLButtonElement>('[part~=nearby-item]')!.click();
    expect((await opened).detail.id).to.equal(near[0]!.id);
    await until(el, () => q(el, '#detail-title')?.textContent === near[0]!.title, 'the neighbour on the map');
    expect(leaked).to.have.length(0, 'the map tells the page with its own event');
  });
});
