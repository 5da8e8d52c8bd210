import type { MapItem } from './cluster-engine.js';

/** An item where it was drawn, in CSS pixels of the map container. */
export interface Placed {
  item: MapItem;
  x: number;
  y: number;
  r: number;
}

export interface DrawStyle {
  /** Fill of an initiative's dot by theme key. */
  colorOf: (theme: string | undefined) => string;
  clusterColor: string;
  textColor: string;
  /** Initiative to ring (selected or hovered in the list). */
  highlighted?: number;
  /** Count as the resident reads numbers (e.g. "1,2 k"). */
  formatCount: (n: number) => string;
}

/** Size grows with the count's order of magnitude, so a city cluster stands out without covering the map. */
export const radiusOf = (item: MapItem) => (item.count > 1 ? 14 + 4 * Math.log10(item.count) : 8);

/**
 * Draws clusters and initiatives on one canvas: a thousand dots cost one element, not a
 * thousand. Returns where each went, for hit-testing and the keyboard layer.
 */
export function drawItems(
  canvas: HTMLCanvasElement,
  items: readonly MapItem[],
  project: (lat: number, lon: number) => { x: number; y: number },
  style: DrawStyle,
): Placed[] {
  const dpr = window.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
  }
  const ctx = canvas.getContext('2d');
  const placed: Placed[] = [];
  if (!ctx) return placed;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = 'bold 13px system-ui, sans-serif';
  let ringed: Placed | undefined;
  for (const item of items) {
    const { x, y } = project(item.lat, item.lon);
    const r = radiusOf(item);
    if (x < -r || y < -r || x > width + r || y > height + r) continue;
    const at = { item, x, y, r };
    placed.push(at);
    if (item.count > 1) {
      circle(ctx, x, y, r, style.clusterColor);
      ctx.fillStyle = style.textColor;
      ctx.fillText(style.formatCount(item.count), x, y);
    } else {
      // A dot is stamped from one drawn per colour: most of a zoom step's items are dots.
      const d = dot(dpr, r, style.colorOf(item.theme));
      ctx.drawImage(d, x - r - 1, y - r - 1, 2 * r + 2, 2 * r + 2);
    }
    if (item.id !== undefined && item.id === style.highlighted) ringed = at;
  }
  if (ringed) {
    ctx.beginPath();
    ctx.arc(ringed.x, ringed.y, ringed.r + 5, 0, Math.PI * 2);
    ctx.lineWidth = 4;
    ctx.strokeStyle = '#1a1a1a';
    ctx.stroke();
  }
  return placed;
}

function circle(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, fill: string) {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fillStyle = fill;
  ctx.fill();
  // A white edge keeps dots apart from each other and from any map background (WCAG 1.4.11).
  ctx.lineWidth = 2;
  ctx.strokeStyle = '#fff';
  ctx.stroke();
}

const dots = new Map<string, HTMLCanvasElement>();

/** A dot of one colour and size, drawn once (with its edge, 1 px beyond the radius). */
function dot(dpr: number, r: number, fill: string): HTMLCanvasElement {
  const key = `${dpr} ${r} ${fill}`;
  let found = dots.get(key);
  if (!found) {
    if (dots.size > 64) dots.clear();
    found = document.createElement('canvas');
    found.width = found.height = Math.ceil((2 * r + 2) * dpr);
    const ctx = found.getContext('2d')!;
    ctx.scale(found.width / (2 * r + 2), found.height / (2 * r + 2));
    circle(ctx, r + 1, r + 1, r, fill);
    dots.set(key, found);
  }
  return found;
}

/** The topmost item under a pixel, with a few pixels of slack for fingers. */
export function hitTest(placed: readonly Placed[], x: number, y: number, slack = 4): Placed | undefined {
  for (let i = placed.length - 1; i >= 0; i--) {
    const p = placed[i]!;
    if ((p.x - x) ** 2 + (p.y - y) ** 2 <= (p.r + slack) ** 2) return p;
  }
  return undefined;
}
