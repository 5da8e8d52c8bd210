import { css, unsafeCSS } from 'lit';

/**
 * The common tokens and their defaults, as data: the CSS below and any code that needs a
 * default (the map draws clusters on a canvas, where CSS cannot reach) read the same value.
 */
export const TOKEN_DEFAULTS = {
  'color-primary': '#1a4f8b',
  'color-primary-text': '#ffffff',
  'color-primary-hover': '#123a66',
  'color-text': '#1a1a1a',
  'color-text-muted': '#4a4a4a',
  'color-background': '#ffffff',
  'color-surface': '#f3f5f8',
  'color-border': '#6b7280',
  'color-error': '#b00020',
  'color-error-background': '#fdecee',
  'color-focus': '#1a1a1a',
  'color-focus-background': '#ffdd00',
  'font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  'font-size': '16px',
  'line-height': '1.5',
  radius: '4px',
  'space-xs': '4px',
  'space-s': '8px',
  'space-m': '16px',
  'space-l': '24px',
} as const;

export type TokenName = keyof typeof TOKEN_DEFAULTS;

/**
 * The NL Design System basis token (`--basis-…`) each common token falls back to before our
 * default, so a page that already carries a municipality's NL Design System theme styles the
 * widgets with no CSS of ours. Focus takes `focus-color` (the dark of the focus pair, as the
 * outline) with `focus-background-color` as the halo: themes draw the outline itself in a
 * colour meant for that halo, often white. Sizes are left out: themes give them in rem, and
 * pages that shrink the root font must not shrink ours.
 */
export const BASIS_TOKENS: Partial<Record<TokenName, string>> = {
  'color-primary': 'color-action-1-inverse-bg-default',
  'color-primary-text': 'color-action-1-inverse-color-default',
  'color-primary-hover': 'color-action-1-inverse-bg-hover',
  'color-text': 'color-default-color-document',
  'color-text-muted': 'color-default-color-subtle',
  'color-background': 'color-default-bg-document',
  'color-surface': 'color-default-bg-subtle',
  'color-border': 'color-default-border-default',
  'color-error': 'color-negative-color-document',
  'color-error-background': 'color-negative-bg-default',
  'color-focus': 'focus-color',
  'color-focus-background': 'focus-background-color',
  'font-family': 'text-font-family-default',
  'line-height': 'text-line-height-md',
  radius: 'border-radius-md',
};

/** Component tokens and the common token each falls back to. */
export const COMPONENT_TOKENS = {
  'button-background-color': 'var(--_buurt-color-primary)',
  'button-color': 'var(--_buurt-color-primary-text)',
  'button-border-radius': 'var(--_buurt-radius)',
  'field-border-color': 'var(--_buurt-color-border)',
  'field-background-color': 'var(--_buurt-color-background)',
} as const;

const declarations = (tokens: Record<string, string>, basis: Record<string, string> = {}) =>
  Object.entries(tokens)
    .map(([name, value]) => {
      const fallback = basis[name] ? `var(--basis-${basis[name]}, ${value})` : value;
      return `--_buurt-${name}: var(--buurt-${name}, ${fallback});`;
    })
    .join('');

/**
 * Design tokens, the NL Design System way: a component token
 * (`--buurt-{component}-{part}-{property}`) falls back to a common token
 * (`--buurt-color-primary`, …), then to the theme's basis token and then to a default. Widgets read the internal
 * `--_buurt-*` names only, so a municipality's theme CSS on the page flows in at
 * either level. Sizes are in px on purpose: host pages that set `html { font-size: 62.5% }`
 * must not shrink our text below 16 px. Built from the data above (our own constants,
 * never page or resident text: safe to hand to unsafeCSS).
 */
export const tokens = unsafeCSS(
  `:host{${declarations(TOKEN_DEFAULTS, BASIS_TOKENS)}${declarations(COMPONENT_TOKENS)}}`,
);

/** What every widget's shadow root starts from: its own font, box model and focus ring. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_buurt-font-family);
    font-size: var(--_buurt-font-size);
    line-height: var(--_buurt-line-height);
    color: var(--_buurt-color-text);
    /* Inherited typography that host pages set on body (resets, frameworks) stops here. */
    font-style: normal;
    font-weight: 400;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  /* Not 'inherit': a page's '* { box-sizing: content-box }' reaches the host element. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_buurt-color-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_buurt-color-focus-background);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
