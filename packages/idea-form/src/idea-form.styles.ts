import { css } from 'lit';

export const formStyles = css`
  :host {
    --_progress-current: var(--buurt-form-progress-current-color, var(--_buurt-color-primary));
    --_review-bg: var(--buurt-form-review-background-color, var(--_buurt-color-surface));
  }
  p {
    margin: 0 0 var(--_buurt-space-s);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_buurt-space-xs) var(--_buurt-space-m);
    list-style: none;
    counter-reset: step;
    padding: 0;
    margin: 0 0 var(--_buurt-space-m);
    color: var(--_buurt-color-text-muted);
  }
  .progress li {
    counter-increment: step;
  }
  .progress li::before {
    content: counter(step) '. ';
  }
  .progress .done::before {
    content: '✓ ';
  }
  .progress .current {
    color: var(--_progress-current);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 4px;
  }
  .step-heading:focus {
    outline: none;
  }
  .step-of {
    color: var(--_buurt-color-text-muted);
    margin: 0;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_buurt-space-m);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: var(--_buurt-space-xs);
  }
  .hint,
  .optional,
  .none {
    color: var(--_buurt-color-text-muted);
    font-weight: 400;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_buurt-space-s);
    min-height: 44px;
    padding-block: var(--_buurt-space-xs);
  }
  .choice input {
    width: 24px;
    height: 24px;
    margin: 0;
    flex: none;
    accent-color: var(--_buurt-color-primary);
  }
  /* The photo picker: a button of ours (the browser's own says "No file chosen" in its own
     language), and on a desk with a mouse, room to drop photos. */
  .pick {
    border: 2px dashed transparent;
  }
  .dropping {
    border-color: var(--_buurt-color-primary);
  }
  @media (pointer: coarse) {
    .drop {
      display: none;
    }
  }
  .photo-list,
  .photo-review {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .photo {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_buurt-space-m);
    align-items: flex-start;
    margin-block-end: var(--_buurt-space-m);
  }
  .photo > div {
    flex: 1 1 16em;
  }
  .photo img,
  .photo-review img {
    width: 120px;
    height: 120px;
    object-fit: cover;
    border-radius: var(--_buurt-radius);
  }
  .photo-review {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_buurt-space-s);
  }
  .found {
    font-weight: 600;
  }
  .privacy {
    background: var(--_review-bg);
    padding: var(--_buurt-space-m);
    border-radius: var(--_buurt-radius);
  }
  .review-section {
    background: var(--_review-bg);
    padding: var(--_buurt-space-m);
    border-radius: var(--_buurt-radius);
    margin-block-end: var(--_buurt-space-m);
  }
  .review-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_buurt-space-s);
  }
  dl {
    margin: var(--_buurt-space-s) 0 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 var(--_buurt-space-s);
    white-space: pre-line;
  }
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .reference {
    font-size: 1.25em;
    letter-spacing: 0.05em;
  }
  .confirmation {
    border-inline-start: 6px solid var(--_buurt-color-primary);
    padding-inline-start: var(--_buurt-space-m);
  }
`;
