import { css } from 'lit';

/**
 * A checkbox with its label (`<label class="check"><input type="checkbox">…</label>`):
 * a 44 px target and a box large enough to see. Apart from the field styles, so widgets
 * without checkboxes do not carry it.
 */
export const checkStyles = css`
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_buurt-space-s);
    min-height: 44px;
  }
  .check input {
    font: inherit;
    width: 24px;
    height: 24px;
    margin: 0;
    flex: none;
  }
`;
