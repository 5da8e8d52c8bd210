import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  ApiError,
  BuurtElement,
  button,
  checkStyles,
  contactRoleLabel,
  errorSummaryStyles,
  fieldStyles,
  headingStyles,
  heading,
  listAreas,
  listPhaseModels,
  listThemes,
  localizedText,
  LocalizeController,
  municipalRoleLabel,
  supportLabel,
} from '@buurtkit/core';
import { deskCatalogue } from './messages/catalogue.js';
import { deskStyles } from './staff-desk.styles.js';
import { listStaffContacts, listStaffIdeas } from './staff-api.js';
import type { DeskArea } from './areas.js';
import type { DeskHost, DeskLabels, DeskReference } from './views/desk-host.js';
import { InboxView } from './views/inbox-view.js';
import { InitiativesView } from './views/initiatives-view.js';
import { ContactsView } from './views/contacts-view.js';
import { FiguresView } from './views/figures-view.js';

export type DeskView = 'inbox' | 'initiatives' | 'contacts' | 'figures';
const VIEWS: DeskView[] = ['inbox', 'initiatives', 'contacts', 'figures'];

/** Where a signed-in token waits for a reload of the page, until the tab closes. */
const SESSION_KEY = 'buurtkit:staff-token';

/** sessionStorage throws in sandboxed frames and some privacy modes: the desk then simply forgets. */
function session<T>(use: () => T): T | undefined {
  try {
    return use();
  } catch {
    return undefined;
  }
}

/**
 * @tagname buurt-staff-desk
 * @summary The municipality's desk: receive ideas, answer in time, publish them, move initiatives
 * through their phases, keep contact persons current and report figures.
 *
 * Staff sign in with their staff token (or the page gives it through the `token`
 * property, e.g. from a portal's session). The token stays in memory, or in this tab's
 * sessionStorage when the person asks for it; never in an attribute, a URL or localStorage.
 *
 * @event buurt-idea-published - An idea became an initiative; `detail` has `idea` and `initiative` (ids).
 * @event buurt-phase-change - An initiative moved to another phase; `detail` has `initiative` and `phase`.
 * @event buurt-contact-saved - A contact person was added, changed or removed; `detail.id`.
 * @event buurt-error - Loading or saving failed; `detail.message` is what the desk shows.
 *
 * @csspart nav - The navigation between the desk's views.
 * @csspart list - The lists of ideas, initiatives and contacts.
 * @csspart detail - The open idea, initiative or contact.
 * @csspart overdue - The "overdue" badge of an idea.
 * @csspart chart - The bar chart of the figures.
 * @csspart map - The maps (the idea's place, picking areas).
 * @csspart error - The error message.
 * @csspart button - Buttons.
 *
 * @cssproperty --buurt-desk-overdue-color - Text and border of the overdue badge.
 * @cssproperty --buurt-desk-overdue-background-color - Background of the overdue badge.
 * @cssproperty --buurt-desk-nav-current-border-color - Underline of the current view in the navigation.
 * @cssproperty --buurt-desk-chart-received-color - Bars of received ideas.
 * @cssproperty --buurt-desk-chart-realised-color - Bars of realised initiatives.
 * @cssproperty --buurt-desk-map-height - Height of the maps (the idea's place, picking areas).
 */
export class StaffDesk extends BuurtElement implements DeskHost {
  static override styles = [
    ...BuurtElement.styles,
    headingStyles,
    fieldStyles,
    checkStyles,
    errorSummaryStyles,
    deskStyles,
  ];
  // Declared without decorators: their runtime stays out of the bundle.
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    municipality: { reflect: true },
    tiles: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    token: { attribute: false },
    now: { attribute: false },
    signedIn: { state: true },
    checking: { state: true },
    typedToken: { state: true },
    tokenError: { state: true },
    remember: { state: true },
    announcement: { state: true },
  };

  /** The view shown: `inbox` (default), `initiatives`, `contacts` or `figures`. */
  view: DeskView = 'inbox';
  /**
   * CBS code of the municipality (e.g. `GM0034`) whose areas contact persons cover;
   * otherwise the ones they already cover.
   */
  municipality = '';
  /** Map tiles URL template, for the idea's place and picking areas (PDOK by default). */
  tiles?: string;
  /** Level of the desk's top heading (1 by default: the desk is usually the page). */
  headingLevel = 1;
  /** A staff token handed over by the page (never an attribute: attributes show in the DOM). */
  token?: string;
  /** The clock for the answer promise; tests and demos may set their own. */
  now: () => Date = () => new Date();

  readonly msg = new LocalizeController(this, deskCatalogue);

  /** Shared by the views, loaded once per sign-in. */
  readonly reference: DeskReference = { themes: [], phaseModels: [], contacts: [], areas: [] };

  /** The labels the views show, in the desk's language: core's functions, bound once. */
  readonly labels: DeskLabels = {
    theme: (key) => localizedText(this.locale, this.reference.themes.find((t) => t.key === key)?.label) || key,
    phase: (model, phase) =>
      localizedText(
        this.locale,
        this.reference.phaseModels.find((m) => m.key === model)?.phases.find((p) => p.key === phase)?.label,
      ) || phase,
    text: (value) => localizedText(this.locale, value),
    support: (kind) => supportLabel(this.core, kind),
    contactRole: (role) => contactRoleLabel(this.core, role),
    municipalRole: (role) => municipalRoleLabel(this.core, role),
    date: (iso, withTime = false) =>
      this.msg.date(iso, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'long' }),
  };

  readonly initiatives = new InitiativesView(this, () => this.go('initiatives'));
  readonly inbox = new InboxView(this, (id) => void this.initiatives.openFromIdea(id));
  readonly contactsView = new ContactsView(this);
  readonly figures = new FiguresView(this);

  private signedIn = false;
  private checking = false;
  private typedToken = '';
  private tokenError = '';
  private remember = false;
  private announcement = '';
  private activeToken = '';

  /** The token in use; views send it with every staff request. */
  get staffToken() {
    return this.activeToken;
  }

  /** The API client, for the views (public here: the desk is their host). */
  override get client() {
    return super.client;
  }

  get level() {
    return this.headingLevel;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.token) {
      const kept = session(() => sessionStorage.getItem(SESSION_KEY));
      if (kept) void this.signIn(kept, true);
    }
  }

  // Before rendering, so what these start (a loading state) joins this update instead of scheduling another.
  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('token') && this.token) void this.signIn(this.token, false);
    const keys = changed as Map<PropertyKey, unknown>;
    if ((keys.has('view') || keys.has('signedIn')) && this.signedIn) this.activeView.enter();
  }

  private get activeView() {
    return { inbox: this.inbox, initiatives: this.initiatives, contacts: this.contactsView, figures: this.figures }[
      VIEWS.includes(this.view) ? this.view : 'inbox'
    ];
  }

  /** Checks a token against the API (the inbox answers only to a valid one), then opens the desk. */
  async signIn(token: string, remember: boolean) {
    this.checking = true;
    this.tokenError = '';
    try {
      await listStaffIdeas(this.client, token, { status: 'received', limit: 1 });
      this.activeToken = token;
      if (remember) session(() => sessionStorage.setItem(SESSION_KEY, token));
      await this.loadShared();
      this.typedToken = '';
      this.signedIn = true;
    } catch (e) {
      session(() => sessionStorage.removeItem(SESSION_KEY));
      this.tokenError = e instanceof ApiError && e.status === 401 ? this.msg.t('signin.wrong') : this.reportError(e);
    } finally {
      this.checking = false;
    }
  }

  signOut(expired = false) {
    session(() => sessionStorage.removeItem(SESSION_KEY));
    this.activeToken = '';
    this.token = undefined;
    this.signedIn = false;
    this.inbox.reset();
    this.initiatives.reset();
    this.contactsView.reset();
    this.figures.reset();
    this.reference.contacts = [];
    this.tokenError = expired ? this.msg.t('signin.expired') : '';
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelector<HTMLElement>(expired ? '#token' : '[role=heading]')?.focus(),
    );
  }

  /** Themes, phase models, contacts and areas: what several views need. */
  async loadShared() {
    const [themes, models, contacts, areas] = await Promise.all([
      listThemes(this.client),
      listPhaseModels(this.client),
      listStaffContacts(this.client, this.activeToken),
      listAreas(this.client, { geometry: false }),
    ]);
    Object.assign(this.reference, { themes: themes.items, phaseModels: models.items, contacts: contacts.items });
    this.reference.areas = areas.features.map((f) => ({
      code: f.properties.code,
      name: f.properties.name,
      level: f.properties.level as DeskArea['level'],
    }));
  }

  /**
   * What every view does with a failed request: a refused token signs out (it expired
   * or was withdrawn), anything else is reported and shown.
   */
  failed(e: unknown): string {
    if (e instanceof ApiError && e.status === 401) {
      this.signOut(true);
      return '';
    }
    return this.reportError(e);
  }

  /** Says something to screen reader users (a result count, a saved change). */
  announce(text: string) {
    // The same text twice must be announced twice: clear first, set after a frame.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  go(view: DeskView) {
    this.view = view;
  }

  errorView(message: string, retry?: () => void) {
    return this.renderError(message, retry);
  }

  override render() {
    return html`<div class="desk">
      ${this.signedIn ? this.renderDesk() : this.renderSignIn()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  private renderSignIn() {
    const submit = (e: Event) => {
      e.preventDefault();
      if (!this.typedToken.trim()) {
        this.tokenError = this.msg.t('signin.required');
        void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('#token')?.focus());
        return;
      }
      void this.signIn(this.typedToken.trim(), this.remember);
    };
    return html`<form class="signin" novalidate @submit=${submit}>
      ${heading(this.msg.t('signin.heading'), this.headingLevel)}
      <p>${this.msg.t('signin.intro')}</p>
      <div class="field" part="field">
        <label for="token">${this.msg.t('signin.token')}</label>
        <div class="hint" id="token-hint">${this.msg.t('signin.token.hint')}</div>
        ${
          this.tokenError
            ? html`<div class="error" id="token-error" role="alert"><span
              class="visually-hidden">${this.core.t('field.error-prefix')} </span>${this.tokenError}</div>`
            : nothing
        }
        <input id="token" type="password" autocomplete="off" spellcheck="false"
          aria-describedby=${this.tokenError ? 'token-error token-hint' : 'token-hint'}
          aria-invalid=${this.tokenError ? 'true' : 'false'} .value=${this.typedToken}
          @input=${(e: Event) => (this.typedToken = (e.target as HTMLInputElement).value)} />
      </div>
      <label class="check"><input type="checkbox" .checked=${this.remember}
        @change=${(e: Event) => (this.remember = (e.target as HTMLInputElement).checked)} />
        ${this.msg.t('signin.remember')}</label>
      <div class="actions">${button({
        label: this.checking ? this.msg.t('signin.checking') : this.msg.t('signin.submit'),
        type: 'submit',
        disabled: this.checking,
        part: 'button',
      })}</div>
    </form>`;
  }

  private renderDesk() {
    const open = this.inbox.openCount;
    const label = (v: DeskView) =>
      v === 'inbox' && open !== undefined ? this.msg.t('nav.inbox.count', open) : this.msg.t(`nav.${v}`);
    return html`<div class="top">
        ${heading(this.msg.t('desk.heading'), this.headingLevel)}
        ${button({ label: this.msg.t('signout'), variant: 'secondary', onClick: () => this.signOut(), part: 'button' })}
      </div>
      <nav part="nav" aria-label=${this.msg.t('nav.label')}>
        <ul>
          ${VIEWS.map(
            (v) =>
              html`<li><button type="button" class="nav-item" aria-current=${
                v === this.view ? 'page' : 'false'
              } @click=${() => this.go(v)}>${label(v)}</button></li>`,
          )}
        </ul>
      </nav>
      <section class="view" aria-label=${this.msg.t(`nav.${this.view}`)}>${this.activeView.render()}</section>`;
  }
}
