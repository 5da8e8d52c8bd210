import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NLDS_THEMES } from '../../demo/nlds-themes.js';
import { placeWidget, WIDGETS, type Widget } from './helpers/widgets.ts';

/**
 * NL Design System themes as their npm packages publish them: with a theme's class on the
 * page and its CSS loaded, every resident widget takes the theme's colours, font and focus
 * through the `--basis-*` tokens, with no Buurtkit CSS, and stays WCAG AA.
 */

const rgb = (value: string) => {
  const probe = document.createElement('i');
  probe.style.color = value;
  document.body.append(probe);
  const out = getComputedStyle(probe).color;
  probe.remove();
  return out;
};
const channels = (color: string) =>
  color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
const luminance = (color: string) => {
  const [r, g, b] = channels(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** A basis token as the theme sets it, resolved in the theme's scope as a colour (or another property). */
function basis(page: Element, token: string, property: 'color' | 'font-family' = 'color'): string {
  const probe = document.createElement('i');
  probe.style.setProperty(property, `var(--basis-${token})`);
  page.append(probe);
  const out = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return out;
}
const tokenOf = (el: Element, name: string) => rgb(getComputedStyle(el).getPropertyValue(`--_buurt-${name}`).trim());

async function loadTheme(css: string) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/node_modules/${css}`;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** Tabs into the widget until something in its shadow tree has focus; that element. */
async function tabInto(el: Widget): Promise<HTMLElement> {
  document.body.focus();
  for (let i = 0; i < 40; i++) {
    await sendKeys({ press: 'Tab' });
    let active = el.shadowRoot!.activeElement as HTMLElement | null;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
    if (active && getComputedStyle(active).outlineStyle !== 'none') return active;
  }
  throw new Error(`nothing in <${el.localName}> took focus`);
}

for (const theme of NLDS_THEMES)
  describe(`NL Design System theme "${theme.title}" (${theme.css})`, () => {
    let link: HTMLLinkElement;
    before(async () => {
      link = await loadTheme(theme.css);
    });
    after(() => link.remove());

    for (const widget of WIDGETS)
      it(`<${widget[0]}> takes its colours, font and focus from the theme's basis tokens and stays AA`, async () => {
        const { page, el } = await placeWidget(widget, { className: theme.className });
        const primary = basis(page, 'color-action-1-inverse-bg-default');
        expect(primary, 'the theme sets an action colour').to.not.equal(rgb('#1a4f8b'));
        expect(tokenOf(el, 'color-primary')).to.equal(primary);
        expect(tokenOf(el, 'color-background')).to.equal(basis(page, 'color-default-bg-document'));
        expect(getComputedStyle(el).color, 'text').to.equal(basis(page, 'color-default-color-document'));
        expect(getComputedStyle(el).fontFamily, 'font').to.equal(
          basis(page, 'text-font-family-default', 'font-family'),
        );
        const button = el.shadowRoot!.querySelector<HTMLElement>('.button:not(.secondary):not([disabled])');
        if (button) expect(getComputedStyle(button).backgroundColor, 'its primary button').to.equal(primary);

        const focused = await tabInto(el);
        const style = getComputedStyle(focused);
        expect(style.outlineColor, 'focus outline').to.equal(basis(page, 'focus-color'));
        expect(style.boxShadow, 'focus halo').to.contain(basis(page, 'focus-background-color'));
        const ground = basis(page, 'color-default-bg-document');
        expect(contrast(style.outlineColor, ground), 'focus outline against the page (1.4.11)').to.be.at.least(3);
        await expect(page).to.be.accessible();
      });

    it('the idea form with its errors shown: error colours from the theme, still AA', async () => {
      const { page, el } = await placeWidget(WIDGETS[2], { className: theme.className });
      el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
      for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('.error-summary'); i++)
        await new Promise((r) => setTimeout(r, 25));
      const error = el.shadowRoot!.querySelector<HTMLElement>('.field .error')!;
      expect(getComputedStyle(error).color).to.equal(basis(page, 'color-negative-color-document'));
      await expect(page).to.be.accessible();
    });

    it('a widget whose API is down shows its error in the theme, still AA', async () => {
      const { page, el } = await placeWidget(WIDGETS[0], {
        className: theme.className,
        api: 'http://127.0.0.1:9/api/v1',
        ready: '[role=alert]',
      });
      expect(el.shadowRoot!.querySelector('[role=alert]'), 'the error').to.not.equal(null);
      await expect(page).to.be.accessible();
    });
  });

describe('token order: component token, then --buurt-*, then --basis-*, then our default', () => {
  it('each level wins over the ones after it', async () => {
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const { el } = await placeWidget(WIDGETS[1], { className: 'order' });
    const button = () => getComputedStyle(el.shadowRoot!.querySelector('.button:not(.secondary)')!).backgroundColor;
    expect(button()).to.equal(rgb('#1a4f8b'));
    sheet.replaceSync('.order { --basis-color-action-1-inverse-bg-default: rgb(81, 21, 239) }');
    expect(button()).to.equal('rgb(81, 21, 239)');
    sheet.insertRule('.order { --buurt-color-primary: rgb(0, 110, 50) }');
    expect(button()).to.equal('rgb(0, 110, 50)');
    sheet.insertRule('.order { --buurt-button-background-color: rgb(120, 0, 90) }');
    expect(button()).to.equal('rgb(120, 0, 90)');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });
});
