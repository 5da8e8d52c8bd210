import { NLDS_THEMES } from '../../demo/nlds-themes.js';

/**
 * The house styles the stories can be seen in: Buurtkit's own tokens set by the page
 * (demo/themes.css), and NL Design System themes from the registry as published.
 */
export const themes = [
  { key: 'default', title: 'Buurtkit default', className: '' },
  { key: 'stad', title: 'Gemeente (stad)', className: 'theme-stad' },
  { key: 'wadden', title: 'Gemeente (Wadden, serif)', className: 'theme-wadden' },
  ...NLDS_THEMES.map(({ key, title, className }) => ({ key, title, className })),
];
export const themeClass = (key: unknown) => themes.find((t) => t.key === key)?.className ?? '';
