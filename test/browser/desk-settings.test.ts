import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@buurtkit/staff-desk/define';
import type { StaffDesk } from '@buurtkit/staff-desk';
import { until } from './helpers/until.ts';
// @ts-expect-error served by the test runner
import { API, STAFF_TOKEN, TILES } from '/__buurtkit/env.js';

const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const staff = { Authorization: `Bearer ${STAFF_TOKEN}`, 'Content-Type': 'application/json' };
const settings = async () =>
  (await (await fetch(`${API}/staff/settings`, { headers: staff, cache: 'no-store' })).json()) as Record<string, any>;

async function desk(token = STAFF_TOKEN, lang = 'nl') {
  sessionStorage.clear();
  const el = await fixture<StaffDesk>(
    html`<buurt-staff-desk api=${API} tiles=${TILES} lang=${lang} view="settings"></buurt-staff-desk>`,
  );
  el.token = token;
  await el.msg.ready();
  return el;
}

async function type(el: StaffDesk, id: string, value: string) {
  const input = q<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<buurt-staff-desk> the municipality’s own settings (beheer)', () => {
  // Other suites share this server: the settings are put back as they were.
  let before: Record<string, unknown>;
  beforeEach(async () => {
    const { tenant: _t, ...rest } = await settings();
    before = rest;
  });
  afterEach(async () => {
    await fetch(`${API}/staff/settings`, { method: 'PUT', headers: staff, body: JSON.stringify(before) });
  });

  it('shows the settings as they apply, refuses wrong ones on their fields keeping the input, and saves', async () => {
    const el = await desk();
    await until(el, () => q(el, '.settings-form'), 'the settings form');
    expect(q<HTMLInputElement>(el, '#settings-mailFrom')!.value).to.equal(
      'Gemeente Almere <initiatieven@almere.example>',
    );
    expect(q<HTMLTextAreaElement>(el, '#settings-corsOrigins')!.value.split('\n')).to.include(
      `http://localhost:${location.port}`,
    );
    await expect(el).to.be.accessible();

    // A header smuggled into the sender and a page address that is not one: the server says which.
    await type(el, 'settings-mailFrom', 'Almere <a@almere.example>\nBcc: iedereen@example.org');
    await type(el, 'settings-trackingUrl', 'javascript:alert(1)');
    q<HTMLButtonElement>(el, '.settings-form button[type=submit]')!.click();
    await until(el, () => q(el, '.error-summary'), 'the error summary');
    expect(el.shadowRoot!.activeElement?.classList.contains('error-summary')).to.equal(true);
    const invalid = qa(el, '[aria-invalid="true"]').map((f) => f.id);
    expect(invalid).to.have.members(['settings-mailFrom', 'settings-trackingUrl']);
    expect(q<HTMLInputElement>(el, '#settings-trackingUrl')!.value, 'input kept').to.equal('javascript:alert(1)');
    await expect(el).to.be.accessible();
    expect((await settings()).trackingUrl, 'nothing saved').to.equal(before.trackingUrl);

    // Corrected by keyboard, and the answer promise changed: saved, announced, applied at once.
    q<HTMLInputElement>(el, '#settings-mailFrom')!.focus();
    q<HTMLInputElement>(el, '#settings-mailFrom')!.select();
    await sendKeys({ type: 'Gemeente Almere <initiatieven@almere.example>' });
    await type(el, 'settings-trackingUrl', 'https://www.almere.example/volg?ref={reference}');
    await type(el, 'settings-responseDays', '8');
    q<HTMLInputElement>(el, '#settings-trackingUrl')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => q(el, '.done')?.textContent?.includes('opgeslagen'), 'saved');
    expect(q(el, '.done')!.getAttribute('role')).to.equal('status');
    const now = await settings();
    expect(now.responseDays).to.equal(8);
    expect(now.trackingUrl).to.equal('https://www.almere.example/volg?ref={reference}');
    // The inbox counts the new promise at once (the API applies settings before it answers).
    const inbox = await (await fetch(`${API}/staff/ideas?limit=1`, { headers: staff, cache: 'no-store' })).json();
    expect(inbox.responseDays).to.equal(8);
  });

  it('is beheer’s only: an ideeenmakelaar has no Instellingen in the navigation', async () => {
    const el = await desk('browser-test-makelaar-token');
    await until(el, () => qa(el, 'nav a, nav button').length > 0, 'the navigation');
    const labels = qa(el, 'nav a, nav button').map((a) => a.textContent!.trim());
    expect(labels).to.not.include('Instellingen');
    const beheer = await desk();
    await until(beheer, () => qa(beheer, 'nav a, nav button').length > 0, 'the navigation');
    expect(qa(beheer, 'nav a, nav button').map((a) => a.textContent!.trim())).to.include('Instellingen');
  });

  it('speaks English and Frisian', async () => {
    for (const [lang, heading] of [
      ['en', 'The municipality’s settings'],
      ['fy', 'Ynstellingen fan de gemeente'],
    ]) {
      const el = await desk(STAFF_TOKEN, lang);
      await until(el, () => q(el, '#settings-heading'), 'the heading');
      expect(q(el, '#settings-heading')!.textContent!.replace("'", '’')).to.equal(heading);
    }
  });
});
