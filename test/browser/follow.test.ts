import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@buurtkit/phase-tracker/define';
import type { PhaseTracker } from '@buurtkit/phase-tracker';
import { tookPart } from './helpers/took-part.ts';
import { until } from './helpers/until.ts';
// @ts-expect-error served by the test runner
import { API } from '/__buurtkit/env.js';

async function ready(el: PhaseTracker) {
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    await el.msg.ready();
    if (!el.shadowRoot!.querySelector('.skeleton') && el.shadowRoot!.querySelector('section')) return el;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('tracker did not finish loading');
}
const q = (el: PhaseTracker, s: string) => el.shadowRoot!.querySelector(s);

// Following is part of the tracker, so the map's detail (which shows the compact tracker) has it too.
describe('following an initiative', () => {
  it('follows an initiative by keyboard: errors in the language, the address kept, the result announced', async () => {
    const el = await ready(
      await fixture<PhaseTracker>(
        html`<buurt-phase-tracker api=${API} initiative="1" lang="en"></buurt-phase-tracker>`,
      ),
    );
    const took = tookPart();
    await new Promise((r) => setTimeout(r, 1000));
    const open = q(el, 'button[part~=follow]') as HTMLButtonElement;
    expect(open.textContent!.trim()).to.equal('Follow this initiative');
    open.focus();
    await sendKeys({ press: 'Enter' });
    // Waited for, not slept on: on a loaded CI machine 500 ms was once not enough.
    const focused = () => el.shadowRoot!.activeElement?.id;
    await until(
      el,
      () => focused() === 'follow-email',
      () => `focus to move into the form (it is on "${focused()}")`,
    );
    await sendKeys({ type: 'not-an-address' });
    await sendKeys({ press: 'Enter' });
    const input = q(el, '#follow-email') as HTMLInputElement;
    await until(el, () => input.getAttribute('aria-invalid') === 'true', 'the address to be marked invalid');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#follow-email-error')!.textContent).to.contain('Fill in an e-mail address');
    expect(input.value).to.equal('not-an-address', 'what the resident typed stays');
    expect(took, 'nothing told while the form has errors').to.deep.equal([]);
    await expect(el).to.be.accessible();
    input.select();
    await sendKeys({ type: 'neighbour@example.org' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => q(el, '#follow-status'), 'the status message');
    const status = q(el, '#follow-status');
    expect(status, 'the status message').to.not.equal(null);
    expect(status!.getAttribute('role')).to.equal('status');
    expect(status!.textContent).to.contain('neighbour@example.org');
    // Compared by id: a failed comparison of elements would be serialised whole.
    await until(
      el,
      () => focused() === 'follow-status',
      () => `focus on the status (it is on "${focused()}")`,
    );
    // For the host page's statistics: what was done where, never the address.
    expect(took).to.deep.equal([{ initiative: 1, action: 'follow' }]);
    await expect(el).to.be.accessible();
  });

  it('offers no follow button where there is nothing to follow', async () => {
    const el = await ready(
      await fixture<PhaseTracker>(
        html`<buurt-phase-tracker api=${API} model="burgerinitiatief"></buurt-phase-tracker>`,
      ),
    );
    expect(q(el, 'button[part~=follow]')).to.equal(null);
  });
});
