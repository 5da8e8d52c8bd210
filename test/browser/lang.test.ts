import { expect, fixture } from '@open-wc/testing';
import '@buurtkit/core/define';
import '@buurtkit/phase-tracker/define';
import '@buurtkit/contact-finder/define';
import '@buurtkit/idea-form/define';
import '@buurtkit/initiative-map/define';
import '@buurtkit/staff-desk/define';
// @ts-expect-error served by the test runner
import { API } from '/__buurtkit/env.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Every element under a root, through shadow roots. */
function* everyElement(root: Element | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* everyElement(el.shadowRoot);
  }
}

const TAGS = [
  'buurt-config',
  'buurt-phase-tracker',
  'buurt-contact-finder',
  'buurt-idea-form',
  'buurt-initiative-map',
  'buurt-staff-desk',
];

describe('lang on our elements (WCAG 3.1.1, 3.1.2)', () => {
  for (const tag of TAGS) {
    it(`<${tag}> writes no empty lang, reflects one that is set, and drops it again`, async () => {
      const page = await fixture<HTMLDivElement>(`<div lang="nl"><${tag} api="${API}"></${tag}></div>`);
      const el = page.firstElementChild as Widget;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(el.hasAttribute('lang'), 'an unset lang is no attribute').to.equal(false);
      const empty = [...everyElement(page)].filter((e) => e.getAttribute('lang')?.trim() === '');
      expect(
        empty.map((e) => e.localName),
        'no lang="" inside either',
      ).to.deep.equal([]);
      el.lang = 'en';
      await el.updateComplete;
      expect(el.getAttribute('lang')).to.equal('en');
      el.lang = '';
      await el.updateComplete;
      expect(el.hasAttribute('lang')).to.equal(false);
    });
  }
});
