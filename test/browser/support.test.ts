import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@buurtkit/phase-tracker/define';
import '@buurtkit/initiative-map/define';
import type { PhaseTracker } from '@buurtkit/phase-tracker';
import type { InitiativeMap } from '@buurtkit/initiative-map';
import { until } from './helpers/until.ts';
import { tookPart } from './helpers/took-part.ts';
// @ts-expect-error served by the test runner
import { API, GEOCODER, TILES } from '/__buurtkit/env.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const focusedId = (el: Element) => el.shadowRoot!.activeElement?.id;

async function ready(el: PhaseTracker) {
  await el.msg.ready();
  await until(el, () => q(el, 'section') && !q(el, '.skeleton'), 'the tracker');
  await el.msg.ready();
  return el;
}

/** Follows the confirmation link the server queued for an address (mail is not sent here). */
async function confirmMailTo(email: string) {
  const { path } = (await (await fetch(`/__buurtkit/mail-link?to=${encodeURIComponent(email)}`)).json()) as {
    path: string | null;
  };
  expect(path, `a confirmation link for ${email}`).to.be.a('string');
  const res = await fetch(`${new URL(API).origin}${path}`, { method: 'POST' });
  expect(res.status).to.equal(200);
}

/** The buurt the recorded PDOK answer puts 1353 AB 12 in, by the name the API gives it. */
async function kornwierdeBuurt() {
  const areas = (await (await fetch(`${API}/areas?level=buurt&geometry=false`)).json()) as {
    features: { properties: { code: string; name: string } }[];
  };
  return areas.features.find((a) => a.properties.code === 'BU00340801')!.properties.name;
}

/** Published initiatives in Almere, the municipality whose buurten the test data knows. */
let almere: number[] = [];

describe('backing an initiative and offering help', () => {
  before(async () => {
    const list = (await (await fetch(`${API}/initiatives?area=GM0034&limit=10`)).json()) as {
      features: { id: number }[];
    };
    almere = list.features.map((f) => f.id);
  });

  it('backs by keyboard: localized errors, input kept, result announced; confirmed, counted by buurt', async () => {
    const el = await ready(
      await fixture<PhaseTracker>(
        html`<buurt-phase-tracker api=${API} geocoder=${GEOCODER} initiative=${almere[0]!}
          lang="en"></buurt-phase-tracker>`,
      ),
    );
    const took = tookPart();
    const open = q<HTMLButtonElement>(el, 'button[part~=back]')!;
    expect(open.textContent!.trim()).to.equal('I support this');
    open.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => focusedId(el) === 'back-name', 'focus in the name field');
    await sendKeys({ type: 'Joost' });
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el)).to.equal('back-show-name');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el)).to.equal('postcode');
    await sendKeys({ type: '1353 AB' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el)).to.equal('back-email');
    await sendKeys({ type: 'not-an-address' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => q(el, '#back-email-error'), 'the error');
    expect(q(el, '#back-email-error')!.textContent).to.contain('Fill in an e-mail address');
    expect(q(el, '#back-email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q<HTMLInputElement>(el, '#back-email')!.value).to.equal('not-an-address', 'what was typed stays');
    expect(q<HTMLInputElement>(el, '#postcode')!.value).to.equal('1353 AB');
    expect(focusedId(el)).to.equal('back-email');
    await expect(el).to.be.accessible();
    q<HTMLInputElement>(el, '#back-email')!.select();
    await sendKeys({ type: 'joost.backer@example.org' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => q(el, '#back-status'), 'the status', 5000);
    expect(q(el, '#back-status')!.getAttribute('role')).to.equal('status');
    expect(q(el, '#back-status')!.textContent).to.contain('joost.backer@example.org');
    await until(el, () => focusedId(el) === 'back-status', 'focus on the status');
    expect(took).to.deep.equal([{ initiative: almere[0], action: 'back' }]);
    await expect(el).to.be.accessible();
    expect(q(el, '.backing'), 'nothing counts before confirmation').to.equal(null);

    await confirmMailTo('joost.backer@example.org');
    await el.load();
    await until(el, () => q(el, '.backing'), 'the backing');
    const text = q(el, '.backing')!.textContent!;
    expect(text).to.contain('1 person supports this');
    expect(text).to.contain(`1 from ${await kornwierdeBuurt()}`);
    expect(el.shadowRoot!.textContent).to.contain('By name: Joost');
  });

  it('offers help by keyboard: every missing field named, focus on the first, then sent', async () => {
    const el = await ready(
      await fixture<PhaseTracker>(
        html`<buurt-phase-tracker api=${API} initiative=${almere[1]!} lang="fy"></buurt-phase-tracker>`,
      ),
    );
    const took = tookPart();
    q<HTMLButtonElement>(el, 'button[part~=offer]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => focusedId(el) === 'offer-kinds-time', 'focus on the first choice');
    // Sent empty: the errors are in Frisian, focus goes to the first.
    q<HTMLButtonElement>(el, 'button[part~=offer-submit]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => q(el, '#offer-kinds-error'), 'the errors');
    expect(q(el, '#offer-kinds-error')!.textContent).to.contain('Kies watsto biede kinst.');
    expect(q(el, '#offer-name-error')!.textContent).to.contain('Folje dyn namme yn.');
    await until(el, () => focusedId(el) === 'offer-kinds-time', 'focus back on the first choice');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    q<HTMLElement>(el, '#offer-message')!.focus();
    await sendKeys({ type: 'Ik haw in oanhinger.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Fatima' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '06 11112222' });
    q<HTMLElement>(el, '#offer-email')!.focus();
    await sendKeys({ type: 'fatima.helper@example.org' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => q(el, '#offer-status'), 'the status', 5000);
    expect(q(el, '#offer-status')!.textContent).to.contain('fatima.helper@example.org');
    await until(el, () => focusedId(el) === 'offer-status', 'focus on the status');
    expect(took).to.deep.equal([{ initiative: almere[1], action: 'offer' }]);
    await expect(el).to.be.accessible();
    // Confirmed, the offer is mailed to the initiative's contact person (no initiator's consent here).
    await confirmMailTo('fatima.helper@example.org');
    const contact = ((await (await fetch(`${API}/initiatives/${almere[1]!}`)).json()) as { contact: { email: string } })
      .contact;
    let forwarded: { to: string[]; text: string } | undefined;
    for (let i = 0; i < 100 && !forwarded; i++) {
      const mails = (await (await fetch('/__buurtkit/mails')).json()) as {
        to: string[];
        subject: string;
        text: string;
      }[];
      forwarded = mails.find((m) => /^Hulpaanbod voor/.test(m.subject) && m.text.includes('fatima.helper@example.org'));
      if (!forwarded) await sleep(100);
    }
    expect(forwarded, 'the offer passed on by mail').to.not.equal(undefined);
    expect(forwarded!.to).to.deep.equal([contact.email]);
    expect(forwarded!.text).to.contain('06 11112222');
    // Nothing of the helper shows anywhere public.
    await el.load();
    await ready(el);
    expect(el.shadowRoot!.textContent).not.to.contain('Fatima');
  });

  it("the map's detail shows the tracker's backing and its three ways in", async () => {
    const wrap = await fixture(
      html`<div style="width:1100px"><buurt-initiative-map api=${API} tiles=${TILES} geocoder=${GEOCODER}
        center="52.37,5.22" zoom="11"></buurt-initiative-map></div>`,
    );
    const map = wrap.firstElementChild as InitiativeMap;
    map.scrollIntoView();
    await until(map, () => map.visibleItems.length > 0, 'the map');
    map.select(almere[0]!);
    await until(map, () => q(map, '.detail buurt-phase-tracker'), 'the detail');
    const tracker = q(map, '.detail buurt-phase-tracker') as PhaseTracker;
    expect(tracker.getAttribute('geocoder')).to.equal(GEOCODER, 'the map hands its geocoder on');
    await until(tracker, () => q(tracker, '.backing'), 'the backing in the detail');
    expect(q(tracker, '.backing')!.textContent).to.match(/^1 persoon steunt dit, 1 uit /);
    const parts = [...tracker.shadowRoot!.querySelectorAll('.actions button')].map((b) => b.getAttribute('part'));
    expect(parts).to.deep.equal(['button back', 'button offer', 'button follow']);
    // The list can put the most backed first, each with its count.
    await map.close();
    const sort = q<HTMLSelectElement>(map, '#sort')!;
    sort.value = 'backers';
    sort.dispatchEvent(new Event('change'));
    const counts = () =>
      [...map.shadowRoot!.querySelectorAll('.item')].map((i) => Number(/(\d+) steun/.exec(i.textContent!)?.[1] ?? 0));
    // The list was newest first a moment ago; wait for the new order rather than the first count.
    await until(
      map,
      () => counts()[0]! > 0 && counts().join() === [...counts()].sort((a, b) => b - a).join(),
      'the most backed first',
    );
    await sleep(50);
    await expect(map).to.be.accessible();
  });
});
