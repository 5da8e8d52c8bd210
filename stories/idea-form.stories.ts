import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@buurtkit/idea-form/define';
import { API, GEOCODER } from './support/servers.js';

type Args = { api: string; geocoder: string };
type Play = NonNullable<StoryObj<Args>['play']>;

/**
 * Residents submit an idea in five short steps. The stories use `npm start`: its reference
 * server (http://127.0.0.1:8787) and its recorded PDOK answers (http://127.0.0.1:8788);
 * start it first. Each story begins without a draft, except "Draft restore prompt".
 */
const meta: Meta<Args> = {
  title: 'Widgets/buurt-idea-form',
  component: 'buurt-idea-form',
  args: { api: API, geocoder: GEOCODER },
  loaders: [
    async () => {
      localStorage.clear();
      sessionStorage.clear();
      return {};
    },
  ],
  render: (a) =>
    html`<buurt-idea-form api=${a.api} geocoder=${a.geocoder}
      tracking-url="/volg-je-idee?ref={reference}"></buurt-idea-form>`,
};
export default meta;
type Story = StoryObj<Args>;

const form = (canvas: HTMLElement) => canvas.querySelector('buurt-idea-form')!;
const field = (canvas: HTMLElement, id: string) => form(canvas).shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
const next = async (canvas: HTMLElement) =>
  userEvent.click(form(canvas).shadowRoot!.querySelector('button[type=submit]')!);
const until = (canvas: HTMLElement, selector: string) =>
  waitFor(() => expect(form(canvas).shadowRoot!.querySelector(selector)).toBeTruthy(), { timeout: 8000 });

const toWhere: Play = async ({ canvasElement: c }) => {
  await waitFor(() => expect((field(c, 'theme') as unknown as HTMLSelectElement).options.length).toBeGreaterThan(5));
  await userEvent.type(field(c, 'title'), 'Moestuin op het grasveld');
  await userEvent.type(field(c, 'description'), 'Samen groente kweken op het grasveld aan de Kornwierde.');
  await userEvent.selectOptions(field(c, 'theme') as unknown as HTMLSelectElement, 'groen-en-natuur');
  await next(c);
  await until(c, '#postcode');
};
const toSupport: Play = async (ctx) => {
  await toWhere(ctx);
  const c = ctx.canvasElement;
  await userEvent.type(field(c, 'postcode'), '1353 AB');
  await userEvent.type(field(c, 'number'), '12');
  await next(c);
  await until(c, '#support-0');
};
const toYou: Play = async (ctx) => {
  await toSupport(ctx);
  const c = ctx.canvasElement;
  await userEvent.click(field(c, 'support-0'));
  await userEvent.type(field(c, 'supporters'), '5');
  await next(c);
  await until(c, '#email');
};
const toReview: Play = async (ctx) => {
  await toYou(ctx);
  const c = ctx.canvasElement;
  await userEvent.type(field(c, 'name'), 'Fatima El Amrani');
  await userEvent.type(field(c, 'email'), 'fatima@example.org');
  await next(c);
  await until(c, '.review-section');
};

export const StepIdea: Story = {};
export const StepWhere: Story = { play: toWhere };
export const StepSupport: Story = { play: toSupport };
export const StepAboutYou: Story = { play: toYou };
export const StepReview: Story = { play: toReview };
/** Going on with nothing filled in: the summary gets focus; each link focuses its field. */
export const WithErrors: Story = {
  play: async ({ canvasElement: c }) => {
    await waitFor(() => expect((field(c, 'theme') as unknown as HTMLSelectElement).options.length).toBeGreaterThan(5));
    await next(c);
    await until(c, '.error-summary');
  },
};
export const DraftRestorePrompt: Story = {
  loaders: [
    async () => {
      localStorage.setItem(
        `buurtkit-idea-draft:${API}`,
        JSON.stringify({
          savedAt: Date.now() - 3_600_000,
          expires: Date.now() + 86_400_000,
          step: 'support',
          fields: {
            title: 'Speeltuin opknappen',
            description: 'De speeltuin aan de Kornwierde is aan vervanging toe.',
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
      return {};
    },
  ],
};
/** While sending: the button says so and cannot be pressed twice. */
export const Submitting: Story = {
  play: async (ctx) => {
    await toReview(ctx);
    const real = window.fetch;
    window.fetch = (input, init) =>
      String(input).endsWith('/ideas') && init?.method === 'POST' ? new Promise(() => {}) : real(input, init);
    await next(ctx.canvasElement);
  },
};
/** No connection while sending: everything stays, and trying again is one button away. */
export const Offline: Story = {
  play: async (ctx) => {
    await toReview(ctx);
    const real = window.fetch;
    window.fetch = (input, init) =>
      String(input).endsWith('/ideas') && init?.method === 'POST'
        ? Promise.reject(new TypeError('Failed to fetch'))
        : real(input, init);
    await next(ctx.canvasElement);
    await until(ctx.canvasElement, '.offline');
    window.fetch = real;
  },
};
export const Confirmation: Story = {
  play: async (ctx) => {
    await toReview(ctx);
    await next(ctx.canvasElement);
    await until(ctx.canvasElement, '.confirmation');
  },
};
export const English: Story = { globals: { locale: 'en' }, play: toWhere };
export const Frisian: Story = { globals: { locale: 'fy' }, play: toWhere };
export const Themed: Story = { globals: { theme: 'wadden' }, play: toSupport };
/** A municipality's NL Design System theme as published (its `--basis-*` tokens), no CSS of ours. */
export const NldsTheme: Story = { globals: { theme: 'mooi-en-anders' }, play: toSupport };
