import { expect, fixture, html } from '@open-wc/testing';
import '@buurtkit/staff-desk/define';
import type { StaffDesk } from '@buurtkit/staff-desk';
import { until } from './helpers/until.ts';
// @ts-expect-error served by the test runner
import { ANALIST_TOKEN, API, MAKELAAR_TOKEN, STAFF_TOKEN, TILES } from '/__buurtkit/env.js';

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

  it('beheer may change contact persons', async () => {
    const el = await deskAs(STAFF_TOKEN, 'contacts');
    await until(el, () => qa(el, '[data-contact]').length > 0, 'edit buttons');
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
