import { expect, fixture, html } from '@open-wc/testing';

/**
 * The built bundle, loaded as a page would load it. Each `?copy=` is a separate module
 * instance: a whole second copy of Buurtkit with its own Lit, as when two site modules
 * each ship their own.
 */
const BUNDLE: string = '/packages/buurtkit/dist/buurtkit.js';
const OTHER_VERSION: string = '/__buurtkit/other-version.js';

describe('the all-in-one bundle (packages/buurtkit/dist/buurtkit.js)', () => {
  it('registers the elements, and two copies on one page neither throw nor warn', async () => {
    const warnings: unknown[] = [];
    const errors: unknown[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a);
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const first = await import(/* @vite-ignore */ `${BUNDLE}?copy=1`);
      const second = await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
      expect(first.VERSION).to.equal(second.VERSION);
      expect(customElements.get('buurt-config')).to.be.a('function');
      const el = await fixture(html`<buurt-config api="https://x.example/api/v1"><p>in</p></buurt-config>`);
      expect(el.shadowRoot).to.not.equal(null);
      expect(warnings).to.have.length(0);
      // A different version of the library: one warning, still no exception.
      await import(/* @vite-ignore */ OTHER_VERSION);
      expect(warnings).to.have.length(1);
      expect(String((warnings[0] as unknown[])[0])).to.contain('Buurtkit 0.0.9-other');
      expect(errors).to.deep.equal([]);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
  });
});

describe('widgets upgraded together', () => {
  it('render first each in a task of their own, not all in the task that upgraded them', async () => {
    await import(/* @vite-ignore */ `${BUNDLE}?copy=1`);
    const host = document.createElement('div');
    for (const model of ['burgerinitiatief', 'zelfbeheer']) {
      const tracker = document.createElement('buurt-phase-tracker');
      tracker.setAttribute('model', model);
      host.append(tracker);
    }
    document.body.append(host);
    try {
      const [a, b] = [...host.children] as (HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> })[];
      // Every microtask of this task has run: Lit alone would have rendered both by now.
      for (let i = 0; i < 20; i++) await Promise.resolve();
      expect([a!.hasUpdated, b!.hasUpdated]).to.deep.equal([false, false]);
      await a!.updateComplete;
      await b!.updateComplete;
      expect([a!.hasUpdated, b!.hasUpdated]).to.deep.equal([true, true]);
      expect(a!.shadowRoot!.childElementCount).to.be.greaterThan(0);
    } finally {
      host.remove();
    }
  });
});
