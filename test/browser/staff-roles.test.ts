import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@buurtkit/staff-desk/define';
import type { StaffDesk } from '@buurtkit/staff-desk';
import { until } from './helpers/until.ts';
// @ts-expect-error served by the test runner
import { ANALIST_TOKEN, API, CHANGING_TOKEN, MAKELAAR_TOKEN, STAFF_TOKEN, TILES } from '/__buurtkit/env.js';

const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const nav = (el: Element) => qa(el, 'nav button').map((b) => b.textContent!.trim().replace(/ \(.*\)$/, ''));
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function deskAs(token: string, view = 'inbox') {
  sessionStorage.clear();
  const el = await fixture<StaffDesk>(
    html`<buurt-staff-desk api=${API} tiles=${TILES} lang="nl" view=${view}></buurt-staff-desk>`,
  );
  el.token = token;
  await el.msg.ready();
  await until(el, () => q(el, 'nav') && !q(el, '.skeleton'), 'the desk');
  return el;
}

describe('<buurt-staff-desk> shows each role only its own', () => {
  it('an analist sees the figures and nothing of the inbox, initiatives or contacts', async () => {
    const el = await deskAs(ANALIST_TOKEN);
    expect(nav(el)).to.deep.equal(['Cijfers']);
    expect(text(el)).to.contain('Ingelogd als Anouk Analist (analist)');
    await until(el, () => q(el, '[part~=chart]') || q(el, 'table'), 'the figures');
    expect(q(el, 'section.view')!.getAttribute('aria-label')).to.equal('Cijfers');
    await expect(el).to.be.accessible();
  });

  it('an ideeenmakelaar handles ideas and sees the contact persons, without changing them', async () => {
    const el = await deskAs(MAKELAAR_TOKEN);
    expect(nav(el)).to.deep.equal(['Binnengekomen ideeën', 'Initiatieven', 'Contactpersonen', 'Cijfers']);
    expect(text(el)).to.contain('Ingelogd als Fatima el Amrani (ideeënmakelaar)');
    qa<HTMLButtonElement>(el, 'nav button')[2]!.click();
    await until(el, () => qa(el, '.items .item').length > 0, 'the contacts');
    expect(qa(el, '[data-contact]').length).to.equal(0, 'no edit buttons');
    expect(qa(el, '[data-remove]').length).to.equal(0, 'no remove buttons');
    expect(qa(el, 'button').some((b) => b.textContent!.includes('Nieuwe contactpersoon'))).to.equal(false);
  });

  it('beheer may change contact persons, the phase models and the settings', async () => {
    const el = await deskAs(STAFF_TOKEN, 'contacts');
    await until(el, () => qa(el, '[data-contact]').length > 0, 'edit buttons');
    expect(nav(el)).to.deep.equal([
      'Binnengekomen ideeën',
      'Initiatieven',
      'Contactpersonen',
      'Fasemodellen',
      'Cijfers',
      'Instellingen',
    ]);
  });

  it('signing out leaves nothing of the person on screen, and the next person starts clean', async () => {
    const el = await deskAs(MAKELAAR_TOKEN);
    await until(el, () => qa(el, '.items .item').length > 0, 'the inbox');
    qa<HTMLButtonElement>(el, '.top button')
      .find((b) => b.textContent!.includes('Uitloggen'))!
      .click();
    await until(el, () => q(el, '#token'), 'the sign-in form');
    expect(text(el)).not.to.contain('Fatima');
    expect(q(el, '.items')).to.equal(null);
    el.token = ANALIST_TOKEN;
    await until(el, () => q(el, 'nav'), 'the desk again');
    expect(nav(el)).to.deep.equal(['Cijfers']);
    expect(text(el)).not.to.contain('Fatima');
  });
});

describe('<buurt-staff-desk> when an administrator changes a role while the desk is open', () => {
  /** What the administrator does: the server's static tokens change, the open desk does not know yet. */
  const administrator = (query: string) => fetch(`/__buurtkit/staff-roles?${query}`);
  afterEach(() => administrator('roles=ideeenmakelaar'));

  it('a narrower role re-scopes the desk, no role signs out, a withdrawn token signs out; each says so', async () => {
    await administrator('roles=ideeenmakelaar');
    const el = await deskAs(CHANGING_TOKEN);
    await until(el, () => qa(el, '.items .item').length > 0, 'the inbox');
    const first = qa(el, '.item-title')[0]!.textContent!;

    await administrator('roles=analist');
    qa<HTMLButtonElement>(el, '.item-button')[0]!.click();
    await until(el, () => q(el, '.top .done')?.textContent?.includes('Je rol is veranderd'), 'the changed role, shown');
    expect(nav(el)).to.deep.equal(['Cijfers']);
    expect(text(el)).to.contain('Ingelogd als Wim Wisselrol (analist)');
    expect(text(el)).not.to.contain(first, 'nothing of the inbox stays');
    expect(q(el, 'section.view')!.getAttribute('aria-label')).to.equal('Cijfers');
    await until(el, () => q(el, '[role=status]')!.textContent!.includes('Je rol is veranderd'), 'announced');
    await expect(el).to.be.accessible();

    await administrator('roles=');
    qa<HTMLButtonElement>(el, 'nav button')[0]!.click();
    await until(el, () => q(el, '#token'), 'the sign-in form');
    expect(text(el)).to.contain('je hebt geen rol meer');
    expect(text(el)).not.to.contain('Wim Wisselrol');

    await administrator('roles=ideeenmakelaar');
    el.token = CHANGING_TOKEN;
    await until(el, () => nav(el).length === 4, 'the desk again');
    qa<HTMLButtonElement>(el, 'nav button')[0]!.click();
    await until(el, () => qa(el, '.items .item').length > 0, 'the inbox again');
    await administrator('withdraw');
    qa<HTMLButtonElement>(el, '.item-button')[0]!.click();
    await until(el, () => q(el, '#token'), 'the sign-in form');
    expect(text(el)).to.contain('je toegang is ingetrokken');
    expect(text(el)).not.to.contain('Wim Wisselrol');
    expect(text(el)).not.to.contain(first);
    await expect(el).to.be.accessible();
  });
});

describe('<buurt-staff-desk> erases a resident’s data on request (AVG)', () => {
  it('two steps by keyboard, with how the request came in; then nothing of them is shown', async () => {
    const { token } = await (await fetch(`${API}/ideas/form-token`)).json();
    const title = `Wissen op verzoek ${Date.now() % 100000}`;
    const sent = await fetch(`${API}/ideas`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title,
        description: 'Graag een bankje bij mijn huis op de Kornwierde 12.',
        theme: 'jeugd',
        contact: { name: 'Wim Wisser', email: 'wim.wisser@example.org', phone: '06 87654321' },
        locale: 'nl',
        formToken: token,
      }),
    });
    expect(sent.status).to.equal(201);
    const el = await deskAs(MAKELAAR_TOKEN);
    q<HTMLInputElement>(el, '#inbox-q')!.focus();
    await sendKeys({ type: title });
    await until(el, () => qa(el, '.item-title').some((t) => t.textContent === title), 'the idea in the inbox');
    qa<HTMLButtonElement>(el, '.item-button')
      .find((b) => b.textContent!.includes(title))!
      .click();
    await until(el, () => q(el, '#erase-start'), 'the erase button');
    expect(text(el)).to.contain('Wim Wisser');
    q<HTMLButtonElement>(el, '#erase-start')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => el.shadowRoot!.activeElement?.id === 'erase-reason', 'focus on how the request came in');
    expect(text(el)).to.contain('Wim Wisser', 'nothing is erased by the first step');
    await sendKeys({ type: 'Per telefoon' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => text(el).includes('De gegevens van de indiener zijn gewist.'), 'the result');
    expect(text(el)).not.to.contain('Wim Wisser');
    expect(text(el)).not.to.contain('06 87654321');
    expect(text(el)).not.to.contain('Kornwierde 12');
    await until(el, () => text(el).includes('wiste de persoonsgegevens'), 'the audit line');
    expect(text(el)).to.contain('Fatima el Amrani');
    await expect(el).to.be.accessible();
  });
});
