import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapOptions, MapView } from './adapter.js';

/**
 * Puts a Leaflet map in a container of the host's shadow root and keeps it sized. The map
 * code (our adapter and Leaflet) is a lazy chunk that arrives on `open()`: pages that
 * never show a map never load it.
 */
export class MapController implements ReactiveController {
  private view?: MapView;
  private resizer?: ResizeObserver;
  private container?: HTMLElement;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Draws the map into `container`; resolves when it can take focus. */
  async open(container: HTMLElement, options: MapOptions, label: string) {
    this.close();
    const { createMap, adoptMapStyles } = await import('./adapter.js');
    if (this.host.shadowRoot) adoptMapStyles(this.host.shadowRoot);
    this.container = container;
    this.view = await createMap(container, options);
    // Leaflet makes the map focusable; say what it is and how it works.
    container.setAttribute('role', 'application');
    container.setAttribute('aria-label', label);
    // A map shown in a tab or a step that was hidden must size itself when it appears.
    this.resizer = new ResizeObserver(() => this.view?.resize());
    this.resizer.observe(container);
  }

  get isOpen() {
    return !!this.view;
  }

  /** The open map, for widgets that draw on it or follow its moves. */
  get map(): MapView | undefined {
    return this.view;
  }

  /** The place at the centre of the map. */
  center() {
    return this.view?.center();
  }

  zoomBy(delta: number) {
    this.view?.zoomBy(delta);
  }

  focus() {
    this.container?.focus();
  }

  close() {
    this.resizer?.disconnect();
    this.view?.destroy();
    this.view = undefined;
    this.resizer = undefined;
  }

  hostDisconnected() {
    this.close();
  }
}
