import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@buurtkit/configurator/define';
import { snippet, type BuurtConfigurator } from '@buurtkit/configurator';
// @ts-expect-error served by the test runner
import { API, GEOCODER, STATIC, TILES } from '/__buurtkit/env.js';
import { until } from './helpers/until.ts';

/** The CDN folder the build wrote, served by the test runner from the repository. */
const CDN = `${location.origin}/packages/buurtkit/dist/cdn/0.1.0/`;
const tiles = `${location.origin}${TILES as string}`;

const q = <T extends Element = HTMLElement>(el: BuurtConfigurator, s: string) => el.shadowRoot!.querySelector<T>(s);
const code = (el: BuurtConfigurator, id: string) => q(el, `#${id} code`)?.textContent ?? '';
const preview = (el: BuurtConfigurator) => el.querySelector<HTMLElement>('[slot=preview]')!;

async function configurator(lang = 'nl') {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}>
    <style>
      .theme-wadden {
        --buurt-color-primary: #0b5c4b;
        --buurt-radius: 0;
      }
    </style>
    <buurt-configurator
      api=${API}
      geocoder=${GEOCODER}
      tiles=${tiles}
      cdn=${CDN}
      house-styles="theme-wadden:Wadden"
    ></buurt-configurator>
  </div>`);
  const el = wrap.querySelector('buurt-configurator')!;
  await until(
    el,
    () => code(el, 'code-snippet') && q(el, '#option-theme option:nth-child(2)'),
    'snippet and API choices',
  );
  return el;
}

const change = (input: HTMLInputElement | HTMLSelectElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
};

describe('<buurt-configurator>', () => {
  it("makes the widget's snippet with this version's integrity hash and exactly its policy; axe-clean", async () => {
    const el = await configurator();
    const sri = (await (await fetch(`${CDN}sri.json`)).json()) as { files: Record<string, string> };
    const expected = snippet({
      widget: 'buurt-initiative-map',
      cdn: CDN,
      integrity: sri.files['buurtkit.js']!,
      api: API,
      attributes: { tiles, geocoder: GEOCODER },
    });
    expect(code(el, 'code-snippet')).to.equal(expected.html);
    expect(code(el, 'code-csp')).to.equal(`Content-Security-Policy: ${expected.csp}`);
    expect(code(el, 'code-iframe')).to.contain(`/embed/buurt-initiative-map?`);
    expect(preview(el).querySelector('buurt-initiative-map')!.getAttribute('tiles')).to.equal(tiles);
    await expect(el).to.be.accessible();
  });

  it('picks a widget by keyboard; the preview, the snippet and the options follow', async () => {
    const el = await configurator();
    q<HTMLInputElement>(el, '#widget-buurt-initiative-map')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await until(el, () => preview(el).querySelector('buurt-phase-tracker'), 'the tracker in the preview');
    expect(preview(el).querySelector('buurt-initiative-map')).to.equal(null);
    expect(code(el, 'code-snippet')).to.contain('<buurt-phase-tracker');
    expect(q(el, '#option-tiles')).to.equal(null);
    // The tracker's initiative is chosen from the API's own list, by title.
    const select = q<HTMLSelectElement>(el, '#option-initiative')!;
    const first = select.options[1]!;
    change(select, first.value);
    await until(el, () => code(el, 'code-snippet').includes(`initiative="${first.value}"`), 'the initiative');
    const tracker = preview(el).querySelector('buurt-phase-tracker')!;
    expect(tracker.getAttribute('initiative')).to.equal(first.value);
    await until(el, () => tracker.shadowRoot?.querySelector('ol.phases'), 'the tracker rendering it');
    await expect(el).to.be.accessible();
  });

  it('a static folder: its choices and preview come from the folder; the snippet says static, no frame', async () => {
    const el = await configurator();
    change(q<HTMLInputElement>(el, '#option-api')!, STATIC);
    q<HTMLInputElement>(el, '#option-api')!.dispatchEvent(new Event('blur'));
    q<HTMLInputElement>(el, '#option-static')!.click();
    await until(el, () => code(el, 'code-snippet').includes('static="static"'), 'the static snippet');
    expect(code(el, 'code-snippet')).to.contain(`api="${STATIC}"`);
    expect(q(el, '#code-iframe')).to.equal(null, 'a folder has no embed page');
    // The theme choices are the folder's.
    const themes = ((await (await fetch(new URL('themes.json', STATIC))).json()) as { items: { key: string }[] }).items;
    await until(
      el,
      () => [...q<HTMLSelectElement>(el, '#option-theme')!.options].length === themes.length + 1,
      'the themes of the folder',
    );
    const map = preview(el).querySelector<HTMLElement & { visibleItems: unknown[] }>('buurt-initiative-map')!;
    expect(map.hasAttribute('static')).to.equal(true);
    map.scrollIntoView();
    await until(map as never, () => map.visibleItems.length > 0, 'the preview map from the folder');
    await expect(el).to.be.accessible();
  });

  it('says what is wrong when a field is left, keeps the text, and leaves it out of the code', async () => {
    const el = await configurator();
    const zoom = q<HTMLInputElement>(el, '#option-zoom')!;
    zoom.focus();
    await sendKeys({ type: '99' });
    await sendKeys({ press: 'Tab' });
    await until(el, () => q(el, '#option-zoom-error'), 'the error');
    expect(q(el, '#option-zoom-error')!.textContent).to.contain('Vul een getal in van 6 tot en met 19.');
    expect(zoom.getAttribute('aria-invalid')).to.equal('true');
    expect(zoom.value).to.equal('99');
    expect(q(el, '.callout[role=alert]')!.textContent).to.contain('Nog niet alles klopt');
    expect(code(el, 'code-snippet')).not.to.contain('zoom=');
    expect(preview(el).querySelector('buurt-initiative-map')!.hasAttribute('zoom')).to.equal(false);
    change(zoom, '13');
    zoom.dispatchEvent(new Event('blur'));
    await until(el, () => code(el, 'code-snippet').includes('zoom="13"'), 'the corrected zoom');
    expect(q(el, '#option-zoom-error')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('finds a municipality: the map starts there, with its code, and focus goes back to the field', async () => {
    const el = await configurator();
    q<HTMLInputElement>(el, '#option-center-place')!.focus();
    await sendKeys({ type: 'almere' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => q(el, '.places button'), 'the places found');
    expect(q(el, '#option-center-status')!.textContent).to.equal('1 plaats gevonden.');
    q<HTMLButtonElement>(el, '.places button')!.click();
    await until(el, () => el.shadowRoot!.activeElement?.id === 'option-center', 'focus on the centre field');
    const center = q<HTMLInputElement>(el, '#option-center')!.value;
    expect(center).to.match(/^52\.\d+,5\.\d+$/);
    expect(q<HTMLInputElement>(el, '#option-municipality')!.value).to.equal('GM0034');
    expect(q(el, '#option-center-status')!.textContent).to.equal('De kaart begint bij Gemeente Almere.');
    const map = preview(el).querySelector('buurt-initiative-map')!;
    expect([map.getAttribute('center'), map.getAttribute('zoom'), map.getAttribute('municipality')]).to.deep.equal([
      center,
      '12',
      'GM0034',
    ]);
  });

  it('house style: typed colours are checked for contrast, previewed and given as CSS; a page theme too', async () => {
    const el = await configurator();
    q<HTMLInputElement>(el, '#style-custom')!.click();
    await until(el, () => q(el, '#style-primary'), 'the colour fields');
    change(q<HTMLInputElement>(el, '#style-primary')!, '#ffcc00');
    await until(el, () => q(el, '.styles ~ .callout[role=alert]'), 'the contrast warning');
    expect(q(el, '.styles ~ .callout')!.textContent).to.match(/te weinig contrast met wit: 1,\d:1/);
    expect(code(el, 'code-css')).to.contain('--buurt-color-primary: #ffcc00;');
    expect(getComputedStyle(preview(el)).getPropertyValue('--buurt-color-primary').trim()).to.equal('#ffcc00');
    change(q<HTMLInputElement>(el, '#style-primary')!, '#0b5c4b');
    await until(el, () => !q(el, '.styles ~ .callout'), 'no warning for a dark colour');
    // A theme class the page has: the preview takes it, and the CSS lists what it sets.
    q<HTMLInputElement>(el, '#style-preset-theme-wadden')!.click();
    await until(el, () => code(el, 'code-css').includes('--buurt-radius: 0;'), 'the theme in the CSS');
    expect(preview(el).classList.contains('theme-wadden')).to.equal(true);
    expect(code(el, 'code-css')).to.contain('--buurt-color-primary: #0b5c4b;');
    // The default: no CSS, and the page's theme no longer reaches the preview.
    q<HTMLInputElement>(el, '#style-default')!.click();
    await until(el, () => !q(el, '#code-css'), 'no CSS block');
    await expect(el).to.be.accessible();
  });

  it('copies each block with one button and says so', async () => {
    const el = await configurator();
    const button = q<HTMLButtonElement>(el, '#code-csp ~ .actions button')!;
    expect(button.textContent!.trim()).to.equal('Kopieer beveiligingsregels (content-security-policy)');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => q(el, '.copy-status')!.textContent, 'the status');
    const status = q(el, '.copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    // Headless Chromium may refuse the clipboard: then the text is selected for Ctrl+C instead.
    if (status.textContent!.includes('lukte niet')) expect(getSelection()!.toString()).to.equal(code(el, 'code-csp'));
    else expect(status.textContent).to.equal('Beveiligingsregels (Content-Security-Policy) staat op het klembord.');
  });

  it('speaks English and Frisian; axe-clean', async () => {
    for (const [lang, words] of [
      ['en', 'Choose a part'],
      ['fy', 'Kies in ûnderdiel'],
    ] as const) {
      const el = await configurator(lang);
      await el.msg.ready();
      await until(el, () => el.shadowRoot!.textContent!.includes(words), lang);
      expect(q(el, '#code-snippet-title')!.textContent).to.equal(
        lang === 'en' ? 'Code for your page' : 'Koade foar dyn side',
      );
      await expect(el).to.be.accessible();
    }
  });
});
