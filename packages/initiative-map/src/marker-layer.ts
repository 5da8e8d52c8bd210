import { html, nothing, type ReactiveController } from 'lit';
import type { MapView } from '@buurtkit/core';
import type { MapItem } from './cluster-engine.js';
import type { Placed } from './marker-canvas.js';

import type { MapHost } from './map-host.js';

export interface MarkerLayerOptions {
  /** The map, once Leaflet is open. */
  map(): MapView | undefined;
  /** Fill of an initiative by its theme. */
  colorOf(theme: string | undefined): string;
  /** Fallback colours of clusters when the page's CSS gives none (the token defaults). */
  clusterColors: { background: string; text: string };
  /** The initiative to ring: highlighted in the list, else selected. */
  emphasised(): number | undefined;
  formatCount(count: number): string;
  /** The accessible name of a cluster's keyboard button. */
  clusterLabel(count: number): string;
  /** A cluster was clicked or pressed: zoom into it. */
  expand(item: MapItem): void;
  /** One initiative was clicked on the canvas. */
  pick(id: number): void;
  /** Looks up a title the clusters did not carry (for the label under the pointer). */
  fetchTitle(id: number): Promise<string | undefined>;
}

/**
 * What the map draws over Leaflet: clusters and initiatives on one canvas, a real button
 * per cluster in view (so Enter zooms in), the title of the initiative under the pointer,
 * and hit-testing for clicks. Owns what was drawn; the element asks it to draw new items.
 */
export class MarkerLayer implements ReactiveController {
  private items: MapItem[] = [];
  private placed: Placed[] = [];
  /** The zoom the drawn items were clustered for (a frame during a zoom may still show the last ones). */
  private itemsZoom = -1;
  private readonly titles = new Map<number, string>();
  /** The initiative under the pointer: its title shows as a label. */
  private hover?: number;
  private drawFrame = 0;
  private renderedClusters: MapItem[] = [];
  private renderedLabel?: number;
  /** The page's cluster colours, as last read (see `checkColors`). */
  private colors?: { background: string; text: string };
  private colorCheck?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: MapHost,
    private readonly o: MarkerLayerOptions,
  ) {
    host.addController(this);
  }

  hostUpdated() {
    this.positionOverlays();
  }

  /** Nothing is drawn without a map: the next map draws afresh. */
  clear() {
    this.placed = [];
    this.items = [];
  }

  /** What the map shows now, where it was drawn (CSS pixels from the map's top left). */
  get visible(): { x: number; y: number; count: number; id?: number }[] {
    return this.placed.map((p) => ({ x: p.x, y: p.y, count: p.item.count, id: p.item.id }));
  }

  /** Keeps a title seen in a list or a detail, for the label. */
  remember(id: number, title: string) {
    this.titles.set(id, title);
  }

  /** New items for the view; drawn at once, in this task, so they reach the screen in the next frame. */
  show(items: MapItem[], zoom: number) {
    for (const i of items) if (i.id !== undefined && i.title) this.titles.set(i.id, i.title);
    this.items = items;
    this.itemsZoom = zoom;
    this.draw();
  }

  /** One draw per frame, however many moves and state changes asked for it. */
  scheduleDraw() {
    if (!this.drawFrame) {
      this.drawFrame = requestAnimationFrame(() => {
        this.drawFrame = 0;
        this.draw();
      });
    }
  }

  /** The drawing code: a chunk of its own, loaded with the map (`listen`), not with the widget. */
  private canvasCode?: typeof import('./marker-canvas.js');
  private canvasLoad?: Promise<typeof import('./marker-canvas.js')>;

  /** Starts loading the drawing code beside Leaflet, so opening the map waits for neither twice. */
  preload() {
    this.canvasLoad ??= import('./marker-canvas.js');
  }

  /** The canvas listens through the map: a click picks or expands, the pointer shows a title. */
  async listen(map: MapView, surface: HTMLElement) {
    this.preload();
    this.canvasCode = await this.canvasLoad!;
    const { hitTest } = this.canvasCode;
    // Items that came while the code was on its way are drawn now.
    this.scheduleDraw();
    map.on('click', ({ x, y }) => {
      const hit = hitTest(this.placed, x, y);
      if (hit?.item.count === 1 && hit.item.id !== undefined) this.o.pick(hit.item.id);
      else if (hit) this.o.expand(hit.item);
    });
    map.on('pointermove', ({ x, y }) => {
      const hit = hitTest(this.placed, x, y);
      surface.classList.toggle('pointing', !!hit);
      const point = hit?.item.count === 1 ? hit.item : undefined;
      if (point?.id === this.hover) return;
      this.hover = point?.id;
      this.host.requestUpdate();
      if (point?.id !== undefined && !this.titleOf(point)) void this.lookUp(point.id);
    });
  }

  private get canvas() {
    return this.host.renderRoot.querySelector<HTMLCanvasElement>('canvas.markers');
  }

  private draw() {
    const map = this.o.map();
    const canvas = this.canvas;
    if (!map || !canvas || !this.canvasCode) return;
    const { drawItems } = this.canvasCode;
    const colors = (this.colors ??= this.readColors());
    this.placed = drawItems(canvas, this.items, map.projector(), {
      colorOf: this.o.colorOf,
      clusterColor: colors.background,
      textColor: colors.text,
      highlighted: this.o.emphasised(),
      formatCount: this.o.formatCount,
    });
    // The keyboard layer and the label follow what was drawn: while panning the same items
    // only move (placed through the CSSOM), a new set of items or label renders again.
    const clusters = this.clusterPlaces();
    const label = this.labelPlace();
    const same =
      clusters.length === this.renderedClusters.length && clusters.every((p, i) => p.item === this.renderedClusters[i]);
    if (same && label?.item.id === this.renderedLabel) this.positionOverlays();
    else this.host.requestUpdate();
    performance.mark('buurt-map:drawn', { detail: { zoom: this.itemsZoom, items: this.placed.length } });
    this.checkColors();
  }

  private readColors() {
    const style = getComputedStyle(this.host);
    return {
      background: style.getPropertyValue('--_map-cluster-bg').trim() || this.o.clusterColors.background,
      text: style.getPropertyValue('--_map-cluster-color').trim() || this.o.clusterColors.text,
    };
  }

  /**
   * The page's colours are read again shortly after a draw, not during it: reading computed
   * style in the middle of a zoom step forced the browser to restyle the new tiles there and
   * then (~2 ms a step). A changed house style redraws at once when seen.
   */
  private checkColors() {
    if (this.colorCheck) return;
    this.colorCheck = setTimeout(() => {
      this.colorCheck = undefined;
      const now = this.readColors();
      if (now.background === this.colors?.background && now.text === this.colors.text) return;
      this.colors = now;
      this.scheduleDraw();
    }, 100);
  }

  private titleOf(item: MapItem) {
    return item.title ?? (item.id !== undefined ? this.titles.get(item.id) : undefined);
  }

  private async lookUp(id: number) {
    const title = await this.o.fetchTitle(id);
    if (title === undefined) return;
    this.titles.set(id, title);
    this.host.requestUpdate();
  }

  /** The clusters that get a keyboard button: those in view, at most 100. */
  private clusterPlaces() {
    return this.placed.filter((p) => p.item.count > 1).slice(0, 100);
  }

  /** The initiative whose title shows as a label: under the pointer, else highlighted or selected. */
  private labelPlace() {
    const id = this.hover ?? this.o.emphasised();
    return id === undefined ? undefined : this.placed.find((p) => p.item.id === id);
  }

  /**
   * Puts the keyboard layer and the label where their items were drawn. Through the CSSOM,
   * not a style attribute: strict CSPs (no 'unsafe-inline') refuse style attributes.
   */
  positionOverlays() {
    const clusters = this.clusterPlaces();
    this.host.renderRoot.querySelectorAll<HTMLElement>('.cluster-key').forEach((el, i) => {
      const p = clusters[i];
      if (!p) return;
      el.style.left = `${p.x - p.r}px`;
      el.style.top = `${p.y - p.r}px`;
      el.style.width = el.style.height = `${p.r * 2}px`;
    });
    const label = this.host.renderRoot.querySelector<HTMLElement>('.marker-label');
    const at = this.labelPlace();
    if (label && at) {
      label.style.left = `${at.x}px`;
      label.style.top = `${at.y - at.r - 6}px`;
    }
  }

  /** Clusters on the canvas get a real button each (bounded by what fits in view), so Enter zooms in. */
  renderClusterKeys() {
    const clusters = this.clusterPlaces();
    this.renderedClusters = clusters.map((p) => p.item);
    return html`<div class="cluster-keys">
      ${clusters.map(
        (p) =>
          html`<button class="cluster-key" type="button" aria-label=${this.o.clusterLabel(p.item.count)}
            @click=${() => this.o.expand(p.item)}></button>`,
      )}
    </div>`;
  }

  /** The title of the initiative under the pointer or selected: text, never markup. */
  renderLabel() {
    const at = this.labelPlace();
    this.renderedLabel = at?.item.id;
    const title = at ? this.titleOf(at.item) : undefined;
    if (!at || !title) return nothing;
    return html`<div class="marker-label" part="marker-label" aria-hidden="true">${title}</div>`;
  }
}
