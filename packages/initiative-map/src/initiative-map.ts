import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  ApiError,
  BuurtElement,
  checkStyles,
  fieldStyles,
  heading,
  headingStyles,
  isAbort,
  Latest,
  LocalizeController,
  PDOK_ATTRIBUTION,
  PDOK_TILES,
} from '@buurtkit/core';
import { DeepLink } from './deep-link.js';
import { DetailPanel } from './detail-panel.js';
import { FilterState } from './filter-state.js';
import { InitiativeSource } from './initiative-source.js';
import { mapStyles } from './initiative-map.styles.js';
import { ListTwin } from './list-twin.js';
import { MapPane } from './map-pane.js';
import { MapReference } from './map-reference.js';
import { Layout, renderCta, renderToggle, renderUnreachable } from './map-tools.js';
import { mapCatalogue } from './messages/catalogue.js';
import { PlaceSearch } from './place-search.js';
import type { RegionLink } from './region-link.js';

/**
 * The base URL a region's API client is given. Nothing is ever sent there: the region's `fetch`
 * answers by asking its members (`.invalid` names never resolve).
 */
const REGION_BASE = 'https://region.buurtkit.invalid';

const splitKeys = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * @tagname buurt-initiative-map
 * @summary Residents browse the initiatives in their neighbourhood on a map and in its list twin,
 * filter and search them, and open one to see where it stands.
 *
 * The list beside (or, on phones, instead of) the map is the map's accessible twin: it
 * holds the initiatives in the current view and filter, and everything the map does can
 * be done from it by keyboard. Leaflet and the cluster engine load when the map is about
 * to be seen; with many initiatives, clustering runs in a Web Worker (or on the server).
 *
 * @event buurt-initiative-select - An initiative was opened; `detail.id`.
 * @event buurt-filter-change - Theme, phase or search text changed; `detail` has `theme`, `phase` and `q`.
 * @event buurt-error - Loading failed; `detail.message` is what the widget shows.
 *
 * With `apis` or `region` it shows several municipalities' initiatives as one map and one list,
 * each named by its municipality and opened from its own API; one that cannot be reached is named
 * in the list and the others show.
 *
 * @csspart filters - The search and filter form.
 * @csspart count - The result count (announced politely).
 * @csspart map - The map container.
 * @csspart list - The list of initiatives.
 * @csspart item - One initiative in the list.
 * @csspart detail - The detail of an opened initiative.
 * @csspart cta - The call to start an initiative.
 * @csspart button - Buttons.
 * @csspart error - The error message.
 * @csspart unavailable - The municipalities of a region that cannot be reached now.
 *
 * @cssproperty --buurt-map-height - Height of the map (default 480px; 60vh on phones).
 * @cssproperty --buurt-map-cluster-background-color - Fill of cluster circles (default: the primary colour).
 * @cssproperty --buurt-map-cluster-color - Count text on clusters (default white).
 * @cssproperty --buurt-map-area-color - Outline of district boundaries.
 * @cssproperty --buurt-map-list-item-current-background-color - Background of the highlighted list item.
 * @cssproperty --buurt-map-side-width - Width of the list column beside the map (default 22rem).
 */
export class InitiativeMap extends BuurtElement {
  static override styles = [...BuurtElement.styles, headingStyles, fieldStyles, checkStyles, mapStyles];
  // Declared without decorators: their runtime stays out of the bundle.
  static override properties: PropertyDeclarations = {
    center: { reflect: true },
    zoom: { type: Number, reflect: true },
    theme: { reflect: true },
    phase: { reflect: true },
    tiles: { reflect: true },
    attribution: { reflect: true },
    geocoder: { reflect: true },
    municipality: { reflect: true },
    deepLink: { attribute: 'deep-link', type: Boolean, reflect: true },
    ideaHref: { attribute: 'idea-href', reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    clustering: { reflect: true },
    apis: { reflect: true },
    region: { reflect: true },
    status: { state: true },
    error: { state: true },
    highlighted: { state: true },
    notice: { state: true },
    showAreas: { state: true },
  };

  /** Where the map opens, `lat,lon`; without it the map fits the initiatives. */
  center?: string;
  /** Zoom level to open at (with `center`). */
  zoom?: number;
  /** Theme key(s), comma-separated: only these themes (one theme fixes the filter). */
  theme?: string;
  /** Phase key(s), comma-separated: only initiatives in these phases. */
  phase?: string;
  /** Tile URL template ({z}/{x}/{y}); PDOK BRT-Achtergrondkaart (grijs) by default. */
  tiles = PDOK_TILES;
  /** Who made the map, shown on it. */
  attribution = PDOK_ATTRIBUTION;
  /** Base URL of the geocoder for "go to postcode"; otherwise `<buurt-config geocoder>`, else PDOK. */
  geocoder?: string;
  /** CBS code of the municipality (e.g. `GM0034`), for its district boundaries. */
  municipality?: string;
  /** Opened initiatives get a shareable address (`#initiatief-12`); Back closes them. */
  deepLink = false;
  /** Address of the page to start an initiative; without it, a `<buurt-idea-form>` on the page is used. */
  ideaHref?: string;
  /** Level of the widget's top heading (2 by default). */
  headingLevel = 2;
  /**
   * `auto`: up to 250,000 matches are clustered in the browser (in a Web Worker), more by
   * the server per view. `server`: always by the server, without downloading all points.
   */
  clustering: 'auto' | 'server' = 'auto';
  /** Several APIs (addresses separated by spaces) as one map and list; instead of `api`. */
  apis?: string;
  /** The address of a region file (`{"municipalities": [{code, name, api, static?}]}`); instead of `api`. */
  region?: string;

  /** Its messages in the language it speaks now (read-only). */
  readonly msg = new LocalizeController(this, mapCatalogue);
  private readonly source = new InitiativeSource();
  /** Its region (`apis` or `region`): a chunk of its own, loaded with the first load of a map that has one. */
  private regionLink?: RegionLink;

  /** Leaflet, the clusters drawn over it, their keyboard layer and the zoom buttons. */
  private readonly pane: MapPane = new MapPane(this, {
    client: () => this.client,
    source: this.source,
    filter: () => this.filters.filter,
    ready: () => this.status === 'ready',
    start: () => ({ center: this.center, zoom: this.zoom, tiles: this.tiles }),
    colorOf: (key) => this.reference.colorOf(key),
    emphasised: () => this.highlighted ?? this.opened.selected,
    pick: (id) => void this.select(id, 'map'),
    settled: () => this.refreshList(),
    failed: (e) => this.fail(e),
  });

  /** The list twin and the count: initiatives in view (or all, before the map shows) for the filter. */
  private readonly twin = new ListTwin(this, {
    client: () => this.client,
    query: () => ({
      bbox: this.pane.bounds(),
      ...this.filters.filter,
      q: this.filters.filter.q || undefined,
      sort: this.filters.sort,
    }),
    remember: (id, title) => this.pane.remember(id, title),
    failed: (e) => this.fail(e),
  });

  private readonly link = new DeepLink(this, {
    enabled: () => this.deepLink,
    selected: () => this.opened.selected,
    open: (id) => void this.select(id, 'map'),
    close: () => void this.opened.close(true),
  });

  /** The initiative opened from the map or the list. */
  private readonly opened: DetailPanel = new DetailPanel(this, {
    client: () => this.client,
    source: (id) => this.regional?.source(id) ?? { api: this.apiUrl ?? '', static: this.isStatic, id },
    nearby: (id, other) => this.regional?.sibling(id, other) ?? other,
    geocoder: () => this.geocoderUrl,
    headingLevel: () => this.headingLevel,
    labels: {
      theme: (k) => this.reference.themeLabel(k),
      role: (r) => this.contactRoleLabel(r),
      support: (k) => this.supportLabel(k),
    },
    shown: (d) => {
      this.pane.remember(d.id, d.title);
      this.layout.show('list');
      const [lon, lat] = d.location.coordinates as [number, number];
      this.pane.reveal(lat, lon);
    },
    opened: (id) => this.link.opened(id),
    closed: (fromHistory) => this.link.closed(fromHistory),
    back: () =>
      this.layout.hidden === 'map' ? this.renderRoot.querySelector<HTMLElement>('#list-heading') : this.pane.element,
    notFound: () => (this.notice = this.core.t('error.not-found')),
    failed: (e) => this.fail(e),
  });

  private readonly places = new PlaceSearch(this, {
    geocoder: () => this.geocoderUrl,
    goTo: (lat, lon, zoom) => this.goTo(lat, lon, zoom),
    notice: (text) => (this.notice = text),
  });

  private readonly filters = new FilterState(this, {
    presets: () => ({ theme: splitKeys(this.theme), phase: splitKeys(this.phase) }),
    choices: () => ({ theme: this.reference.themes.map((t) => t.key), phase: this.reference.phaseKeys() }),
    labelOf: { theme: (k) => this.reference.themeLabel(k), phase: (k) => this.reference.phaseLabel(k) },
    changed: () => void this.load(),
    sorted: () => this.refreshList(),
  });
  private readonly reference = new MapReference(() => this.locale);
  private readonly layout = new Layout(this, () => this.pane.redraw());
  private status: 'loading' | 'ready' | 'error' = 'loading';
  private error = '';
  private highlighted?: number;
  private notice = '';
  private showAreas = false;

  private readonly loads = new Latest();

  override connectedCallback() {
    super.connectedCallback();
    // Back in the page (moved, or re-attached by a framework): the map and the cluster
    // engine were closed on leaving.
    if (this.hasUpdated) {
      this.pane.watch();
      void this.load();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.source.destroy();
  }

  protected override firstUpdated() {
    this.pane.watch();
    this.link.followHash();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const keys = changed as Map<PropertyKey, unknown>;
    // Another API has its own themes and phase models.
    if (['api', 'apis', 'region', 'config'].some((k) => keys.has(k))) this.reference.forget();
    if (changed.has('theme') || changed.has('phase')) this.filters.preset();
  }

  protected override updated(changed: PropertyValues<this>) {
    const keys = changed as Map<PropertyKey, unknown>;
    // After this update, not inside it: loading changes state.
    if (['api', 'apis', 'region', 'staticFolder', 'config', 'theme', 'phase', 'clustering'].some((k) => keys.has(k)))
      queueMicrotask(() => void this.load());
    if (keys.has('showAreas') || keys.has('municipality')) {
      this.pane
        .outlines(() => this.showAreas, this.municipality)
        .catch((e: unknown) => (this.notice = this.reportError(e)));
    }
    if (keys.has('highlighted')) this.pane.redraw();
  }

  /** The geocoder in effect: the attribute, else `<buurt-config geocoder>`, else PDOK (undefined). */
  private get geocoderUrl(): string | undefined {
    return this.geocoder || this.config?.geocoder || undefined;
  }

  /** What the map shows now: clusters and points with their place on screen (read-only). */
  get visibleItems(): { x: number; y: number; count: number; id?: number }[] {
    return this.pane.visible;
  }

  /** A region's members are asked through one client of their own (see RegionLink). */
  override get apiUrl(): string | undefined {
    return this.apis?.trim() || this.region ? REGION_BASE : super.apiUrl;
  }

  protected override get client() {
    return this.regional?.client(this.locale, REGION_BASE) ?? super.client;
  }

  /** Its region, while it has one. */
  private get regional() {
    return this.apiUrl === REGION_BASE ? this.regionLink : undefined;
  }

  /** A load failed: the page hears of it, the resident sees it with a retry. */
  private fail(e: unknown) {
    this.error = this.reportError(e);
    this.status = 'error';
  }

  /** Everything for the current filter: reference lists, the points, then the view. */
  async load(): Promise<void> {
    const signal = this.loads.next();
    // A static folder has no server to cluster: always the browser.
    // Neither has a region (its members' clusters cannot be merged): the members' points are.
    const browser = this.isStatic || this.apiUrl === REGION_BASE;
    this.source.clustering = browser ? 'browser' : this.clustering === 'server' ? 'server' : 'auto';
    this.status = 'loading';
    try {
      if (!this.apiUrl) throw new ApiError('network', 'no api');
      if (this.apiUrl === REGION_BASE) {
        this.regionLink ??= new (await import('./region-link.js')).RegionLink({
          apis: () => this.apis,
          region: () => this.region,
          changed: () => this.requestUpdate(),
        });
        await this.regionLink.ready(signal);
      }
      await Promise.all([
        this.reference.load(this.client, signal),
        this.source.load(this.client, this.filters.filter, signal),
      ]);
      if (signal.aborted) return;
      this.status = 'ready';
      await this.pane.fit(signal);
      void this.pane.refresh();
      this.refreshList();
    } catch (e) {
      if (signal.aborted || isAbort(e)) return;
      this.fail(e);
    }
  }

  private refreshList() {
    if (this.status === 'ready') this.twin.refresh(0);
  }

  /** Opens an initiative's detail; `from` the list item's id, or the map. */
  select(id: number, from: 'map' | number = id) {
    return this.opened.select(id, from);
  }

  /** Closes the open detail. */
  close() {
    return this.opened.close();
  }

  private goTo(lat: number, lon: number, zoom: number) {
    this.layout.show('map');
    if (!this.pane.goTo(lat, lon, zoom)) this.center = `${lat},${lon}`;
  }

  protected override render() {
    const { narrow, hidden } = this.layout;
    return html`<section class=${narrow ? 'narrow' : 'wide'} aria-labelledby="map-title">
      ${heading(this.msg.t('title'), this.headingLevel, { id: 'map-title' })} ${this.filters.render()}
      <div class="tools">
        ${this.places.render()}
        <label class="check"
          ><input type="checkbox" .checked=${this.showAreas}
            @change=${(e: Event) => (this.showAreas = (e.target as HTMLInputElement).checked)} />
          ${this.msg.t('areas')}</label
        >
        ${renderCta(this.msg, this.ideaHref)}
      </div>
      <p class="notice" role="status">${this.notice}</p>
      <p class="count" part="count" role="status" aria-live="polite">
        ${
          this.status === 'ready' && this.twin.status === 'ready'
            ? this.msg.t('count', this.twin.total, this.core.number(this.twin.total))
            : ''
        }
      </p>
      ${narrow ? renderToggle(this.msg, this.layout.view, (v) => this.layout.show(v)) : nothing}
      ${this.status === 'error' ? this.renderError(this.error, () => void this.load()) : nothing}
      <div class="panes">
        <div class="map-pane" ?hidden=${hidden === 'map'}>
          ${this.pane.render(this.attribution)}
        </div>
        <div class="side" ?hidden=${hidden === 'list' && !this.opened.detail}>
          ${renderUnreachable(this.msg, this.regional?.unreachable, () => void this.load())}
          ${this.opened.render() ?? this.renderList()}
        </div>
      </div>
    </section>`;
  }

  private renderList() {
    return this.twin.render({
      state: this.status,
      headingLevel: this.headingLevel,
      current: (id) => this.highlighted === id || this.opened.selected === id,
      meta: (f) =>
        [
          this.regional?.nameOf(f.id),
          this.reference.themeLabel(f.properties.theme),
          this.reference.phaseLabel(f.properties.phase),
          f.properties.backers ? this.msg.t('list.backers', f.properties.backers) : undefined,
        ]
          .filter(Boolean)
          .join(' · '),
      select: (id) => void this.select(id, id),
      highlight: (id) => (this.highlighted = id),
      reset: () => this.filters.reset(),
    });
  }
}
