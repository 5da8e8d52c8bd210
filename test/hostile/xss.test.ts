import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { STAFF_TOKEN, validIdea } from '../node/helpers/server.ts';
import { dangerousNodes, startWorld, type World } from './harness.ts';
import { corpus, fit } from './xss-corpus.ts';

/**
 * The XSS corpus stored through the real API in every field residents and staff write,
 * then rendered in every widget and state. The page has no CSP on purpose: an injection
 * that got into the DOM would run here, so "nothing ran" means the widgets never made
 * markup out of text, not that a policy caught it.
 */

let world: World;
type Stored = {
  id: number;
  text: string;
  initiative: number;
  title: string;
  note: string;
  contact: string;
  closed: string;
  closedRef: string;
  publishedRef: string;
  backer: string;
  offer: string;
};
const stored: Stored[] = [];
const rejected: string[] = [];

before(async () => {
  world = await startWorld({ rateLimit: { max: 100_000, windowSeconds: 600 } });
  const { api } = world;
  const model = (await (await api.fetch('/api/v1/phase-models/burgerinitiatief')).json()) as {
    phases: { key: string }[];
  };
  const staff = async (path: string, method: string, json: unknown) => {
    const res = await api.fetch(path, { method, staff: true, json });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<any>;
  };
  for (const { id, text } of corpus) {
    const idea = await validIdea(api, {
      title: fit(text, 3, 120),
      description: fit(text, 10, 5000),
      showName: true,
      homework: { cost: fit(text, 0, 2000), benefits: fit(text, 0, 2000) },
      contact: { name: fit(text, 1, 120), email: 'bewoner@example.org' },
    });
    const first = await api.fetch('/api/v1/ideas', { method: 'POST', json: idea });
    if (first.status === 422) {
      // Only text with control characters may be refused; it must then be refused everywhere.
      assert.ok(text.includes('\u0000'), `payload ${id} refused: ${await first.text()}`);
      rejected.push(text);
      continue;
    }
    assert.equal(first.status, 201, `payload ${id}`);
    const receipt = (await first.json()) as { id: number; reference: string };
    const contact = await staff('/api/v1/staff/contacts', 'POST', {
      name: fit(text, 1, 120),
      role: 'wijkregisseur',
      email: `contact${id}@gemeente.example`,
      phone: '036 5399911',
    });
    const title = fit(text, 3, 120);
    const initiative = await staff(`/api/v1/staff/ideas/${receipt.id}/publish`, 'POST', {
      title,
      summary: fit(text, 3, 400),
      description: fit(text, 3, 10_000),
      phaseModel: 'burgerinitiatief',
      role: 'faciliteren',
      contact: contact.id,
      note: fit(text, 1, 2000),
    });
    const note = fit(`${text} `, 1, 2000);
    await staff(`/api/v1/staff/initiatives/${initiative.id}/phase`, 'POST', { phase: model.phases[1]!.key, note });
    const second = (await (
      await api.fetch('/api/v1/ideas', { method: 'POST', json: await validIdea(api, { title: fit(text, 3, 120) }) })
    ).json()) as { id: number; reference: string };
    const closed = fit(text, 3, 2000);
    await staff(`/api/v1/staff/ideas/${second.id}/close`, 'POST', { reason: closed });
    await staff(`/api/v1/staff/themes/xss-${id}`, 'PUT', {
      label: { nl: fit(text, 1, 80), en: fit(text, 1, 80), fy: fit(text, 1, 80) },
      color: '#112233',
      icon: 'xss',
    });
    // A neighbour backs it with the payload as their name, shown by choice, and confirms.
    const backer = fit(text, 1, 120);
    const backed = await api.fetch(`/api/v1/initiatives/${initiative.id}/backers`, {
      method: 'POST',
      json: {
        email: `steun${id}@example.org`,
        name: backer,
        showName: true,
        formToken: (await validIdea(api)).formToken,
      },
    });
    assert.equal(backed.status, 202, `payload ${id}: ${await backed.clone().text()}`);
    const mail = await api.db.get<{ text_body: string }>(
      `SELECT text_body FROM outbox WHERE kind = 'back-confirm' ORDER BY id DESC LIMIT 1`,
    );
    const link = /\/api\/v1\/mail\/confirm\?token=\S+/.exec(mail!.text_body)![0];
    assert.equal((await api.fetch(link, { method: 'POST' })).status, 200);
    // A neighbour offers help with the payload as name and message; staff read it in the desk.
    const offered = await api.fetch(`/api/v1/initiatives/${initiative.id}/offers`, {
      method: 'POST',
      json: {
        email: `hulp${id}@example.org`,
        name: fit(text, 1, 120),
        message: fit(text, 1, 1000),
        kinds: ['other'],
        formToken: (await validIdea(api)).formToken,
      },
    });
    assert.equal(offered.status, 202, `payload ${id}: ${await offered.clone().text()}`);
    const offerMail = await api.db.get<{ text_body: string }>(
      `SELECT text_body FROM outbox WHERE kind = 'offer-confirm' ORDER BY id DESC LIMIT 1`,
    );
    const offerLink = /\/api\/v1\/mail\/confirm\?token=\S+/.exec(offerMail!.text_body)![0];
    assert.equal((await api.fetch(offerLink, { method: 'POST' })).status, 200);
    stored.push({
      id,
      backer: backer.trim(),
      // Stored trimmed; shown with its line breaks kept (pre-line), so compared by its first line.
      offer: fit(text, 1, 1000).trim().split('\n')[0]!.trim(),
      text,
      initiative: initiative.id,
      title,
      note,
      contact: fit(text, 1, 120),
      closed,
      closedRef: second.reference,
      publishedRef: receipt.reference,
    });
  }
});

test(`the corpus has at least 200 payloads, and the API keeps them as text, byte for byte`, async () => {
  assert.ok(corpus.length >= 200, `${corpus.length} payloads`);
  assert.equal(stored.length + rejected.length, corpus.length);
  assert.deepEqual(
    rejected.map((t) => t.includes('\u0000')),
    rejected.map(() => true),
  );
  const themes = (await (await world.api.fetch('/api/v1/themes')).json()).items as {
    key: string;
    label: { nl: string };
  }[];
  for (const s of stored) {
    const detail = (await (await world.api.fetch(`/api/v1/initiatives/${s.initiative}`)).json()) as any;
    assert.equal(detail.title, s.title, `payload ${s.id}`);
    assert.equal(detail.history.at(-1).note, s.note);
    assert.equal(detail.contact.name, s.contact);
    assert.equal(themes.find((t) => t.key === `xss-${s.id}`)?.label.nl, fit(s.text, 1, 80));
  }
});

test('the phase tracker shows every payload as text, in detail, compact and tracking views, none runs', async () => {
  const url = world.page('/xss-tracker', {
    html: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>XSS</title><script
      src="/host.js"></script><link rel="stylesheet" href="/narrow.css">
<script type="module" src="/js/buurtkit.js"></script></head><body><main><buurt-config api="${world.api.url}/api/v1">
<buurt-phase-tracker id="detail"></buurt-phase-tracker><buurt-phase-tracker id="compact"
  layout="compact"></buurt-phase-tracker>
<buurt-phase-tracker id="published"></buurt-phase-tracker><buurt-phase-tracker
  id="closed"></buurt-phase-tracker></buurt-config></main></body></html>`,
  });
  world.asset('/narrow.css', 'main { width: 360px; }', 'text/css');
  const tab = await world.open(url);
  await tab.page.waitForFunction(() => customElements.get('buurt-phase-tracker'));
  const problems = await tab.page.evaluate(async (items) => {
    type El = HTMLElement & { updateComplete: Promise<unknown> };
    const el = (id: string) => document.getElementById(id) as El;
    const settled = async (e: El, has: (root: ShadowRoot) => boolean) => {
      for (let i = 0; i < 200; i++) {
        await e.updateComplete;
        const root = e.shadowRoot!;
        if (!root.querySelector('.skeleton') && has(root)) return root;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`${e.id} did not render`);
    };
    const out: string[] = [];
    const text = (root: ShadowRoot) => root.textContent ?? '';
    for (const s of items) {
      el('detail').setAttribute('initiative', String(s.initiative));
      el('compact').setAttribute('initiative', String(s.initiative));
      el('published').setAttribute('reference', s.publishedRef);
      el('closed').setAttribute('reference', s.closedRef);
      const detail = await settled(el('detail'), (r) => r.querySelector('#tracker-title')?.textContent === s.title);
      const compact = await settled(el('compact'), (r) => r.querySelector('#tracker-title')?.textContent === s.title);
      // A published idea's tracking view shows its initiative.
      const published = await settled(
        el('published'),
        (r) => r.querySelector('#tracker-title')?.textContent === s.title,
      );
      const closed = await settled(el('closed'), (r) => text(r).includes(s.closed));
      if (!text(detail).includes(s.note.trim())) out.push(`${s.id}: note not shown as text`);
      if (!text(detail).includes(s.contact)) out.push(`${s.id}: contact name not shown as text`);
      if (s.backer && !text(detail).includes(s.backer)) out.push(`${s.id}: backer's name not shown as text`);
      if (!text(compact).includes(s.title)) out.push(`${s.id}: compact title`);
      if (!published.querySelector('ol.phases')) out.push(`${s.id}: tracking view`);
      if (!closed.querySelector('ol.phases')) out.push(`${s.id}: closed tracking view`);
      for (const e of ['detail', 'compact', 'published', 'closed']) {
        const host = el(e);
        if (host.scrollWidth > host.clientWidth + 1)
          out.push(`${s.id}: ${e} is ${host.scrollWidth}px wide in a ${host.clientWidth}px column`);
      }
      const w = window as unknown as { __xss: number; __dangerous(): string[] };
      const bad = w.__dangerous();
      if (bad.length) out.push(`${s.id}: ${bad.join(', ')}`);
      if (w.__xss) out.push(`${s.id}: executed`);
    }
    return out;
  }, stored);
  assert.deepEqual(problems, []);
  assert.deepEqual(tab.dialogs, []);
  assert.deepEqual(await dangerousNodes(tab.page), []);
  assert.equal(await tab.page.evaluate(() => (window as unknown as { __xss: number }).__xss), 0);
});

test('the contact finder renders every payload as a contact name, as text, with no execution', async () => {
  const { api } = world;
  const contacts = (await (await api.fetch('/api/v1/staff/contacts', { staff: true })).json()).items as any[];
  const sanne = contacts.find((c) => c.name === 'Sanne de Vries');
  const { id: contactId, ...input } = sanne;
  const url = world.page('/xss-finder', {
    html: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>XSS</title><script
      src="/host.js"></script><link rel="stylesheet" href="/narrow.css">
<script type="module" src="/js/buurtkit.js"></script></head><body><main><buurt-contact-finder api="${api.url}/api/v1"
  geocoder="${world.geocoder}"></buurt-contact-finder></main></body></html>`,
  });
  const tab = await world.open(url);
  const finder = tab.page.locator('buurt-contact-finder');
  await finder.locator('#postcode').fill('1353 AB');
  await finder.locator('#number').fill('12');
  const problems: string[] = [];
  // The contact's name is at most 120 characters: distinct names only.
  const names = [...new Map(stored.map((s) => [s.contact, s])).values()];
  for (const s of names) {
    const put = await api.fetch(`/api/v1/staff/contacts/${contactId}`, {
      method: 'PUT',
      staff: true,
      json: { ...input, name: s.contact },
    });
    assert.equal(put.status, 200);
    if (await finder.locator('[part=contact]').count())
      await finder.getByRole('button', { name: 'Zoek opnieuw' }).click();
    await finder.locator('#number').press('Enter');
    const heading = finder.locator('[part=contact] [role=heading]').first();
    await heading.waitFor();
    if ((await heading.textContent())?.trim() !== s.contact.trim())
      problems.push(`${s.id}: name "${await heading.textContent()}"`);
    const wide = await tab.page.evaluate(() => {
      const host = document.querySelector('buurt-contact-finder')!;
      return host.scrollWidth > host.clientWidth + 1 ? host.scrollWidth : 0;
    });
    if (wide) problems.push(`${s.id}: ${wide}px wide`);
  }
  assert.ok(names.length >= 150, `${names.length} distinct names`);
  assert.deepEqual(problems, []);
  assert.deepEqual(tab.dialogs, []);
  assert.deepEqual(await dangerousNodes(tab.page), []);
  assert.equal(await tab.page.evaluate(() => (window as unknown as { __xss: number }).__xss), 0);
});

test('the staff desk shows every payload as text: inbox, idea, contacts, initiatives, figures, chart', async () => {
  const { api } = world;
  // The desk has its own bundle; the page sets the token as a portal would.
  const url = world.page('/xss-desk', {
    html: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>XSS</title><script src="/host.js"></script>
<script type="module" src="/js/staff/staff-desk.js"></script></head><body><main><buurt-staff-desk
  api="${api.url}/api/v1" tiles="/tiles/{z}/{x}/{y}.png"></buurt-staff-desk></main></body></html>`,
  });
  const tab = await world.open(url);
  await tab.page.waitForFunction(() => customElements.get('buurt-staff-desk'));
  const problems = await tab.page.evaluate(
    async ({ items, token }) => {
      type Desk = HTMLElement & {
        updateComplete: Promise<unknown>;
        token?: string;
        view: string;
        inbox: {
          open(id: number): void;
          back(): void;
          filter: string;
          load(): Promise<void>;
          loadMore(): Promise<void>;
          total: number;
          ideas: { id: number; title: string; description: string }[];
        };
      };
      const desk = document.querySelector('buurt-staff-desk') as Desk;
      const root = () => desk.shadowRoot!;
      const until = async (check: () => unknown, what: string) => {
        for (let i = 0; i < 400; i++) {
          await desk.updateComplete;
          if (check()) return;
          await new Promise((r) => setTimeout(r, 10));
        }
        throw new Error(`timed out: ${what}`);
      };
      const out: string[] = [];
      const w = window as unknown as { __xss: number; __dangerous(): string[] };
      const check = (where: string) => {
        const bad = w.__dangerous();
        if (bad.length) out.push(`${where}: ${bad.join(', ')}`);
      };
      desk.token = token;
      await until(() => root().querySelector('.items'), 'the inbox');
      desk.inbox.filter = 'all';
      await desk.inbox.load();
      // Page after page, as staff would press "Meer ideeën laden".
      while (desk.inbox.ideas.length < desk.inbox.total) await desk.inbox.loadMore();
      await desk.updateComplete;
      const titles = [...root().querySelectorAll('.item-title')].map((t) => t.textContent);
      for (const s of items) if (!titles.includes(s.title)) out.push(`${s.id}: title not in the inbox as text`);
      check('inbox');
      // Every published idea opened: title, description, homework and the initiator's name as text.
      for (const s of items) {
        const idea = desk.inbox.ideas.find((i) => i.title === s.title);
        if (!idea) continue;
        desk.inbox.open(idea.id);
        await until(() => root().querySelector('#idea-heading')?.textContent === s.title, `idea ${s.id}`);
        if (root().querySelector('.description')!.textContent !== idea.description) out.push(`${s.id}: description`);
        if (!root().textContent!.includes(s.contact)) out.push(`${s.id}: initiator name`);
        check(`idea ${s.id}`);
        desk.inbox.back();
      }
      // Every initiative opened: the offers of help, name and message, as text.
      const initiatives = (desk as unknown as { initiatives: { open(id: number): Promise<void>; back(): void } })
        .initiatives;
      for (const s of items) {
        desk.view = 'initiatives';
        await initiatives.open(s.initiative);
        await until(() => root().querySelector('.offer'), `offers of ${s.id}`);
        const offers = root().querySelector('.offers')!.textContent!;
        if (s.offer && !offers.includes(s.offer)) out.push(`${s.id}: offer not shown as text`);
        check(`initiative ${s.id}`);
        initiatives.back();
      }
      for (const view of ['contacts', 'initiatives', 'figures']) {
        desk.view = view;
        await until(() => root().querySelector(view === 'figures' ? 'table.figures' : '.items .item'), view);
        check(view);
      }
      const chartText = [...root().querySelectorAll('.chart text')].map((t) => t.textContent).join(' ');
      if (!chartText.length) out.push('no chart');
      if (w.__xss) out.push('executed');
      return out;
    },
    {
      items: stored.map(({ id, title, contact, initiative, offer }) => ({ id, title, contact, initiative, offer })),
      token: STAFF_TOKEN,
    },
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(tab.dialogs, []);
  assert.deepEqual(await dangerousNodes(tab.page), []);
  assert.equal(await tab.page.evaluate(() => (window as unknown as { __xss: number }).__xss), 0);
});
