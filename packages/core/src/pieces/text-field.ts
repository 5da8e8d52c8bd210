import { css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

export const fieldStyles = css`
  /* A message about the form as a whole (address not found, not sent yet). */
  .callout {
    border-inline-start: 6px solid var(--_buurt-color-error);
    background: var(--_buurt-color-error-background);
    padding: var(--_buurt-space-s) var(--_buurt-space-m);
    margin-block: var(--_buurt-space-m);
  }
  /* Form layout: fields side by side where they fit, and a row of buttons. */
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_buurt-space-m);
  }
  .row .field {
    flex: 1 1 12em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_buurt-space-s);
    margin-block: var(--_buurt-space-m);
  }
  .field {
    display: grid;
    gap: var(--_buurt-space-xs);
    margin-block-end: var(--_buurt-space-m);
  }
  .field label {
    font-weight: 600;
  }
  .field .optional {
    font-weight: 400;
    color: var(--_buurt-color-text-muted);
  }
  .field .hint {
    color: var(--_buurt-color-text-muted);
  }

  .field .error {
    color: var(--_buurt-color-error);
    font-weight: 600;
  }
  .field input,
  .field textarea,
  .field select {
    min-height: 44px;
    width: 100%;
    max-width: 40em;
    padding: var(--_buurt-space-s);
    margin: 0;
    border: 2px solid var(--_buurt-field-border-color);
    border-radius: var(--_buurt-radius);
    background: var(--_buurt-field-background-color);
    color: var(--_buurt-color-text);
    font: inherit;
  }
  .field [aria-invalid='true'] {
    border-color: var(--_buurt-color-error);
    border-width: 3px;
  }
`;

export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
  hint?: string;
  error?: string;
  /** Shown beside the label of fields that may stay empty (NL Design System: mark the optional ones). */
  optionalText?: string;
  type?: 'text' | 'email' | 'tel' | 'search';
  autocomplete?: AutoFill;
  inputmode?: 'text' | 'numeric' | 'email' | 'tel' | 'search';
  multiline?: boolean;
  errorPrefix?: string;
}

/**
 * Label, hint, error and control in the widget's own shadow tree, so `for` and
 * `aria-describedby` work. No browser validation bubbles: the widget decides when
 * to show `error` (after blur-with-change or submit).
 */
export function textField(o: TextFieldOptions) {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = o.error ? `${o.id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const onInput = (e: Event) => o.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class="field" part="field">
    <label for=${o.id}>${o.label}${
      o.optionalText ? html` <span class="optional">${o.optionalText}</span>` : nothing
    }</label>
    ${o.hint ? html`<div class="hint" id=${hintId!}>${o.hint}</div>` : nothing}
    ${
      o.error
        ? html`<div class="error" id=${errorId!}><span
          class="visually-hidden">${o.errorPrefix ?? ''} </span>${o.error}</div>`
        : nothing
    }
    ${
      o.multiline
        ? html`<textarea
          id=${o.id}
          rows="5"
          aria-describedby=${ifDefined(describedBy)}
          aria-invalid=${o.error ? 'true' : 'false'}
          .autocomplete=${o.autocomplete ?? ''}
          .value=${live(o.value)}
          @input=${onInput}
          @blur=${o.onBlur ?? nothing}
        ></textarea>`
        : html`<input
          id=${o.id}
          type=${o.type ?? 'text'}
          aria-describedby=${ifDefined(describedBy)}
          aria-invalid=${o.error ? 'true' : 'false'}
          .autocomplete=${o.autocomplete ?? ''}
          inputmode=${ifDefined(o.inputmode)}
          .value=${live(o.value)}
          @input=${onInput}
          @blur=${o.onBlur ?? nothing}
        />`
    }
  </div>`;
}
