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
    .filter((a) => (a.level === 'buurt' || !withBuurten.has(a.code)))
    .filter((a) => !covered.has(a.code) && !parentsOf(a.code).some((p) => covered.has(p)))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
