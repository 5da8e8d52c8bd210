import { expect, fixture, html } from '@open-wc/testing';
import '@buurtkit/staff-desk/define';
import type { StaffDesk } from '@buurtkit/staff-desk';
import { until } from './helpers/until.ts';
// @ts-expect-error served by the test runner
import { API, STAFF_TOKEN, TILES } from '/__buurtkit/env.js';

const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const staffGet = async (path: string) =>
  (await fetch(`${API}${path}`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } })).json();

/** A resident's request through the public API, confirmed through the link the server queued. */
async function confirmed(path: string, body: Record<string, unknown>) {
  const { token } = (await (await fetch(`${API}/ideas/form-token`)).json()) as { token: string };
  const res = await fetch(`${API}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...body, formToken: token }),
  });
  expect(res.status).to.equal(202);
  const to = encodeURIComponent(body.email as string);
  const { path: link } = (await (await fetch(`/__buurtkit/mail-link?to=${to}`)).json()) as { path: string };
  expect((await fetch(`${new URL(API).origin}${link}`, { method: 'POST' })).status).to.equal(200);
}

describe('<buurt-staff-desk>: draagvlak of an initiative', () => {
  it('shows backing beside the phase move, per buurt and per day, and the offers; staff set their status', async () => {
    const list = (await (await fetch(`${API}/initiatives?area=GM0034&limit=10`)).json()) as {
      features: { id: number; properties: { title: string } }[];
    };
    // Not the first two: the resident-side tests back those.
    const target = list.features[4]!;
    const path = `/initiatives/${target.id}`;
    await confirmed(`${path}/backers`, { email: 'desk.buur1@example.org', area: 'BU00340801', name: 'Anna' });
    await confirmed(`${path}/backers`, { email: 'desk.buur2@example.org' });
    await confirmed(`${path}/offers`, {
      email: 'desk.helper@example.org',
      name: 'Henk Helper',
      phone: '06 22223333',
      kinds: ['materials'],
      message: 'Ik heb een bakfiets.',
    });

    const el = await fixture<StaffDesk>(
      html`<buurt-staff-desk api=${API} tiles=${TILES} view="initiatives"></buurt-staff-desk>`,
    );
    el.token = STAFF_TOKEN;
    await el.msg.ready();
    await until(el, () => q(el, `[data-initiative="${target.id}"]`), 'the initiative in the list');
    q<HTMLButtonElement>(el, `[data-initiative="${target.id}"]`)!.click();
    await until(el, () => q(el, '.support-summary'), 'the support figure');
    expect(q(el, 'form.move .support-summary')!.textContent).to.equal(
      '2 mensen steunen dit, 1 hulpaanbod',
      'the figure is at hand when moving the phase',
    );
    const areas = qa(el, '.support-areas tbody tr').map((r) =>
      [...r.children].map((c) => c.textContent!.trim()).join(' '),
    );
    const kornwierde = (await staffGet(`/staff/initiatives/${target.id}/support`)) as {
      backing: { areas: { name: string }[] };
    };
    expect(areas).to.deep.equal([
      `${kornwierde.backing.areas[0]!.name} 1`,
      'Elders (buiten de gemeente of onbekend) 1',
    ]);
    expect(q(el, '.support .chart svg rect'), 'the chart').to.not.equal(null);
    expect(qa(el, '.support-days tbody tr')).to.have.length(1);
    const offer = q(el, '.offer')!;
    expect(offer.textContent).to.contain('Henk Helper');
    expect(offer.textContent).to.contain('materiaal');
    expect(offer.querySelector('a[href^="mailto:"]')!.textContent).to.equal('desk.helper@example.org');
    expect(offer.textContent).to.contain('Gemaild naar de contactpersoon');
    await expect(el).to.be.accessible();

    const select = offer.querySelector<HTMLSelectElement>('select')!;
    select.value = 'done';
    select.dispatchEvent(new Event('change'));
    await until(el, () => q(el, '[role=status]')?.textContent?.includes('Afgehandeld'), 'the status announced');
    const after = (await staffGet(`/staff/initiatives/${target.id}/support`)) as {
      offers: { status: string }[];
      offersDirect: boolean;
    };
    expect(after.offers[0]!.status).to.equal('done');

    q<HTMLInputElement>(el, '#offers-direct')!.click();
    await until(el, () => q(el, '[role=status]')?.textContent?.includes('rechtstreeks'), 'direct announced');
    const direct = (await staffGet(`/staff/initiatives/${target.id}/support`)) as { offersDirect: boolean };
    expect(direct.offersDirect).to.equal(true);

    // The year's figures count them, as the API does.
    const figures = (await staffGet(`/staff/figures?year=${new Date().getFullYear()}`)) as {
      backers: number;
      offers: number;
    };
    el.view = 'figures';
    await until(el, () => q(el, 'table.figures'), 'the figures');
    const rows = Object.fromEntries(
      qa(el, 'table.figures tr').map((r) => [r.querySelector('th')?.textContent, r.querySelector('td')?.textContent]),
    );
    expect(rows['Steunbetuigingen']).to.equal(String(figures.backers));
    expect(rows['Hulpaanbiedingen']).to.equal(String(figures.offers));
    expect(figures.backers).to.be.greaterThanOrEqual(2);
  });
});
