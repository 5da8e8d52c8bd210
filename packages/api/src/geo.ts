/**
 * Small planar geometry helpers for WGS84 GeoJSON at municipal scale. Browser-safe: the server
 * and a static folder's transport (the contact finder's point in polygon) both use them.
 */
export type Position = [number, number];
export type Polygon = { type: 'Polygon'; coordinates: Position[][] };
export type MultiPolygon = { type: 'MultiPolygon'; coordinates: Position[][][] };
export type AreaGeometry = Polygon | MultiPolygon;
export type Bbox = [west: number, south: number, east: number, north: number];

const polygonsOf = (g: AreaGeometry): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

function inRing(lon: number, lat: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Even-odd rule; holes (later rings) cut out. */
export function containsPoint(g: AreaGeometry, lon: number, lat: number): boolean {
  return polygonsOf(g).some(
    ([outer, ...holes]) => !!outer && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h)),
  );
}

export function bboxOf(g: AreaGeometry): Bbox {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const poly of polygonsOf(g))
    for (const [x, y] of poly[0] ?? []) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
  return [w, s, e, n];
}

/**
 * A point well inside the area: of a grid over its bounds, the inside point farthest from
 * the edge. Good enough to place demo initiatives inside slivers and concave shapes.
 */
export function interiorPoint(g: AreaGeometry, steps = 24): Position {
  const [w, s, e, n] = bboxOf(g);
  let best: Position = [(w + e) / 2, (s + n) / 2];
  let bestDistance = -1;
  for (let i = 1; i < steps; i++)
    for (let j = 1; j < steps; j++) {
      const lon = w + ((e - w) * i) / steps;
      const lat = s + ((n - s) * j) / steps;
      if (!containsPoint(g, lon, lat)) continue;
      const d = distanceToEdge(g, lon, lat);
      if (d > bestDistance) {
        bestDistance = d;
        best = [lon, lat];
      }
    }
  return best;
}

function distanceToEdge(g: AreaGeometry, lon: number, lat: number): number {
  let min = Infinity;
  for (const poly of polygonsOf(g))
    for (const ring of poly)
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1]!;
        const [bx, by] = ring[i]!;
        const dx = bx - ax,
          dy = by - ay;
        const t = Math.max(0, Math.min(1, ((lon - ax) * dx + (lat - ay) * dy) / (dx * dx + dy * dy || 1)));
        min = Math.min(min, Math.hypot(lon - (ax + t * dx), lat - (ay + t * dy)));
      }
  return min;
}

/** Parses `west,south,east,north`; null when the numbers are out of order. */
export function parseBbox(text: string): Bbox | null {
  const parts = text.split(',').map(Number);
  if (parts.length !== 4 || parts.some((v) => !Number.isFinite(v))) return null;
  const [w, s, e, n] = parts as Bbox;
  if (w >= e || s >= n || s < -90 || n > 90 || w < -180 || e > 180) return null;
  return [w, s, e, n];
}
