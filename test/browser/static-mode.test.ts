import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@buurtkit/core/define';
import '@buurtkit/contact-finder/define';
import '@buurtkit/idea-form/define';
import '@buurtkit/initiative-map/define';
import '@buurtkit/phase-tracker/define';
import type { ContactFinder } from '@buurtkit/contact-finder';
import type { IdeaForm } from '@buurtkit/idea-form';
import type { InitiativeMap } from '@buurtkit/initiative-map';
import type { PhaseTracker } from '@buurtkit/phase-tracker';
import { fillAll, stepName } from './helpers/idea-form.ts';
import { until } from './helpers/until.ts';
// @ts-expect-error served by the test runner
import { API, GEOCODER, STATIC, TILES } from '/__buurtkit/env.js';

/**
 * Static mode (issue 19): the widgets on a page whose `<buurt-config static>` points at a
 * folder exported by `buurtkit-server export-static`, served by a plain static web server
 * (sirv) on an origin of its own. The folder is the truth here (the suites share one live
 * server that others change); `test/node/static-export.test.ts` holds its answers to the server's.
 */
type Feature = { id: number; properties: { title: string; theme: string; phase: string; phaseModel: string } };
type Model = { key: string; phases: { key: string; label: { nl: string } }[] };

const file = async (name: string) => (await fetch(new URL(name, STATIC))).json();
const root = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, s: string) => root(el).querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: Element, s: string) => [...root(el).querySelectorAll<T>(s)];
const inFolder = <T extends HTMLElement>(markup: ReturnType<typeof html>) =>
  fixture<HTMLElement>(html`<buurt-config api=${STATIC} static>${markup}</buurt-config>`).then(
    (config) => config.firstElementChild as T,
  );

describe('static mode: the widgets from a folder of files on a plain web server', () => {
  let all: Feature[];
  let models: Model[];
  before(async () => {
    await setViewport({ width: 1200, height: 900 });
    all = (await file('initiatives.json')).features;
    models = (await file('phase-models.json')).items;
  });

  afterEach(() => {
    // Nothing of a static page asks the Buurtkit server: every answer came from the folder.
    const api = new URL(API).origin;
    const asked = performance.getEntriesByType('resource').filter((e) => e.name.startsWith(api));
    expect(asked.map((e) => e.name)).to.deep.equal([]);
  });

  it('the map clusters all of them in the browser; filters, list and detail work', async () => {
    const el = await inFolder<InitiativeMap>(
      html`<buurt-initiative-map tiles=${TILES} style="width:1100px"></buurt-initiative-map>`,
    );
    el.scrollIntoView();
    const total = () => el.visibleItems.reduce((n, i) => n + i.count, 0);
    await until(
      el,
      () => total() === all.length && !q(el, '.skeleton'),
      () => `all ${all.length} drawn, ${total()}`,
    );
    expect(el.visibleItems.some((i) => i.count > 1)).to.equal(true, 'clusters where they are dense');
    expect(q(el, '.count')!.textContent).to.contain(String(all.length));

    const theme = all[0]!.properties.theme;
    const expected = all.filter((f) => f.properties.theme === theme);
    const select = q<HTMLSelectElement>(el, '#filter-theme')!;
    select.value = theme;
    select.dispatchEvent(new Event('change'));
    await until(
      el,
      () => total() === expected.length && qa(el, '.item').length === Math.min(20, expected.length),
      () => `${expected.length} of theme ${theme}, ${total()} drawn`,
    );
    expect(qa(el, '.item').map((i) => Number(i.dataset.id))).to.deep.equal(expected.slice(0, 20).map((f) => f.id));

    // Open the first by keyboard: its detail and its compact tracker come from the folder too.
    q(el, '#list-heading')!.focus();
    await sendKeys({ press: 'Tab' });
    const id = Number((root(el).activeElement as HTMLElement).dataset.id);
    await sendKeys({ press: 'Enter' });
    await until(el, () => q(el, '.detail'), 'the detail');
    const detail = await file(`initiatives/${id}.json`);
    expect(q(el, '#detail-title')!.textContent).to.equal(detail.title);
    const tracker = q<PhaseTracker>(el, 'buurt-phase-tracker')!;
    expect(tracker.hasAttribute('static')).to.equal(true);
    await until(el, () => tracker.shadowRoot?.querySelector('[aria-current=step]'), 'the compact tracker');
    await expect(el).to.be.accessible();
  });

  it('a wrong folder address says so, with a way to try again', async () => {
    const el = (
      await fixture<HTMLElement>(
        html`<buurt-config api=${new URL('geen-map/', STATIC).href} static
          ><buurt-initiative-map tiles=${TILES}></buurt-initiative-map
        ></buurt-config>`,
      )
    ).firstElementChild as InitiativeMap;
    el.scrollIntoView();
    await until(el, () => q(el, '[role=alert]'), 'the error');
    expect(q(el, '[role=alert]')!.textContent).to.contain('We konden niet vinden wat je zocht.');
    expect(qa(el, '[role=alert] button').length).to.equal(1, 'try again');
  });

  it('the tracker shows where a published initiative stands and what the municipality does; no writing', async () => {
    const initiative = all.find((f) => f.properties.phaseModel === 'uitdaagrecht') ?? all[0]!;
    const el = await inFolder<PhaseTracker>(
      html`<buurt-phase-tracker initiative=${initiative.id}></buurt-phase-tracker>`,
    );
    await until(el, () => q(el, '[aria-current=step]'), 'the tracker');
    const model = models.find((m) => m.key === initiative.properties.phaseModel)!;
    const phase = model.phases.find((p) => p.key === initiative.properties.phase)!;
    expect(q(el, '[aria-current=step]')!.textContent).to.contain(phase.label.nl);
    // Each phase's explanation, from the folder's model.
    for (const p of model.phases) expect(root(el).textContent).to.contain(`Wat gebeurt er in de fase ‘${p.label.nl}’?`);
    // Backing, offering help and following need a server: not offered here.
    expect(qa(el, '.actions button')).to.have.length(0);
    await expect(el).to.be.accessible();

    // The phase explanation on its own, and a reference: that needs the server, and it says so.
    const explained = await inFolder<PhaseTracker>(
      html`<buurt-phase-tracker model=${model.key}></buurt-phase-tracker>`,
    );
    await until(explained, () => qa(explained, 'ol.phases li').length === model.phases.length, 'the phases');
    const asking = await inFolder<PhaseTracker>(html`<buurt-phase-tracker></buurt-phase-tracker>`);
    await until(asking, () => q(asking, '#reference'), 'the reference field');
    q<HTMLInputElement>(asking, '#reference')!.focus();
    await sendKeys({ type: 'BK-7KQ4-M2XD-PQ33' });
    await sendKeys({ press: 'Enter' });
    await until(asking, () => q(asking, '[role=alert]'), 'the message');
    expect(q(asking, '[role=alert]')!.textContent).to.contain('Dat kan niet op deze website');
  });

  it('the contact finder finds the contact by point in polygon on the boundaries in the folder', async () => {
    // A new visitor: not the address another suite's finder remembered for this tab.
    sessionStorage.clear();
    const el = await inFolder<ContactFinder>(
      html`<buurt-contact-finder geocoder=${GEOCODER} municipality="GM0034"></buurt-contact-finder>`,
    );
    await until(el, () => q(el, '#postcode'), 'the finder');
    q<HTMLInputElement>(el, '#postcode')!.focus();
    await sendKeys({ type: '1353AB' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Enter' });
    const main = () => q(el, '[part=contact] [role=heading]')?.textContent;
    await until(el, main, 'the contact');
    expect(main()).to.equal('Sanne de Vries');
    expect(qa(el, '.card.small [role=heading]').at(-1)!.textContent).to.equal('Initiatievenloket Almere');
    // The photo is a file of the folder, and it loads from there.
    const img = q<HTMLImageElement>(el, '[part=contact] img')!;
    expect(img.src.startsWith(new URL('avatars/', STATIC).href)).to.equal(true, img.src);
    await until(el, () => img.complete && img.naturalWidth > 0, 'the photo');
    await expect(el).to.be.accessible();
  });

  it('the idea form says it cannot send, offers an e-mail with the text, and keeps the draft', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const el = await inFolder<IdeaForm>(
      html`<buurt-idea-form geocoder=${GEOCODER} map-tiles=${TILES}></buurt-idea-form>`,
    );
    await until(el, () => q(el, '[part=by-mail-note]') && qa(el, '#theme option').length > 5, 'the note');
    expect(q(el, '[part=by-mail-note]')!.textContent).to.contain('ideeen@almere.example');
    await fillAll(el, 'Bankjes bij de Kemphaan');
    const send = q<HTMLButtonElement>(el, 'button[type=submit]')!;
    expect(send.textContent!.trim()).to.equal('Verder naar versturen per e-mail');
    send.click();
    await until(el, () => q(el, '.by-mail'), 'the e-mail offer');
    expect(root(el).activeElement?.getAttribute('role')).to.equal('heading', 'focus on its heading');
    const link = new URL(q<HTMLAnchorElement>(el, '[part~=mail]')!.href);
    expect(link.protocol).to.equal('mailto:');
    expect(link.pathname).to.equal('ideeen@almere.example');
    const body = link.searchParams.get('body')!;
    for (const typed of ['Bankjes bij de Kemphaan', 'een idee om de buurt mooier te maken', 'Fatima El Amrani', '1353'])
      expect(body).to.contain(typed);
    expect(link.searchParams.get('subject')).to.equal('Idee voor de buurt: Bankjes bij de Kemphaan');
    // The same text to copy (a text field keeps line breaks as LF).
    expect(q<HTMLTextAreaElement>(el, '#mail-text')!.value).to.equal(body.replaceAll('\r\n', '\n'));
    await expect(el).to.be.accessible();

    // The draft is still there: after a reload it is offered back, and Back returns to the review.
    const kept = JSON.stringify({ ...localStorage });
    expect(kept).to.contain('Bankjes bij de Kemphaan');
    qa<HTMLButtonElement>(el, '.by-mail button')
      .find((b) => b.textContent!.includes('Terug'))!
      .click();
    await until(el, () => stepName(el) === 'Controleren en versturen', 'the review');
    expect(q(el, '.review-section')!.textContent).to.contain('Bankjes bij de Kemphaan');

    // Only when the resident says it went is the form cleared.
    q<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await until(el, () => q(el, '.by-mail'), 'the e-mail offer again');
    q<HTMLButtonElement>(el, '[part~=done]')!.click();
    await until(el, () => stepName(el) === 'Je idee' && !q<HTMLInputElement>(el, '#title')!.value, 'an empty form');
    expect(JSON.stringify({ ...localStorage })).not.to.contain('Bankjes bij de Kemphaan');
    expect(q(el, '[role=status]')!.textContent).to.contain('Bedankt voor je idee');
  });

  it('the idea form finds look-alikes in the folder, by the server’s rule, and shows one’s tracker', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const el = await inFolder<IdeaForm>(
      html`<buurt-idea-form geocoder=${GEOCODER} map-tiles=${TILES}></buurt-idea-form>`,
    );
    await until(el, () => qa(el, '#theme option').length > 5, 'the themes');
    await fillAll(el, 'Repair café in het buurthuis');
    await until(el, () => q(el, '[part=similar]'), 'the look-alikes');
    const titles = qa(el, '[part=similar] .similar-title').map((p) => p.textContent);
    expect(titles).to.include('Repair Café Stad');
    qa<HTMLButtonElement>(el, '[part~=similar-join]')[titles.indexOf('Repair Café Stad')]!.click();
    const tracker = () => q(el, 'buurt-phase-tracker');
    await until(el, () => tracker()?.shadowRoot?.querySelector('#tracker-title'), 'its tracker, from the folder');
    expect(tracker()!.shadowRoot!.querySelector('#tracker-title')!.textContent!.trim()).to.equal('Repair Café Stad');
  });
});
