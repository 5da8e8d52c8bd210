/**
 * Finds a municipality by name at the geocoder (PDOK Locatieserver v3_1 `free`, `type:gemeente`):
 * where the map should start, and the CBS code the widgets take as `municipality`.
 */
export type Place = { name: string; code: string; lat: number; lon: number };

export async function searchPlaces(base: string, name: string, signal?: AbortSignal): Promise<Place[]> {
  const params = new URLSearchParams({
    q: name,
    fq: 'type:gemeente',
    fl: 'weergavenaam gemeentecode centroide_ll',
    rows: '8',
  });
  const response = await fetch(`${base.replace(/\/+$/, '')}/free?${params}`, {
    signal,
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`the geocoder answered ${response.status}`);
  const body = (await response.json()) as { response?: { docs?: Record<string, unknown>[] } };
  return (body.response?.docs ?? []).flatMap((d) => {
    const point = /POINT\(([-\d.]+) ([-\d.]+)\)/.exec(String(d.centroide_ll));
    if (!point || typeof d.weergavenaam !== 'string' || !/^\d{4}$/.test(String(d.gemeentecode))) return [];
    return [{ name: d.weergavenaam, code: `GM${d.gemeentecode}`, lat: Number(point[2]), lon: Number(point[1]) }];
  });
}

/** `lat,lon` as the widgets' `center` takes it, to about a metre. */
export const centerOf = (p: Place) => `${p.lat.toFixed(5)},${p.lon.toFixed(5)}`;
