import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface SelectFieldOptions {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  errorPrefix?: string;
}

/** A labelled select with hint and error, styled like core's text fields. */
export function selectField(o: SelectFieldOptions) {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = o.error ? `${o.id}-error` : undefined;
  return html`<div class="field" part="field">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<div class="hint" id=${hintId!}>${o.hint}</div>` : nothing}
    ${
      o.error
        ? html`<div class="error" id=${errorId!}><span
      class="visually-hidden">${o.errorPrefix ?? ''} </span>${o.error}</div>`
        : nothing
    }
    <select id=${o.id} aria-describedby=${ifDefined([errorId, hintId].filter(Boolean).join(' ') || undefined)}
      aria-invalid=${o.error ? 'true' : 'false'}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}>
      ${o.options.map(
        (opt) => html`<option value=${opt.value}
        ?selected=${opt.value === o.value}>${opt.label}</option>`,
      )}
    </select>
  </div>`;
}
