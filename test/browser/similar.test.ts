import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@buurtkit/idea-form/define';
import '@buurtkit/staff-desk/define';
import { fixture, html } from '@open-wc/testing';
import type { StaffDesk } from '@buurtkit/staff-desk';
import type { PhaseTracker } from '@buurtkit/phase-tracker';
import { fill, fillAll, form, next, q, qa, sendAndConfirm, staffIdeas, until } from './helpers/idea-form.ts';
import { until as untilIn } from './helpers/until.ts';
// @ts-expect-error served by the test runner
import { API, STAFF_TOKEN, TILES } from '/__buurtkit/env.js';

/**
 * "Lijkt jouw idee op een van deze initiatieven?" (issue 20): before sending, the idea form
 * shows what the API finds for the idea as typed, with "Doe mee met dit initiatief"; joining
 * shows that initiative's tracker in the form, and nothing of it blocks sending.
 */
type Similar = { id: number; title: string; distance: number | null; sameTheme: boolean };

/** Records the form's look-alike requests; `fail` answers them with a 503 instead. */
function watchSimilar(o: { fail?: boolean } = {}) {
  const asked: URL[] = [];
  const real = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.endsWith('/initiatives/similar')) return real(input, init);
    asked.push(url);
    return o.fail ? Promise.resolve(new Response('{}', { status: 503 })) : real(input, init);
  };
  return { asked, real, restore: () => (window.fetch = real) };
}

/** Typed at Kornwierde 12, Almere (the recorded address of `fillAll`): Repair Café Stad is 3.5 km away. */
const TITLE = 'Repair café in het buurthuis';

describe('look-alike initiatives in the idea form', () => {
  it('shows what the API finds for the idea as typed, announced, with distance and theme', async () => {
    const watch = watchSimilar();
    try {
      const el = await form();
      await fillAll(el, TITLE);
      await until(el, () => q(el, '[part=similar]'), 'the look-alikes');
      expect(watch.asked).to.have.length(1);
      const params = watch.asked[0]!.searchParams;
      expect(params.get('text')).to.contain(TITLE).and.to.contain('een idee om de buurt mooier te maken');
      expect(params.get('theme')).to.equal('groen-en-natuur');
      expect(Number(params.get('lat'))).to.be.within(52, 53);
      const { items } = (await (await watch.real(watch.asked[0]!)).json()) as { items: Similar[] };
      expect(items.length).to.be.greaterThan(0);
      const shown = qa(el, '[part=similar] li');
      expect(shown.map((li) => q(el, `#similar-${items[shown.indexOf(li)]!.id}`)!.textContent)).to.deep.equal(
        items.map((i) => i.title),
      );
      items.forEach((item, n) => {
        const text = shown[n]!.textContent!;
        expect(text).to.match(item.distance! < 995 ? /\d+ m van jouw plek/ : /\d+(,\d)? km van jouw plek/);
        if (item.sameTheme) expect(text).to.contain('hetzelfde thema');
      });
      const status = q(el, '[part=similar] [role=status]')!.textContent!.trim();
      expect(status).to.equal(
        items.length === 1
          ? 'Er is 1 initiatief dat op jouw idee lijkt.'
          : `Er zijn ${items.length} initiatieven die op jouw idee lijken.`,
      );
      await expect(el).to.be.accessible();
      // Back and forth without a change asks nothing new; a changed title asks again.
      (qa(el, '.review-head button')[0] as HTMLButtonElement).click();
      await until(el, () => q(el, '#title'));
      for (const step of ['Waar', 'Wat heb je nodig', 'Over jou', 'Controleren en versturen']) await next(el, step);
      expect(watch.asked).to.have.length(1);
      (qa(el, '.review-head button')[0] as HTMLButtonElement).click();
      await until(el, () => q(el, '#title'));
      await fill(el, 'title', `${TITLE} en bloemen`);
      for (const step of ['Waar', 'Wat heb je nodig', 'Over jou', 'Controleren en versturen']) await next(el, step);
      await until(el, () => watch.asked.length === 2, 'a new question');
      expect(watch.asked[1]!.searchParams.get('text')).to.contain('en bloemen');
    } finally {
      watch.restore();
    }
  });

  it('by keyboard: join one, see its tracker, go back to the idea with focus, and still send it', async () => {
    const watch = watchSimilar();
    try {
      const el = await form();
      await fillAll(el, TITLE);
      await until(el, () => qa(el, '[part~=similar-join]').length, 'the look-alikes');
      const first = q(el, '[part~=similar-join]') as HTMLButtonElement;
      const title = q(el, `#${first.getAttribute('aria-describedby')}`)!.textContent!;
      first.focus();
      const joined = oneEvent(el, 'buurt-initiative-join');
      await sendKeys({ press: 'Enter' });
      const { detail } = await joined;
      expect(detail.title).to.equal(title);
      const tracker = () => q(el, 'buurt-phase-tracker') as PhaseTracker | null;
      await until(el, () => tracker()?.shadowRoot?.querySelector('#tracker-title'), 'its tracker');
      expect(tracker()!.initiative).to.equal(detail.id);
      expect(tracker()!.getAttribute('layout')).to.equal('compact');
      expect(tracker()!.shadowRoot!.querySelector('#tracker-title')!.textContent!.trim()).to.equal(title);
      expect(el.shadowRoot!.activeElement?.id).to.equal('similar-joined');
      expect(q(el, '[part=similar]')!.textContent).to.contain('Je eigen idee blijft bewaard');
      expect(localStorage.length).to.be.greaterThan(0, 'the draft is kept');
      await expect(el).to.be.accessible();
      (q(el, '[part~=similar-back]') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
      await until(el, () => el.shadowRoot!.activeElement?.getAttribute('aria-describedby') === `similar-${detail.id}`);
      expect(tracker()).to.equal(null);
      const { reference } = await sendAndConfirm(el);
      expect((await staffIdeas()).find((i) => i.reference === reference)!.title).to.equal(TITLE);
    } finally {
      watch.restore();
    }
  });

  it('a page that cancels the join keeps the form as it is; the part speaks the form’s language', async () => {
    const el = await form();
    await fillAll(el, TITLE);
    await until(el, () => qa(el, '[part~=similar-join]').length, 'the look-alikes');
    el.lang = 'en';
    await until(el, () => q(el, '[part~=similar-join]')!.textContent!.trim() === 'Join this initiative', 'English');
    expect(q(el, '[part=similar] [role=heading]')!.textContent).to.equal('Is your idea like one of these initiatives?');
    el.addEventListener('buurt-initiative-join', (e) => e.preventDefault());
    (q(el, '[part~=similar-join]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(q(el, 'buurt-phase-tracker')).to.equal(null);
    expect(qa(el, '[part~=similar-join]').length).to.be.greaterThan(0);
  });

  it('an API that fails it shows nothing, and the idea is sent as ever', async () => {
    const watch = watchSimilar({ fail: true });
    try {
      const el = await form();
      await fillAll(el, TITLE);
      await until(el, () => watch.asked.length === 1, 'the question');
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      expect(q(el, '[part=similar]')).to.equal(null);
      expect(q(el, '.notice, .offline')).to.equal(null);
      await sendAndConfirm(el);
    } finally {
      watch.restore();
    }
  });

  it('the desk shows staff the look-alikes of an idea; one opens in the initiatives view', async () => {
    const title = `${TITLE} ${Date.now() % 100000}`;
    const resident = await form();
    await fillAll(resident, title);
    const { reference, id } = await sendAndConfirm(resident);
    const idea = (await staffIdeas()).find((i) => i.id === id)!;
    const query = new URLSearchParams({ text: `${idea.title}\n${idea.description}`, theme: idea.theme });
    const at = (idea.location as { lat: number; lon: number } | null)!;
    query.set('lat', String(at.lat));
    query.set('lon', String(at.lon));
    const expected = ((await (await fetch(`${API}/initiatives/similar?${query}`)).json()) as { items: Similar[] })
      .items;
    expect(expected.map((i) => i.title)).to.include('Repair Café Stad');

    sessionStorage.clear();
    const el = await fixture<StaffDesk>(
      html`<buurt-staff-desk api=${API} tiles=${TILES} lang="nl"></buurt-staff-desk>`,
    );
    el.token = STAFF_TOKEN;
    const dq = <T extends HTMLElement = HTMLElement>(s: string) => el.shadowRoot!.querySelector<T>(s);
    const dqa = (s: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(s)];
    await untilIn(el, () => dq('#inbox-q'), 'the desk');
    dq<HTMLInputElement>('#inbox-q')!.focus();
    await sendKeys({ type: reference });
    await untilIn(el, () => dq(`[data-idea="${id}"]`), 'the idea in the inbox');
    dq(`[data-idea="${id}"]`)!.click();
    await untilIn(el, () => dqa('[data-similar]').length, 'the look-alikes at the desk');
    expect(dqa('[data-similar]').map((b) => b.textContent!.trim())).to.deep.equal(expected.map((i) => i.title));
    expect(dq('[part=similar]')!.textContent).to.match(/Energie en duurzaamheid · 3,5 km van dit idee/);
    await expect(el).to.be.accessible();
    const repair = expected.find((i) => i.title === 'Repair Café Stad')!;
    dq(`[data-similar="${repair.id}"]`)!.focus();
    await sendKeys({ press: 'Enter' });
    await untilIn(el, () => dq('#initiative-heading')?.textContent?.trim() === 'Repair Café Stad', 'the initiative');
  });
});
