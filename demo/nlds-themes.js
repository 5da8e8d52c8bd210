/**
 * NL Design System themes from the npm registry, used as they are published: a page that
 * carries one (its class on an ancestor, its CSS loaded) styles Buurtkit through the shared
 * `--basis-*` tokens, with no CSS of ours. Read by Storybook's theme switch, the demo's
 * server and page, and the theme test; plain JS so each of them can.
 */
export const NLDS_THEMES = [
  {
    key: 'voorbeeld',
    title: 'NL Design System: Voorbeeld',
    className: 'voorbeeld-theme',
    css: '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
  },
  {
    key: 'mooi-en-anders',
    title: 'NL Design System: Mooi & Anders',
    className: 'ma-theme',
    css: '@nl-design-system-community/ma-design-tokens/dist/theme.css',
  },
];
