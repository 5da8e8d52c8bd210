import { expect, fixture, html } from '@open-wc/testing';
import '@buurtkit/staff-desk/define';
import type { StaffDesk } from '@buurtkit/staff-desk';
import { until } from './helpers/until.ts';
// @ts-expect-error served by the test runner
import { API, STAFF_TOKEN, TILES } from '/__buurtkit/env.js';

const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const staff = { Authorization: `Bearer ${STAFF_TOKEN}`, 'Content-Type': 'application/json' };
const models = async () => (await (await fetch(`${API}/phase-models`, { cache: 'no-store' })).json()).items;

async function desk(lang = 'nl') {
  sessionStorage.clear();
  const el = await fixture<StaffDesk>(
    html`<buurt-staff-desk api=${API} tiles=${TILES} lang=${lang} view="process"></buurt-staff-desk>`,
  );
  el.token = STAFF_TOKEN;
  await el.msg.ready();
  await until(el, () => qa(el, '.item').length >= 3, 'the phase models');
  return el;
}

async function press(el: StaffDesk, label: string) {
  const b = qa<HTMLButtonElement>(el, 'button').find((x) => x.textContent!.trim() === label);
  if (!b) throw new Error(`no button "${label}"`);
  b.click();
  await el.updateComplete;
}

async function type(el: StaffDesk, id: string, value: string) {
  const input = q<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  if (!input) throw new Error(`no field #${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const save = (el: StaffDesk) => q<HTMLButtonElement>(el, '.model-form button[type=submit]')!.click();

describe('<buurt-staff-desk> phase models (the municipality’s own process)', () => {
  // Other suites share this server (the tracker explains the uitdaagrecht as shipped): every
  // model is put back as it was, and the model new ideas enter is the first again.
  let challenge: Record<string, unknown>;
  before(async () => {
    const {
      key: _k,
      forNewIdeas: _f,
      ...body
    } = (await models()).find((m: { key: string }) => m.key === 'uitdaagrecht');
    challenge = body;
  });
  const restore = async () => {
    await fetch(`${API}/staff/phase-models/uitdaagrecht`, {
      method: 'PUT',
      headers: staff,
      body: JSON.stringify(challenge),
    });
    const entry = (await models()).find((m: { key: string }) => m.key === 'burgerinitiatief');
    const { key: _k, forNewIdeas: _f, ...body } = entry;
    await fetch(`${API}/staff/phase-models/burgerinitiatief`, {
      method: 'PUT',
      headers: staff,
      body: JSON.stringify({ ...body, forNewIdeas: true }),
    });
    await fetch(`${API}/staff/phase-models/wijkbudget`, { method: 'DELETE', headers: staff });
  };
  after(restore);

  it('lists the models with the one new ideas enter, and saves a reworded uitdaagrecht', async () => {
    const el = await desk();
    const names = qa(el, '.item .item-title').map((t) => t.textContent);
    expect(names).to.include.members(['Burgerinitiatief', 'Uitdaagrecht']);
    const entry = qa(el, '.item').find((li) => li.querySelector('.badge'))!;
    expect(entry.querySelector('.item-title')!.textContent).to.equal('Burgerinitiatief');
    await expect(el).to.be.accessible();

    q<HTMLButtonElement>(el, '[data-model="uitdaagrecht"]')!.click();
    await until(el, () => q(el, '.model-form'), 'the form');
    expect(el.shadowRoot!.activeElement?.id).to.equal('model-heading');
    expect(qa(el, 'fieldset.phase').length).to.equal(5);
    expect(q<HTMLInputElement>(el, '#model-phases-1-deadlineDays')!.value).to.equal('40');
    await type(el, 'model-phases-1-deadlineDays', '30');
    await type(el, 'model-phases-1-municipality-nl', 'Binnen zes weken beoordelen we je uitdaging.');
    // The evaluation moves up before the execution: focus follows the phase.
    const down = [...qa<HTMLButtonElement>(el, '#phase-3 button')].find((b) => b.textContent!.trim() === 'Omlaag')!;
    down.click();
    await until(el, () => el.shadowRoot!.activeElement?.id === 'phase-4', 'focus on the moved phase');
    await expect(el).to.be.accessible();
    save(el);
    await until(el, () => q(el, '.done')?.textContent?.includes('Uitdaagrecht'), 'saved');
    const stored = (await models()).find((m: { key: string }) => m.key === 'uitdaagrecht');
    expect(stored.phases.map((p: { key: string }) => p.key)).to.deep.equal([
      'uitdaging',
      'beoordeling',
      'besluit',
      'evaluatie',
      'uitvoering',
    ]);
    expect([stored.phases[1].deadlineDays, stored.phases[1].municipality.nl]).to.deep.equal([
      30,
      'Binnen zes weken beoordelen we je uitdaging.',
    ]);
    expect(stored.phases[1].municipality.en, 'the other languages stay').to.match(/assess/);
  });

  it('a new model for new ideas: errors first, at their fields; then saved, and new ideas enter it', async () => {
    const el = await desk();
    await press(el, 'Nieuw fasemodel');
    save(el);
    await until(el, () => q(el, '.error-summary'), 'the error summary');
    expect(el.shadowRoot!.activeElement?.classList.contains('error-summary')).to.equal(true);
    for (const id of ['model-key', 'model-label-nl', 'model-phases-0-key', 'model-phases-0-resident-nl'])
      expect(q(el, `#${id}`)!.getAttribute('aria-invalid'), id).to.equal('true');
    await expect(el).to.be.accessible();

    await type(el, 'model-key', 'wijkbudget');
    await type(el, 'model-label-nl', 'Wijkbudget');
    await type(el, 'model-label-en', 'Neighbourhood budget');
    await type(el, 'model-description-nl', 'Bewoners besteden samen het budget van hun wijk.');
    await type(el, 'model-answerDays', '5');
    q<HTMLInputElement>(el, '#model-forNewIdeas')!.click();
    for (const [i, key] of ['aanvraag', 'stemming'].entries()) {
      if (i > 0) await press(el, 'Fase toevoegen');
      await type(el, `model-phases-${i}-key`, key);
      for (const t of ['label', 'description', 'municipality', 'resident'])
        await type(el, `model-phases-${i}-${t}-nl`, `${t} van ${key}`);
    }
    save(el);
    await until(
      el,
      () => q(el, '.done')?.textContent?.includes('Wijkbudget'),
      () => `saved: ${q(el, '.form-problem')?.textContent} ${q(el, '.error-summary')?.textContent}`,
    );
    const entry = qa(el, '.item').find((li) => li.querySelector('.badge'))!;
    expect(entry.querySelector('.item-title')!.textContent).to.equal('Wijkbudget');
    expect(entry.textContent).to.contain('Antwoord binnen 5 werkdagen');

    const { token } = await (await fetch(`${API}/ideas/form-token`)).json();
    const sent = await fetch(`${API}/ideas`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Bankjes langs de vaart',
        description: 'Drie bankjes langs de vaart, zodat ouderen onderweg kunnen rusten.',
        theme: 'wonen-en-leefomgeving',
        contact: { name: 'Ria', email: 'ria@example.org' },
        formToken: token,
      }),
    });
    const tracking = await (await fetch(`${API}/tracking/${(await sent.json()).reference}`)).json();
    expect([tracking.phaseModel, tracking.phase]).to.deep.equal(['wijkbudget', 'aanvraag']);
    await restore();
  });

  it('dropping a phase initiatives are in: refused, naming them; what was typed stays', async () => {
    const el = await desk('en');
    q<HTMLButtonElement>(el, '[data-model="burgerinitiatief"]')!.click();
    await until(el, () => q(el, '.model-form'), 'the form');
    const remove = [...qa<HTMLButtonElement>(el, '#phase-2 button')].find(
      (b) => b.textContent!.trim() === 'Remove phase',
    )!;
    remove.click();
    await el.updateComplete;
    await type(el, 'model-label-en', 'Citizen initiative (our own)');
    save(el);
    await until(el, () => q(el, '.form-problem'), 'the refusal');
    expect(el.shadowRoot!.activeElement?.classList.contains('form-problem')).to.equal(true);
    const problem = q(el, '.form-problem')!.textContent!;
    expect(problem).to.contain('The phase ‘Start-up’ cannot go');
    const inIt = (await (await fetch(`${API}/initiatives?phase=opstart&limit=20`)).json()).features;
    expect(inIt.some((f: { properties: { title: string } }) => problem.includes(f.properties.title))).to.equal(
      true,
      problem,
    );
    expect(q<HTMLInputElement>(el, '#model-label-en')!.value, 'what was typed stays').to.equal(
      'Citizen initiative (our own)',
    );
    await expect(el).to.be.accessible();
    const stored = (await models()).find((m: { key: string }) => m.key === 'burgerinitiatief');
    expect(stored.phases.length).to.equal(5);
  });
});
