import type { LocalizedText } from '@buurtkit/api/locales';
import { ContextConsumer } from '@lit/context';
import { html, LitElement, type PropertyDeclarations } from 'lit';
import { ApiClient } from '../api/client.js';
import { ApiError } from '../api/errors.js';
import { staticFetch } from '../api/static.js';
import { configContext, type BuurtConfig } from '../config/config-context.js';
import { BuurtErrorEvent } from '../events.js';
import { coreCatalogue } from '../localize/core-catalogue.js';
import { contactRoleLabel, localizedText, municipalRoleLabel, supportLabel } from '../localize/labels.js';
import { LocalizeController } from '../localize/localize-controller.js';
import type { CoreMessages } from '../localize/catalogues/nl.js';
import { button, buttonStyles } from '../pieces/button.js';
import { stateStyles } from '../pieces/states.js';
import { baseStyles, tokens } from '../styles/tokens.js';
import { LANG_PROPERTY } from '../localize/locale.js';
import { ContentUpdates } from './content-updates.js';

/** The next task: `scheduler.yield()` where the browser has it (it keeps our place in line), else a timeout. */
const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
};

/**
 * What every Buurtkit widget shares: configuration from `<buurt-config>` (its own
 * attributes win), its language from the nearest `lang`, the API client, typed events
 * and one error surface (a `buurt-error` event plus a visible, localized message with
 * a retry button).
 */
export class BuurtElement extends LitElement {
  static override styles = [tokens, baseStyles, buttonStyles, stateStyles];
  // Declared without decorators: their runtime is the one part of Lit a widget can leave out.
  static override properties: PropertyDeclarations = {
    api: { reflect: true },
    staticFolder: { type: Boolean, attribute: 'static', reflect: true },
    lang: LANG_PROPERTY,
    config: { state: true },
  };

  /**
   * Base URL of the Buurtkit API; otherwise the one of the enclosing `<buurt-config>`.
   * @attr api
   */
  api?: string;

  /**
   * Its own `api` is a static folder (`buurtkit-server export-static`), not a server; otherwise
   * as the enclosing `<buurt-config>` says.
   * @attr static
   */
  staticFolder = false;

  /**
   * The widget's language (`nl`, `en`, `fy`); otherwise the nearest `lang` on the page.
   * @attr lang
   */
  override lang = '';

  protected config?: BuurtConfig;

  private readonly configConsumer = new ContextConsumer(this, {
    context: configContext,
    subscribe: true,
    callback: (value) => (this.config = value),
  });

  /** `nlds:content-updated` for the host page's read-aloud and translation tools. */
  private readonly contentUpdates = new ContentUpdates(this);

  /** Core's shared messages (errors, loading, summaries) in the widget's language. */
  readonly core = new LocalizeController<CoreMessages>(this, coreCatalogue);

  private cachedClient?: { key: string; client: ApiClient };

  /** The language it speaks now, `nl`, `en` or `fy`: its own `lang`, else the nearest one's. */
  get locale() {
    return this.core.locale;
  }

  /** The API base URL in effect, or undefined when the page did not set one. */
  get apiUrl(): string | undefined {
    return this.api || this.config?.api || undefined;
  }

  /** Whether the API in effect is a static folder: the widget's own word with its own `api`, else the config's. */
  get isStatic(): boolean {
    return this.staticFolder || (!this.api && !!this.config?.static);
  }

  /** The API client for the API in effect, in the widget's language. */
  protected get client(): ApiClient {
    const base = this.apiUrl;
    if (!base) throw new ApiError('network', 'No API configured');
    const key = `${base}|${this.locale}|${this.isStatic}`;
    if (this.cachedClient?.key !== key) {
      const fetch = this.isStatic ? staticFetch(base) : undefined;
      this.cachedClient = { key, client: new ApiClient({ baseUrl: base, locale: this.locale, fetch }) };
    }
    return this.cachedClient.client;
  }

  /**
   * The first render waits for a task of its own. A page's script upgrades every widget on it in
   * one task, and rendering them all there made one long task (the demo page: ~440 ms on
   * Lighthouse's phone) in which a resident's tap waits. Later renders keep Lit's microtask.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) await yieldToMain();
    return super.scheduleUpdate();
  }

  /** A text from the API in the widget's language (see core's `localizedText`). */
  protected localized(value: LocalizedText | undefined): string {
    return localizedText(this.locale, value);
  }

  protected supportLabel(kind: string): string {
    return supportLabel(this.core, kind);
  }

  protected contactRoleLabel(role: string): string {
    return contactRoleLabel(this.core, role);
  }

  protected municipalRoleLabel(role: string): string {
    return municipalRoleLabel(this.core, role);
  }

  /** Dispatches a typed `buurt-*` event from this element. */
  protected emit<E extends Event>(event: E): boolean {
    return this.dispatchEvent(event);
  }

  /** The resident-facing message for an error, in the widget's language. */
  protected errorMessage(error: unknown): string {
    if (!this.apiUrl) return this.core.t('error.no-api');
    if (error instanceof ApiError) {
      if (error.kind === 'network') return this.core.t('error.network');
      if (error.kind === 'timeout') return this.core.t('error.timeout');
      if (error.kind === 'malformed') return this.core.t('error.malformed');
      if (error.status === 404) return this.core.t('error.not-found');
      // A static folder (or an API without writes) cannot do this at all: trying again will not help.
      if (error.status === 501) return this.core.t('error.static');
      if (error.status === 429) return this.core.t('error.rate-limited');
    }
    return this.core.t('error.server');
  }

  /** Tells the page (a `buurt-error` event) and returns the message to show. */
  protected reportError(error: unknown): string {
    const message = this.errorMessage(error);
    this.emit(
      new BuurtErrorEvent({
        kind: error instanceof ApiError ? error.kind : this.apiUrl ? 'unknown' : 'configuration',
        status: error instanceof ApiError ? error.status : 0,
        message,
        error,
      }),
    );
    return message;
  }

  /** The one visible error state: heading, message, retry. Announced when it appears. */
  protected renderError(message: string, retry?: () => void) {
    return html`<div class="error-state" part="error" role="alert">
      <h2>${this.core.t('error.heading')}</h2>
      <p>${message}</p>
      ${retry ? button({ label: this.core.t('retry'), onClick: retry, variant: 'secondary', part: 'retry' }) : null}
    </div>`;
  }
}
