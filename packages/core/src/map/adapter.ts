// The typing of Leaflet's ESM build must come along wherever this file is compiled (every
// package's d.ts build): a reference, not an import.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- see above
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
  /**
   * Cooperative gestures, for a map among the page's content: the wheel zooms only while
   * the map has focus or with Ctrl, and one finger scrolls the page; `onHint` is told
   * when a gesture was left to the page, so the widget can say how to move the map.
   */
  cooperative?: boolean;
  onHint?: (kind: 'wheel' | 'touch') => void;
}

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

export type MapEvent = 'move' | 'moveend' | 'zoomstart' | 'click' | 'pointermove';

export interface MapView {
  center(): { lat: number; lon: number };
  zoom(): number;
  bounds(): Bounds;
  zoomBy(delta: number): void;
  setView(lat: number, lon: number, zoom?: number): void;
  fitBounds(bounds: Bounds, maxZoom?: number): void;
  /** Container pixel of a place. */
  project(lat: number, lon: number): { x: number; y: number };
  /**
   * `project` for many places in one view (a draw): the same pixels as Leaflet gives, from
   * its own formulas, without its objects per place (a zoom step projects a thousand).
   */
  projector(): (lat: number, lon: number) => { x: number; y: number };
  onMove(listener: () => void): void;
  /** Map events; `click` and `pointermove` get the container pixel. */
  on(event: MapEvent, listener: (at: { x: number; y: number }) => void): void;
  /** Area outlines (GeoJSON polygons) on the map, or none. */
  setOutlines(geojson: unknown): void;
  resize(): void;
  destroy(): void;
}

/**
 * What Leaflet's panes and tiles need, and our picker's cross, zoom buttons and
 * attribution: a plain string (no Lit here, so this module stays a chunk of its own),
 * adopted into the widget's shadow root as a constructed stylesheet, which strict CSPs allow.
 */
const MAP_CSS = `.leaflet-container{overflow:hidden;position:relative;background:#ddd;touch-action:none;
  -webkit-tap-highlight-color:transparent}
.leaflet-container.map-cooperative{touch-action:pan-x pan-y}
.leaflet-pane,.leaflet-tile,.leaflet-tile-container,.leaflet-layer{position:absolute;left:0;top:0}
.leaflet-pane{z-index:400}.leaflet-tile-pane{z-index:200}
.leaflet-tile{width:256px;height:256px;max-width:none!important;max-height:none!important;user-select:none;
  visibility:hidden}
.leaflet-tile-loaded{visibility:inherit}.leaflet-zoom-animated{transform-origin:0 0}
.leaflet-zoom-anim .leaflet-zoom-animated{transition:transform .25s cubic-bezier(0,0,.25,1)}
.leaflet-grab{cursor:grab}.leaflet-dragging .leaflet-grab{cursor:grabbing}
@media (prefers-reduced-motion:reduce){.leaflet-zoom-anim .leaflet-zoom-animated{transition:none}}
.picker{position:relative}
.picker .map{height:var(--buurt-location-picker-height,320px);border:2px solid var(--_buurt-color-border);
  border-radius:var(--_buurt-radius)}
.picker .cross{position:absolute;left:50%;top:50%;width:36px;height:36px;margin:-18px 0 0 -18px;z-index:1000;
  pointer-events:none;
background:linear-gradient(var(--_buurt-color-text),var(--_buurt-color-text)) center/4px 100%
  no-repeat,linear-gradient(var(--_buurt-color-text),var(--_buurt-color-text)) center/100% 4px no-repeat;
filter:drop-shadow(0 0 2px #fff) drop-shadow(0 0 2px #fff)}
.picker .zoom{position:absolute;top:8px;right:8px;z-index:1000;display:grid;gap:4px}
.picker .zoom .button{min-width:44px;justify-content:center}
.map-point{fill:var(--buurt-map-point-color,#1d4ed8);fill-opacity:1;stroke:#fff;stroke-width:3}
.map-outline{fill:none;stroke:var(--buurt-map-area-color,#4b4b4b);stroke-width:2;stroke-dasharray:6 4}
.picker .attribution{position:absolute;right:0;bottom:0;z-index:1000;margin:0;padding:0 4px;background:rgb(255 255
  255/.85);color:#1a1a1a;font-size:12px}`;

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
  // Residents who asked for less motion get jumps instead of animated zooms.
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map: LeafletMap = L.map(container, {
    center: [o.lat, o.lon],
    zoom: o.zoom,
    zoomControl: false,
    attributionControl: false,
    // The map never takes the page's scrolling: wheel zoom only while the map has focus.
    scrollWheelZoom: false,
    keyboard: true,
    zoomAnimation: !still,
    fadeAnimation: !still,
    inertia: !still,
  });
  L.tileLayer(o.tiles, { maxZoom: 19, minZoom: 6, crossOrigin: false }).addTo(map);
  container.addEventListener('focus', () => map.scrollWheelZoom.enable());
  container.addEventListener('blur', () => map.scrollWheelZoom.disable());
  if (o.cooperative) cooperate(map, container, o.onHint);

  let outlines: ReturnType<typeof L.geoJSON> | undefined;
  const at = (p: { x: number; y: number }) => ({ x: p.x, y: p.y });
  return {
    center: () => {
      const c = map.getCenter();
      return { lat: c.lat, lon: c.lng };
    },
    zoom: () => map.getZoom(),
    bounds: () => {
      const b = map.getBounds();
      return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    },
    zoomBy: (delta) => map.setZoom(map.getZoom() + delta),
    setView: (lat, lon, zoom) => void map.setView([lat, lon], zoom ?? map.getZoom()),
    fitBounds: ([w, s, e, n], maxZoom) =>
      void map.fitBounds(
        [
          [s, w],
          [n, e],
        ],
        { maxZoom: maxZoom ?? 17, padding: [24, 24] },
      ),
    project: (lat, lon) => at(map.latLngToContainerPoint([lat, lon])),
    projector: () => {
      // Leaflet's EPSG:3857 step by step (SphericalMercator, then its Transformation, rounded
      // as latLngToLayerPoint rounds), so the numbers are Leaflet's to the last bit.
      const zoomScale = map.options.crs!.scale(map.getZoom());
      const origin = map.getPixelOrigin();
      const pane = map.layerPointToContainerPoint([0, 0]);
      const R = 6378137;
      const d = Math.PI / 180;
      const max = 85.0511287798;
      const k = 0.5 / (Math.PI * R);
      return (lat, lon) => {
        const sin = Math.sin(Math.max(Math.min(max, lat), -max) * d);
        const x = R * lon * d;
        const y = (R * Math.log((1 + sin) / (1 - sin))) / 2;
        return {
          x: Math.round(zoomScale * (k * x + 0.5)) - origin.x + pane.x,
          y: Math.round(zoomScale * (-k * y + 0.5)) - origin.y + pane.y,
        };
      };
    },
    onMove: (listener) => void map.on('moveend', listener),
    on: (event, listener) => {
      if (event === 'click') map.on('click', (e) => listener(at(e.containerPoint)));
      else if (event === 'pointermove') map.on('mousemove', (e) => listener(at(e.containerPoint)));
      else map.on(event, () => listener({ x: 0, y: 0 }));
    },
    setOutlines: (geojson) => {
      outlines?.remove();
      // Lines only, no popups: area names reach the resident through the widget's own text.
      // A point (an idea's place) is a dot drawn in SVG: Leaflet's default marker needs image files.
      outlines = geojson
        ? L.geoJSON(geojson as never, {
            interactive: false,
            style: (f) => (f?.geometry.type === 'Point' ? {} : { className: 'map-outline' }),
            pointToLayer: (_feature, at) =>
              L.circleMarker(at, { radius: 9, className: 'map-point', interactive: false }),
          }).addTo(map)
        : undefined;
    },
    resize: () => map.invalidateSize(),
    destroy: () => {
      // Leaflet ends a zoom animation on a timer that throws once the map is gone (1.9).
      // Its handler does nothing when no animation is marked as running: mark none, so
      // the map goes at once and its container is free for a new map right away.
      (map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
      map.remove();
    },
  };
}

/**
 * Lets the page keep its gestures until the resident turns to the map: the wheel scrolls
 * the page unless the map has focus or Ctrl is held, and one finger scrolls the page while
 * two move the map.
 */
function cooperate(map: LeafletMap, container: HTMLElement, onHint?: (kind: 'wheel' | 'touch') => void) {
  container.classList.add('map-cooperative');
  container.addEventListener(
    'wheel',
    (e) => {
      if (container.matches(':focus')) return; // Leaflet's own wheel zoom is on
      if (!e.ctrlKey) return onHint?.('wheel');
      // Ctrl + wheel zooms the map instead of the page.
      e.preventDefault();
      map.setZoomAround(map.mouseEventToContainerPoint(e), map.getZoom() + (e.deltaY < 0 ? 1 : -1));
    },
    { passive: false },
  );
  container.addEventListener(
    'touchstart',
    (e) => {
      if (e.touches.length > 1) map.dragging.enable();
      else {
        map.dragging.disable();
        onHint?.('touch');
      }
    },
    { passive: true },
  );
  container.addEventListener('touchend', () => map.dragging.enable(), { passive: true });
}
