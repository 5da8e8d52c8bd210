import { expect, fixture } from '@open-wc/testing';
import { htmlcsErrors } from './helpers/htmlcs.ts';
import { placeWidget, WIDGETS } from './helpers/widgets.ts';

describe('HTML_CodeSniffer beside axe (WCAG 2.1 AA)', () => {
  for (const widget of WIDGETS)
    for (const lang of ['nl', 'en'])
      it(`<${widget[0]}> in ${lang}: no error`, async () => {
        const { page } = await placeWidget(widget, { lang });
        expect(await htmlcsErrors(page)).to.deep.equal([]);
      });

  it('finds what it is here for: an empty lang on a host element', async () => {
    const page = await fixture<HTMLDivElement>(`<div lang="nl"><p lang="">Tekst</p></div>`);
    expect((await htmlcsErrors(page)).join('\n')).to.match(/3_1_2|lang/i);
  });
});
