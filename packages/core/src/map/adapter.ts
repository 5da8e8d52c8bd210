// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the typing of Leaflet's ESM build must come along wherever this file is compiled (every package's d.ts build)
/// <reference path="./leaflet-esm.d.ts" />
/**
 * The one place that talks to Leaflet: a small surface (create, centre, view, resize,
 * destroy) so a move to Leaflet 2 touches this file only. Leaflet's own controls are not
 * used: their labels are English and they write markup with innerHTML, which strict
 * Trusted Types pages refuse. Widgets draw their own zoom buttons and attribution.
 */
import type { Map as LeafletMap } from 'leaflet';

export interface MapOptions {
  lat: number;
  lon: number;
  zoom: number;
  /** Tile URL template with {z}/{x}/{y}. */
  tiles: string;
}

export interface MapView {
  center(): { lat: number; lon: number };
  zoomBy(delta: number): void;
  onMove(listener: () => void): void;
  resize(): void;
  destroy(): void;
}

/**
 * What Leaflet's panes and tiles need, and our picker's cross, zoom buttons and
 * attribution: a plain string (no Lit here, so this module stays a chunk of its own),
 * adopted into the widget's shadow root as a constructed stylesheet, which strict CSPs allow.
 */
const MAP_CSS = `.leaflet-container{overflow:hidden;position:relative;background:#ddd;touch-action:none;-webkit-tap-highlight-color:transparent}
.leaflet-pane,.leaflet-tile,.leaflet-tile-container,.leaflet-layer{position:absolute;left:0;top:0}
.leaflet-pane{z-index:400}.leaflet-tile-pane{z-index:200}
.leaflet-tile{width:256px;height:256px;max-width:none!important;max-height:none!important;user-select:none;visibility:hidden}
.leaflet-tile-loaded{visibility:inherit}.leaflet-zoom-animated{transform-origin:0 0}
.leaflet-zoom-anim .leaflet-zoom-animated{transition:transform .25s cubic-bezier(0,0,.25,1)}
.leaflet-grab{cursor:grab}.leaflet-dragging .leaflet-grab{cursor:grabbing}
@media (prefers-reduced-motion:reduce){.leaflet-zoom-anim .leaflet-zoom-animated{transition:none}}
.picker{position:relative}
.picker .map{height:var(--buurt-location-picker-height,320px);border:2px solid var(--_buurt-color-border);border-radius:var(--_buurt-radius)}
.picker .cross{position:absolute;left:50%;top:50%;width:36px;height:36px;margin:-18px 0 0 -18px;z-index:1000;pointer-events:none;
background:linear-gradient(var(--_buurt-color-text),var(--_buurt-color-text)) center/4px 100% no-repeat,linear-gradient(var(--_buurt-color-text),var(--_buurt-color-text)) center/100% 4px no-repeat;
filter:drop-shadow(0 0 2px #fff) drop-shadow(0 0 2px #fff)}
.picker .zoom{position:absolute;top:8px;right:8px;z-index:1000;display:grid;gap:4px}
.picker .zoom .button{min-width:44px;justify-content:center}
.picker .attribution{position:absolute;right:0;bottom:0;z-index:1000;margin:0;padding:0 4px;background:rgb(255 255 255/.85);color:#1a1a1a;font-size:12px}`;

let sheet: CSSStyleSheet | undefined;

/** Adds the map's styles to a shadow root, once. */
export function adoptMapStyles(root: ShadowRoot) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(MAP_CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Leaflet arrives as its own chunk, when a map is about to be shown. */
const leaflet = () => import('leaflet/dist/leaflet-src.esm.js');

export async function createMap(container: HTMLElement, o: MapOptions): Promise<MapView> {
  const L = await leaflet();
  const map: LeafletMap = L.map(container, {
    center: [o.lat, o.lon], zoom: o.zoom, zoomControl: false, attributionControl: false,
    // The map never takes the page's scrolling: wheel zoom only while the map has focus.
    scrollWheelZoom: false, keyboard: true,
  });
  L.tileLayer(o.tiles, { maxZoom: 19, minZoom: 6, crossOrigin: false }).addTo(map);
  container.addEventListener('focus', () => map.scrollWheelZoom.enable());
  container.addEventListener('blur', () => map.scrollWheelZoom.disable());
  return {
    center: () => {
      const c = map.getCenter();
      return { lat: c.lat, lon: c.lng };
    },
    zoomBy: (delta) => map.setZoom(map.getZoom() + delta),
    onMove: (listener) => void map.on('moveend', listener),
    resize: () => map.invalidateSize(),
    destroy: () => void map.remove(),
  };
}
