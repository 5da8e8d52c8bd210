import { html, nothing, type ReactiveController } from 'lit';
import { getInitiative, Latest, listAreas, MapController, TOKEN_DEFAULTS, type ApiClient } from '@buurtkit/core';
import type { MapItem } from './cluster-engine.js';
import type { Bbox, Filter, InitiativeSource } from './initiative-source.js';
import { MarkerLayer } from './marker-layer.js';
import type { MapHost } from './map-host.js';

export interface MapPaneOptions {
  client(): ApiClient;
  source: InitiativeSource;
  filter(): Filter;
  /** The reference data and points are in: the pane may ask for items. */
  ready(): boolean;
  /** Where to open: `center` (`lat,lon`) and `zoom` attributes, and the tiles. */
  start(): { center?: string; zoom?: number; tiles: string };
  colorOf(theme: string | undefined): string;
  /** The initiative to ring: highlighted in the list, else selected. */
  emphasised(): number | undefined;
  /** An initiative was clicked on the map. */
  pick(id: number): void;
  /** The view settled after a move: the list and count follow. */
  settled(): void;
  failed(error: unknown): void;
}

/**
 * The map itself: Leaflet opened when the map is about to be seen, a first view on the
 * initiatives, the clusters for each view from the source, drawn by the marker layer, the
 * zoom buttons, hints and district outlines.
 */
export class MapPane implements ReactiveController {
  private readonly view: MapController;
  private readonly layer: MarkerLayer;
  private readonly loads = new Latest();
  private readonly itemLoads = new Latest();
  private fitted = false;
  private visibility?: IntersectionObserver;
  private hint = '';
  private hintTimer?: ReturnType<typeof setTimeout>;
  private settleTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: MapHost,
    private readonly o: MapPaneOptions,
  ) {
    host.addController(this);
    // The map's own index took over from the server's clusters: the same clusters, drawn again
    // from memory (the list and an open detail are not touched).
    o.source.onSwitch = () => void this.refresh();
    this.view = new MapController(host);
    this.layer = new MarkerLayer(host, {
      map: () => this.view.map,
      colorOf: o.colorOf,
      clusterColors: { background: TOKEN_DEFAULTS['color-primary'], text: TOKEN_DEFAULTS['color-primary-text'] },
      emphasised: o.emphasised,
      formatCount: (n) => host.core.number(n, n >= 10_000 ? { notation: 'compact' } : {}),
      clusterLabel: (n) => host.msg.t('cluster.label', host.core.number(n)),
      expand: (item) => this.expand(item),
      pick: o.pick,
      fetchTitle: (id) =>
        getInitiative(o.client(), id).then(
          (d) => d.title,
          // A missing label is not worth an error: the list and the detail still work.
          () => undefined,
        ),
    });
  }

  hostDisconnected() {
    this.visibility?.disconnect();
    this.visibility = undefined;
    this.fitted = false;
    // Nothing is drawn without a map: the next map draws afresh.
    this.layer.clear();
  }

  hostUpdated() {
    // The map's own name follows the language, which may arrive after the map.
    if (this.view.isOpen) this.element.setAttribute('aria-label', this.host.msg.t('map.label'));
  }

  /** The map's container: what "back to the map" focuses. */
  get element() {
    return this.host.renderRoot.querySelector<HTMLElement>('.map')!;
  }

  /** What the map shows now (see the element's `visibleItems`). */
  get visible() {
    return this.layer.visible;
  }

  /** What the map shows; undefined while it has no size (hidden behind the list on a phone). */
  bounds(): Bbox | undefined {
    const b = this.view.map?.bounds();
    return b && b[0] < b[2] && b[1] < b[3] ? b : undefined;
  }

  remember(id: number, title: string) {
    this.layer.remember(id, title);
  }

  redraw() {
    this.layer.scheduleDraw();
  }

  /** Leaflet arrives when the map is about to be seen: a map in a closed tab loads nothing until shown. */
  watch() {
    this.visibility?.disconnect();
    this.visibility = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.visibility?.disconnect();
          void this.open();
        }
      },
      { rootMargin: '200px' },
    );
    this.visibility.observe(this.element);
  }

  private async open() {
    this.layer.preload();
    const { center, zoom, tiles } = this.o.start();
    const [lat, lon] = (center ?? '').split(',').map(Number);
    const hasCenter = Number.isFinite(lat) && Number.isFinite(lon) && !!center;
    const { msg } = this.host;
    const options = {
      lat: hasCenter ? lat! : 52.15,
      lon: hasCenter ? lon! : 5.38,
      zoom: hasCenter ? (zoom ?? 13) : 7,
      tiles,
      cooperative: true,
      onHint: (kind: 'wheel' | 'touch') => this.showHint(kind === 'wheel' ? msg.t('hint.wheel') : msg.t('hint.touch')),
    };
    await this.view.open(this.element, options, msg.t('map.label'));
    const map = this.view.map!;
    const canvas = () => this.host.renderRoot.querySelector<HTMLCanvasElement>('canvas.markers');
    map.on('move', () => this.layer.scheduleDraw());
    map.on('zoomstart', () => canvas()?.classList.add('zooming'));
    map.on('moveend', () => {
      canvas()?.classList.remove('zooming');
      void this.refresh();
      clearTimeout(this.settleTimer);
      // The list and count follow the view once it settles: one request per pause, not per frame.
      this.settleTimer = setTimeout(() => this.o.settled(), 250);
    });
    await this.layer.listen(map, this.element);
    if (this.o.ready()) {
      await this.fit(this.loads.next());
      void this.refresh();
      this.o.settled();
    }
  }

  /** A map without `center` opens on the initiatives (once). */
  async fit(signal: AbortSignal) {
    const map = this.view.map;
    if (!map || this.fitted || this.o.start().center) return;
    const { source } = this.o;
    const bounds =
      source.mode === 'client' ? source.bounds : await source.serverBounds(this.o.client(), this.o.filter(), signal);
    if (bounds && !signal.aborted) {
      this.fitted = true;
      map.fitBounds(bounds, 15);
    }
  }

  /** Asks the source for the clusters in view; the layer draws them when they arrive. */
  async refresh() {
    const map = this.view.map;
    if (!map || !this.o.ready()) return;
    const signal = this.itemLoads.next();
    const zoom = map.zoom();
    try {
      const items = await this.o.source.items(this.o.client(), this.o.filter(), pad(map.bounds()), zoom, signal);
      if (!signal.aborted) this.layer.show(items, zoom);
    } catch (e) {
      if (!signal.aborted) this.o.failed(e);
    }
  }

  /** Moves the map; before Leaflet is there, the start centre instead. False when there is no map yet. */
  goTo(lat: number, lon: number, zoom: number): boolean {
    this.view.map?.setView(lat, lon, zoom);
    return !!this.view.map;
  }

  /** Brings an initiative into view when it is outside it. */
  reveal(lat: number, lon: number) {
    const map = this.view.map;
    if (!map) return;
    const [w, s, e, n] = map.bounds();
    if (lon < w || lon > e || lat < s || lat > n) map.setView(lat, lon, Math.max(map.zoom(), 15));
  }

  private expand(item: MapItem) {
    this.view.map?.setView(item.lat, item.lon, item.expansionZoom ?? this.view.map.zoom() + 2);
  }

  /** District outlines on the map while `show()` says so; a failure is for the element to tell. */
  async outlines(show: () => boolean, municipality: string | undefined): Promise<void> {
    if (!show()) return this.view.map?.setOutlines(null);
    const areas = await listAreas(this.o.client(), { level: 'wijk', municipality: municipality || undefined });
    this.view.map?.setOutlines(show() ? areas : null);
  }

  private showHint(text: string) {
    this.hint = text;
    this.host.requestUpdate();
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => {
      this.hint = '';
      this.host.requestUpdate();
    }, 2500);
  }

  render(attribution: string | undefined) {
    const { msg } = this.host;
    return html`<div class="map" part="map"></div>
      <canvas class="markers" aria-hidden="true"></canvas>
      ${this.layer.renderClusterKeys()} ${this.layer.renderLabel()}
      <div class="zoom">
        <button class="button secondary" type="button" part="button" aria-label=${msg.t('zoom.in')}
          @click=${() => this.view.zoomBy(1)}>+</button>
        <button class="button secondary" type="button" part="button" aria-label=${msg.t('zoom.out')}
          @click=${() => this.view.zoomBy(-1)}>−</button>
      </div>
      <p class="hint" role="status">${this.hint}</p>
      ${attribution ? html`<p class="attribution">${attribution}</p>` : nothing}`;
  }
}

/** A little beyond the view, so clusters at the edges do not pop in while panning. */
function pad([w, s, e, n]: Bbox): Bbox {
  const dx = (e - w) * 0.1;
  const dy = (n - s) * 0.1;
  return [Math.max(-180, w - dx), Math.max(-85, s - dy), Math.min(180, e + dx), Math.min(85, n + dy)];
}
