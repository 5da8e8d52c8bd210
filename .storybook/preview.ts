import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { themeClass, themes } from '../stories/support/themes.js';
import '../demo/themes.css';
// The NL Design System themes as their packages publish them (demo/nlds-themes.js).
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@nl-design-system-community/ma-design-tokens/dist/theme.css';
import '@buurtkit/core/define';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets (the nearest lang attribute)',
      toolbar: {
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'en', title: 'English' },
          { value: 'fy', title: 'Frysk' },
        ],
      },
    },
    theme: {
      description: 'A municipality house style (CSS custom properties on the page)',
      toolbar: { icon: 'paintbrush', items: themes.map((t) => ({ value: t.key, title: t.title })) },
    },
  },
  initialGlobals: { locale: 'nl', theme: 'default' },
  decorators: [
    (story, context) =>
      html`<div lang=${context.globals.locale ?? 'nl'} class=${themeClass(context.globals.theme)}>${story()}</div>`,
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
