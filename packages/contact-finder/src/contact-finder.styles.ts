import { css } from 'lit';

export const finderStyles = css`
  :host {
    --_card-bg: var(--buurt-contact-card-background-color, var(--_buurt-color-surface));
    --_card-border: var(--buurt-contact-card-border-color, var(--_buurt-color-primary));
    --_photo-size: var(--buurt-contact-photo-size, 96px);
  }
  p {
    margin: 0 0 var(--_buurt-space-s);
  }
  .card {
    display: grid;
    grid-template-columns: var(--_photo-size) 1fr;
    gap: var(--_buurt-space-m);
    background: var(--_card-bg);
    border-inline-start: 6px solid var(--_card-border);
    border-radius: var(--_buurt-radius);
    padding: var(--_buurt-space-m);
    margin-block-end: var(--_buurt-space-m);
    overflow-wrap: anywhere;
  }
  .card.small {
    grid-template-columns: 1fr;
    border-inline-start-width: 3px;
  }
  .card img {
    width: var(--_photo-size);
    height: var(--_photo-size);
    border-radius: 50%;
    object-fit: cover;
    max-width: none;
  }
  .card .no-photo {
    width: var(--_photo-size);
  }
  .card dl {
    margin: 0;
  }
  .card dt {
    font-weight: 700;
  }
  .card dd {
    margin: 0 0 var(--_buurt-space-xs);
  }
  .card a {
    color: var(--_buurt-color-primary);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_buurt-space-m);
  }
  legend {
    font-weight: 700;
    margin-block-end: var(--_buurt-space-s);
  }
  .choice {
    display: flex;
    gap: var(--_buurt-space-s);
    align-items: center;
    min-height: 44px;
  }
  .choice input {
    width: 24px;
    height: 24px;
  }
  ul.areas {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: 20em;
    overflow-y: auto;
    border: 1px solid var(--_buurt-color-border);
    border-radius: var(--_buurt-radius);
  }
  ul.areas button {
    display: block;
    width: 100%;
    min-height: 44px;
    text-align: start;
    padding: var(--_buurt-space-s) var(--_buurt-space-m);
    border: 0;
    border-bottom: 1px solid var(--_buurt-color-surface);
    background: var(--_buurt-color-background);
    color: var(--_buurt-color-text);
    font: inherit;
    cursor: pointer;
  }
  .level {
    color: var(--_buurt-color-text-muted);
  }
  @media (max-width: 30em) {
    .card {
      grid-template-columns: 1fr;
    }
  }
`;
