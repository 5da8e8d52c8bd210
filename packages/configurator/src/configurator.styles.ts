import { css } from 'lit';

export const configuratorStyles = css`
  :host {
    max-width: 80rem;
  }
  fieldset {
    border: 0;
    margin: 0 0 var(--_buurt-space-l);
    padding: 0;
  }
  .widgets {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: var(--_buurt-space-m);
  }
  .widget-choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_buurt-space-xs) var(--_buurt-space-s);
    align-items: start;
  }
  .widget-choice input,
  .check input {
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_buurt-color-primary);
  }
  .widget-choice label,
  .check label {
    font-weight: 600;
  }
  .widget-choice .hint,
  .check .hint {
    grid-column: 2;
    color: var(--_buurt-color-text-muted);
  }
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_buurt-space-xs) var(--_buurt-space-s);
  }
  .colour input {
    width: 6rem;
    padding: 2px;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: var(--_buurt-space-l);
    align-items: start;
  }
  @media (max-width: 60rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .preview {
    position: sticky;
    top: var(--_buurt-space-m);
  }
  ::slotted([slot='preview']) {
    display: block;
    border: 2px dashed var(--_buurt-color-border);
    border-radius: var(--_buurt-radius);
    padding: var(--_buurt-space-m);
    background: var(--_buurt-color-background);
  }
  .place-search {
    margin-block-end: var(--_buurt-space-m);
    padding-inline-start: var(--_buurt-space-m);
    border-inline-start: 4px solid var(--_buurt-color-surface);
  }
  .place-search .actions {
    align-self: end;
  }
  .places {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_buurt-space-s);
  }
  .code {
    margin-block-end: var(--_buurt-space-l);
  }
  pre {
    margin: 0;
    padding: var(--_buurt-space-m);
    overflow: auto;
    max-height: 20rem;
    background: var(--_buurt-color-surface);
    border: 1px solid var(--_buurt-color-border);
    border-radius: var(--_buurt-radius);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.875em;
  }
  pre:focus-visible {
    outline: 3px solid var(--_buurt-color-focus);
    outline-offset: 2px;
  }
  .note {
    color: var(--_buurt-color-text-muted);
  }
`;
