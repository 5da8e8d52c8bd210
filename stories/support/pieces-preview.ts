import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import {
  BuurtElement,
  button,
  defineElement,
  emptyState,
  errorSummary,
  errorSummaryStyles,
  fieldStyles,
  skeleton,
  textField,
} from '@buurtkit/core';

/**
 * @summary Storybook only: core's shared pieces as a widget composes them, so the tokens
 * and the house style can be seen at work. Labels come from the story's args.
 */
export class PiecesPreview extends BuurtElement {
  static override styles = [
    ...BuurtElement.styles,
    fieldStyles,
    errorSummaryStyles,
    css`:host { display: grid; gap: 16px; }`,
  ];
  @property() label = '';
  @property() hint = '';
  @property() error = '';
  @property() action = '';
  @property() value = '';

  protected override render() {
    return html`${
      this.error
        ? errorSummary({
            heading: this.core.t('summary.heading', 1),
            intro: this.core.t('summary.intro'),
            errors: [{ fieldId: 'f', message: this.error }],
            root: this.shadowRoot,
          })
        : null
    }
      ${textField({
        id: 'f',
        label: this.label,
        hint: this.hint,
        error: this.error || undefined,
        value: this.value,
        onInput: (v) => (this.value = v),
        errorPrefix: this.core.t('field.error-prefix'),
      })}
      <p>${button({ label: this.action })} ${button({ label: this.core.t('retry'), variant: 'secondary' })}</p>
      ${skeleton(this.core.t('loading'))} ${emptyState(this.core.t('empty.heading'))}
      ${this.renderError(this.core.t('error.network'), () => {})}`;
  }
}
defineElement('buurt-pieces-preview', PiecesPreview);
