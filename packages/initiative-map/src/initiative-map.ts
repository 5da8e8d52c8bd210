import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  ApiError, BuurtElement, button, checkStyles, emptyState, fieldStyles, getInitiative, heading, headingStyles, listAreas, listInitiatives, listPhaseModels, listThemes,
  loadGeocoder, LocalizeController, MapController, normalizePostcode, PDOK_ATTRIBUTION, PDOK_TILES, skeleton, textField,
  type InitiativeCollection, type InitiativeDetail, type PhaseModel, type Theme,
} from '@buurtkit/core';
import type { MapItem } from './cluster-engine.js';
import { BuurtFilterChangeEvent, BuurtInitiativeSelectEvent } from './events.js';
import { initiativeDetail, safeHref } from './initiative-detail.js';
import { InitiativeSource, type Filter } from './initiative-source.js';
import { drawItems, hitTest, type Placed } from './marker-canvas.js';
import { mapCatalogue } from './messages/catalogue.js';
import { mapStyles } from './initiative-map.styles.js';

type ListItem = InitiativeCollection['features'][number];

/** List page size: enough to scan, small enough to announce and tab through. */
const PAGE = 20;
/** Below this width list and map take turns, with a toggle. */
const NARROW = 640;
const HASH = /^#initiatief-(\d{1,15})$/;
const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** A fresh AbortSignal per call, aborting the one before: a late answer never wins. */
function latest() {
  let current: AbortController | undefined;
  return () => {
    current?.abort(new DOMException('superseded', 'AbortError'));
    current = new AbortController();
    return current.signal;
  };
}

/**
 * @tagname buurt-initiative-map
 * @summary Residents browse the initiatives in their neighbourhood on a map and in its list twin, filter and search them, and open one to see where it stands.
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
 * @csspart filters - The search and filter form.
 * @csspart count - The result count (announced politely).
 * @csspart map - The map container.
 * @csspart list - The list of initiatives.
 * @csspart item - One initiative in the list.
 * @csspart detail - The detail of an opened initiative.
 * @csspart cta - The call to start an initiative.
 * @csspart button - Buttons.
 * @csspart error - The error message.
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
    filter: { state: true },
    themes: { state: true },
    models: { state: true },
    status: { state: true },
    error: { state: true },
    items: { state: true },
    listed: { state: true },
    total: { state: true },
    listStatus: { state: true },
    selected: { state: true },
    detail: { state: true },
    highlighted: { state: true },
    narrow: { state: true },
    view: { state: true },
    hint: { state: true },
    notice: { state: true },
    postcode: { state: true },
    searchText: { state: true },
    postcodeError: { state: true },
    showAreas: { state: true },
    hover: { state: true },
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

  readonly msg = new LocalizeController(this, mapCatalogue);
  private readonly mapView = new MapController(this);
  private readonly source = new InitiativeSource();

  private filter: Filter = { theme: [], phase: [], q: '' };
  private themes: Theme[] = [];
  private models: PhaseModel[] = [];
  private status: 'loading' | 'ready' | 'error' = 'loading';
  private error = '';
  private items: MapItem[] = [];
  private listed: ListItem[] = [];
  private total = 0;
  private listStatus: 'loading' | 'ready' = 'loading';
  private selected?: number;
  private detail?: InitiativeDetail;
  private highlighted?: number;
  private narrow = false;
  private view: 'map' | 'list' = 'map';
  private hint = '';
  private notice = '';
  private postcode = '';
  /** What is in the search box; the filter follows after a pause in typing. */
  private searchText = '';
  private postcodeError = '';
  private showAreas = false;
  /** The initiative under the pointer: its title shows as a label. */
  private hover?: number;

  private placed: Placed[] = [];
  /** The zoom the drawn items were clustered for (a frame during a zoom may still show the last ones). */
  private itemsZoom = -1;
  private titles = new Map<number, string>();
  private openedFrom?: 'map' | number;
  private pushedHash = false;
  private hintTimer?: ReturnType<typeof setTimeout>;
  private listTimer?: ReturnType<typeof setTimeout>;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private sizeObserver?: ResizeObserver;
  private visibility?: IntersectionObserver;
  private readonly nextLoad = latest();
  private readonly nextItems = latest();
  private readonly nextList = latest();
  private readonly nextDetail = latest();
  private readonly onHash = () => this.followHash();

  override connectedCallback() {
    super.connectedCallback();
    this.sizeObserver = new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? 0) < NARROW;
      // Changing layout changes our size: only on a change of class, after this frame.
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.sizeObserver.observe(this);
    window.addEventListener('popstate', this.onHash);
    window.addEventListener('hashchange', this.onHash);
    // Back in the page (moved, or re-attached by a framework): the map and the cluster
    // engine were closed on leaving.
    if (this.hasUpdated) {
      this.watchVisibility();
      void this.load();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.sizeObserver?.disconnect();
    this.visibility?.disconnect();
    this.visibility = undefined;
    this.fitted = false;
    // Nothing is drawn without a map: the next map draws afresh.
    this.placed = [];
    this.items = [];
    this.source.destroy();
    window.removeEventListener('popstate', this.onHash);
    window.removeEventListener('hashchange', this.onHash);
  }

  protected override firstUpdated() {
    this.watchVisibility();
    if (this.deepLink) this.followHash();
  }

  /** Leaflet arrives when the map is about to be seen: a map in a closed tab loads nothing until shown. */
  private watchVisibility() {
    this.visibility?.disconnect();
    this.visibility = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        this.visibility?.disconnect();
        void this.openMap();
      }
    }, { rootMargin: '200px' });
    this.visibility.observe(this.mapElement);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const keys = changed as Map<PropertyKey, unknown>;
    // Another API has its own themes and phase models.
    if (keys.has('api') || keys.has('config')) {
      this.themes = [];
      this.models = [];
    }
    if (changed.has('theme') || changed.has('phase')) this.filter = { ...this.filter, theme: list(this.theme), phase: list(this.phase) };
  }

  protected override updated(changed: PropertyValues<this>) {
    const keys = changed as Map<PropertyKey, unknown>;
    // After this update, not inside it: loading changes state.
    if (['api', 'config', 'theme', 'phase', 'clustering'].some((k) => keys.has(k))) queueMicrotask(() => void this.load());
    if (keys.has('showAreas') || keys.has('municipality')) void this.outlines();
    this.positionOverlays();
    // The map's own name follows the language, which may arrive after the map.
    if (this.mapView.isOpen) this.mapElement.setAttribute('aria-label', this.msg.t('map.label'));
    if (['highlighted', 'narrow', 'view'].some((k) => keys.has(k))) this.scheduleDraw();
  }

  /**
   * What the map shows now: clusters (`count` > 1) and initiatives, where they were drawn
   * (CSS pixels from the map's top left). For tests and page scripts; read-only.
   */
  get visibleItems(): { x: number; y: number; count: number; id?: number }[] {
    return this.placed.map((p) => ({ x: p.x, y: p.y, count: p.item.count, id: p.item.id }));
  }

  private get mapElement() {
    return this.renderRoot.querySelector<HTMLElement>('.map')!;
  }


  private themeLabel(key: string | undefined) {
    return this.localized(this.themes.find((t) => t.key === key)?.label) || key || '';
  }

  private phaseLabel(key: string | undefined) {
    for (const m of this.models) {
      const p = m.phases.find((x) => x.key === key);
      if (p) return this.localized(p.label);
    }
    return key ?? '';
  }

  /** Everything for the current filter: reference lists, the points, then the view. */
  async load(): Promise<void> {
    const signal = this.nextLoad();
    this.source.clustering = this.clustering === 'server' ? 'server' : 'auto';
    this.status = 'loading';
    try {
      if (!this.apiUrl) throw new ApiError('network', 'no api');
      const [themes, models] = await Promise.all([
        this.themes.length ? { items: this.themes } : listThemes(this.client, { signal }),
        this.models.length ? { items: this.models } : listPhaseModels(this.client, { signal }),
        this.source.load(this.client, this.filter, signal),
      ]);
      if (signal.aborted) return;
      this.themes = themes.items;
      this.models = models.items;
      this.status = 'ready';
      await this.fitIfNeeded(signal);
      void this.refreshItems();
      this.refreshList(0);
    } catch (e) {
      if (signal.aborted || (e as Error).name === 'AbortError') return;
      this.error = this.reportError(e);
      this.status = 'error';
    }
  }

  private fitted = false;

  /** A map without `center` opens on the initiatives. */
  private async fitIfNeeded(signal: AbortSignal) {
    const map = this.mapView.map;
    if (!map || this.fitted || this.center) return;
    const bounds = this.source.mode === 'client' ? this.source.bounds : await this.source.serverBounds(this.client, this.filter, signal);
    if (bounds && !signal.aborted) {
      this.fitted = true;
      map.fitBounds(bounds, 15);
    }
  }

  private async openMap() {
    const [lat, lon] = (this.center ?? '').split(',').map(Number);
    const hasCenter = Number.isFinite(lat) && Number.isFinite(lon) && !!this.center;
    await this.mapView.open(this.mapElement, {
      lat: hasCenter ? lat! : 52.15, lon: hasCenter ? lon! : 5.38, zoom: hasCenter ? (this.zoom ?? 13) : 7, tiles: this.tiles, cooperative: true,
      onHint: (kind) => this.showHint(kind === 'wheel' ? this.msg.t('hint.wheel') : this.msg.t('hint.touch')),
    }, this.msg.t('map.label'));
    const map = this.mapView.map!;
    map.on('move', () => this.scheduleDraw());
    map.on('zoomstart', () => this.canvas?.classList.add('zooming'));
    map.on('moveend', () => {
      this.canvas?.classList.remove('zooming');
      void this.refreshItems();
      clearTimeout(this.listTimer);
      // The list and count follow the view once it settles: one request per pause, not per frame.
      this.listTimer = setTimeout(() => this.refreshList(0), 250);
    });
    map.on('click', ({ x, y }) => {
      const hit = hitTest(this.placed, x, y);
      if (hit?.item.count === 1 && hit.item.id !== undefined) this.select(hit.item.id, 'map');
      else if (hit) this.expand(hit.item);
    });
    map.on('pointermove', ({ x, y }) => {
      const hit = hitTest(this.placed, x, y);
      this.mapElement.classList.toggle('pointing', !!hit);
      const point = hit?.item.count === 1 ? hit.item : undefined;
      if (point?.id !== this.hover) {
        this.hover = point?.id;
        if (point?.id !== undefined && !this.titleOf(point)) void this.fetchTitle(point.id);
      }
    });
    if (this.status === 'ready') {
      await this.fitIfNeeded(this.nextLoad());
      void this.refreshItems();
      this.refreshList(0);
    }
  }

  private get canvas() {
    return this.renderRoot.querySelector<HTMLCanvasElement>('canvas.markers');
  }

  /** Asks the source for the clusters in view; draws when they arrive. */
  private async refreshItems() {
    const map = this.mapView.map;
    if (!map || this.status !== 'ready') return;
    const signal = this.nextItems();
    const zoom = map.zoom();
    try {
      const items = await this.source.items(this.client, this.filter, pad(map.bounds()), zoom, signal);
      if (signal.aborted) return;
      for (const i of items) if (i.id !== undefined && i.title) this.titles.set(i.id, i.title);
      this.items = items;
      this.itemsZoom = zoom;
      // Drawn at once, in this task: the new clusters reach the screen in the next frame.
      this.draw();
    } catch (e) {
      if (signal.aborted) return;
      this.error = this.reportError(e);
      this.status = 'error';
    }
  }

  private drawFrame = 0;

  /** One draw per frame, however many moves and state changes asked for it. */
  private scheduleDraw() {
    if (!this.drawFrame) this.drawFrame = requestAnimationFrame(() => {
      this.drawFrame = 0;
      this.draw();
    });
  }

  private draw() {
    const map = this.mapView.map;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const cluster = getComputedStyle(this);
    this.placed = drawItems(canvas, this.items, (lat, lon) => map.project(lat, lon), {
      colorOf: (key) => this.themes.find((t) => t.key === key)?.color ?? '#4b4b4b',
      clusterColor: cluster.getPropertyValue('--_map-cluster-bg').trim() || '#154273',
      textColor: cluster.getPropertyValue('--_map-cluster-color').trim() || '#fff',
      highlighted: this.highlighted ?? this.selected,
      formatCount: (n) => this.core.number(n, n >= 10_000 ? { notation: 'compact' } : {}),
    });
    // The keyboard layer and the label follow what was drawn: while panning the same items
    // only move (placed through the CSSOM), a new set of items or label renders again.
    const clusters = this.clusterPlaces();
    const label = this.labelPlace();
    if (clusters.length === this.renderedClusters.length && clusters.every((p, i) => p.item === this.renderedClusters[i]) && label?.item.id === this.renderedLabel) {
      this.positionOverlays();
    } else this.requestUpdate();
    performance.mark('buurt-map:drawn', { detail: { zoom: this.itemsZoom, items: this.placed.length } });
  }

  /** The list and the count: initiatives in view (or all, before the map shows) for the filter. */
  private refreshList(offset: number) {
    if (this.status !== 'ready') return;
    const signal = this.nextList();
    const bounds = this.mapView.map?.bounds();
    if (offset === 0) this.listStatus = 'loading';
    const query = { bbox: bounds, theme: this.filter.theme, phase: this.filter.phase, q: this.filter.q || undefined, limit: PAGE, offset };
    listInitiatives(this.client, query, { signal }).then(
      (page) => {
        if (signal.aborted) return;
        for (const f of page.features) this.titles.set(f.id, f.properties.title);
        const first = this.listed.length;
        this.listed = offset === 0 ? page.features : [...this.listed, ...page.features];
        this.total = page.total;
        this.listStatus = 'ready';
        // "Show more" moves focus to the first new item, so the resident reads on.
        if (offset > 0) void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('.item')[first]?.focus());
      },
      (e: unknown) => {
        if (signal.aborted) return;
        this.error = this.reportError(e);
        this.status = 'error';
      },
    );
  }

  private setFilter(change: Partial<Filter>) {
    this.filter = { ...this.filter, ...change };
    this.emit(new BuurtFilterChangeEvent({ theme: [...this.filter.theme], phase: [...this.filter.phase], q: this.filter.q }));
    void this.load();
  }

  private titleOf(item: MapItem) {
    return item.title ?? (item.id !== undefined ? this.titles.get(item.id) : undefined);
  }

  private async fetchTitle(id: number) {
    try {
      const d = await getInitiative(this.client, id);
      this.titles.set(id, d.title);
      this.requestUpdate();
    } catch {
      // A missing label is not worth an error: the list and the detail still work.
    }
  }

  private expand(item: MapItem) {
    this.mapView.map?.setView(item.lat, item.lon, item.expansionZoom ?? (this.mapView.map.zoom() + 2));
  }

  /** Opens an initiative's detail; from the list, the map follows. */
  async select(id: number, from: 'map' | number = id) {
    const signal = this.nextDetail();
    this.selected = id;
    this.openedFrom = from;
    this.emit(new BuurtInitiativeSelectEvent(id));
    if (this.deepLink && location.hash !== `#initiatief-${id}`) {
      history.pushState(history.state, '', `#initiatief-${id}`);
      this.pushedHash = true;
    }
    try {
      const detail = await getInitiative(this.client, id, { signal });
      if (signal.aborted) return;
      this.detail = detail;
      this.titles.set(id, detail.title);
      if (this.narrow) this.view = 'list';
      const [lon, lat] = detail.location.coordinates as [number, number];
      const map = this.mapView.map;
      if (map) {
        const [w, s, e, n] = map.bounds();
        if (lon < w || lon > e || lat < s || lat > n) map.setView(lat, lon, Math.max(map.zoom(), 15));
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
      void import('@buurtkit/phase-tracker/define');
    } catch (e) {
      if (signal.aborted) return;
      this.selected = undefined;
      if (e instanceof ApiError && e.status === 404) {
        this.notice = this.core.t('error.not-found');
        return;
      }
      this.error = this.reportError(e);
      this.status = 'error';
    }
  }

  /** Closes the detail; focus goes back to where the resident came from. */
  async close(fromHistory = false) {
    const id = this.selected;
    this.nextDetail();
    this.selected = undefined;
    this.detail = undefined;
    if (this.deepLink && !fromHistory && HASH.test(location.hash)) {
      if (this.pushedHash) history.back();
      else history.replaceState(history.state, '', location.pathname + location.search);
    }
    this.pushedHash = false;
    await this.updateComplete;
    const item = this.renderRoot.querySelector<HTMLElement>(`.item[data-id="${id}"]`);
    if (this.openedFrom !== 'map' && item) item.focus();
    else (this.narrow && this.view === 'list' ? this.renderRoot.querySelector<HTMLElement>('#list-heading') : this.mapElement)?.focus();
  }

  private followHash() {
    if (!this.deepLink) return;
    const match = HASH.exec(location.hash);
    if (match && Number(match[1]) !== this.selected) void this.select(Number(match[1]), 'map');
    else if (!match && this.selected !== undefined) void this.close(true);
  }

  private showHint(text: string) {
    this.hint = text;
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => (this.hint = ''), 2500);
  }

  private nearMe() {
    this.notice = '';
    if (!('geolocation' in navigator)) {
      this.notice = this.msg.t('near-me.unavailable');
      return;
    }
    // Only on request, and only to move the map: the position is not sent anywhere.
    navigator.geolocation.getCurrentPosition(
      (p) => this.goTo(p.coords.latitude, p.coords.longitude, 15),
      (e) => (this.notice = this.msg.t(e.code === e.PERMISSION_DENIED ? 'near-me.denied' : 'near-me.unavailable')),
      { timeout: 10_000, maximumAge: 60_000 },
    );
  }

  private goTo(lat: number, lon: number, zoom: number) {
    if (this.narrow) this.view = 'map';
    const map = this.mapView.map;
    if (map) map.setView(lat, lon, zoom);
    else this.center = `${lat},${lon}`;
  }

  private async goToPostcode(e: Event) {
    e.preventDefault();
    const postcode = normalizePostcode(this.postcode);
    this.notice = '';
    if (!postcode) {
      this.postcodeError = this.msg.t('postcode.invalid');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#postcode')?.focus();
      return;
    }
    this.postcodeError = '';
    const pdok = await loadGeocoder(this.geocoder || this.config?.geocoder || undefined);
    try {
      if (!pdok) throw new Error('no geocoder');
      const found = await pdok.postcode(postcode);
      if (!found) {
        this.postcodeError = this.msg.t('postcode.unknown', `${postcode.slice(0, 4)} ${postcode.slice(4)}`);
        return;
      }
      this.goTo(found.lat, found.lon, 16);
      this.notice = this.msg.t('postcode.found', `${found.postcode} ${found.woonplaats ?? ''}`.trim());
    } catch {
      this.notice = this.msg.t('postcode.unavailable');
    }
  }

  private async outlines() {
    const map = this.mapView.map;
    if (!this.showAreas) return map?.setOutlines(null);
    try {
      const areas = await listAreas(this.client, { level: 'wijk', municipality: this.municipality || undefined });
      this.mapView.map?.setOutlines(this.showAreas ? areas : null);
    } catch (e) {
      this.notice = this.reportError(e);
    }
  }

  /** The call to action: the editor's page, else the idea form on this page, else nothing. */
  private renderCta() {
    const href = this.ideaHref ? safeHref(this.ideaHref) : undefined;
    if (href) return html`<a class="button primary cta" part="cta" href=${href}>${this.msg.t('cta')}</a>`;
    const form = document.querySelector('buurt-idea-form');
    if (!form) return nothing;
    const go = () => {
      form.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      (form as HTMLElement).focus();
    };
    return html`<button class="button primary cta" part="cta" type="button" @click=${go}>${this.msg.t('cta')}</button>`;
  }

  protected override render() {
    const themeKeys = list(this.theme);
    const phaseKeys = list(this.phase);
    const narrowView = this.narrow ? this.view : undefined;
    return html`<section class=${this.narrow ? 'narrow' : 'wide'} aria-labelledby="map-title">
      ${heading(this.msg.t('title'), this.headingLevel, { id: 'map-title' })}
      <form class="filters" part="filters" role="search" aria-label=${this.msg.t('filters.label')} @submit=${(e: Event) => e.preventDefault()}>
        ${textField({
          id: 'search', label: this.msg.t('filter.search'), type: 'search', value: this.searchText, autocomplete: 'off',
          onInput: (q) => {
            this.searchText = q;
            clearTimeout(this.searchTimer);
            this.searchTimer = setTimeout(() => this.setFilter({ q: q.trim() }), 300);
          },
        })}
        ${this.renderSelect('theme', this.msg.t('filter.theme'), this.msg.t('filter.theme.all'), themeKeys.length ? themeKeys : this.themes.map((t) => t.key), (k) => this.themeLabel(k), themeKeys)}
        ${this.renderSelect('phase', this.msg.t('filter.phase'), this.msg.t('filter.phase.all'), phaseKeys.length ? phaseKeys : this.phaseKeys(), (k) => this.phaseLabel(k), phaseKeys)}
        ${this.filter.q || this.filter.theme.join() !== themeKeys.join() || this.filter.phase.join() !== phaseKeys.join()
          ? button({ label: this.msg.t('filter.reset'), variant: 'secondary', onClick: () => this.resetFilters() })
          : nothing}
      </form>
      <div class="tools">
        <button class="button secondary" type="button" part="button" @click=${this.nearMe}>${this.msg.t('near-me')}</button>
        <form class="postcode" @submit=${this.goToPostcode} novalidate>
          ${textField({
            id: 'postcode', label: this.msg.t('postcode.label'), value: this.postcode, autocomplete: 'postal-code',
            error: this.postcodeError || undefined, errorPrefix: this.core.t('field.error-prefix'), onInput: (v) => (this.postcode = v),
          })}
          <button class="button secondary" type="submit" part="button">${this.msg.t('postcode.submit')}</button>
        </form>
        <label class="check"><input type="checkbox" .checked=${this.showAreas} @change=${(e: Event) => (this.showAreas = (e.target as HTMLInputElement).checked)} />
          ${this.msg.t('areas')}</label>
        ${this.renderCta()}
      </div>
      <p class="notice" role="status">${this.notice}</p>
      <p class="count" part="count" role="status" aria-live="polite">${this.status === 'ready' && this.listStatus === 'ready' ? this.msg.t('count', this.total, this.core.number(this.total)) : ''}</p>
      ${this.narrow
        ? html`<div class="toggle" role="group" aria-label=${this.msg.t('view.label')}>
            ${(['map', 'list'] as const).map((v) => html`<button class="button ${this.view === v ? 'primary' : 'secondary'}" type="button" part="button" aria-pressed=${this.view === v ? 'true' : 'false'} @click=${() => (this.view = v)}>${this.msg.t(`view.${v}`)}</button>`)}
          </div>`
        : nothing}
      ${this.status === 'error' ? this.renderError(this.error, () => void this.load()) : nothing}
      <div class="panes">
        <div class="map-pane" ?hidden=${narrowView === 'list'}>
          <div class="map" part="map"></div>
          <canvas class="markers" aria-hidden="true"></canvas>
          ${this.renderClusterKeys()}
          ${this.renderLabel()}
          <div class="zoom">
            <button class="button secondary" type="button" part="button" aria-label=${this.msg.t('zoom.in')} @click=${() => this.mapView.zoomBy(1)}>+</button>
            <button class="button secondary" type="button" part="button" aria-label=${this.msg.t('zoom.out')} @click=${() => this.mapView.zoomBy(-1)}>−</button>
          </div>
          <p class="hint" role="status">${this.hint}</p>
          ${this.attribution ? html`<p class="attribution">${this.attribution}</p>` : nothing}
        </div>
        <div class="side" ?hidden=${narrowView === 'map' && !this.detail}>
          ${this.detail && this.selected !== undefined ? this.renderDetail(this.detail) : this.renderList()}
        </div>
      </div>
    </section>`;
  }

  private phaseKeys() {
    const keys: string[] = [];
    for (const m of this.models) for (const p of m.phases) if (!keys.includes(p.key)) keys.push(p.key);
    return keys;
  }

  private resetFilters() {
    this.searchText = '';
    clearTimeout(this.searchTimer);
    this.setFilter({ q: '', theme: list(this.theme), phase: list(this.phase) });
  }

  /**
   * A filter as a select. An editor's preset narrows the choices; a single preset value
   * is fixed and shown as text.
   */
  private renderSelect(name: 'theme' | 'phase', label: string, all: string, keys: string[], labelOf: (k: string) => string, preset: string[]) {
    if (preset.length === 1) return html`<p class="fixed">${this.msg.t('filter.fixed', label, labelOf(preset[0]!))}</p>`;
    const value = this.filter[name].length === 1 ? this.filter[name][0] : '';
    const change = (e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      this.setFilter({ [name]: v ? [v] : preset });
    };
    return html`<div class="field">
      <label class="label" for="filter-${name}">${label}</label>
      <select class="input" id="filter-${name}" @change=${change}>
        <option value="" ?selected=${!value}>${all}</option>
        ${keys.map((k) => html`<option value=${k} ?selected=${value === k}>${labelOf(k)}</option>`)}
      </select>
    </div>`;
  }

  /** The clusters that get a keyboard button: those in view, at most 100. */
  private clusterPlaces() {
    return this.placed.filter((p) => p.item.count > 1).slice(0, 100);
  }

  /** The initiative whose title shows as a label: under the pointer, else highlighted or selected. */
  private labelPlace() {
    const id = this.hover ?? this.highlighted ?? this.selected;
    return id === undefined ? undefined : this.placed.find((p) => p.item.id === id);
  }

  private renderedClusters: MapItem[] = [];
  private renderedLabel?: number;

  /**
   * Puts the keyboard layer and the label where their items were drawn. Through the CSSOM,
   * not a style attribute: strict CSPs (no 'unsafe-inline') refuse style attributes.
   */
  private positionOverlays() {
    const clusters = this.clusterPlaces();
    this.renderRoot.querySelectorAll<HTMLElement>('.cluster-key').forEach((el, i) => {
      const p = clusters[i];
      if (!p) return;
      el.style.left = `${p.x - p.r}px`;
      el.style.top = `${p.y - p.r}px`;
      el.style.width = el.style.height = `${p.r * 2}px`;
    });
    const label = this.renderRoot.querySelector<HTMLElement>('.marker-label');
    const at = this.labelPlace();
    if (label && at) {
      label.style.left = `${at.x}px`;
      label.style.top = `${at.y - at.r - 6}px`;
    }
  }

  /** Clusters on the canvas get a real button each (bounded by what fits in view), so Enter zooms in. */
  private renderClusterKeys() {
    const clusters = this.clusterPlaces();
    this.renderedClusters = clusters.map((p) => p.item);
    return html`<div class="cluster-keys">
      ${clusters.map((p) => html`<button class="cluster-key" type="button"
        aria-label=${this.msg.t('cluster.label', this.core.number(p.item.count))} @click=${() => this.expand(p.item)}></button>`)}
    </div>`;
  }

  /** The title of the initiative under the pointer or selected: text, never markup. */
  private renderLabel() {
    const at = this.labelPlace();
    this.renderedLabel = at?.item.id;
    const title = at ? this.titleOf(at.item) : undefined;
    if (!at || !title) return nothing;
    return html`<div class="marker-label" part="marker-label" aria-hidden="true">${title}</div>`;
  }

  private renderList() {
    if (this.status === 'loading' || (this.listStatus === 'loading' && !this.listed.length)) return skeleton(this.msg.t('list.loading'));
    if (this.status === 'error') return nothing;
    if (!this.listed.length) {
      return emptyState(this.msg.t('empty.heading'), this.msg.t('empty.text'), button({ label: this.msg.t('filter.reset'), variant: 'secondary', onClick: () => this.resetFilters() }));
    }
    return html`${heading(this.msg.t('list.label'), this.headingLevel, { sub: true, id: 'list-heading', focusable: true })}
      <ul class="list" part="list" aria-labelledby="list-heading">
        ${this.listed.map((f) => html`<li>
          <button class="item" part="item" type="button" data-id=${f.id} aria-current=${this.highlighted === f.id || this.selected === f.id ? 'true' : 'false'}
            @click=${() => this.select(f.id, f.id)} @focus=${() => (this.highlighted = f.id)} @blur=${() => (this.highlighted = undefined)}
            @mouseenter=${() => (this.highlighted = f.id)} @mouseleave=${() => (this.highlighted = undefined)}>
            <span class="item-title">${f.properties.title}</span>
            <span class="item-meta">${this.themeLabel(f.properties.theme)} · ${this.phaseLabel(f.properties.phase)}</span>
          </button>
        </li>`)}
      </ul>
      ${this.listed.length < this.total ? button({ label: this.msg.t('list.more'), variant: 'secondary', onClick: () => this.refreshList(this.listed.length) }) : nothing}`;
  }

  private renderDetail(d: InitiativeDetail) {
    const n = d.supporters;
    return html`<div @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && void this.close()}>
      ${initiativeDetail({
        detail: d, api: this.apiUrl ?? '', lang: this.locale, headingLevel: this.headingLevel + 1, themeLabel: this.themeLabel(d.theme),
        roleLabel: (role) => this.contactRoleLabel(role),
        supportLabel: (kind) => this.supportLabel(kind),
        supporters: this.msg.t('detail.supporters', n, this.core.number(n)),
        labels: { close: this.msg.t('detail.close'), theme: this.msg.t('detail.theme'), support: this.msg.t('detail.support'), contact: this.msg.t('detail.contact'), links: this.msg.t('detail.links') },
        onClose: () => void this.close(),
      })}
    </div>`;
  }
}

/** A little beyond the view, so clusters at the edges do not pop in while panning. */
function pad([w, s, e, n]: [number, number, number, number]): [number, number, number, number] {
  const dx = (e - w) * 0.1;
  const dy = (n - s) * 0.1;
  return [Math.max(-180, w - dx), Math.max(-85, s - dy), Math.min(180, e + dx), Math.min(85, n + dy)];
}

