// The smallest Lit element: the budgets print its size as the floor every widget starts from.
import { css, html, LitElement } from 'lit';

class LitFloor extends LitElement {
  static override styles = css`:host { display: block; }`;
  override render() {
    return html`<p>${'floor'}</p>`;
  }
}
customElements.define('buurt-lit-floor', LitFloor);
