import { ApiClient, readRegion, staticFetch } from '@buurtkit/core';
import type { RegionMember } from '@buurtkit/api/region';

/** Each region file read once for the page (a failed read is tried again next time). */
const regions = new Map<string, Promise<RegionMember[]>>();

/**
 * In a region: the API client of the municipality an address is in (its own API or static
 * folder), or undefined when that municipality is not in the region.
 */
export async function regionClient(region: string, gemeenteCode: string | null, locale: string) {
  let members = regions.get(region);
  if (!members) {
    regions.set(region, (members = readRegion({ region })));
    members.catch(() => regions.delete(region));
  }
  const m = (await members).find((x) => x.code === gemeenteCode);
  return m && new ApiClient({ baseUrl: m.api, locale, fetch: m.static ? staticFetch(m.api) : undefined });
}
