import { css } from 'lit';

export const deskStyles = css`
  :host {
    --_desk-overdue-color: var(--buurt-desk-overdue-color, var(--_buurt-color-error));
    --_desk-overdue-bg: var(--buurt-desk-overdue-background-color, var(--_buurt-color-error-background));
    --_desk-nav-current: var(--buurt-desk-nav-current-border-color, var(--_buurt-color-primary));
    --_desk-map-height: var(--buurt-desk-map-height, 260px);
  }
  p {
    margin: 0 0 var(--_buurt-space-s);
  }
  /* Residents write long words, addresses and links without spaces: they wrap, the desk
     never gets wider than its column. */
  .desk {
    overflow-wrap: anywhere;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_buurt-space-s);
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_buurt-space-xs) var(--_buurt-space-m);
    list-style: none;
    margin: var(--_buurt-space-s) 0 var(--_buurt-space-m);
    padding: 0;
    border-block-end: 1px solid var(--_buurt-color-border);
  }
  .nav-item {
    font: inherit;
    color: var(--_buurt-color-primary);
    background: none;
    border: 0;
    border-block-end: 4px solid transparent;
    min-height: 44px;
    padding: var(--_buurt-space-xs) var(--_buurt-space-s);
    cursor: pointer;
  }
  .nav-item[aria-current='page'] {
    color: var(--_buurt-color-text);
    font-weight: bold;
    border-block-end-color: var(--_desk-nav-current);
  }
  .nav-item:focus-visible,
  .item-button:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_buurt-color-focus);
    outline-offset: 2px;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    border-block-end: 1px solid var(--_buurt-color-border);
    padding: var(--_buurt-space-s) 0;
  }
  .item.overdue {
    border-inline-start: 6px solid var(--_desk-overdue-color);
    padding-inline-start: var(--_buurt-space-s);
  }
  .item-button {
    max-width: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_buurt-space-s);
    font: inherit;
    font-weight: bold;
    text-align: start;
    color: var(--_buurt-color-primary);
    text-decoration: underline;
    background: none;
    border: 0;
    padding: var(--_buurt-space-xs) 0;
    min-height: 44px;
    cursor: pointer;
  }
  .item-title {
    font-weight: bold;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_buurt-space-m);
    color: var(--_buurt-color-text-muted);
  }
  .badge {
    display: inline-block;
    font-weight: bold;
    font-size: 0.875em;
    padding: 0 var(--_buurt-space-xs);
    border: 2px solid currentColor;
    border-radius: var(--_buurt-radius);
  }
  .badge.overdue {
    color: var(--_desk-overdue-color);
    background: var(--_desk-overdue-bg);
    text-decoration: none;
  }
  .detail [role='heading'][aria-level],
  .contact-form > [role='heading'] {
    font-size: 1.25em;
    font-weight: bold;
    margin: var(--_buurt-space-m) 0 var(--_buurt-space-s);
  }
  .description {
    white-space: pre-line;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: var(--_buurt-space-xs) var(--_buurt-space-m);
  }
  .facts dt {
    font-weight: bold;
  }
  .facts dd {
    margin: 0;
    white-space: pre-line;
  }
  .idea-map,
  .picker .map {
    height: var(--_desk-map-height);
    margin-block-end: var(--_buurt-space-s);
  }
  .photos {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_buurt-space-s);
    list-style: none;
    padding: 0;
  }
  .photos img {
    max-width: min(100%, 320px);
    height: auto;
  }
  .links,
  .audit,
  .history {
    padding-inline-start: 1.25em;
  }
  .actions,
  .answer-form,
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_buurt-space-s);
    align-items: flex-end;
    margin: var(--_buurt-space-m) 0;
  }
  .answer-form .field {
    margin: 0;
  }
  .done {
    font-weight: bold;
    border-inline-start: 6px solid var(--_buurt-color-primary);
    padding-inline-start: var(--_buurt-space-s);
  }
  .form-problem {
    color: var(--_buurt-color-error);
    font-weight: bold;
  }
  .muted {
    color: var(--_buurt-color-text-muted);
    font-weight: normal;
  }
  /* The desk's checkboxes stand one under the other (core's sit side by side). */
  .check {
    display: flex;
  }
  .group {
    border: 1px solid var(--_buurt-color-border);
    border-radius: var(--_buurt-radius);
    margin: var(--_buurt-space-m) 0;
    padding: var(--_buurt-space-s) var(--_buurt-space-m);
  }
  .group legend {
    font-weight: bold;
    padding: 0 var(--_buurt-space-xs);
  }
  .hours-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_buurt-space-s);
    align-items: flex-end;
    border-block-end: 1px dashed var(--_buurt-color-border);
    margin-block-end: var(--_buurt-space-s);
  }
  .hours-row .field {
    margin: 0 0 var(--_buurt-space-s);
  }
  .area-list {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_buurt-space-s);
    max-height: 20rem;
    overflow: auto;
  }
  .area-list .buurt {
    padding-inline-start: var(--_buurt-space-l);
  }
  .picker {
    position: relative;
  }
  /* A wide table scrolls in its own box on a phone, not the page (WCAG 1.4.10 allows it for data tables). */
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
    margin-block-end: var(--_buurt-space-m);
  }
  .table-scroll:focus-visible {
    outline: 3px solid var(--_buurt-color-focus);
  }
  /* Offers of help on an initiative: one block each, its status select below. */
  .offers {
    list-style: none;
    padding: 0;
  }
  .offer {
    border-block-end: 1px solid var(--_buurt-color-border);
    padding-block: var(--_buurt-space-s);
  }
  .offer .message {
    white-space: pre-line;
  }
  .figures {
    border-collapse: collapse;
    margin-block-end: var(--_buurt-space-m);
  }
  .figures caption {
    text-align: start;
    font-weight: bold;
    margin-block-end: var(--_buurt-space-xs);
  }
  .figures th,
  .figures td {
    text-align: start;
    padding: var(--_buurt-space-xs) var(--_buurt-space-m) var(--_buurt-space-xs) 0;
    border-block-end: 1px solid var(--_buurt-color-border);
  }
  .figures td {
    font-variant-numeric: tabular-nums;
  }
  .chart {
    margin: 0 0 var(--_buurt-space-m);
    max-width: 40rem;
  }
  .chart svg {
    width: 100%;
    height: auto;
  }
  .chart-label,
  .chart-value {
    font: 14px var(--_buurt-font-family);
    fill: var(--_buurt-color-text);
  }
  .bar-received {
    fill: var(--buurt-desk-chart-received-color, var(--_buurt-color-primary));
  }
  .bar-realised {
    fill: var(--buurt-desk-chart-realised-color, #2e7d32);
  }
  .filter {
    max-width: 20rem;
  }
  .uncovered summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
  }
`;
