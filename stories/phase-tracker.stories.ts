import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@buurtkit/phase-tracker/define';
import { API, NOWHERE } from './support/servers.js';

type Args = { api: string; initiative?: number; reference?: string; model?: string; layout: string };

/**
 * Where an initiative stands, since when, and what to expect. The stories read the
 * reference server of `npm start` (http://127.0.0.1:8787): start it first. Switch
 * language and house style in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Widgets/buurt-phase-tracker',
  component: 'buurt-phase-tracker',
  args: { api: API, layout: 'auto' },
  argTypes: { layout: { control: 'select', options: ['auto', 'vertical', 'horizontal', 'compact'] } },
  render: (a) => html`<buurt-phase-tracker
    api=${a.api}
    initiative=${a.initiative ?? nothing}
    reference=${a.reference ?? nothing}
    model=${a.model ?? nothing}
    layout=${a.layout}
  ></buurt-phase-tracker>`,
};
export default meta;
type Story = StoryObj<Args>;

export const InExecution: Story = { args: { initiative: 4 } };
export const JustStarted: Story = { args: { initiative: 5 } };
export const Completed: Story = { args: { initiative: 1 } };
export const GasFreeNeighbourhood: Story = { args: { initiative: 16 } };
export const ProcessExplained: Story = { args: { model: 'burgerinitiatief' } };
export const ProcessGasFree: Story = { args: { model: 'aardgasvrije-wijk' } };
export const TrackByReference: Story = {};
export const NotFound: Story = { args: { reference: 'BK-2026-999999' } };
export const Compact: Story = { args: { initiative: 4, layout: 'compact' } };
export const Horizontal: Story = { args: { initiative: 4, layout: 'horizontal' } };
export const ApiDown: Story = { args: { api: `${NOWHERE}/api/v1`, initiative: 4 } };
export const English: Story = { args: { initiative: 4 }, globals: { locale: 'en' } };
export const Frisian: Story = { args: { initiative: 4 }, globals: { locale: 'fy' } };
export const Themed: Story = { args: { initiative: 4 }, globals: { theme: 'wadden' } };
/** A municipality's NL Design System theme as published (its `--basis-*` tokens), no CSS of ours. */
export const NldsTheme: Story = { args: { initiative: 4 }, globals: { theme: 'voorbeeld' } };
