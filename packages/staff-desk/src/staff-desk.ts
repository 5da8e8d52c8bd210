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
import { listStaffContacts } from './staff-api.js';
import { StaffSession, type SignOutReason } from './auth/staff-session.js';
import { SignInView } from './views/sign-in.js';
import type { DeskArea } from './areas.js';
import type { DeskHost, DeskLabels, DeskReference } from './views/desk-host.js';
import { InboxView } from './views/inbox-view.js';
import { InitiativesView } from './views/initiatives-view.js';
import { ContactsView } from './views/contacts-view.js';
import { FiguresView } from './views/figures-view.js';
import { LazyView } from './views/lazy-view.js';

export type DeskView = 'inbox' | 'initiatives' | 'contacts' | 'process' | 'figures' | 'settings';
const VIEWS: DeskView[] = ['inbox', 'initiatives', 'contacts', 'process', 'figures', 'settings'];
/** What a view needs the person's roles to allow (the server enforces it; the desk hides the rest). */
const VIEW_PERMISSION: Record<DeskView, string> = {
  inbox: 'ideas:read',
  initiatives: 'ideas:read',
  contacts: 'contacts:read',
  process: 'settings:manage',
  figures: 'figures:read',
  settings: 'settings:manage',
};

/**
 * @tagname buurt-staff-desk
 * @summary The municipality's desk: receive ideas, answer in time, publish them, move initiatives
 * through their phases, keep contact persons current and report figures.
 *
 * Staff sign in with their municipality's account (OpenID Connect, when the server has a
 * provider configured: the desk asks the API), or with a static token (typed in, or given
 * by the page through the `token` property, e.g. from a portal's session). Tokens stay in
 * memory, a static one in this tab's sessionStorage when the person asks for it; never in
 * an attribute, a URL or localStorage. The desk shows only what the person's roles allow.
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
    redirectUri: { attribute: 'redirect-uri' },
    announcement: { state: true },
    rescopedNotice: { state: true },
  };

  /**
   * The view shown: `inbox` (default), `initiatives`, `contacts`, `process` (phase models),
   * `figures` or `settings` (the municipality's own).
   */
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
  /**
   * Where the municipality's sign-in page sends staff back (registered at the provider);
   * by default this page's address without its query and fragment.
   */
  redirectUri = '';

  /** Its messages in the language it speaks now (read-only). */
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

  /** The initiatives view (read-only). */
  readonly initiatives = new InitiativesView(this, () => this.go('initiatives'));
  /** The inbox view (read-only). */
  readonly inbox = new InboxView(this, (id) => void this.initiatives.openFromIdea(id));
  /** The contact persons view (read-only). */
  readonly contactsView = new ContactsView(this);
  /** The figures view (read-only). */
  readonly figures = new FiguresView(this);
  /** The phase models view (read-only). */
  readonly process = new LazyView(
    this,
    async (host) => new (await import('./views/process-view.js')).ProcessView(host),
  );
  /** The municipality's settings view, for beheer (read-only). */
  readonly settings = new LazyView(
    this,
    async (host) => new (await import('./views/settings-view.js')).SettingsView(host),
  );

  /** The signed-in session: token, roles, expiry (read-only). */
  readonly session = new StaffSession(this);
  /** The sign-in view (read-only). */
  readonly signInView = new SignInView(this, this.session);

  private announcement = '';
  /** Shown under the person's name after their roles changed, until they move on or sign out. */
  private rescopedNotice = '';

  /** The token in use; views send it with every staff request. */
  get staffToken() {
    return this.session.accessToken;
  }

  /** Where the identity provider sends staff back: `redirect-uri`, else this page. */
  get returnUri() {
    return this.redirectUri || `${location.origin}${location.pathname}`;
  }

  /** Whether the signed-in person's roles allow something (`ideas:handle`, `settings:manage`, …). */
  may(permission: string) {
    return this.session.may(permission);
  }

  /** The API client, for the views (public here: the desk is their host). */
  override get client() {
    return super.client;
  }

  /** Public for the session (core's element keeps it protected). */
  override reportError(e: unknown) {
    return super.reportError(e);
  }

  /** The heading level its views start at. */
  get level() {
    return this.headingLevel;
  }

  // Before rendering, so what these start (a loading state) joins this update instead of scheduling another.
  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('token') && this.token) void this.session.use(this.token, false);
    if (changed.has('view') && this.session.signedIn) this.activeView.enter();
  }

  /** The views this person's roles open, in the navigation's order. */
  private get views(): DeskView[] {
    return VIEWS.filter((v) => this.may(VIEW_PERMISSION[v]));
  }

  private get activeView() {
    const open = this.views;
    const view = open.includes(this.view) ? this.view : (open[0] ?? 'inbox');
    const views = {
      inbox: this.inbox,
      initiatives: this.initiatives,
      contacts: this.contactsView,
      process: this.process,
      figures: this.figures,
      settings: this.settings,
    };
    return views[view];
  }

  /** The session's callback once a token is accepted: what the views share, then the first view. */
  async signedIn() {
    await this.loadShared();
    this.signInView.reset();
    this.requestUpdate();
    await this.updateComplete;
    this.activeView.enter();
  }

  /** Signs out (the button, or the page); nothing of the person stays on screen. */
  signOut(reason?: SignOutReason) {
    this.session.signOut(reason);
  }

  /** The session's callback: every view forgets what it showed. */
  signedOut(reason: SignOutReason) {
    this.token = undefined;
    this.forgetViews();
    if (reason) this.signInView.focus();
    else void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[role=heading]')?.focus());
  }

  /**
   * The session's callback when roles changed: what the old role showed goes (the views are
   * reset and the shared lists read again, with what the new role may read), the first view the
   * new role opens is entered, and the change is said out loud.
   */
  async rescoped() {
    this.forgetViews();
    await this.loadShared();
    this.requestUpdate();
    await this.updateComplete;
    this.activeView.enter();
    this.rescopedNotice = this.msg.t('signin.roles-changed');
    this.announce(this.rescopedNotice);
  }

  private forgetViews() {
    this.rescopedNotice = '';
    this.inbox.reset();
    this.initiatives.reset();
    this.contactsView.reset();
    this.figures.reset();
    this.process.reset();
    this.settings.reset();
    this.reference.contacts = [];
  }

  /** Themes, phase models, contacts and areas: what several views need. */
  async loadShared() {
    const token = this.staffToken;
    const [themes, models, contacts, areas] = await Promise.all([
      listThemes(this.client),
      listPhaseModels(this.client),
      this.may('contacts:read') ? listStaffContacts(this.client, token) : { items: [] },
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
   * or was withdrawn), a refused role asks again who this is (roles change), anything
   * else is reported and shown.
   */
  failed(e: unknown): string {
    if (e instanceof ApiError && e.status === 401) {
      this.signOut('revoked');
      return '';
    }
    if (e instanceof ApiError && e.problem?.type.endsWith('/forbidden-role')) {
      void this.session.rolesChanged();
      return this.msg.t('signin.roles-changed');
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
    this.rescopedNotice = '';
    this.view = view;
  }

  errorView(message: string, retry?: () => void) {
    return this.renderError(message, retry);
  }

  override render() {
    return html`<div class="desk">
      ${this.session.signedIn ? this.renderDesk() : this.signInView.render(this.headingLevel)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  private renderDesk() {
    const open = this.inbox.openCount;
    const views = this.views;
    const current = views.includes(this.view) ? this.view : views[0];
    const person = this.session.person!;
    const roles = person.roles.length
      ? person.roles.map((r) => this.msg.t(`role.${r}`)).join(', ')
      : this.msg.t('role.none');
    const label = (v: DeskView) =>
      v === 'inbox' && open !== undefined ? this.msg.t('nav.inbox.count', open) : this.msg.t(`nav.${v}`);
    return html`<div class="top">
        ${heading(this.msg.t('desk.heading'), this.headingLevel)}
        <p class="person">${this.msg.t('desk.person', person.name, roles)}</p>
        ${this.rescopedNotice ? html`<p class="done">${this.rescopedNotice}</p>` : nothing}
        ${button({ label: this.msg.t('signout'), variant: 'secondary', onClick: () => this.signOut(), part: 'button' })}
      </div>
      <nav part="nav" aria-label=${this.msg.t('nav.label')}>
        <ul>
          ${views.map(
            (v) =>
              html`<li><button type="button" class="nav-item" aria-current=${
                v === current ? 'page' : 'false'
              } @click=${() => this.go(v)}>${label(v)}</button></li>`,
          )}
        </ul>
      </nav>
      ${
        current
          ? html`<section class="view" aria-label=${this.msg.t(`nav.${current}`)}>${this.activeView.render()}</section>`
          : nothing
      }`;
  }
}
