import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@buurtkit/contact-finder/define';
import { vcard, type ContactFinder } from '@buurtkit/contact-finder';
// @ts-expect-error served by the test runner
import { API, GEOCODER, STAFF_TOKEN } from '/__buurtkit/env.js';

const q = (el: ContactFinder, s: string) => el.shadowRoot!.querySelector(s);
const qa = (el: ContactFinder, s: string) => [...el.shadowRoot!.querySelectorAll(s)];
const settle = async (el: ContactFinder, until: () => unknown = () => true) => {
  for (let i = 0; i < 150; i++) {
    await el.updateComplete;
    await el.msg.ready();
    if (!q(el, '.skeleton') && until()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('finder did not settle');
};
const mainName = (el: ContactFinder) => q(el, '[part=contact] [role=heading]')?.textContent;

async function finder(attrs: { theme?: string; municipality?: string; geocoder?: string; api?: string } = {}) {
  sessionStorage.clear();
  const el = await fixture<ContactFinder>(html`<buurt-contact-finder
    api=${attrs.api ?? API}
    geocoder=${attrs.geocoder ?? GEOCODER}
    theme=${attrs.theme ?? ''}
    municipality=${attrs.municipality ?? ''}
  ></buurt-contact-finder>`);
  await settle(el);
  return el;
}

/** Types like a resident: focus, type, Tab to the next field, submit with Enter. */
async function typeAddress(el: ContactFinder, postcode: string, number: string) {
  (q(el, '#postcode') as HTMLInputElement).focus();
  await sendKeys({ type: postcode });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: number });
  await sendKeys({ press: 'Enter' });
}

describe('<buurt-contact-finder>', () => {
  // The finder remembers a typed address for the tab: the next suite's finder starts empty.
  afterEach(() => sessionStorage.clear());

  it('postcode variants resolve to the buurt contact, by keyboard only; event and focus follow', async () => {
    for (const postcode of ['1353AB', '1353 ab', ' 1353ab']) {
      const el = await finder();
      const found = oneEvent(el, 'buurt-contact-found');
      await typeAddress(el, postcode, '12');
      const event = await found;
      await settle(el, () => mainName(el));
      expect(mainName(el)).to.equal('Sanne de Vries');
      expect(event.detail.area!.code).to.equal('BU00340801');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(el.shadowRoot!.activeElement?.getAttribute('role')).to.equal('heading');
      expect(q(el, '[role=status]')!.textContent).to.contain('Sanne de Vries');
    }
  });

  it('shows the whole card: photo, role explained, mailto, tel, office hours, languages', async () => {
    const el = await finder();
    await typeAddress(el, '1353AB', '14');
    await settle(el, () => mainName(el));
    const card = q(el, '[part=contact]')!;
    expect(card.querySelector('img')!.getAttribute('src')).to.match(
      /^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/avatars\/SV-\d+\.svg$/,
    );
    expect(card.textContent).to.contain('Kent de wijk');
    expect(card.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal(
      'mailto:sanne.de.vries@gemeente.example',
    );
    expect(card.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.match(/^tel:[\d+]+$/);
    expect(card.textContent).to.contain('dinsdag 09:30–11:30, Wijkcentrum De Marken');
    expect(card.textContent).to.contain('Engels');
    expect(qa(el, '.card.small').length).to.be.greaterThan(0, 'others are listed, the desk last');
    expect(qa(el, '.card.small [role=heading]').at(-1)!.textContent).to.equal('Initiatievenloket Almere');
    await expect(el).to.be.accessible();
  });

  it('falls back buurt → wijk → gemeente, and to the desk when no one covers the area', async () => {
    const el = await finder();
    await typeAddress(el, '1315HR', '1');
    await settle(el, () => mainName(el));
    expect(mainName(el)).to.equal('Mohamed El Amrani');
    const leiden = await finder();
    await typeAddress(leiden, '2332 EN', '20');
    await settle(leiden, () => mainName(leiden));
    expect(mainName(leiden)).to.equal('Initiatievenloket Leiden');
    expect(q(leiden, '.found')!.textContent).to.contain('geen vaste contactpersoon');
  });

  it('puts the theme specialist first', async () => {
    const el = await finder({ theme: 'groen-en-natuur' });
    await typeAddress(el, '1353AB', '12');
    await settle(el, () => mainName(el));
    expect(mainName(el)).to.equal('Jeroen Bakker');
  });

  it('several addresses at one number: the resident chooses', async () => {
    const el = await finder();
    await typeAddress(el, '1353AC', '7');
    await settle(el, () => q(el, 'fieldset'));
    const options = qa(el, 'fieldset label');
    expect(options.map((o) => o.textContent!.trim())).to.deep.equal([
      'Leemwierde 7, 1353AC Almere',
      'Leemwierde 7A, 1353AC Almere',
      'Leemwierde 7B, 1353AC Almere',
    ]);
    await expect(el).to.be.accessible();
    (options[1]!.querySelector('input') as HTMLInputElement).click();
    (qa(el, 'button').find((b) => b.textContent!.includes('Dit is mijn adres')) as HTMLButtonElement).click();
    await settle(el, () => mainName(el));
    expect(mainName(el)).to.equal('Sanne de Vries');
  });

  it('checks fields on blur after a change and on submit, with an error summary that takes focus', async () => {
    const el = await finder();
    (q(el, '#postcode') as HTMLInputElement).focus();
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(q(el, '#postcode-error')!.textContent).to.contain('4 cijfers en 2 letters');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 30));
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '.error-summary'));
    expect(qa(el, '.error-summary a')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('unknown postcode and an address outside the municipality get clear messages', async () => {
    const el = await finder();
    await typeAddress(el, '9999ZZ', '1');
    await settle(el, () => q(el, '[role=alert]'));
    expect(q(el, '[role=alert]')!.textContent).to.contain('We vinden dit adres niet');
    await expect(el).to.be.accessible();
    const outside = await finder({ municipality: 'GM0546' });
    await typeAddress(outside, '1353AB', '12');
    await settle(outside, () => q(outside, '[role=alert]'));
    expect(q(outside, '[role=alert]')!.textContent).to.contain('Dit adres ligt in Almere, niet in onze gemeente.');
    expect(q(outside, '[role=alert]')!.textContent).to.contain('website van je eigen gemeente');
  });

  it('geocoder down: says so and offers the area list, which finds the contact', async () => {
    const el = await finder({ geocoder: 'http://127.0.0.1:9/locatieserver', municipality: 'GM0034' });
    await typeAddress(el, '1353AB', '12');
    await settle(el, () => qa(el, 'ul.areas button').length);
    expect(q(el, '[role=alert]')!.textContent).to.contain('Adressen opzoeken lukt nu even niet');
    expect(qa(el, 'ul.areas button').length).to.equal(71 + 238);
    (q(el, '#area-filter') as HTMLInputElement).focus();
    await sendKeys({ type: 'wierden' });
    await el.updateComplete;
    const wierden = qa(el, 'ul.areas button').find((b) => b.textContent!.startsWith('De Wierden')) as HTMLButtonElement;
    expect(wierden.textContent).to.contain('(wijk)');
    await expect(el).to.be.accessible();
    wierden.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el, () => mainName(el));
    expect(mainName(el)).to.equal('Sanne de Vries');
  });

  it('API down: a localized error with retry, and buurt-error', async () => {
    const el = await finder({ api: 'http://127.0.0.1:9/api/v1' });
    el.setAttribute('lang', 'en');
    await settle(el);
    const error = oneEvent(el, 'buurt-error');
    await typeAddress(el, '1353AB', '12');
    expect((await error).detail.kind).to.equal('network');
    await settle(el, () => q(el, '[part=error]'));
    expect(q(el, '[part=error]')!.textContent).to.contain('We cannot fetch the information right now');
    await expect(el).to.be.accessible();
    el.api = API;
    await el.updateComplete;
    (q(el, '[part=retry]') as HTMLButtonElement).click();
    await settle(el, () => mainName(el));
    expect(mainName(el)).to.equal('Sanne de Vries');
  });

  it('renders a contact with hostile fields as text, and keeps a javascript: photo out', async () => {
    const created = await fetch(`${API}/staff/contacts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${STAFF_TOKEN}` },
      body: JSON.stringify({
        name: '<img src=x onerror="window.__xss=1">Eve',
        role: 'buurtcoach',
        areas: ['BU00341701'],
        officeHours: [{ day: 1, from: '09:00', to: '10:00', place: '<script>window.__xss=1</script>' }],
      }),
    });
    expect(created.status).to.equal(201);
    const el = await finder();
    await typeAddress(el, '1315HR', '1');
    await settle(el, () => mainName(el));
    await new Promise((r) => setTimeout(r, 100));
    expect(mainName(el)).to.equal('<img src=x onerror="window.__xss=1">Eve');
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('script, [onerror]')).to.have.length(0);
    await fetch(`${API}/staff/contacts/${(await created.json()).id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${STAFF_TOKEN}` },
    });
  });

  it('uses my location only on request; a refusal gets a clear message', async () => {
    // The device's position is the one thing a test cannot have: answer for it.
    const geolocation = navigator.geolocation;
    const fake = (ok: boolean) => ({
      getCurrentPosition: (yes: PositionCallback, no?: PositionErrorCallback | null) =>
        ok
          ? yes({ coords: { latitude: 52.3415, longitude: 5.2052 } } as GeolocationPosition)
          : no?.({ code: 1, message: 'denied' } as GeolocationPositionError),
    });
    let asked = 0;
    Object.defineProperty(navigator, 'geolocation', { configurable: true, get: () => (asked++, fake(true)) });
    try {
      const el = await finder();
      expect(asked).to.equal(0, 'nothing is asked before the resident clicks');
      (qa(el, 'button').find((b) => b.textContent!.includes('Gebruik mijn locatie')) as HTMLButtonElement).click();
      await settle(el, () => mainName(el));
      expect(mainName(el)).to.equal('Sanne de Vries');
      Object.defineProperty(navigator, 'geolocation', { configurable: true, get: () => fake(false) });
      const denied = await finder();
      (qa(denied, 'button').find((b) => b.textContent!.includes('Gebruik mijn locatie')) as HTMLButtonElement).click();
      await settle(denied, () => q(denied, '[role=alert]'));
      expect(q(denied, '[role=alert]')!.textContent).to.contain('We kunnen je locatie niet gebruiken');
    } finally {
      Object.defineProperty(navigator, 'geolocation', { configurable: true, get: () => geolocation });
    }
  });

  it('speaks English and Frisian', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="fy"><buurt-contact-finder api=${API} geocoder=${GEOCODER}></buurt-contact-finder></div>`,
    );
    const el = wrap.querySelector('buurt-contact-finder')!;
    await settle(el);
    expect(q(el, '[role=heading]')!.textContent).to.equal('Wa is myn kontaktpersoan?');
    wrap.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 30));
    await settle(el);
    expect(q(el, '[role=heading]')!.textContent).to.equal('Who is my contact person?');
    await expect(el).to.be.accessible();
  });

  it('remembers the last lookup in this session only, and saves a vCard', async () => {
    const el = await finder();
    await typeAddress(el, '1353AB', '12');
    await settle(el, () => mainName(el));
    expect(JSON.parse(sessionStorage.getItem('buurtkit-contact-finder')!)).to.deep.equal({
      postcode: '1353AB',
      number: '12',
    });
    expect(localStorage.getItem('buurtkit-contact-finder')).to.equal(null);
    const again = await fixture<ContactFinder>(
      html`<buurt-contact-finder api=${API} geocoder=${GEOCODER}></buurt-contact-finder>`,
    );
    await settle(again);
    expect((q(again, '#postcode') as HTMLInputElement).value).to.equal('1353AB');
    const card = vcard(
      { name: 'Sanne de Vries', role: 'wijkregisseur', email: 'sanne@gemeente.example', phone: '14 036' },
      'De Wierden; Almere',
    );
    expect(card).to.contain('FN:Sanne de Vries\r\n');
    expect(card).to.contain('ORG:De Wierden\\; Almere\r\n');
    expect(card).to.contain('TEL;TYPE=work,voice;VALUE=uri:tel:14036');
  });
});
