import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@buurtkit/staff-desk/define';
import type { StaffDesk } from '@buurtkit/staff-desk';
import { API, TILES, STAFF_TOKEN, NOWHERE } from './support/servers.js';

type Args = { api: string; token: string; view: string; daysLater: number };

/**
 * The municipality's desk. The stories use `npm start`: its reference server
 * (http://127.0.0.1:8787) with the demo data (three ideas waiting: 1, 9 and 19 days old)
 * and its staff token `demo-staff-token-change-me`; start it first. Stories hand the
 * token over through the `token` property, as a portal would; "Sign in" shows the form.
 * Changes made in a story (publishing, moving phases, contacts) stay in the demo database.
 */
const meta: Meta<Args> = {
  title: 'Widgets/buurt-staff-desk',
  component: 'buurt-staff-desk',
  args: { api: API, token: STAFF_TOKEN, view: 'inbox', daysLater: 0 },
  render: (a) => {
    const set = (el: Element | undefined) => {
      const desk = el as StaffDesk | undefined;
      if (!desk) return;
      if (a.daysLater) desk.now = () => new Date(Date.now() + a.daysLater * 86_400_000);
      if (a.token && desk.token !== a.token) desk.token = a.token;
    };
    return html`<buurt-staff-desk api=${a.api} view=${a.view} tiles=${TILES} ${ref(set)}></buurt-staff-desk>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const desk = (canvas: HTMLElement) => canvas.querySelector('buurt-staff-desk')!;
const button = (el: Element, text: string | RegExp) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
    typeof text === 'string' ? b.textContent!.trim() === text : text.test(b.textContent!),
  );

/** Opens the first item of the current list (an idea or an initiative). */
const openFirst: Story['play'] = async ({ canvasElement }) => {
  const el = desk(canvasElement);
  await waitFor(() => expect(el.shadowRoot!.querySelector('.item-button')).toBeTruthy(), { timeout: 5000 });
  await userEvent.click(el.shadowRoot!.querySelector('.item-button')!);
};

export const SignIn: Story = { args: { token: '' } };
export const WrongToken: Story = {
  args: { token: '' },
  play: async ({ canvasElement }) => {
    const el = desk(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('#token')).toBeTruthy());
    await userEvent.type(el.shadowRoot!.querySelector('#token')!, 'not-the-token{enter}');
  },
};
export const Inbox: Story = {};
/** The same inbox three weeks later (a set clock): what is overdue comes first, marked in words. */
export const Overdue: Story = { args: { daysLater: 21 } };
export const Idea: Story = { play: openFirst };
export const Publish: Story = {
  play: async (context) => {
    await openFirst(context);
    const el = desk(context.canvasElement);
    await waitFor(() => expect(button(el, 'Publiceren als initiatief')).toBeTruthy());
    await userEvent.click(button(el, 'Publiceren als initiatief')!);
  },
};
export const CloseWithReason: Story = {
  play: async (context) => {
    await openFirst(context);
    const el = desk(context.canvasElement);
    await waitFor(() => expect(button(el, 'Afsluiten met een reden')).toBeTruthy());
    await userEvent.click(button(el, 'Afsluiten met een reden')!);
  },
};
export const Initiatives: Story = { args: { view: 'initiatives' } };
export const MovePhase: Story = { args: { view: 'initiatives' }, play: openFirst };
export const Contacts: Story = { args: { view: 'contacts' } };
export const EditContact: Story = {
  args: { view: 'contacts' },
  play: async ({ canvasElement }) => {
    const el = desk(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[data-contact]')).toBeTruthy());
    await userEvent.click(el.shadowRoot!.querySelector('[data-contact]')!);
  },
};
/** The municipality's own process: its phase models, and the uitdaagrecht opened to change. */
export const PhaseModels: Story = { args: { view: 'process' } };
export const EditPhaseModel: Story = {
  args: { view: 'process' },
  play: async ({ canvasElement }) => {
    const el = desk(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[data-model="uitdaagrecht"]')).toBeTruthy());
    await userEvent.click(el.shadowRoot!.querySelector('[data-model="uitdaagrecht"]')!);
  },
};
export const Figures: Story = { args: { view: 'figures' } };
export const ApiDown: Story = { args: { api: `${NOWHERE}/api/v1`, token: '' } };
export const English: Story = { globals: { locale: 'en' } };
export const Frisian: Story = { globals: { locale: 'fy' } };
export const Themed: Story = { globals: { theme: 'wadden' } };
