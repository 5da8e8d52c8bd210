/**
 * "In de buurt": which published initiatives an initiative's people might team up with, written
 * once for the reference server and a static folder. Those in the same buurt, wherever in it,
 * and those on the same theme within walking and cycling distance; nearest first. Browser-safe.
 */
export const NEARBY = {
  /** How far an initiative on the same theme may be, in metres: a short bike ride. */
  radius: 3000,
  /** How many are shown. */
  max: 5,
} as const;

export type Place = { id: number; lon: number; lat: number; theme: string; areaCode: string | null };
export type Near<P> = P & { distance: number; sameTheme: boolean; sameBuurt: boolean };

const EARTH = 6_371_008.8;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in metres (haversine): exact enough for "1,2 km". */
export function distance(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * EARTH * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A distance as the widgets say it: tens of metres below a kilometre (never under 10 m), else
 * kilometres to format with one decimal ("350 m", "1,2 km"). Written once for every list that shows one.
 */
export function roundedDistance(metres: number): { km: boolean; value: number } {
  const tens = Math.max(10, Math.round(metres / 10) * 10);
  return tens < 1000 ? { km: false, value: tens } : { km: true, value: metres / 1000 };
}

/** The box around a place that holds everything within `radius` metres: a database's first cut. */
export function around(p: { lon: number; lat: number }, radius: number = NEARBY.radius) {
  const dLat = (radius / EARTH) * (180 / Math.PI);
  const dLon = dLat / Math.max(0.01, Math.cos(rad(p.lat)));
  return { west: p.lon - dLon, south: p.lat - dLat, east: p.lon + dLon, north: p.lat + dLat };
}

/** The initiatives near `target` by the rule above, nearest first (then by id), at most `NEARBY.max`. */
export function nearby<P extends Place>(target: Place, candidates: readonly P[]): Near<P>[] {
  const out: Near<P>[] = [];
  for (const c of candidates) {
    if (c.id === target.id) continue;
    const d = distance(target, c);
    const sameBuurt = !!target.areaCode?.startsWith('BU') && c.areaCode === target.areaCode;
    const sameTheme = c.theme === target.theme && d <= NEARBY.radius;
    if (sameBuurt || sameTheme) out.push({ ...c, distance: Math.round(d), sameTheme, sameBuurt });
  }
  return out.sort((a, b) => a.distance - b.distance || a.id - b.id).slice(0, NEARBY.max);
}
