import { css, html } from 'lit';

export const errorSummaryStyles = css`
  .error-summary {
    border: 3px solid var(--_buurt-color-error);
    border-radius: var(--_buurt-radius);
    background: var(--_buurt-color-error-background);
    padding: var(--_buurt-space-m);
    margin-block-end: var(--_buurt-space-l);
  }
  .error-summary .summary-heading {
    font-weight: 700;
    margin: 0 0 var(--_buurt-space-s);
    font-size: 1.25em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_buurt-color-error);
    font-weight: 600;
  }
`;

export interface ErrorSummaryOptions {
  heading: string;
  intro: string;
  errors: { fieldId: string; message: string }[];
  /** The root that holds the fields: `#id` links cannot reach into a shadow root by themselves. */
  root: ShadowRoot | null;
  /** Heading level, to fit the outline around it (2 by default). */
  level?: number;
}

/**
 * The NL Design System error summary: a heading, then every error as a link that moves
 * focus to its field. The widget focuses the summary itself (tabindex=-1) after submit.
 */
export function errorSummary(o: ErrorSummaryOptions) {
  const go = (e: MouseEvent, id: string) => {
    e.preventDefault();
    const field = o.root?.getElementById(id);
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  };
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="group"
    aria-labelledby="error-summary-heading">
    <div role="heading" aria-level=${o.level ?? 2} class="summary-heading" id="error-summary-heading">${o.heading}</div>
    <p>${o.intro}</p>
    <ul>
      ${o.errors.map(
        (e) => html`<li><a href="#${e.fieldId}" @click=${(ev: MouseEvent) => go(ev, e.fieldId)}>${e.message}</a></li>`,
      )}
    </ul>
  </div>`;
}
