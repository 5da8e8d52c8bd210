import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './support/pieces-preview.js';
import { API } from './support/servers.js';

/**
 * `<buurt-config>` gives every Buurtkit element inside it the API address and language.
 * A widget's own `api` or `lang` attribute wins.
 */
const meta: Meta = {
  title: 'Foundations/buurt-config',
  component: 'buurt-config',
  render: (args) => html`<buurt-config api=${args.api} lang=${args.lang}>
    <buurt-pieces-preview label="Postcode" action="Zoeken"></buurt-pieces-preview>
  </buurt-config>`,
  args: { api: API, lang: 'en' },
};
export default meta;
export const Default: StoryObj = {};
