/** An area as the desk lists it (no geometry). */
export type DeskArea = { code: string; name: string; level: 'gemeente' | 'wijk' | 'buurt' };

/**
 * CBS codes nest: BU0034 01 02 lies in WK0034 01, which lies in GM0034. A contact who
 * covers a wijk or the whole gemeente covers its buurten too.
 */
export function parentsOf(code: string): string[] {
  const gm = `GM${code.slice(2, 6)}`;
  if (code.startsWith('BU')) return [`WK${code.slice(2, 8)}`, gm];
  if (code.startsWith('WK')) return [gm];
  return [];
}

export const municipalityOf = (code: string) => (code.startsWith('GM') ? code : `GM${code.slice(2, 6)}`);

/**
 * The areas of the given municipalities that no contact person covers, the most
 * specific level there is (buurten where we know them, else wijken). Central desks do
 * not count: they are the answer when no one else is.
 */
export function uncoveredAreas(areas: DeskArea[], covered: Set<string>, municipalities: Set<string>): DeskArea[] {
  const inScope = areas.filter((a) => a.level !== 'gemeente' && municipalities.has(municipalityOf(a.code)));
  const withBuurten = new Set(inScope.filter((a) => a.level === 'buurt').map((a) => `WK${a.code.slice(2, 8)}`));
  return inScope
    .filter((a) => a.level === 'buurt' || !withBuurten.has(a.code))
    .filter((a) => !covered.has(a.code) && !parentsOf(a.code).some((p) => covered.has(p)))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/**
 * The middle of a municipality's bounding box, for maps that open "on the municipality";
 * the middle of the Netherlands when it is not known.
 */
export async function municipalityCenter(
  load: () => Promise<{ features: { geometry: unknown }[] } | undefined>,
): Promise<{ lat: number; lon: number }> {
  const found = await load().catch(() => undefined);
  const coords =
    JSON.stringify(found?.features[0]?.geometry ?? {})
      .match(/-?\d+\.\d+/g)
      ?.map(Number) ?? [];
  const lons = coords.filter((_, i) => i % 2 === 0);
  const lats = coords.filter((_, i) => i % 2 === 1);
  if (!lons.length) return { lat: 52.16, lon: 5.39 };
  return { lon: (Math.min(...lons) + Math.max(...lons)) / 2, lat: (Math.min(...lats) + Math.max(...lats)) / 2 };
}
