import { css, html, nothing, type TemplateResult } from 'lit';

export const stateStyles = css`
  .skeleton {
    display: grid;
    gap: var(--_buurt-space-s);
  }
  .skeleton span {
    display: block;
    height: 1em;
    border-radius: var(--_buurt-radius);
    background: linear-gradient(90deg, var(--_buurt-color-surface) 25%, #e4e8ee 50%, var(--_buurt-color-surface) 75%);
    background-size: 200% 100%;
    animation: buurt-shimmer 1.4s infinite linear;
  }
  .skeleton span:nth-child(2n) {
    width: 80%;
  }
  @keyframes buurt-shimmer {
    to {
      background-position: -200% 0;
    }
  }
  .empty,
  .error-state {
    padding: var(--_buurt-space-m);
    border-radius: var(--_buurt-radius);
    background: var(--_buurt-color-surface);
  }
  .error-state {
    border-inline-start: 6px solid var(--_buurt-color-error);
  }
  .empty h2,
  .error-state h2 {
    margin: 0 0 var(--_buurt-space-s);
    font-size: 1.125em;
  }
  .empty p,
  .error-state p {
    margin: 0 0 var(--_buurt-space-s);
  }
`;

/** Placeholder lines while data loads; screen readers hear the label once. */
export const skeleton = (label: string, lines = 3) =>
  html`<div class="skeleton" part="skeleton" role="status" aria-live="polite">
    <span class="visually-hidden">${label}</span>
    ${Array.from({ length: lines }, () => html`<span aria-hidden="true"></span>`)}
  </div>`;

export const emptyState = (heading: string, text?: string, action?: TemplateResult) =>
  html`<div class="empty" part="empty" role="status">
    <h2>${heading}</h2>
    ${text ? html`<p>${text}</p>` : nothing}${action ?? nothing}
  </div>`;
