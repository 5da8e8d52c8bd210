import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@buurtkit/configurator/define';
import buurtkit from '../packages/buurtkit/package.json';
import { API, GEOCODER, TILES } from './support/servers.js';

/**
 * The configurator for web editors, as in the demo (`/configurator.html`): pick a widget, set
 * it up, see it live and copy the snippet, its policy, the house style's CSS and the iframe.
 * The snippet pins this build's version and integrity hash (`npm run build` first).
 */
const meta: Meta = {
  title: 'Tools/buurt-configurator',
  component: 'buurt-configurator',
  render: () =>
    html`<buurt-configurator
      api=${API}
      geocoder=${GEOCODER}
      tiles=${TILES}
      cdn=${`./cdn/${buurtkit.version}/`}
      house-styles="theme-wadden:Wadden"
    ></buurt-configurator>`,
};
export default meta;
type Story = StoryObj;

const root = (canvas: HTMLElement) => canvas.querySelector('buurt-configurator')!.shadowRoot!;

export const Map: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('#code-snippet')?.textContent).toContain('integrity'));
  },
};

export const PhaseTracker: Story = {
  play: async ({ canvasElement }) => {
    const shadow = root(canvasElement);
    await waitFor(() => expect(shadow.querySelector('#widget-buurt-phase-tracker')).toBeTruthy());
    await userEvent.click(shadow.querySelector('#widget-buurt-phase-tracker')!);
    await waitFor(() => expect(shadow.querySelector('#code-snippet')?.textContent).toContain('<buurt-phase-tracker'));
  },
};

export const English: Story = { globals: { locale: 'en' } };
