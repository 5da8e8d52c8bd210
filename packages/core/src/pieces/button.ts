import { css, html, nothing } from 'lit';

export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_buurt-space-s);
    min-height: 44px;
    padding: var(--_buurt-space-s) var(--_buurt-space-m);
    margin: 0;
    border: 2px solid var(--_buurt-button-background-color);
    border-radius: var(--_buurt-button-border-radius);
    background: var(--_buurt-button-background-color);
    color: var(--_buurt-button-color);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button:hover {
    background: var(--_buurt-color-primary-hover);
    border-color: var(--_buurt-color-primary-hover);
  }
  .button.secondary {
    background: var(--_buurt-color-background);
    color: var(--_buurt-button-background-color);
  }
  .button.secondary:hover {
    background: var(--_buurt-color-surface);
  }
  .button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;

export interface ButtonOptions {
  label: string;
  onClick?: (event: MouseEvent) => void;
  variant?: 'primary' | 'secondary';
  type?: 'button' | 'submit';
  part?: string;
  disabled?: boolean;
}

/** A real `<button>`: keyboard, focus and screen readers work without extra code. */
export const button = (o: ButtonOptions) =>
  html`<button
    class="button ${o.variant ?? 'primary'}"
    type=${o.type ?? 'button'}
    part=${o.part ?? 'button'}
    ?disabled=${o.disabled ?? false}
    @click=${o.onClick ?? nothing}
  >
    ${o.label}
  </button>`;
