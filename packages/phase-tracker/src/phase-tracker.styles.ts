import { css } from 'lit';

/**
 * Tokens: --buurt-tracker-step-done-color, --buurt-tracker-step-current-color,
 * --buurt-tracker-step-upcoming-color, --buurt-tracker-line-color,
 * --buurt-tracker-current-background-color (falling back to the common tokens).
 */
export const trackerStyles = css`
  :host {
    --_done: var(--buurt-tracker-step-done-color, var(--_buurt-color-primary));
    --_current: var(--buurt-tracker-step-current-color, var(--_buurt-color-primary));
    --_upcoming: var(--buurt-tracker-step-upcoming-color, var(--_buurt-color-border));
    --_line: var(--buurt-tracker-line-color, var(--_buurt-color-border));
    --_current-bg: var(--buurt-tracker-current-background-color, var(--_buurt-color-surface));
  }
  .sub {
    margin-block-start: var(--_buurt-space-l);
  }
  p {
    margin: 0 0 var(--_buurt-space-s);
  }
  ol.phases {
    list-style: none;
    margin: 0 0 var(--_buurt-space-m);
    padding: 0;
    display: grid;
    gap: var(--_buurt-space-s);
  }
  .horizontal ol.phases {
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
  }
  .phase {
    display: flex;
    gap: var(--_buurt-space-s);
    align-items: center;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_buurt-color-primary);
  }
  .horizontal .phase {
    flex-direction: column;
    align-items: center;
    text-align: center;
    border-top: 4px solid var(--_line);
    padding-top: var(--_buurt-space-s);
  }
  .horizontal .done,
  .horizontal .current {
    border-top-color: var(--_done);
  }
  .marker {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 2em;
    height: 2em;
    border-radius: 50%;
    border: 2px solid var(--_upcoming);
    background: var(--_buurt-color-background);
    font-weight: 700;
    line-height: 1;
  }
  .done .marker {
    background: var(--_done);
    border-color: var(--_done);
    color: var(--_buurt-color-primary-text);
  }
  .current .marker {
    border: 4px solid var(--_current);
    color: var(--_current);
  }
  .current .label {
    font-weight: 700;
  }
  .upcoming .label {
    color: var(--_buurt-color-text-muted);
  }
  .now {
    display: inline-block;
    margin-inline-start: var(--_buurt-space-xs);
    padding: 0 var(--_buurt-space-xs);
    border-radius: var(--_buurt-radius);
    background: var(--_current);
    color: var(--_buurt-color-primary-text);
    font-size: 0.875em;
    font-weight: 700;
  }
  .box {
    background: var(--_current-bg);
    border-inline-start: 6px solid var(--_current);
    border-radius: var(--_buurt-radius);
    padding: var(--_buurt-space-m);
    margin-block-end: var(--_buurt-space-m);
    overflow-wrap: anywhere;
  }
  .disclosure {
    display: block;
    width: 100%;
    text-align: start;
    margin: var(--_buurt-space-xs) 0;
    padding: var(--_buurt-space-s);
    border: 2px solid var(--_buurt-color-border);
    border-radius: var(--_buurt-radius);
    background: var(--_buurt-color-background);
    color: var(--_buurt-color-text);
    font: inherit;
    cursor: pointer;
  }
  .disclosure::before {
    content: '+ ';
    font-weight: 700;
  }
  .disclosure[aria-expanded='true']::before {
    content: '− ';
  }
  .details {
    padding: 0 var(--_buurt-space-m) var(--_buurt-space-s);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0 0 var(--_buurt-space-s);
  }
  .nearby .button {
    max-width: 100%;
    text-align: start;
    overflow-wrap: anywhere;
  }
  ol.history {
    margin: 0;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }
  .compact ol.phases {
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
    gap: 2px;
  }
  .compact .phase {
    display: block;
    height: 8px;
    border-radius: 4px;
    background: var(--_line);
  }
  .compact .done,
  .compact .current {
    background: var(--_done);
  }
  form {
    margin-block-end: var(--_buurt-space-m);
  }
  /* The back and offer forms: a group of checkboxes, and a field for bots only, off screen. */
  fieldset {
    border: 0;
    margin: 0 0 var(--_buurt-space-m);
    padding: 0;
    display: grid;
  }
  legend {
    font-weight: 600;
    padding: 0;
  }
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .honeypot input {
    font: inherit;
  }
`;
