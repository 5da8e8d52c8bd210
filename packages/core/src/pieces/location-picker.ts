import { html } from 'lit';

export interface LocationPickerOptions {
  labels: { choose: string; zoomIn: string; zoomOut: string };
  attribution: string;
  onZoom: (delta: number) => void;
  onChoose: () => void;
}

/**
 * Pick a place on a map, by mouse, touch or keyboard alike (WCAG 2.5.7: no dragging
 * needed): move the map until the cross is on the place (arrow keys, +/-, or the zoom
 * buttons), then choose. Offered next to typing an address, never instead of it. The
 * map itself is drawn into `.map` by a `MapController`, which also brings its styles.
 */
export const locationPicker = (o: LocationPickerOptions) =>
  html`<div class="picker" part="location-picker">
      <div class="map" part="map"></div>
      <div class="cross" aria-hidden="true"></div>
      <div class="zoom">
        <button class="button secondary" type="button" part="button" aria-label=${o.labels.zoomIn}
          @click=${() => o.onZoom(1)}>+</button>
        <button class="button secondary" type="button" part="button" aria-label=${o.labels.zoomOut}
          @click=${() => o.onZoom(-1)}>−</button>
      </div>
      ${o.attribution ? html`<p class="attribution">${o.attribution}</p>` : null}
    </div>
    <div class="actions"><button class="button primary" type="button" part="button"
      @click=${o.onChoose}>${o.labels.choose}</button></div>`;
