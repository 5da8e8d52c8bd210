import { expect, fixture } from '@open-wc/testing';
import '@buurtkit/core/define';
import '@buurtkit/phase-tracker/define';
import '@buurtkit/contact-finder/define';
import '@buurtkit/idea-form/define';
import '@buurtkit/initiative-map/define';
// @ts-expect-error served by the test runner
import { API, GEOCODER, TILES } from '/__buurtkit/env.js';
import { htmlcsErrors } from './helpers/htmlcs.ts';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Each resident widget as a page places it, and what shows it has rendered its content. */
const WIDGETS = [
  ['buurt-phase-tracker', 'initiative="1"', 'ol.phases'],
  ['buurt-contact-finder', 'municipality="GM0034"', '#postcode'],
  ['buurt-idea-form', `map-tiles="${TILES}"`, '#title'],
  ['buurt-initiative-map', `tiles="${TILES}" center="52.37,5.22" zoom="12"`, '.item'],
] as const;

describe('HTML_CodeSniffer beside axe (WCAG 2.1 AA)', () => {
  for (const [tag, attributes, ready] of WIDGETS)
    for (const lang of ['nl', 'en'])
      it(`<${tag}> in ${lang}: no error`, async () => {
        const page = await fixture<HTMLDivElement>(
          `<div lang="${lang}"><${tag} api="${API}" geocoder="${GEOCODER}" ${attributes}></${tag}></div>`,
        );
        const el = page.firstElementChild as Widget;
        for (let i = 0; i < 200 && !el.shadowRoot?.querySelector(ready); i++)
          await new Promise((r) => setTimeout(r, 25));
        await el.updateComplete;
        expect(await htmlcsErrors(page)).to.deep.equal([]);
      });

  it('finds what it is here for: an empty lang on a host element', async () => {
    const page = await fixture<HTMLDivElement>(`<div lang="nl"><p lang="">Tekst</p></div>`);
    expect((await htmlcsErrors(page)).join('\n')).to.match(/3_1_2|lang/i);
  });
});
