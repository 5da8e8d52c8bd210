import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@buurtkit/phase-tracker/define';
import type { PhaseTracker } from '@buurtkit/phase-tracker';
import { until } from './helpers/until.ts';
// @ts-expect-error served by the test runner
import { API, STAFF_TOKEN } from '/__buurtkit/env.js';

type Detail = {
  id: number;
  title: string;
  phase: string;
  phaseModel: string;
  phaseSince: string;
  history: { phase: string; note: string | null }[];
};
type Model = { key: string; phases: { key: string; label: { nl: string; en?: string } }[] };

const get = async (path: string) => (await fetch(`${API}${path}`)).json();
const staff = (path: string, body: unknown) =>
  fetch(`${API}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${STAFF_TOKEN}` },
    body: JSON.stringify(body),
  });
async function submitIdea(extra: Record<string, unknown> = {}) {
  const { token } = await get('/ideas/form-token');
  const res = await fetch(`${API}/ideas`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      title: 'Picknicktafels',
      description: 'Picknicktafels bij de speeltuin voor ouders.',
      theme: 'jeugd',
      location: { lat: 52.341, lon: 5.205 },
      contact: { name: 'Test Bewoner', email: 'test@example.org' },
      formToken: token,
      ...extra,
    }),
  });
  return res.json() as Promise<{ id: number; reference: string }>;
}

/** Waits until the tracker has loaded and rendered in its language. */
async function ready(el: PhaseTracker) {
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    await el.msg.ready();
    const root = el.shadowRoot!;
    if (!root.querySelector('.skeleton') && root.querySelector('section, [role=alert], form')) return el;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('tracker did not finish loading');
}
const q = (el: PhaseTracker, s: string) => el.shadowRoot!.querySelector(s);
const qa = (el: PhaseTracker, s: string) => [...el.shadowRoot!.querySelectorAll(s)];

describe('<buurt-phase-tracker>', () => {
  let models: Record<string, Model>;
  before(async () => {
    models = Object.fromEntries(((await get('/phase-models')).items as Model[]).map((m) => [m.key, m]));
  });

  it('shows every seeded initiative, of both models and in every phase, at its current step', async () => {
    const list = await get('/initiatives?limit=100');
    const seen = new Set<string>();
    for (const f of list.features) {
      const detail: Detail = await get(`/initiatives/${f.id}`);
      const el = await ready(
        await fixture<PhaseTracker>(html`<buurt-phase-tracker api=${API} initiative=${f.id}></buurt-phase-tracker>`),
      );
      const model = models[detail.phaseModel]!;
      const index = model.phases.findIndex((p) => p.key === detail.phase);
      const steps = qa(el, 'ol.phases > li');
      expect(steps).to.have.length(model.phases.length);
      expect(steps.findIndex((s) => s.getAttribute('aria-current') === 'step')).to.equal(index, detail.title);
      expect(qa(el, 'ol.phases > li.done')).to.have.length(index);
      // Not by colour alone: a check mark and a spoken status on each finished step.
      for (const done of qa(el, 'li.done')) {
        expect(done.querySelector('.marker')!.textContent!.trim()).to.equal('✓');
        expect(done.textContent).to.contain('(afgerond)');
      }
      expect(q(el, '[role=heading]')!.textContent).to.equal(detail.title);
      const days = Math.floor((Date.now() - Date.parse(detail.phaseSince)) / 86_400_000);
      expect(q(el, '.box')!.textContent).to.contain(`(${days} ${days === 1 ? 'dag' : 'dagen'})`);
      expect(qa(el, 'ol.history > li')).to.have.length(detail.history.length);
      seen.add(`${detail.phaseModel}/${detail.phase}`);
    }
    expect(seen.size).to.equal(10, 'every phase of both models was shown');
  });

  it('follows a phase move made through the staff API', async () => {
    const receipt = await submitIdea({ title: 'Bloembakken aan de brug' });
    const published = await (
      await staff(`/staff/ideas/${receipt.id}/publish`, {
        title: 'Bloembakken aan de brug',
        summary: 'Bloembakken.',
        description: 'Bewoners zetten bloembakken op de brug.',
        phaseModel: 'burgerinitiatief',
        role: 'faciliteren',
        contact: 4,
      })
    ).json();
    const el = await ready(
      await fixture<PhaseTracker>(
        html`<buurt-phase-tracker api=${API} initiative=${published.id}></buurt-phase-tracker>`,
      ),
    );
    expect(q(el, '[aria-current=step]')!.textContent).to.contain('Idee');
    expect(
      (
        await staff(`/staff/initiatives/${published.id}/phase`, {
          phase: 'definitie',
          note: 'Plan besproken op 3 december.',
        })
      ).status,
    ).to.equal(200);
    await el.load();
    await ready(el);
    expect(q(el, '[aria-current=step]')!.textContent).to.contain('Plan maken');
    expect(q(el, '.box')!.textContent).to.contain('Plan besproken op 3 december.');
    expect(q(el, '.box')!.textContent).to.contain('Opstart');
    expect(qa(el, 'ol.history > li')).to.have.length(2);
    expect(q(el, '.box a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:sanne.de.vries@gemeente.example');
  });

  it('tracks a reference from a real POST /ideas, typed by keyboard; unknown and malformed told apart', async () => {
    const receipt = await submitIdea();
    const el = await ready(await fixture<PhaseTracker>(html`<buurt-phase-tracker api=${API}></buurt-phase-tracker>`));
    const input = q(el, 'input') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'bk 2026' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(q(el, '#reference-error')!.textContent).to.contain('BK-7KQ4-M2XD-PQ33');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    // One character wrong (the last, the check character): a typo, told before anything is asked.
    const last = receipt.reference.at(-1) === '2' ? '3' : '2';
    input.value = '';
    input.dispatchEvent(new Event('input'));
    input.focus();
    await sendKeys({ type: `${receipt.reference.slice(0, -1)}${last}` });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(q(el, '#reference-error')!.textContent).to.contain('tikfout');
    input.value = '';
    input.dispatchEvent(new Event('input'));
    input.focus();
    await sendKeys({ type: 'BK-2026-999999' });
    await sendKeys({ press: 'Enter' });
    await ready(el);
    await new Promise((r) => setTimeout(r, 50));
    const alert = q(el, '[role=alert]')!;
    expect(alert.textContent).to.contain('We vinden geen idee met referentie BK-2026-999999');
    await expect(el).to.be.accessible();
    const again = q(el, 'input') as HTMLInputElement;
    again.value = '';
    again.dispatchEvent(new Event('input'));
    again.focus();
    await sendKeys({ type: receipt.reference.toLowerCase() });
    await sendKeys({ press: 'Enter' });
    await ready(el);
    await new Promise((r) => setTimeout(r, 50));
    await ready(el);
    expect(q(el, '[aria-current=step]')!.textContent).to.contain('Idee');
    expect(q(el, '.box')!.textContent).to.contain('We hebben je idee ontvangen');
    expect(q(el, '.box')!.textContent).to.contain('wijkregisseur');
    await expect(el).to.be.accessible();
  });

  it('tracks by reference attribute, and a closed idea shows its reason', async () => {
    const receipt = await submitIdea();
    await staff(`/staff/ideas/${receipt.id}/close`, { reason: 'Dit gebeurt al in het project Groen Haven.' });
    const el = await ready(
      await fixture<PhaseTracker>(
        html`<buurt-phase-tracker api=${API} reference=${receipt.reference}></buurt-phase-tracker>`,
      ),
    );
    expect(q(el, '.box')!.textContent).to.contain('Dit idee is afgesloten.');
    expect(q(el, '.box')!.textContent).to.contain('Dit gebeurt al in het project Groen Haven.');
  });

  it('explains the process from a model alone, with no current step', async () => {
    const el = await ready(
      await fixture<PhaseTracker>(
        html`<buurt-phase-tracker api=${API} model="aardgasvrije-wijk"></buurt-phase-tracker>`,
      ),
    );
    expect(qa(el, 'ol.phases > li')).to.have.length(5);
    expect(q(el, '[aria-current]')).to.equal(null);
    expect(qa(el, 'dl.details')).to.have.length(5);
    expect(el.shadowRoot!.textContent).to.contain('Wat je van de gemeente mag verwachten');
    await expect(el).to.be.accessible();
  });

  it("explains the uitdaagrecht with the municipality's deadline per phase, where there is one", async () => {
    const el = await ready(
      await fixture<PhaseTracker>(html`<buurt-phase-tracker api=${API} model="uitdaagrecht"></buurt-phase-tracker>`),
    );
    // Each list's terms with what they say: the deadline is a term of its own.
    const lists = qa(el, 'dl.details').map((dl) =>
      [...dl.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`),
    );
    expect(lists).to.have.length(5);
    expect(lists[1]).to.include('Termijn van de gemeente: Binnen 40 werkdagen');
    expect(lists[3]!.join(), 'carrying out has no deadline').not.to.contain('Termijn');
    el.lang = 'en';
    await el.msg.ready();
    await until(el, () => q(el, 'dl.details')?.textContent?.includes('Within 10 working days'), 'English');
    await expect(el).to.be.accessible();
  });

  it('opens and closes phase explanations by keyboard', async () => {
    const el = await ready(
      await fixture<PhaseTracker>(html`<buurt-phase-tracker api=${API} initiative="1"></buurt-phase-tracker>`),
    );
    const first = q(el, 'button.disclosure') as HTMLButtonElement;
    first.focus();
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    const panel = el.shadowRoot!.getElementById(first.getAttribute('aria-controls')!)!;
    expect(panel.tagName).to.equal('DL');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(qa(el, 'button.disclosure')[1]);
  });

  it('renders a stored XSS payload in a note as text', async () => {
    const receipt = await submitIdea({ title: '<img src=x onerror="window.__xss=1">' });
    const published = await (
      await staff(`/staff/ideas/${receipt.id}/publish`, {
        title: '<script>window.__xss=1</script>',
        summary: 'x<svg onload=alert(1)>',
        description: 'xxx',
        phaseModel: 'burgerinitiatief',
        role: 'loslaten',
        note: '<img src=x onerror="window.__xss=1"><a href="javascript:alert(1)">klik</a>',
      })
    ).json();
    const el = await ready(
      await fixture<PhaseTracker>(
        html`<buurt-phase-tracker api=${API} initiative=${published.id}></buurt-phase-tracker>`,
      ),
    );
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    expect(q(el, '[role=heading]')!.textContent).to.equal('<script>window.__xss=1</script>');
    expect(q(el, '.box')!.textContent).to.contain('<img src=x onerror="window.__xss=1">');
    expect(el.shadowRoot!.querySelectorAll('img, script, svg')).to.have.length(0);
    expect(
      [...el.shadowRoot!.querySelectorAll('a')].every((a) => /^(mailto|tel):/.test(a.getAttribute('href') ?? '')),
    ).to.equal(true);
  });

  it('speaks English and Frisian, following the page language live', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="en"><buurt-phase-tracker api=${API} initiative="1"></buurt-phase-tracker></div>`,
    );
    const el = await ready(wrap.querySelector('buurt-phase-tracker')!);
    expect(q(el, '.box')!.textContent).to.contain('Since');
    expect(q(el, 'button.disclosure')!.textContent).to.contain('What happens in the phase');
    wrap.setAttribute('lang', 'fy');
    await new Promise((r) => setTimeout(r, 50));
    await ready(el);
    expect(q(el, '.box')!.textContent).to.contain('Sûnt');
  });

  it('lays out vertically on phones, horizontally when wide, and compact on request; axe-clean in each', async () => {
    await setViewport({ width: 1200, height: 900 });
    const wide = await ready(
      await fixture<PhaseTracker>(
        html`<buurt-phase-tracker api=${API} initiative="2" style="display:block;width:900px"></buurt-phase-tracker>`,
      ),
    );
    await new Promise((r) => setTimeout(r, 50));
    await wide.updateComplete;
    expect(q(wide, '.horizontal')).to.not.equal(null);
    await expect(wide).to.be.accessible();
    const narrow = await ready(
      await fixture<PhaseTracker>(
        html`<buurt-phase-tracker api=${API} initiative="2" style="display:block;width:360px"></buurt-phase-tracker>`,
      ),
    );
    await new Promise((r) => setTimeout(r, 50));
    await narrow.updateComplete;
    expect(q(narrow, '.vertical')).to.not.equal(null);
    await expect(narrow).to.be.accessible();
    const compact = await ready(
      await fixture<PhaseTracker>(
        html`<buurt-phase-tracker api=${API} initiative="2" layout="compact"></buurt-phase-tracker>`,
      ),
    );
    expect(q(compact, '.history')).to.equal(null);
    expect(q(compact, '[aria-current=step]')!.textContent).to.contain('(huidige fase)');
    await expect(compact).to.be.accessible();
    const vertical = await ready(
      await fixture<PhaseTracker>(
        html`<buurt-phase-tracker api=${API} initiative="2" layout="vertical"
          style="display:block;width:900px"></buurt-phase-tracker>`,
      ),
    );
    expect(q(vertical, '.vertical')).to.not.equal(null, 'the attribute overrides the width');
  });

  it('shows a localized error with retry and emits buurt-error when the API is down', async () => {
    const el = await fixture<PhaseTracker>(
      html`<buurt-phase-tracker lang="en" api="http://127.0.0.1:9/api/v1" initiative="1"></buurt-phase-tracker>`,
    );
    const event = await oneEvent(el, 'buurt-error');
    expect(event.detail.kind).to.equal('network');
    await ready(el);
    expect(q(el, '[role=alert]')!.textContent).to.contain('We cannot fetch the information right now');
    await expect(el).to.be.accessible();
    el.api = API;
    await el.updateComplete;
    await ready(el);
    expect(q(el, '[aria-current=step]')).to.not.equal(null);
  });

  it('a late answer from a previous API address never overwrites the current one', async () => {
    // The page first points at a dead address, then corrects it (as the demo does):
    // the dead request keeps retrying on the old client and must not win.
    const config = await fixture(
      html`<buurt-config api="http://127.0.0.1:9/api/v1"><buurt-phase-tracker
        initiative="1"></buurt-phase-tracker></buurt-config>`,
    );
    const el = config.querySelector('buurt-phase-tracker')!;
    await el.updateComplete;
    config.setAttribute('api', API);
    await ready(el);
    await new Promise((r) => setTimeout(r, 2500));
    await el.updateComplete;
    expect(q(el, '[role=alert]')).to.equal(null);
    expect(q(el, '[aria-current=step]')).to.not.equal(null);
  });

  it('shows not-found for an initiative id that does not exist', async () => {
    const el = await ready(
      await fixture<PhaseTracker>(html`<buurt-phase-tracker api=${API} initiative="99999"></buurt-phase-tracker>`),
    );
    expect(q(el, '[role=alert]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
