import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineElement, relativeTime, VERSION, type BuurtErrorEvent } from '@buurtkit/core';
import '@buurtkit/core/define';
import './fixtures/test-widget.ts';
import type { TestWidget } from './fixtures/test-widget.ts';
import { until } from './helpers/until.ts';
// @ts-expect-error served by the test runner
import { API } from '/__buurtkit/env.js';

const settle = async (el: TestWidget) => {
  await el.updateComplete;
  await el.msg.ready();
  await el.core.ready();
  await el.updateComplete;
};
const title = (el: TestWidget) => el.shadowRoot!.querySelector('h1')!.textContent;

describe('guarded define', () => {
  it('a second registration of the same version is silent, another version warns once and never throws', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class A extends HTMLElement {}
      class B extends HTMLElement {}
      class C extends HTMLElement {}
      defineElement('buurt-define-test', A);
      expect(() => defineElement('buurt-define-test', B)).not.to.throw();
      expect(warnings).to.have.length(0);
      expect(customElements.get('buurt-define-test')).to.equal(A);
      expect(() => defineElement('buurt-define-test', C, '9.9.9')).not.to.throw();
      expect(() => defineElement('buurt-config', C, '9.9.9')).not.to.throw();
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain(`Buurtkit ${VERSION}`);
    } finally {
      console.warn = original;
    }
  });
});

describe('locale resolution', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'nl'));

  it('takes the element own lang, else the nearest ancestor, else <html lang>, else Dutch', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="fy-NL"><section><buurt-test-widget></buurt-test-widget></section><buurt-test-widget
        lang="en"></buurt-test-widget></div>`,
    );
    const [inFrisian, own] = wrap.querySelectorAll('buurt-test-widget');
    await settle(inFrisian!);
    await settle(own!);
    expect(title(inFrisian!)).to.equal('Hallo buert');
    expect(title(own!)).to.equal('Hello neighbourhood');
    const page = await fixture<TestWidget>(html`<buurt-test-widget></buurt-test-widget>`);
    await settle(page);
    expect(title(page)).to.equal('Hello neighbourhood');
    document.documentElement.removeAttribute('lang');
    page.core.refresh();
    page.msg.refresh();
    await settle(page);
    expect(title(page)).to.equal('Hallo buurt');
    const german = await fixture<HTMLDivElement>(html`<div lang="de"><buurt-test-widget></buurt-test-widget></div>`);
    const w = german.querySelector('buurt-test-widget')!;
    await settle(w);
    expect(title(w)).to.equal('Hallo buurt', 'a language we do not have falls back to Dutch');
  });

  it('follows live changes of any ancestor, also across a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    const widget = document.createElement('buurt-test-widget');
    inner.append(widget);
    shadow.append(inner);
    await settle(widget);
    expect(title(widget)).to.equal('Hallo buurt');
    host.setAttribute('lang', 'fy');
    await new Promise((r) => setTimeout(r, 20));
    await settle(widget);
    expect(title(widget)).to.equal('Hallo buert');
    widget.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 20));
    await settle(widget);
    expect(title(widget)).to.equal('Hello neighbourhood');
    expect(widget.core.t('retry')).to.equal('Try again');
  });

  it('formats dates, numbers and durations with Intl in the resident language', async () => {
    const w = await fixture<TestWidget>(html`<buurt-test-widget lang="nl"></buurt-test-widget>`);
    await settle(w);
    const twelveDaysAgo = Date.now() - 12 * 86_400_000;
    expect(relativeTime(w.core, twelveDaysAgo)).to.equal('12 dagen geleden');
    expect(w.core.number(1234.5)).to.equal('1.234,5');
    w.setAttribute('lang', 'en');
    await settle(w);
    expect(relativeTime(w.core, twelveDaysAgo)).to.equal('12 days ago');
    expect(w.core.date('2026-03-05T12:00:00Z')).to.equal('5 March 2026');
  });
});

describe('<buurt-config>', () => {
  it('hands its API to widgets below; a widget own attribute wins; changes flow down', async () => {
    const config = await fixture(
      html`<buurt-config api="https://a.example/api/v1"><buurt-test-widget></buurt-test-widget><buurt-test-widget
        api="https://own.example/api/v1"></buurt-test-widget></buurt-config>`,
    );
    const [inherits, own] = config.querySelectorAll('buurt-test-widget');
    await settle(inherits!);
    expect(inherits!.apiUrl).to.equal('https://a.example/api/v1');
    expect(own!.apiUrl).to.equal('https://own.example/api/v1');
    config.setAttribute('api', 'https://b.example/api/v1');
    await (config as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(inherits!.apiUrl).to.equal('https://b.example/api/v1');
    expect(own!.apiUrl).to.equal('https://own.example/api/v1');
  });

  it('its lang reaches the widgets inside', async () => {
    const config = await fixture(html`<buurt-config lang="fy"><buurt-test-widget></buurt-test-widget></buurt-config>`);
    const w = config.querySelector('buurt-test-widget')!;
    await settle(w);
    expect(title(w)).to.equal('Hallo buert');
  });
});

describe('theme tokens', () => {
  const buttonColour = (el: TestWidget) => getComputedStyle(el.shadowRoot!.querySelector('button')!).backgroundColor;

  it('default, then the common token of the page, then the component token', async () => {
    const plain = await fixture<TestWidget>(html`<buurt-test-widget></buurt-test-widget>`);
    expect(buttonColour(plain)).to.equal('rgb(26, 79, 139)');
    const themed = await fixture<HTMLDivElement>(
      html`<div class="theme"><buurt-test-widget></buurt-test-widget></div>`,
    );
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.theme { --buurt-color-primary: rgb(0, 110, 50); --buurt-font-family: Georgia, serif; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const w = themed.querySelector('buurt-test-widget')!;
    await w.updateComplete;
    expect(buttonColour(w)).to.equal('rgb(0, 110, 50)');
    expect(getComputedStyle(w).fontFamily).to.contain('Georgia');
    sheet.replaceSync(
      '.theme { --buurt-color-primary: rgb(0, 110, 50); --buurt-button-background-color: rgb(120, 0, 90); }',
    );
    expect(buttonColour(w)).to.equal('rgb(120, 0, 90)');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });

  it('keeps 16 px text on a page with html { font-size: 62.5% }', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('html { font-size: 62.5% }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const w = await fixture<TestWidget>(html`<buurt-test-widget></buurt-test-widget>`);
    expect(getComputedStyle(w.shadowRoot!.querySelector('label')!).fontSize).to.equal('16px');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });
});

describe('shared pieces', () => {
  it('are accessible, in every state', async () => {
    const w = await fixture<TestWidget>(html`<buurt-test-widget api=${API}></buurt-test-widget>`);
    await settle(w);
    await expect(w).to.be.accessible();
    w.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle(w);
    await expect(w).to.be.accessible();
    await w.load();
    await settle(w);
    await expect(w).to.be.accessible();
    w.loading = true;
    await settle(w);
    await expect(w).to.be.accessible();
  });

  it('work by keyboard: type, submit, the error summary takes focus and its link focuses the field', async () => {
    const w = await fixture<TestWidget>(html`<buurt-test-widget></buurt-test-widget>`);
    await settle(w);
    const input = w.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ press: 'Enter' });
    await settle(w);
    await new Promise((r) => setTimeout(r, 20));
    const summary = w.shadowRoot!.querySelector('.error-summary')!;
    expect(w.shadowRoot!.activeElement).to.equal(summary);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('name-error name-hint');
    await sendKeys({ press: 'Tab' });
    expect(w.shadowRoot!.activeElement?.tagName).to.equal('A');
    await sendKeys({ press: 'Enter' });
    expect(w.shadowRoot!.activeElement).to.equal(input);
    await sendKeys({ type: 'Fatma' });
    await sendKeys({ press: 'Tab' });
    expect(w.shadowRoot!.activeElement?.tagName).to.equal('BUTTON');
    await sendKeys({ press: 'Enter' });
    await settle(w);
    expect(w.name).to.equal('Fatma');
    expect(w.sent).to.equal(1);
  });
});

describe('error surface', () => {
  it('shows a localized error with retry and emits buurt-error; retry recovers', async () => {
    const w = await fixture<TestWidget>(
      html`<buurt-test-widget lang="en" api="http://127.0.0.1:9/api/v1"></buurt-test-widget>`,
    );
    await settle(w);
    const event = oneEvent(w, 'buurt-error') as Promise<BuurtErrorEvent>;
    void w.load();
    const e = await event;
    expect(e.bubbles && e.composed).to.equal(true);
    expect(e.detail.kind).to.equal('network');
    await settle(w);
    await new Promise((r) => setTimeout(r, 50));
    const alert = w.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('We cannot fetch the information right now');
    await expect(w).to.be.accessible();
    w.api = API;
    await settle(w);
    (w.shadowRoot!.querySelector('[part=retry]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 300));
    await settle(w);
    expect(w.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(w.shadowRoot!.querySelector('.count')!.textContent).to.equal('10 themes');
  });

  it('says so clearly when the page set no API', async () => {
    const w = await fixture<TestWidget>(html`<buurt-test-widget></buurt-test-widget>`);
    await settle(w);
    await w.load();
    await settle(w);
    expect(w.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('het adres van de gegevens ontbreekt');
  });
});

describe('the map adapter', () => {
  it("projects many places to exactly Leaflet's container pixels, at every zoom and after a pan", async () => {
    const { createMap } = await import('../../packages/core/src/map/adapter.ts');
    const box = document.createElement('div');
    box.style.cssText = 'width:600px;height:400px';
    document.body.append(box);
    const map = await createMap(box, { lat: 52.37, lon: 5.22, zoom: 8, tiles: '/__buurtkit/tiles/{z}/{x}/{y}.png' });
    try {
      let seed = 3;
      const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      for (const [zoom, dx] of [
        [3, 0],
        [8, 0],
        [12, 0.01],
        [17, 0.0003],
      ] as const) {
        map.setView(52.37 + dx, 5.22 + dx, zoom);
        const project = map.projector();
        for (let i = 0; i < 200; i++) {
          const lat = 50.7 + random() * 3;
          const lon = 3.3 + random() * 4;
          expect(project(lat, lon)).to.deep.equal(map.project(lat, lon), `${lat},${lon} at zoom ${zoom}`);
        }
        expect(project(89, 0)).to.deep.equal(map.project(89, 0), 'clamped near the pole like Leaflet');
      }
    } finally {
      map.destroy();
      box.remove();
    }
  });
});

describe('nlds:content-updated', () => {
  it('tells the host page when the visible text changed, and only then', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    let told = 0;
    page.addEventListener('nlds:content-updated', () => told++);
    const el = document.createElement('buurt-test-widget') as TestWidget;
    page.append(el);
    await settle(el);
    expect(title(el)).to.equal('Hallo buurt');
    const first = told;
    expect(first, 'told after the first render').to.be.greaterThan(0);
    el.requestUpdate();
    await el.updateComplete;
    expect(told, 'a render with the same text says nothing').to.equal(first);
    page.lang = 'en';
    await until(el, () => title(el) === 'Hello neighbourhood', 'the English title');
    expect(told, 'new words: told again').to.be.greaterThan(first);
  });
});
