import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@buurtkit/initiative-map/define';
import { API, GEOCODER, TILES, NOWHERE } from './support/servers.js';

type Args = { api: string; theme: string; phase: string; center: string; zoom: number; clustering: string };

/**
 * Browse initiatives on a map and in its list twin. The stories use `npm start`: its
 * reference server (http://127.0.0.1:8787) with the demo initiatives, and its recorded
 * tile. Start it first; for "Many points" start it as `DEMO_BULK=100000 npm start`.
 */
const meta: Meta<Args> = {
  title: 'Widgets/buurt-initiative-map',
  component: 'buurt-initiative-map',
  args: { api: API, theme: '', phase: '', center: '', zoom: 11, clustering: 'auto' },
  render: (
    a,
  ) => html`<buurt-initiative-map api=${a.api} theme=${a.theme} phase=${a.phase} center=${a.center} zoom=${a.zoom}
    clustering=${a.clustering}
    tiles=${TILES} geocoder=${GEOCODER} idea-href="#idee"></buurt-initiative-map>`,
};
export default meta;
type Story = StoryObj<Args>;

const search =
  (text: string): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector('buurt-initiative-map')!;
    await waitFor(() => expect(el.shadowRoot!.querySelector('#search')).toBeTruthy());
    await userEvent.type(el.shadowRoot!.querySelector('#search')!, text);
  };

/** Fitted to all initiatives; clusters where they are dense. */
export const Default: Story = {};
/** An editor's page about green initiatives: `theme="groen-en-natuur"` fixes the filter. */
export const PresetFilter: Story = { args: { theme: 'groen-en-natuur' } };
/** Almere at zoom 12. */
export const Almere: Story = { args: { center: '52.37,5.22', zoom: 12 } };
/** 100,000 generated initiatives (`DEMO_BULK=100000 npm start`), clustered in a Web Worker. */
export const ManyPoints: Story = { args: { center: '52.2,5.3', zoom: 8 } };
/** Clustered by the server per view, as for a million initiatives. */
export const ServerClusters: Story = { args: { clustering: 'server' } };
export const Empty: Story = { play: search('zzqqxx') };
export const ApiDown: Story = { args: { api: `${NOWHERE}/api/v1` } };
export const English: Story = { globals: { locale: 'en' } };
export const Frisian: Story = { globals: { locale: 'fy' } };
export const Themed: Story = { globals: { theme: 'wadden' } };
/** A municipality's NL Design System theme as published (its `--basis-*` tokens), no CSS of ours. */
export const NldsTheme: Story = { globals: { theme: 'voorbeeld' } };
