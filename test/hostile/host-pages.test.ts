import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { STAFF_TOKEN, startTestServer, validIdea } from '../node/helpers/server.ts';
import { startOidcProvider } from '../node/helpers/oidc.ts';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dangerousNodes, startWorld, strictCsp, type Tab, type World } from './harness.ts';

/**
 * Every widget on pages a municipality might really have: a strict CSP, Trusted Types,
 * widgets from a CDN, hostile global CSS, two copies of the library. Each widget issue adds
 * its element to `widgets()` and its main flow to `drive()`.
 */

let world: World;
let reference: string;

before(async () => {
  world = await startWorld();
  const idea = await world.api.fetch('/api/v1/ideas', { method: 'POST', json: await validIdea(world.api) });
  reference = ((await idea.json()) as { reference: string }).reference;
});

/** All widgets, in each of their modes. */
const widgets = () => `<buurt-config api="${world.api.url}/api/v1" geocoder="${world.geocoder}">
  <h1>Initiatieven in Almere</h1>
  <buurt-phase-tracker id="by-id" initiative="1"></buurt-phase-tracker>
  <buurt-phase-tracker id="compact" initiative="1" layout="compact"></buurt-phase-tracker>
  <buurt-phase-tracker id="model" model="burgerinitiatief"></buurt-phase-tracker>
  <buurt-phase-tracker id="ask"></buurt-phase-tracker>
  <buurt-contact-finder municipality="GM0034"></buurt-contact-finder>
  <buurt-idea-form></buurt-idea-form>
  <buurt-initiative-map tiles="/tiles/{z}/{x}/{y}.png" center="52.37,5.22" zoom="10" deep-link></buurt-initiative-map>
</buurt-config>`;

const scripts = (...srcs: string[]) => srcs.map((s) => `<script type="module" src="${s}"></script>`).join('');
/** The page; with a nonce its own script carries it (under `'strict-dynamic'` nothing else runs). */
const pageHtml = (head: string, body = widgets(), nonce?: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Almere</title><script
    src="/host.js"${nonce ? ` nonce="${nonce}"` : ''}></script>${head}</head><body><main>${body}</main></body></html>`;

/** The main flow of each widget, as a resident would go through it. */
async function drive(tab: Tab) {
  const { page } = tab;
  const byId = page.locator('#by-id');
  await byId.locator('ol.phases').waitFor();
  await byId.locator('button.disclosure').first().click();
  assert.equal(await byId.locator('button.disclosure').first().getAttribute('aria-expanded'), 'true');
  // The back form (a lazy chunk with its own messages) stays open for the checks that follow.
  await byId.locator('button[part~=back]').click();
  await byId.locator('#back-name').waitFor();
  await page.locator('#compact ol.phases').waitFor();
  await page.locator('#model ol.phases').waitFor();
  const ask = page.locator('#ask');
  await ask.locator('input').fill(reference);
  await ask.locator('input').press('Enter');
  await ask.locator('ol.phases').waitFor();
  const finder = page.locator('buurt-contact-finder');
  await finder.locator('#postcode').fill('1353 AB');
  await finder.locator('#number').fill('12');
  await finder.locator('#number').press('Enter');
  await finder.locator('[part=contact]').waitFor();
  assert.match((await finder.locator('[part=contact] [role=heading]').textContent()) ?? '', /Sanne de Vries/);
  // The vCard is made by a lazy chunk, fetched from wherever the bundle came from.
  const download = page.waitForEvent('download');
  await finder.getByRole('button', { name: 'Bewaar contactgegevens' }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^Sanne de Vries\.vcf$/);
  await file.delete();
  // The idea form: a step with errors, then on, with a draft stored as the resident types.
  const form = page.locator('buurt-idea-form');
  await form.locator('button[type=submit]').click();
  await form.locator('.error-summary').waitFor();
  await form.locator('#title').fill('Bankjes bij de vijver');
  await form.locator('#description').fill('Meer bankjes bij de vijver, zodat ouderen kunnen uitrusten.');
  await form.locator('#theme').selectOption('groen-en-natuur');
  await form.locator('button[type=submit]').click();
  await form.locator('#postcode').waitFor();
  // The map: Leaflet, the cluster engine and the tracker arrive as lazy chunks when it is
  // scrolled into view; markers drawn, an initiative opened from the list and closed.
  const map = page.locator('buurt-initiative-map');
  await map.scrollIntoViewIfNeeded();
  await map.locator('.leaflet-container').waitFor();
  await page.waitForFunction(
    () =>
      (document.querySelector('buurt-initiative-map') as unknown as { visibleItems: unknown[] }).visibleItems.length >
      0,
  );
  // In a narrow column the list is behind the toggle, as on a phone.
  if (await map.locator('.toggle').count()) await map.getByRole('button', { name: 'Lijst' }).click();
  await map.locator('.item').first().click();
  await map.locator('.detail buurt-phase-tracker ol.phases').waitFor();
  assert.match(await page.evaluate(() => location.hash), /^#initiatief-\d+$/);
  await map.locator('.detail').press('Escape');
  await map.locator('.detail').waitFor({ state: 'detached' });
  // Another language: its catalogues are lazy chunks, loaded under the same policy.
  await page.evaluate(() => {
    document.documentElement.lang = 'en';
  });
  await page.waitForFunction(
    () =>
      document.querySelector('#model')?.shadowRoot?.querySelector('[role=heading]')?.textContent ===
      'How an initiative goes',
  );
}

/** Proof that styles from adopted stylesheets apply: CSP would silently drop inline ones. */
async function computedStyles(tab: Tab) {
  return tab.page.evaluate(() => {
    const shadow = (s: string) => document.querySelector(s)!.shadowRoot!;
    return {
      marker: getComputedStyle(shadow('#by-id').querySelector('.marker')!).borderTopStyle,
      card: getComputedStyle(shadow('buurt-contact-finder').querySelector('.card')!).display,
      // A secondary button: primary-coloured text and border on white.
      button: getComputedStyle(shadow('buurt-contact-finder').querySelector('.button.secondary')!).borderTopColor,
      form: getComputedStyle(shadow('buurt-idea-form').querySelector('.progress')!).display,
      map: getComputedStyle(shadow('buurt-initiative-map').querySelector('.panes')!).display,
    };
  });
}

/** Where the map clustered its points: in a worker or on the main thread. */
const clustering = (tab: Tab) =>
  tab.page.evaluate(
    () =>
      (performance.getEntriesByName('buurt-map:data-ready').at(-1) as PerformanceMark | undefined)?.detail?.clustering,
  );

async function expectClean(tab: Tab) {
  assert.deepEqual(await tab.violations(), [], 'no CSP or Trusted Types violation');
  assert.deepEqual(tab.errors, [], 'no errors on the console or uncaught');
  assert.deepEqual(await dangerousNodes(tab.page), []);
  assert.deepEqual(await computedStyles(tab), {
    marker: 'solid',
    card: 'grid',
    button: 'rgb(26, 79, 139)',
    form: 'flex',
    map: 'grid',
  });
}

describe('a strict Content-Security-Policy', () => {
  test('widgets served by the site itself', async () => {
    const url = world.page('/same-origin', {
      html: pageHtml(scripts('/js/buurtkit.js')),
      headers: { 'Content-Security-Policy': strictCsp(world) },
    });
    const tab = await world.open(url);
    await drive(tab);
    await expectClean(tab);
    // From its own origin, the bundle may start the cluster worker ('self').
    assert.equal(await clustering(tab), 'worker');
  });

  test('widgets from a CDN on another origin, lazy chunks included', async () => {
    const csp = strictCsp(world, { script: world.cdn });
    const url = world.page('/cdn', {
      html: pageHtml(scripts(`${world.cdn}/a/buurtkit.js`)),
      headers: { 'Content-Security-Policy': csp },
    });
    const tab = await world.open(url);
    await drive(tab);
    await expectClean(tab);
    // A worker must come from the page's origin: from a CDN the map clusters on the main thread.
    assert.equal(await clustering(tab), 'main');
  });
});

describe('when scripts cannot run', () => {
  // What the README tells editors to put inside each element: light DOM, never slotted, so
  // shown by a browser that never defines the element and gone once the widget renders.
  const fallbacks = (api: string) => `<buurt-config api="${api}">
    <buurt-initiative-map tiles="/tiles/{z}/{x}/{y}.png">
      <a href="/initiatieven">Alle initiatieven in een lijst</a>
    </buurt-initiative-map>
    <buurt-idea-form><a href="/idee-insturen">Stuur uw idee in via het formulier</a></buurt-idea-form>
    <buurt-phase-tracker model="burgerinitiatief">
      <a href="/zo-werkt-het">Zo werkt een initiatief</a>
    </buurt-phase-tracker>
    <buurt-contact-finder><a href="/contact">Vind uw contactpersoon</a></buurt-contact-finder>
  </buurt-config>`;
  const names = ['Alle initiatieven', 'Stuur uw idee', 'Zo werkt een initiatief', 'Vind uw contactpersoon'];

  test('a fallback link inside each element is there without scripts and gone once the widget is', async () => {
    const body = fallbacks(`${world.api.url}/api/v1`);
    const csp = { 'Content-Security-Policy': strictCsp(world, { script: world.cdn }) };
    const bare = await world.open(world.page('/no-scripts', { html: pageHtml('', body), headers: csp }));
    for (const name of names) assert.ok(await bare.page.getByRole('link', { name }).isVisible(), name);
    const tab = await world.open(
      world.page('/with-scripts', { html: pageHtml(scripts(`${world.cdn}/a/buurtkit.js`), body), headers: csp }),
    );
    await tab.page.locator('buurt-phase-tracker ol.phases').waitFor();
    await tab.page.locator('buurt-contact-finder #postcode').waitFor();
    for (const name of names) assert.equal(await tab.page.getByRole('link', { name }).count(), 0, name);
    assert.deepEqual(await tab.violations(), []);
  });
});

describe('privacy on the host page', () => {
  test('no cookie, and nothing sent anywhere but the bundle, the API and the geocoder the page names', async () => {
    const url = world.page('/privacy', {
      html: pageHtml(scripts(`${world.cdn}/a/buurtkit.js`)),
      headers: { 'Content-Security-Policy': strictCsp(world, { script: world.cdn }) },
    });
    const tab = await world.open(url);
    await drive(tab);
    await expectClean(tab);
    assert.deepEqual(await tab.page.context().cookies(), [], 'no cookie set by any answer');
    assert.equal(await tab.page.evaluate(() => document.cookie), '');
    const allowed = new Set([world.site, world.cdn, new URL(world.api.url).origin, new URL(world.geocoder).origin]);
    const elsewhere = tab.requests.filter((u) => !/^(data|blob):/.test(u) && !allowed.has(new URL(u).origin));
    assert.deepEqual(elsewhere, [], 'no request to any other origin');
    assert.ok(
      tab.requests.some((u) => u.startsWith(world.api.url)),
      'the flows did use the API',
    );
  });
});

describe("a nonce-based Content-Security-Policy with 'strict-dynamic'", () => {
  test('the bundle by its nonce, its lazy chunks by trust: every widget runs, under Trusted Types too', async () => {
    const nonce = randomBytes(18).toString('base64');
    const csp = strictCsp(world, { nonce, trustedTypes: 'lit-html buurtkit-worker' });
    const url = world.page('/nonce', {
      html: pageHtml(
        `<script type="module" nonce="${nonce}" src="${world.cdn}/a/buurtkit.js"></script>`,
        widgets(),
        nonce,
      ),
      headers: { 'Content-Security-Policy': csp },
    });
    const tab = await world.open(url);
    await drive(tab);
    await expectClean(tab);
  });

  test('a script without the nonce is refused: the policy is real', async () => {
    const nonce = randomBytes(18).toString('base64');
    const url = world.page('/nonce-missing', {
      html: pageHtml(scripts(`${world.cdn}/a/buurtkit.js`), widgets(), nonce),
      headers: { 'Content-Security-Policy': strictCsp(world, { nonce }) },
    });
    const tab = await world.open(url);
    await tab.page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0);
    assert.match((await tab.violations()).join('\n'), /^script-src-elem .*buurtkit\.js/m);
    assert.equal(await tab.page.evaluate(() => customElements.get('buurt-idea-form')), undefined);
  });
});

describe('Trusted Types enforced', () => {
  test("with Lit's policy allowed, every widget runs without one violation", async () => {
    const csp = strictCsp(world, { script: world.cdn, trustedTypes: 'lit-html' });
    const url = world.page('/trusted-types', {
      html: pageHtml(scripts(`${world.cdn}/a/buurtkit.js`)),
      headers: { 'Content-Security-Policy': csp },
    });
    const tab = await world.open(url);
    await drive(tab);
    await expectClean(tab);
    assert.equal(
      await tab.page.evaluate(() => typeof (window as unknown as { trustedTypes?: unknown }).trustedTypes),
      'object',
    );
  });
});

describe('Trusted Types with the bundle on the site itself', () => {
  test("allowing our 'buurtkit-worker' policy lets the map cluster in its worker, without a violation", async () => {
    const csp = strictCsp(world, { trustedTypes: 'lit-html buurtkit-worker' });
    const url = world.page('/trusted-types-self', {
      html: pageHtml(scripts('/js/buurtkit.js')),
      headers: { 'Content-Security-Policy': csp },
    });
    const tab = await world.open(url);
    await drive(tab);
    await expectClean(tab);
    assert.equal(await clustering(tab), 'worker');
  });
});

/** The id of the element that has focus, through every shadow root. */
const focusedId = (tab: Tab) =>
  tab.page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.id;
  });

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe on the whole page (shadow roots included): the rules it breaks, with where. */
async function axeViolations(tab: Tab) {
  await tab.page.evaluate(AXE);
  return tab.page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    type AxeViolation = { id: string; nodes: { target: unknown }[] };
    const { violations } = await axe.run(document);
    return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('following, backing and offering help on a strict page', () => {
  test('by keyboard in the tracker and in the map detail: lazy chunk from a CDN, axe-clean', async () => {
    const csp = strictCsp(world, { script: world.cdn, trustedTypes: 'lit-html' });
    const body = `<buurt-config api="${world.api.url}/api/v1" geocoder="${world.geocoder}">
      <h1>Initiatieven in Almere</h1>
      <buurt-phase-tracker id="by-id" initiative="1"></buurt-phase-tracker>
      <buurt-initiative-map tiles="/tiles/{z}/{x}/{y}.png" center="52.37,5.22" zoom="10"></buurt-initiative-map>
    </buurt-config>`;
    const url = world.page('/follow', {
      html: pageHtml(scripts(`${world.cdn}/a/buurtkit.js`), body),
      headers: { 'Content-Security-Policy': csp },
    });
    const tab = await world.open(url);
    const { page } = tab;
    const follow = async (tracker: ReturnType<typeof page.locator>, email: string) => {
      await tracker.locator('button[part~=follow]').focus();
      await page.keyboard.press('Enter');
      await tracker.locator('#follow-email').waitFor();
      await page.waitForFunction(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.id === 'follow-email';
      });
      await page.keyboard.type('geen adres');
      await page.keyboard.press('Enter');
      await tracker.locator('#follow-email-error').waitFor();
      assert.match((await tracker.locator('#follow-email-error').textContent()) ?? '', /e-mailadres/);
      assert.equal(await tracker.locator('#follow-email').inputValue(), 'geen adres', 'what was typed stays');
      assert.equal(await focusedId(tab), 'follow-email');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(email);
      await page.keyboard.press('Enter');
      await tracker.locator('#follow-status').waitFor();
      assert.equal(await focusedId(tab), 'follow-status', 'the result is read out where the form was');
      assert.match((await tracker.locator('#follow-status').textContent()) ?? '', new RegExp(email));
    };
    const tracker = page.locator('#by-id');
    await tracker.locator('ol.phases').waitFor();
    await follow(tracker, 'buur.tracker@example.org');
    // The map's detail shows the compact tracker, and so the same form.
    const map = page.locator('buurt-initiative-map');
    await map.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () =>
        (document.querySelector('buurt-initiative-map') as unknown as { visibleItems: unknown[] }).visibleItems.length >
        0,
    );
    if (await map.locator('.toggle').count()) await map.getByRole('button', { name: 'Lijst' }).click();
    await map.locator('.item').first().focus();
    await page.keyboard.press('Enter');
    const detail = map.locator('.detail buurt-phase-tracker');
    await detail.locator('ol.phases').waitFor();
    const initiative = Number(await detail.getAttribute('initiative'));
    await follow(detail, 'buur.kaart@example.org');
    // Backing (with a postcode looked up at PDOK's recorded answers) and offering help, the same way.
    const typeInto = async (selector: string, text: string) => {
      await page.waitForFunction((id) => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.id === id;
      }, selector.slice(1));
      await page.keyboard.type(text);
    };
    await tracker.locator('button[part~=back]').focus();
    await page.keyboard.press('Enter');
    await typeInto('#back-name', 'Buur Tracker');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await typeInto('#postcode', '1353 AB');
    await page.keyboard.press('Tab');
    await typeInto('#number', '12');
    await page.keyboard.press('Tab');
    await typeInto('#back-email', 'buur.steun@example.org');
    await page.keyboard.press('Enter');
    await tracker.locator('#back-status').waitFor();
    assert.equal(await focusedId(tab), 'back-status');
    await detail.locator('button[part~=offer]').focus();
    await page.keyboard.press('Enter');
    await typeInto('#offer-kinds-time', ' ');
    await detail.locator('#offer-message').focus();
    await typeInto('#offer-message', 'Ik heb een aanhanger.');
    await page.keyboard.press('Tab');
    await typeInto('#offer-name', 'Buur Kaart');
    await detail.locator('#offer-email').focus();
    await typeInto('#offer-email', 'buur.hulp@example.org');
    await page.keyboard.press('Enter');
    await detail.locator('#offer-status').waitFor();
    assert.equal(await focusedId(tab), 'offer-status');
    const backer = await world.api.db.get<{ given_area: string; name: string }>(
      `SELECT given_area, name FROM backers ORDER BY id DESC LIMIT 1`,
    );
    assert.deepEqual(backer, { given_area: 'BU00340801', name: 'Buur Tracker' }, 'only the buurt of the address');
    assert.deepEqual(await tab.violations(), [], 'no CSP or Trusted Types violation');
    assert.deepEqual(tab.errors, [], 'no errors on the console or uncaught');
    assert.deepEqual(await dangerousNodes(page), []);
    // Both requests reached the server, in the page's language, waiting for their confirmation.
    const rows = await world.api.db.all<{ initiative_id: number; email: string; locale: string; confirmed_at: null }>(
      `SELECT initiative_id, email, locale, confirmed_at FROM followers WHERE email LIKE 'buur.%' ORDER BY id`,
    );
    assert.deepEqual(rows, [
      { initiative_id: 1, email: 'buur.tracker@example.org', locale: 'nl', confirmed_at: null },
      { initiative_id: initiative, email: 'buur.kaart@example.org', locale: 'nl', confirmed_at: null },
    ]);
    // Last: axe is injected by the test, not by the page, and is not itself held to the policy.
    assert.deepEqual(await axeViolations(tab), []);
  });
});

describe('two copies of the library on one page', () => {
  test('same version and another version: no exception, one warning, widgets work', async () => {
    const csp = strictCsp(world, { script: world.cdn, trustedTypes: "lit-html 'allow-duplicates'" });
    const url = world.page('/two-copies', {
      html: pageHtml(
        scripts(`${world.cdn}/a/buurtkit.js`, `${world.cdn}/b/buurtkit.js`, `${world.cdn}/old/buurtkit.js`),
      ),
      headers: { 'Content-Security-Policy': csp },
    });
    const tab = await world.open(url);
    await drive(tab);
    await expectClean(tab);
    const ours = tab.warnings.filter((w) => /Buurtkit/.test(w));
    assert.equal(ours.length, 1, ours.join('\n'));
    assert.match(ours[0]!, /Buurtkit 0\.0\.9-old/);
  });

  test("without 'allow-duplicates' a second Lit makes no policy: documented; the first still works", async () => {
    const csp = strictCsp(world, { script: world.cdn, trustedTypes: 'lit-html' });
    const url = world.page('/two-copies-strict', {
      html: pageHtml(scripts(`${world.cdn}/a/buurtkit.js`, `${world.cdn}/b/buurtkit.js`)),
      headers: { 'Content-Security-Policy': csp },
    });
    const tab = await world.open(url);
    await drive(tab);
    // This pins what docs/security (Storybook "Security") tells hosts: allow duplicates when two copies may load.
    assert.ok(
      tab.errors.some((e) => /lit-html/.test(e)),
      `the second copy is refused: ${tab.errors.join('\n')}`,
    );
  });
});

/** CSS found on real sites, all at once: resets, frameworks, `all: unset` on buttons, a 10px root. */
const HOSTILE_CSS = `
html { font-size: 62.5%; }
* { box-sizing: content-box; margin: 0; padding: 0; border: 0; }
body {
  font: 1rem/1 Georgia, serif; color: #777; text-align: center; text-transform: uppercase; letter-spacing: 0.2em;
  white-space: nowrap;
}
img { max-width: 100%; height: auto !important; }
button { all: unset; }
input, select { font-size: 1rem; width: 50px; }
ol, ul { list-style: none; }
:focus { outline: none !important; }
a { color: inherit; text-decoration: none; }
h1, h2, h3, [role=heading] { font-size: 1rem; }
p { font-size: 1rem; }
main { max-width: 360px; }`;

describe('hostile host CSS', () => {
  test('widgets keep their layout, their buttons, their focus ring and readable text', async () => {
    world.asset('/hostile.css', HOSTILE_CSS, 'text/css');
    const url = world.page('/hostile-css', {
      html: pageHtml(`<link rel="stylesheet" href="/hostile.css">${scripts('/js/buurtkit.js')}`),
      headers: { 'Content-Security-Policy': strictCsp(world) },
    });
    const tab = await world.open(url);
    await drive(tab);
    await expectClean(tab);
    const report = await tab.page.evaluate(() => {
      const problems: string[] = [];
      for (const host of document.querySelectorAll('buurt-phase-tracker, buurt-contact-finder, buurt-idea-form')) {
        const root = host.shadowRoot!;
        const name = host.id || host.localName;
        if (host.scrollWidth > host.clientWidth + 1)
          problems.push(`${name}: content wider than the widget (${host.scrollWidth} > ${host.clientWidth})`);
        for (const el of root.querySelectorAll('p, li, label, button, input, a, span, dd, dt, summary')) {
          const s = getComputedStyle(el);
          if (
            el.closest('.visually-hidden') ||
            s.display === 'none' ||
            (!el.textContent?.trim() && el.localName !== 'input')
          )
            continue;
          if (parseFloat(s.fontSize) < 14)
            problems.push(`${name} ${el.localName}.${el.className}: font-size ${s.fontSize}`);
          if (s.textTransform !== 'none') problems.push(`${name} ${el.localName}: text-transform ${s.textTransform}`);
          if (s.whiteSpace === 'nowrap' && el.localName === 'p') problems.push(`${name} p: nowrap`);
        }
        for (const b of root.querySelectorAll('button')) {
          const r = b.getBoundingClientRect();
          const s = getComputedStyle(b);
          if (!b.checkVisibility()) continue;
          if (r.height < 24 || r.width < 24)
            problems.push(`${name} button "${b.textContent?.trim()}": ${r.width}x${r.height}`);
          if (
            s.backgroundColor === 'rgba(0, 0, 0, 0)' &&
            s.borderTopStyle === 'none' &&
            s.textDecorationLine === 'none'
          )
            problems.push(`${name} button "${b.textContent?.trim()}" does not look like a button`);
        }
        // Text fields; checkboxes are small by design, the bots' field is off screen on purpose.
        for (const input of root.querySelectorAll('input:not([type=checkbox]):not(.honeypot input)')) {
          if (input.getBoundingClientRect().width < 100)
            problems.push(`${name} input #${input.id} is ${input.getBoundingClientRect().width}px wide`);
          if (input.getBoundingClientRect().right > host.getBoundingClientRect().right + 1)
            problems.push(`${name} input #${input.id} sticks out`);
        }
        const body = root.querySelector('p');
        if (body && parseFloat(getComputedStyle(body).fontSize) < 16)
          problems.push(`${name}: body text ${getComputedStyle(body).fontSize}`);
      }
      return problems;
    });
    assert.deepEqual(report, []);
    // Keyboard focus on a widget button shows our focus ring despite `:focus { outline: none !important }`.
    await tab.page.locator('#by-id button.disclosure').first().focus();
    await tab.page.keyboard.press('Tab');
    const ring = await tab.page.evaluate(() => {
      const active = document.querySelector('#by-id')!.shadowRoot!.activeElement as HTMLElement;
      const s = getComputedStyle(active);
      return { tag: active.localName, outline: s.outlineStyle, width: s.outlineWidth };
    });
    assert.deepEqual(ring, { tag: 'button', outline: 'solid', width: '3px' });
  });
});

describe('the staff desk on a staff page', () => {
  test('strict CSP, Trusted Types: sign-in, an idea with photo and place, the area map, figures, CSV', async () => {
    // A real image the browser decodes (the recorded map tile).
    const png = readFileSync(new URL('../fixtures/tiles/tile.png', import.meta.url));
    const photo = (await (
      await world.api.fetch('/api/v1/ideas/photos', {
        method: 'POST',
        body: png as BodyInit,
        headers: { 'Content-Type': 'image/png' },
      })
    ).json()) as { id: string };
    await world.api.fetch('/api/v1/ideas', {
      method: 'POST',
      json: await validIdea(world.api, {
        title: 'Bloembakken met foto',
        photos: [{ id: photo.id, alt: 'Lege plantenbak bij de ingang' }],
      }),
    });
    // Residents' photos need the staff token, so the desk shows them as blob: URLs: the one addition to the policy.
    const csp = strictCsp(world, { trustedTypes: 'lit-html', img: 'blob:' });
    const body = `<buurt-staff-desk api="${world.api.url}/api/v1" tiles="/tiles/{z}/{x}/{y}.png"
      municipality="GM0034"></buurt-staff-desk>`;
    const url = world.page('/staff', {
      html: pageHtml(scripts('/js/staff/staff-desk.js'), body),
      headers: { 'Content-Security-Policy': csp },
    });
    const tab = await world.open(url);
    const { page } = tab;
    const desk = page.locator('buurt-staff-desk');
    await desk.locator('#token').fill(STAFF_TOKEN);
    await desk.locator('#token').press('Enter');
    await desk.getByRole('button', { name: 'Bloembakken met foto' }).click();
    const img = desk.locator('.photos img');
    await img.waitFor();
    assert.equal(await img.getAttribute('alt'), 'Lege plantenbak bij de ingang');
    assert.match((await img.getAttribute('src')) ?? '', /^blob:/);
    await page.waitForFunction(() => {
      const i = document.querySelector('buurt-staff-desk')!.shadowRoot!.querySelector<HTMLImageElement>('.photos img');
      return !!i && i.complete && i.naturalWidth > 0;
    });
    await desk.locator('.idea-map.leaflet-container .map-point').waitFor();
    await desk.getByRole('button', { name: 'Contactpersonen' }).click();
    await desk.getByRole('button', { name: 'Nieuwe contactpersoon' }).click();
    await desk.getByRole('button', { name: 'Kies een gebied op de kaart' }).click();
    await desk.locator('.picker .leaflet-container').waitFor();
    await desk.getByRole('button', { name: 'Gebied onder het kruis toevoegen' }).click();
    await desk.locator('.pick-note', { hasText: 'toegevoegd' }).waitFor();
    await desk.getByRole('button', { name: 'Cijfers' }).click();
    await desk.locator('.chart svg rect').first().waitFor();
    const download = page.waitForEvent('download');
    await desk.getByRole('button', { name: 'Download als CSV' }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), /^buurtkit-cijfers-\d{4}\.csv$/);
    await file.delete();
    assert.deepEqual(await tab.violations(), [], 'no CSP or Trusted Types violation');
    assert.deepEqual(tab.errors, [], 'no errors on the console or uncaught');
    assert.deepEqual(await dangerousNodes(page), []);
    // Styles from adopted stylesheets apply (CSP would drop inline ones).
    assert.equal(
      await page.evaluate(
        () =>
          getComputedStyle(document.querySelector('buurt-staff-desk')!.shadowRoot!.querySelector('nav ul')!).display,
      ),
      'flex',
    );
  });
});

describe("the staff desk signs in with the municipality's account (OpenID Connect)", () => {
  test('strict CSP, Trusted Types, by keyboard: sign in at the provider, expire, sign out; nothing stays', async () => {
    const path = '/staff-oidc';
    // The token lives 6 seconds, so the test sees the desk sign out at its expiry.
    const idp = await startOidcProvider({
      users: { fatima: { name: 'Fatima el Amrani', roles: ['ideeenmakelaar'] } },
      redirectUris: [`${world.site}${path}`],
      accessTokenTtl: 6,
    });
    const api = await startTestServer('sqlite', { corsOrigins: [world.site], oidc: idp.config });
    try {
      const csp = strictCsp(world, { trustedTypes: 'lit-html', img: 'blob:' }).replace(
        'connect-src ',
        `connect-src ${idp.issuer} ${api.url} `,
      );
      const url = world.page(path, {
        html: pageHtml(
          scripts('/js/staff/staff-desk.js'),
          `<buurt-staff-desk api="${api.url}/api/v1" tiles="/tiles/{z}/{x}/{y}.png"></buurt-staff-desk>`,
        ),
        headers: { 'Content-Security-Policy': csp },
      });
      const tab = await world.open(url);
      const { page } = tab;
      const desk = page.locator('buurt-staff-desk');
      const signIn = desk.getByRole('button', { name: 'Inloggen met je gemeente-account' });
      await signIn.waitFor();
      assert.deepEqual(await axeViolations(tab), [], 'the sign-in screen');
      // Tab from the top of the page to the button, as a keyboard user does.
      await page.keyboard.press('Tab');
      assert.equal(
        await page.evaluate(() => document.querySelector('buurt-staff-desk')!.shadowRoot!.activeElement?.id),
        'oidc',
      );
      await page.keyboard.press('Enter');
      await page.waitForURL(`${idp.issuer}/interaction/**`);
      // Chromium focuses an autofocus field at its next rendering step, which on a loaded
      // machine can come after the load event: type only once the field has the focus.
      await page.waitForFunction(() => document.activeElement?.id === 'user');
      await page.keyboard.type('fatima');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${world.site}${path}*`);
      await desk.getByText('Ingelogd als Fatima el Amrani (ideeënmakelaar)').waitFor();
      assert.equal(new URL(page.url()).search, '', 'the code and state are gone from the address');
      assert.equal(await page.evaluate(() => JSON.stringify(sessionStorage)), '{}', 'the PKCE verifier is gone');
      await desk.getByRole('button', { name: /Binnengekomen ideeën/ }).waitFor();
      assert.equal(await desk.getByRole('button', { name: 'Nieuwe contactpersoon' }).count(), 0);

      // The token expires: the desk signs out by itself and says why.
      await desk.getByText('je inlog is verlopen').waitFor({ timeout: 15_000 });
      assert.equal(await desk.getByText('Fatima').count(), 0, 'nothing of the person stays on screen');
      assert.equal(await desk.locator('nav').count(), 0);

      // Again (the provider remembers her: no typing), then signing out by the button.
      await signIn.focus();
      await page.keyboard.press('Enter');
      await desk.getByText('Ingelogd als Fatima el Amrani').waitFor();
      await desk.getByRole('button', { name: 'Uitloggen' }).focus();
      await page.keyboard.press('Enter');
      await signIn.waitFor();
      assert.equal(await desk.getByText('Fatima').count(), 0);
      assert.deepEqual(await tab.violations(), [], 'no CSP or Trusted Types violation');
      // The provider's own login page (its missing favicon) is not ours to judge.
      const ours = tab.errors.filter((e) => !e.includes(idp.issuer));
      assert.deepEqual(ours, [], 'no errors on the console or uncaught');
      assert.deepEqual(await dangerousNodes(page), []);
    } finally {
      await api.close();
      await idp.close();
    }
  });
});
