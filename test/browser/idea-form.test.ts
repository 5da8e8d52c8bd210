import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@buurtkit/idea-form/define';
import type { IdeaForm } from '@buurtkit/idea-form';
// @ts-expect-error served by the test runner
import { API, GEOCODER, STAFF_TOKEN, TILES } from '/__buurtkit/env.js';

import {
  choose,
  fill,
  fillAll,
  form,
  next,
  q,
  qa,
  sendAndConfirm,
  staffIdeas,
  stepName,
  until,
  wait,
  type StaffIdea,
} from './helpers/idea-form.ts';

/**
 * fetch that loses the answer to the first POST /ideas of each submission (each new
 * Idempotency-Key, up to `n`) after the server handled it: a connection dropped on the way back.
 */
function loseAnswers(n: number, keys: string[] = []) {
  const real = window.fetch;
  const lostFor = new Set<string>();
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const isIdea = String(input).endsWith('/ideas') && init?.method === 'POST';
    const key = isIdea ? (new Headers(init!.headers).get('Idempotency-Key') ?? '') : '';
    if (isIdea) keys.push(key);
    const response = await real(input, init);
    if (isIdea && !lostFor.has(key) && lostFor.size < n) {
      lostFor.add(key);
      throw new TypeError('Failed to fetch');
    }
    return response;
  };
  return () => (window.fetch = real);
}

/** A real JPEG from a canvas, with camera metadata put in: Exif with a GPS marker, as phones write it. */
async function cameraPhoto(name = 'IMG_0001.jpg'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 2400;
  canvas.height = 1800;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#4a7';
  g.fillRect(0, 0, 2400, 1800);
  const jpeg = new Uint8Array(
    await (await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/jpeg', 0.9))).arrayBuffer(),
  );
  const payload = new TextEncoder().encode('Exif\0\0MM\0*GPS52N5E latitude 52.37 longitude 5.22');
  const app1 = new Uint8Array([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload]);
  return new File([jpeg.subarray(0, 2), app1, jpeg.subarray(2)], name, { type: 'image/jpeg' });
}

/** Chooses files in the form's file field, as the file picker would. */
async function choosePhotos(el: IdeaForm, ...files: File[]) {
  const input = q(el, '#photo-file') as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
const contains = (bytes: Uint8Array, text: string) => new TextDecoder('latin1').decode(bytes).includes(text);

describe('<buurt-idea-form>', () => {
  it('goes from idea to confirmation by keyboard only, and the municipality receives every answer', async () => {
    const el = await form();
    (q(el, '#title') as HTMLInputElement).focus();
    await sendKeys({ type: 'Bloembakken in de Kornwierde' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Bloembakken langs de stoep maken de straat groener en gezelliger.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Groen' }); // type-ahead on the focused select
    expect((q(el, '#theme') as HTMLSelectElement).value).to.equal('groen-en-natuur');
    (q(el, '#title') as HTMLInputElement).focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => stepName(el) === 'Waar');
    expect(el.shadowRoot!.activeElement?.classList.contains('step-heading')).to.equal(
      true,
      'focus moves to the new step',
    );
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1353 AB' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => stepName(el) === 'Wat heb je nodig');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 7; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('supporters');
    await sendKeys({ type: '4' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => stepName(el) === 'Over jou');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Piet de Boer' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'piet.deboer@example.org' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => stepName(el) === 'Controleren en versturen');
    expect(q(el, '.review-section')!.textContent).to.contain('Bloembakken in de Kornwierde');
    for (let i = 0; i < 20 && el.shadowRoot!.activeElement?.getAttribute('type') !== 'submit'; i++)
      await sendKeys({ press: 'Tab' });
    const submitted = oneEvent(el, 'buurt-idea-submitted');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    await until(el, () => q(el, '.confirmation'));
    expect(detail.reference).to.match(/^BK(-[2-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(q(el, '.reference')!.textContent).to.equal(detail.reference);
    expect(el.shadowRoot!.activeElement?.getAttribute('role')).to.equal('heading');
    expect(q(el, '.confirmation')!.textContent).to.contain('Sanne de Vries', 'the area contact from the API');
    expect(q(el, '.confirmation a.button')!.getAttribute('href')).to.equal(
      new URL(`/volg?ref=${detail.reference}`, document.baseURI).href,
    );
    const stored = (await staffIdeas()).find((i) => i.reference === detail.reference)!;
    expect(stored.title).to.equal('Bloembakken in de Kornwierde');
    expect(stored.theme).to.equal('groen-en-natuur');
    expect(stored.support).to.deep.equal(['advies']);
    expect(stored.supporters).to.equal(4);
    expect(stored.contact).to.deep.include({ name: 'Piet de Boer', email: 'piet.deboer@example.org' });
    expect(stored.location!.address).to.contain('Kornwierde 12');
    expect(localStorage.length + sessionStorage.length).to.equal(0, 'the draft is gone once the server confirmed');
    await expect(el).to.be.accessible();
  });

  it('checks on going on (a focused summary linking each field, inline errors), on blur after a change', async () => {
    const el = await form();
    await next(el);
    const summary = q(el, '.error-summary')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const links = qa(el, '.error-summary a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#title', '#description', '#theme']);
    for (const id of ['title', 'description', 'theme']) {
      const field = q(el, `#${id}`)!;
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')).to.contain(`${id}-error`);
      expect(q(el, `#${id}-error`)!.textContent).to.not.equal('');
    }
    links[1]!.click();
    await wait(0);
    expect(el.shadowRoot!.activeElement?.id).to.equal('description');
    await expect(el).to.be.accessible();
    // Blur after a change: too short a title is named at once.
    await fill(el, 'title', 'ab');
    expect(q(el, '#title-error')!.textContent).to.contain('minstens 3');
    await fill(el, 'title', 'Een bankje');
    expect(q(el, '#title-error')).to.equal(null);
    expect(stepName(el)).to.equal('Je idee', 'no step is skipped while errors remain');
    // The same on the contact step, and no browser bubbles: the form is novalidate.
    expect(q(el, 'form')!.hasAttribute('novalidate')).to.equal(true);
  });

  it('puts the server’s 422 on the right field, on the right step', async () => {
    const el = await form();
    await fillAll(el, 'Speelplek', { email: 'jan..jansen@example.org' });
    (q(el, 'button[type=submit]') as HTMLButtonElement).click();
    await until(el, () => q(el, '.error-summary'), 'the server error');
    expect(stepName(el)).to.equal('Over jou');
    expect(qa(el, '.error-summary a').map((a) => a.getAttribute('href'))).to.deep.equal(['#email']);
    expect(q(el, '#email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#email-error')!.textContent!.length).to.be.greaterThan(5);
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '.error-summary'));
    expect((q(el, '#name') as HTMLInputElement).value).to.equal('Fatima El Amrani', 'nothing typed is lost');
    await expect(el).to.be.accessible();
  });

  it('offers the draft after a reload; contact details only within the browser session', async () => {
    const el = await form();
    await fill(el, 'title', 'Zwerfvuil opruimen');
    await fill(el, 'description', 'Elke maand met de buurt zwerfvuil opruimen.');
    await choose(el, 'theme', 'wonen-en-leefomgeving');
    await next(el, 'Waar');
    await next(el, 'Wat heb je nodig');
    await next(el, 'Over jou');
    await fill(el, 'name', 'Anna Visser');
    await fill(el, 'email', 'anna@example.org');
    el.remove();
    expect(localStorage.getItem(`buurtkit-idea-draft:${API}`)).to.not.contain(
      'Anna',
      'no contact details in localStorage',
    );

    const again = await form({ keep: true });
    expect(q(again, '.restore')).to.not.equal(null);
    await expect(again).to.be.accessible();
    const restored = oneEvent(again, 'buurt-draft-restored');
    (qa(again, '.restore button')[0] as HTMLButtonElement).click();
    expect((await restored).detail.step).to.equal('you');
    await until(again, () => stepName(again) === 'Over jou');
    expect((q(again, '#name') as HTMLInputElement).value).to.equal('Anna Visser');
    await next(again, 'Controleren en versturen');
    expect(q(again, '.review-section')!.textContent).to.contain('Zwerfvuil opruimen');
    again.remove();

    sessionStorage.clear(); // a new browser session
    const later = await form({ keep: true });
    (qa(later, '.restore button')[0] as HTMLButtonElement).click();
    await until(later, () => stepName(later) === 'Controleren en versturen');
    expect(q(later, '.review-section')!.textContent).to.contain('Zwerfvuil opruimen');
    expect(q(later, '.review-section:nth-of-type(4)')!.textContent).to.contain('Niet ingevuld');
    later.remove();

    const fresh = await form({ keep: true });
    (qa(fresh, '.restore button')[1] as HTMLButtonElement).click();
    await until(fresh, () => stepName(fresh) === 'Je idee');
    expect((q(fresh, '#title') as HTMLInputElement).value).to.equal('');
    expect(localStorage.getItem(`buurtkit-idea-draft:${API}`)).to.equal(null);
  });

  it('an answer lost after the idea was stored, then a retry: exactly one idea, the same key twice', async () => {
    const el = await form();
    await fillAll(el, 'Verloren antwoord');
    const keys: string[] = [];
    const restore = loseAnswers(1, keys);
    try {
      const { reference } = await sendAndConfirm(el);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.equal(keys[1]);
      expect((await staffIdeas()).filter((i) => i.title === 'Verloren antwoord').map((i) => i.reference)).to.deep.equal(
        [reference],
      );
    } finally {
      restore();
    }
  });

  it('50 submissions whose first answer is lost yield exactly 50 ideas', async function () {
    this.timeout(120_000);
    const before = (await staffIdeas()).filter((i) => i.title.startsWith('Vijftig ')).length;
    const restore = loseAnswers(50);
    try {
      for (let n = 0; n < 50; n++) {
        // The same state a resident reaches through the steps, restored from a draft to keep this fast.
        localStorage.clear();
        sessionStorage.clear();
        const scope = `buurtkit-idea-draft:${API}`;
        localStorage.setItem(
          scope,
          JSON.stringify({
            savedAt: Date.now(),
            expires: Date.now() + 60_000,
            step: 'review',
            fields: {
              title: `Vijftig ${n}`,
              description: 'Een idee uit de reeks van vijftig.',
              theme: 'jeugd',
              postcode: '',
              number: '',
              location: null,
              support: [],
              supporters: '',
              homework: {},
            },
          }),
        );
        sessionStorage.setItem(
          scope,
          JSON.stringify({ name: 'Reeks', email: 'reeks@example.org', phone: '', showName: false }),
        );
        const el = await form({ keep: true });
        (qa(el, '.restore button')[0] as HTMLButtonElement).click();
        await until(el, () => stepName(el) === 'Controleren en versturen');
        await sendAndConfirm(el);
        el.remove();
      }
    } finally {
      restore();
    }
    const titles = (await staffIdeas()).filter((i) => i.title.startsWith('Vijftig ')).map((i) => i.title);
    expect(titles.length - before).to.equal(50);
    expect(new Set(titles).size).to.equal(titles.length, 'no title twice');
  });

  it('a double click sends one idea', async () => {
    const el = await form();
    await fillAll(el, 'Dubbel geklikt');
    const send = q(el, 'button[type=submit]') as HTMLButtonElement;
    const submitted = oneEvent(el, 'buurt-idea-submitted');
    send.click();
    send.click();
    (q(el, 'form') as HTMLFormElement).requestSubmit();
    await submitted;
    await until(el, () => q(el, '.confirmation'));
    await wait(300);
    expect((await staffIdeas()).filter((i) => i.title === 'Dubbel geklikt')).to.have.length(1);
  });

  it('offline: says so, keeps everything, and sends later with the same key, also after a reload', async () => {
    const el = await form();
    await fillAll(el, 'Later versturen');
    const real = window.fetch;
    const keys: string[] = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/ideas') && init?.method === 'POST') {
        keys.push(new Headers(init.headers).get('Idempotency-Key') ?? '');
        throw new TypeError('Failed to fetch');
      }
      return real(input, init);
    };
    try {
      const errorEvent = oneEvent(el, 'buurt-error');
      (q(el, 'button[type=submit]') as HTMLButtonElement).click();
      await until(el, () => q(el, '.offline'), 'the offline message');
      await errorEvent;
      expect(q(el, '.offline')!.textContent).to.contain('nog niet verstuurd');
      expect(el.shadowRoot!.activeElement).to.equal(q(el, '.offline'));
      expect(q(el, '.review-section')!.textContent).to.contain('Later versturen');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = real;
    }
    expect(keys.length).to.equal(4, 'tried, then retried with backoff');
    expect(new Set(keys).size).to.equal(1);
    el.remove();
    const again = await form({ keep: true });
    (qa(again, '.restore button')[0] as HTMLButtonElement).click();
    await until(again, () => stepName(again) === 'Controleren en versturen');
    const sent: string[] = [];
    const restore = loseAnswers(0, sent);
    try {
      await sendAndConfirm(again);
    } finally {
      restore();
    }
    expect(sent).to.deep.equal([keys[0]], 'the key kept with the draft');
    expect((await staffIdeas()).filter((i) => i.title === 'Later versturen')).to.have.length(1);
  });

  it('stores what a resident types as text, and shows it back as text', async () => {
    const payload = `<img src=x onerror="window.__formXss=1">"'><script>window.__formXss=1</script>`;
    const el = await form();
    await fill(el, 'title', `Idee ${payload}`);
    await fill(el, 'description', `Beschrijving ${payload}`);
    await choose(el, 'theme', 'veiligheid');
    await next(el, 'Waar');
    await next(el, 'Wat heb je nodig');
    for (const k of ['cost', 'benefits', 'duration', 'parties', 'municipality'])
      await fill(el, `homework-${k}`, `${k} ${payload}`);
    await next(el, 'Over jou');
    await fill(el, 'name', `Naam ${payload}`.slice(0, 120));
    await fill(el, 'email', 'xss@example.org');
    await next(el, 'Controleren en versturen');
    expect(q(el, '.review-section')!.textContent).to.contain(`Idee ${payload}`);
    expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    const { reference } = await sendAndConfirm(el);
    const stored = (await staffIdeas()).find((i) => i.reference === reference)!;
    expect(stored.title).to.equal(`Idee ${payload}`);
    expect(stored.description).to.equal(`Beschrijving ${payload}`);
    expect(stored.homework.municipality).to.equal(`municipality ${payload}`);
    expect(stored.contact.name).to.equal(`Naam ${payload}`.slice(0, 120));
    expect((window as unknown as { __formXss?: number }).__formXss).to.equal(undefined);
  });

  it('photos: made small, without location, kept through an error and a reload, alt text asked', async function () {
    this.timeout(40_000);
    const el = await form();
    const original = await cameraPhoto();
    expect(contains(new Uint8Array(await original.arrayBuffer()), 'GPS52N5E')).to.equal(true, 'the fixture has GPS');
    await choosePhotos(el, original);
    await until(el, () => qa(el, '.photo img').length === 1, 'the preview');
    // Not a photo, and far too big: named on the file field, nothing added.
    await choosePhotos(el, new File(['plain text'], 'notes.txt', { type: 'text/plain' }));
    await until(el, () => q(el, '#photo-input-error'));
    expect(q(el, '#photo-input-error')!.textContent).to.contain('geen foto');
    await choosePhotos(el, new File([new Uint8Array(26 * 1024 * 1024)], 'huge.jpg', { type: 'image/jpeg' }));
    await until(el, () => q(el, '#photo-input-error')?.textContent?.includes('te groot'));
    expect(qa(el, '.photo')).to.have.length(1);
    // Going on without a title and without alt text: errors, and the photo stays.
    await next(el);
    expect(qa(el, '.error-summary a').map((a) => a.getAttribute('href'))).to.include('#photo-alt-0');
    expect(qa(el, '.photo img')).to.have.length(1);
    await expect(el).to.be.accessible();
    await fill(el, 'photo-alt-0', 'Het grasveld waar de moestuin moet komen');
    await fill(el, 'title', 'Moestuin met foto');
    el.remove();
    // A reload: the photo comes back from IndexedDB with the draft.
    const again = await form({ keep: true });
    (qa(again, '.restore button')[0] as HTMLButtonElement).click();
    await until(again, () => qa(again, '.photo img').length === 1, 'the restored photo');
    expect((q(again, '#photo-alt-0') as HTMLInputElement).value).to.equal('Het grasveld waar de moestuin moet komen');
    await fill(again, 'description', 'Een moestuin voor en door de buurt, op het grasveld.');
    // The themes load beside the restore: on a busy machine they may come after the photo.
    await until(again, () => qa(again, '#theme option').length > 5, 'themes');
    await choose(again, 'theme', 'groen-en-natuur');
    await next(again, 'Waar');
    await next(again, 'Wat heb je nodig');
    await next(again, 'Over jou');
    await fill(again, 'name', 'Foto Maker');
    await fill(again, 'email', 'foto@example.org');
    await next(again, 'Controleren en versturen');
    expect(q(again, '.photo-review img')!.getAttribute('alt')).to.equal('Het grasveld waar de moestuin moet komen');
    const { reference } = await sendAndConfirm(again);
    const stored = (await staffIdeas()).find((i) => i.reference === reference) as StaffIdea & {
      photos: { url: string; alt: string }[];
    };
    expect(stored.photos.map((p) => p.alt)).to.deep.equal(['Het grasveld waar de moestuin moet komen']);
    const file = new Uint8Array(
      await (
        await fetch(new URL(stored.photos[0]!.url, API).href, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } })
      ).arrayBuffer(),
    );
    expect([file[0], file[1]]).to.deep.equal([0xff, 0xd8]);
    expect(contains(file, 'GPS52N5E')).to.equal(false, 'no location in the stored file');
    expect(contains(file, 'Exif')).to.equal(false, 'no Exif at all');
    const bitmap = await createImageBitmap(new Blob([file], { type: 'image/jpeg' }));
    expect(Math.max(bitmap.width, bitmap.height)).to.equal(1600, 'made smaller in the browser');
    expect(original.size).to.be.greaterThan(file.length);
    const db = await new Promise<IDBDatabase>((r) => {
      const o = indexedDB.open('buurtkit-idea-form', 1);
      o.onsuccess = () => r(o.result);
    });
    const left = await new Promise((r) => {
      const g = db.transaction('photos').objectStore('photos').get(API);
      g.onsuccess = () => r(g.result);
    });
    db.close();
    expect(left).to.equal(undefined, 'the photos leave the draft store once sent');
  });

  it('picks photos with a button and status in the widget’s language, by keyboard, or dropped on it', async () => {
    const el = await form({ lang: 'en' });
    const pick = q(el, '#photo-input') as HTMLButtonElement;
    expect(pick.localName).to.equal('button');
    expect(pick.textContent!.trim()).to.equal('Add a photo');
    const status = () => q(el, '#photo-status')!;
    expect(status().textContent).to.equal('No photo chosen yet.');
    expect(status().getAttribute('role')).to.equal('status');
    expect(pick.getAttribute('aria-describedby')!.split(' ')).to.include.members(['photos-hint', 'photo-status']);
    // The browser's own control ("Choose Files / No file chosen", in the browser's language) is out of sight.
    const file = q(el, '#photo-file') as HTMLInputElement;
    expect(file.hidden).to.equal(true);
    expect(file.tabIndex).to.equal(-1);
    // By keyboard the button opens the file picker: its click reaches the file field.
    let opened = 0;
    file.addEventListener('click', (e) => {
      opened++;
      e.preventDefault();
    });
    pick.focus();
    await sendKeys({ press: 'Enter' });
    expect(opened).to.equal(1);
    // Dropped on the picker: it shows where to drop while files are dragged over it, then adds them as chosen.
    const transfer = new DataTransfer();
    transfer.items.add(await cameraPhoto());
    const zone = () => q(el, '.pick')!;
    zone().dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(zone().classList.contains('dropping')).to.equal(true);
    const drop = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
    zone().dispatchEvent(drop);
    expect(drop.defaultPrevented).to.equal(true, 'the browser does not open the photo instead');
    await until(el, () => qa(el, '.photo img').length === 1, 'the dropped photo');
    expect(zone().classList.contains('dropping')).to.equal(false);
    expect(status().textContent).to.equal('1 of 3 photos chosen.');
    await expect(el).to.be.accessible();
    // The photo made a draft: the next form would offer it.
    el.remove();
    localStorage.clear();
  });

  it('a place picked on a map, by keyboard alone; Leaflet comes only when the map is opened', async () => {
    const el = await fixture<IdeaForm>(
      html`<buurt-idea-form api=${API} geocoder=${GEOCODER} map-tiles=${TILES} map-center="52.3405,5.2045"
        map-zoom="16"></buurt-idea-form>`,
    );
    localStorage.clear();
    await until(el, () => qa(el, '#theme option').length > 5);
    await fill(el, 'title', 'Bankje op de kaart');
    await fill(el, 'description', 'Een bankje op de plek die ik op de kaart aanwijs.');
    await choose(el, 'theme', 'wonen-en-leefomgeving');
    await next(el, 'Waar');
    expect(q(el, '.picker') === null).to.equal(true);
    const open = qa(el, 'button').find((b) =>
      b.textContent!.includes('Kies de plek op een kaart'),
    ) as HTMLButtonElement;
    open.focus();
    await sendKeys({ press: 'Enter' });
    // (Plain checks, not chai's equal on elements: inspecting a Leaflet container in a failure
    // message crashes the page.)
    for (let i = 0; i < 100 && !q(el, '.picker .leaflet-tile-loaded'); i++) await wait(50);
    await wait(50);
    const map = q(el, '.picker .map')!;
    expect(el.shadowRoot!.activeElement === map).to.equal(true, 'focus moves to the map');
    expect(map.getAttribute('role')).to.equal('application');
    expect(map.getAttribute('aria-label')).to.contain('pijltjestoetsen');
    const tile = q(el, '.leaflet-tile-loaded') as HTMLImageElement;
    expect([tile.width, tile.height]).to.deep.equal([256, 256]);
    expect(tile.src).to.contain('/__buurtkit/tiles/16/');
    expect(q(el, '.picker .attribution')!.textContent).to.equal('Kaartgegevens © Kadaster');
    // The where step's map (a private part: the test reads where the map is centred).
    const picker = {
      get center() {
        return (el as unknown as { where: { view: { center(): { lat: number; lon: number } } } }).where.view.center();
      },
    };
    const before = (picker as unknown as { center: { lat: number; lon: number } }).center;
    await sendKeys({ press: 'ArrowRight' });
    await wait(400); // Leaflet ignores keys while a pan is still moving
    await sendKeys({ press: 'ArrowUp' });
    await wait(400);
    const after = (picker as unknown as { center: { lat: number; lon: number } }).center;
    expect(after.lon).to.be.greaterThan(before.lon, 'the arrow keys move the map');
    expect(after.lat).to.be.greaterThan(before.lat);
    await expect(el).to.be.accessible();
    // Tab to "choose the place under the cross" and press it.
    for (let i = 0; i < 6 && el.shadowRoot!.activeElement?.textContent?.trim() !== 'Kies de plek onder het kruis'; i++)
      await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => q(el, '.found'), 'the chosen place');
    expect(q(el, '.found')!.textContent).to.match(/Gevonden: .*Almere/);
    expect(el.shadowRoot!.activeElement === q(el, '.found')).to.equal(true, 'focus on the chosen place');
    expect(q(el, '.picker') === null).to.equal(true, 'the map closes once a place is chosen');
    await next(el, 'Wat heb je nodig');
    await next(el, 'Over jou');
    await fill(el, 'name', 'Kaart Kiezer');
    await fill(el, 'email', 'kaart@example.org');
    await next(el, 'Controleren en versturen');
    const { reference } = await sendAndConfirm(el);
    const stored = (await staffIdeas()).find((i) => i.reference === reference) as StaffIdea & {
      location: { lat: number; lon: number; address: string };
    };
    expect(stored.location.lat).to.be.closeTo(after.lat, 1e-6);
    expect(stored.location.lon).to.be.closeTo(after.lon, 1e-6);
    expect(stored.location.address).to.contain('Almere');
  });

  it('an expired draft takes its photos with it out of IndexedDB', async () => {
    const scope = `buurtkit-idea-draft:${API}`;
    localStorage.setItem(
      scope,
      JSON.stringify({
        savedAt: 1,
        expires: Date.now() - 1000,
        step: 'idea',
        photos: 1,
        fields: { title: 'Oud concept' },
      }),
    );
    const put = await new Promise<IDBDatabase>((r) => {
      const o = indexedDB.open('buurtkit-idea-form', 1);
      o.onupgradeneeded = () => o.result.createObjectStore('photos');
      o.onsuccess = () => r(o.result);
    });
    await new Promise((r) => {
      const t = put.transaction('photos', 'readwrite');
      t.objectStore('photos').put([{ key: 'x', alt: 'Thuis', preview: 'data:,', blob: new Blob(['x']) }], API);
      t.oncomplete = r;
    });
    put.close();
    const el = await form({ keep: true });
    expect(q(el, '.restore') === null).to.equal(true, 'nothing is offered from an expired draft');
    expect(localStorage.getItem(scope)).to.equal(null);
    let left: unknown = 'unchecked';
    for (let i = 0; i < 50 && left !== undefined; i++) {
      await wait(20);
      const db = await new Promise<IDBDatabase>((r) => {
        const o = indexedDB.open('buurtkit-idea-form', 1);
        o.onsuccess = () => r(o.result);
      });
      left = await new Promise((r) => {
        const g = db.transaction('photos').objectStore('photos').get(API);
        g.onsuccess = () => r(g.result);
      });
      db.close();
    }
    expect(left).to.equal(undefined, 'the photos are gone');
  });

  it('speaks English and Frisian, errors included; axe-clean on every step', async () => {
    const en = await form({ lang: 'en' });
    expect(q(en, '[role=heading]')!.textContent).to.equal('Share your idea for the neighbourhood');
    await next(en);
    expect(q(en, '#theme-error')!.textContent).to.contain('Choose a topic');
    expect(qa(en, '#theme option')[1]!.textContent).to.equal('Green and nature');
    const fy = await form({ lang: 'fy' });
    expect(q(fy, '[role=heading]')!.textContent).to.equal('Diel dyn idee foar de buert');
    const el = await form();
    for (const step of ['Je idee', 'Waar', 'Wat heb je nodig', 'Over jou']) {
      expect(stepName(el)).to.equal(step);
      await expect(el).to.be.accessible();
      if (step === 'Je idee') {
        await fill(el, 'title', 'Toegankelijk');
        await fill(el, 'description', 'Een idee om alle stappen te controleren.');
        await choose(el, 'theme', 'jeugd');
      }
      if (step === 'Over jou') {
        await fill(el, 'name', 'Axe');
        await fill(el, 'email', 'axe@example.org');
      }
      await next(el);
    }
    expect(stepName(el)).to.equal('Controleren en versturen');
    await expect(el).to.be.accessible();
  });
});
