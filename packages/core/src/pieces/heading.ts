import { css, html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Widget headings fit into the host page's outline: the page chooses the level. */
export const headingStyles = css`
  [role='heading'] {
    font-weight: 700;
    font-size: 1.25em;
    margin: 0 0 var(--_buurt-space-s);
  }
  .sub {
    font-size: 1.0625em;
  }
`;

/**
 * A heading at a level the page chooses (`heading-level`), as role=heading so the level
 * can change without another template. `focusable` lets a widget move focus to it after
 * a result appears.
 */
export const heading = (text: string, level: number, o: { sub?: boolean; id?: string; focusable?: boolean } = {}) =>
  html`<div role="heading" aria-level=${level + (o.sub ? 1 : 0)} class=${o.sub ? 'sub' : ''} id=${ifDefined(o.id)}
    tabindex=${ifDefined(o.focusable ? '-1' : undefined)}>${text}</div>`;
