import { fixture, html, oneEvent } from '@open-wc/testing';
import '@buurtkit/idea-form/define';
import type { IdeaForm } from '@buurtkit/idea-form';
// @ts-expect-error served by the test runner
import { API, GEOCODER, STAFF_TOKEN } from '/__buurtkit/env.js';

/** Drives <buurt-idea-form> like a resident: shared by its own tests and the staff desk's. */
export type StaffIdea = {
  id: number;
  reference: string;
  title: string;
  description: string;
  theme: string;
  support: string[];
  supporters: number | null;
  homework: Record<string, string>;
  contact: { name: string; email: string; phone: string | null };
  location: { address?: string } | null;
};

export const q = (el: IdeaForm, s: string) => el.shadowRoot!.querySelector(s) as HTMLElement | null;
export const qa = (el: IdeaForm, s: string) => [...el.shadowRoot!.querySelectorAll(s)] as HTMLElement[];
export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
export async function until(el: IdeaForm, check: () => unknown, what = 'the form') {
  for (let i = 0; i < 300; i++) {
    await el.updateComplete;
    await el.msg.ready();
    if (check()) return;
    await wait(20);
  }
  throw new Error(`${what} did not get there`);
}
export const stepName = (el: IdeaForm) => q(el, '.step-heading [role=heading]')?.textContent?.trim();
export const staffIdeas = async (): Promise<StaffIdea[]> =>
  (
    await (
      await fetch(`${API}/staff/ideas?status=received`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } })
    ).json()
  ).items;

export async function form(attrs: { lang?: string; keep?: boolean } = {}) {
  if (!attrs.keep) {
    localStorage.clear();
    sessionStorage.clear();
  }
  const el = await fixture<IdeaForm>(
    html`<buurt-idea-form api=${API} geocoder=${GEOCODER} lang=${attrs.lang ?? 'nl'}
      tracking-url="/volg?ref={reference}"></buurt-idea-form>`,
  );
  await until(el, () => q(el, '.restore') || qa(el, '#theme option').length > 5, 'themes');
  return el;
}

/** Sets a field as typing would: value, input event, then leaving it. */
export async function fill(el: IdeaForm, id: string, value: string) {
  const input = q(el, `#${id}`) as HTMLInputElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.blur();
  await el.updateComplete;
}
export async function choose(el: IdeaForm, id: string, value: string) {
  const select = q(el, `#${id}`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}
export async function next(el: IdeaForm, expected?: string) {
  const before = stepName(el);
  (q(el, 'button[type=submit]') as HTMLButtonElement).click();
  await until(
    el,
    () => (expected ? stepName(el) === expected : stepName(el) !== before || q(el, '.error-summary')),
    'the next step',
  );
}

/** Through every step with valid answers, up to the review. */
export async function fillAll(el: IdeaForm, title: string, extra: { email?: string } = {}) {
  await fill(el, 'title', title);
  await fill(el, 'description', `${title}: een idee om de buurt mooier te maken.`);
  await choose(el, 'theme', 'groen-en-natuur');
  await next(el, 'Waar');
  await fill(el, 'postcode', '1353 AB');
  await fill(el, 'number', '12');
  await next(el, 'Wat heb je nodig');
  (q(el, '#support-0') as HTMLInputElement).click();
  await fill(el, 'supporters', '6');
  await fill(el, 'homework-cost', 'Ongeveer 500 euro');
  await next(el, 'Over jou');
  await fill(el, 'name', 'Fatima El Amrani');
  await fill(el, 'email', extra.email ?? 'fatima@example.org');
  await next(el, 'Controleren en versturen');
}

export async function sendAndConfirm(el: IdeaForm) {
  const submitted = oneEvent(el, 'buurt-idea-submitted');
  (q(el, 'button[type=submit]') as HTMLButtonElement).click();
  const event = await submitted;
  await until(el, () => q(el, '.confirmation'), 'the confirmation');
  return event.detail as { id: number; reference: string };
}
