import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { configContext, type BuurtConfig } from './config-context.js';
import { LANG_PROPERTY } from '../localize/locale.js';

/**
 * @tagname buurt-config
 * @summary Gives every Buurtkit element inside it the same API address and language.
 *
 * @slot - The page content with Buurtkit elements. A widget's own `api` or `lang` attribute wins.
 *
 * @example
 * <buurt-config api="https://gemeente.example/api/v1" lang="nl">
 *   <buurt-phase-tracker initiative="12"></buurt-phase-tracker>
 * </buurt-config>
 */
export class BuurtConfigElement extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    api: { reflect: true },
    staticFolder: { type: Boolean, attribute: 'static', reflect: true },
    lang: LANG_PROPERTY,
    geocoder: { reflect: true },
  };

  /**
   * Base URL of the Buurtkit API.
   * @attr api
   */
  api?: string;

  /**
   * `api` names a static folder written by `buurtkit-server export-static`, on any web server:
   * the widgets read it in the browser, and the idea form offers to send ideas by e-mail.
   * @attr static
   */
  staticFolder = false;

  /**
   * Language for all widgets inside (`nl`, `en`, `fy`); otherwise the page's `lang` counts.
   * @attr lang
   */
  override lang = '';

  /**
   * Base URL of the geocoder (PDOK Locatieserver v3_1 by default).
   * @attr geocoder
   */
  geocoder?: string;

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: this.snapshot() });

  private snapshot(): BuurtConfig {
    return { api: this.api, static: this.staticFolder, lang: this.lang || undefined, geocoder: this.geocoder };
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('api') || changed.has('staticFolder') || changed.has('lang') || changed.has('geocoder'))
      this.provider.setValue(this.snapshot());
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
