import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './support/pieces-preview.js';

type Args = { label: string; hint: string; error: string; action: string };

/**
 * Core's shared pieces (button, text field with label/hint/error, error summary, loading
 * skeleton, empty and error states) in every language and house style: switch them in the
 * toolbar. Every widget composes these.
 */
const meta: Meta<Args> = {
  title: 'Foundations/Shared pieces',
  args: { label: 'Naam van je idee', hint: 'Een paar woorden zijn genoeg', error: '', action: 'Versturen' },
  render: (a) =>
    html`<buurt-pieces-preview label=${a.label} hint=${a.hint} error=${a.error}
      action=${a.action}></buurt-pieces-preview>`,
};
export default meta;

export const Default: StoryObj<Args> = {};
export const WithError: StoryObj<Args> = { args: { error: 'Vul een naam in van minstens 3 tekens.' } };
export const English: StoryObj<Args> = {
  args: { label: 'Name of your idea', hint: 'A few words are enough', action: 'Send' },
  globals: { locale: 'en' },
};
export const Frisian: StoryObj<Args> = {
  args: { label: 'Namme fan dyn idee', hint: 'In pear wurden binne genôch', action: 'Ferstjoere' },
  globals: { locale: 'fy' },
};
export const Themed: StoryObj<Args> = { globals: { theme: 'wadden' } };
