// The shared base: the code every resident widget's first load carries before its own, that
// is, what all four load first: Lit, @lit/context with <buurt-config>, core's base element
// (configuration, language and catalogue loading, the API client with its time limits and
// retries, the error surface, tokens, the button and state pieces) and the heading and text
// field pieces each of them renders. `npm run budgets` builds this alone: a widget's own
// share is its first load minus this.
import '@buurtkit/core/define';
import { BuurtElement, defineElement, heading, textField } from '@buurtkit/core';
import { html } from 'lit';

class SharedBase extends BuurtElement {
  protected override render() {
    const field = textField({ id: 'x', label: '', value: '', onInput: () => {} });
    return html`${heading('', 2)}${field}${this.renderError('')}`;
  }
}
defineElement('buurt-shared-base', SharedBase);
