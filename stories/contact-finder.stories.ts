import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@buurtkit/contact-finder/define';
import { API, GEOCODER, NOWHERE } from './support/servers.js';

type Args = { api: string; geocoder: string; theme: string; municipality: string };

/**
 * "Wie is mijn contactpersoon?". The stories use `npm start`: its reference server
 * (http://127.0.0.1:8787) and its recorded PDOK answers (http://127.0.0.1:8788); start
 * it first. Try 1353 AB 12 (Almere, De Wierden), 1353 AC 7 (three addresses),
 * 2332 EN 20 (Leiden, the desk) or 8012 DG 45 (Zwolle).
 */
const meta: Meta<Args> = {
  title: 'Widgets/buurt-contact-finder',
  component: 'buurt-contact-finder',
  args: { api: API, geocoder: GEOCODER, theme: '', municipality: 'GM0034' },
  render: (a) =>
    html`<buurt-contact-finder api=${a.api} geocoder=${a.geocoder} theme=${a.theme}
      municipality=${a.municipality}></buurt-contact-finder>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Types an address into the widget, as a resident would. */
const lookUp =
  (postcode: string, number: string): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector('buurt-contact-finder')!;
    await waitFor(() => expect(el.shadowRoot!.querySelector('#postcode')).toBeTruthy());
    await userEvent.type(el.shadowRoot!.querySelector('#postcode')!, postcode);
    await userEvent.type(el.shadowRoot!.querySelector('#number')!, `${number}{enter}`);
  };

export const Empty: Story = {};
export const Found: Story = { play: lookUp('1353 AB', '12') };
export const ThemeSpecific: Story = { args: { theme: 'groen-en-natuur' }, play: lookUp('1353 AB', '12') };
export const FallbackDesk: Story = { args: { municipality: 'GM0546' }, play: lookUp('2332 EN', '20') };
export const ChooseAddress: Story = { play: lookUp('1353 AC', '7') };
export const UnknownPostcode: Story = { play: lookUp('9999 ZZ', '1') };
export const OutsideMunicipality: Story = { args: { municipality: 'GM0546' }, play: lookUp('1353 AB', '12') };
/** For residents who do not want to give an address: pick the wijk or buurt. */
export const AreaList: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('buurt-contact-finder')!;
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('button').length).toBeGreaterThan(2));
    const pick = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('wijk of buurt'))!;
    await userEvent.click(pick);
  },
};
export const GeocoderDownAreaList: Story = {
  args: { geocoder: `${NOWHERE}/locatieserver` },
  play: lookUp('1353 AB', '12'),
};
export const ApiDown: Story = { args: { api: `${NOWHERE}/api/v1` }, play: lookUp('1353 AB', '12') };
export const InvalidInput: Story = { play: lookUp('12', 'x') };
export const English: Story = { globals: { locale: 'en' }, play: lookUp('1353 AB', '12') };
export const Frisian: Story = { globals: { locale: 'fy' }, play: lookUp('1353 AB', '12') };
export const Themed: Story = { globals: { theme: 'wadden' }, play: lookUp('1353 AB', '12') };
/** A municipality's NL Design System theme as published (its `--basis-*` tokens), no CSS of ours. */
export const NldsTheme: Story = { globals: { theme: 'mooi-en-anders' }, play: lookUp('1353 AB', '12') };
