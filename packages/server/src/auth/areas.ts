/**
 * Which ideas an ideeenmakelaar handles when the municipality gives each their own areas
 * (CBS codes in a token claim): a municipality (GM0034) covers its buurten (BU0034…), a
 * wijk (WK003401) its buurten (BU003401…), a buurt itself. Ideas without a place are
 * everybody's: someone has to pick them up.
 */
const CODE = /^(GM\d{4}|WK\d{6}|BU\d{8})$/;

export const isAreaCode = (value: unknown): value is string => typeof value === 'string' && CODE.test(value);

/** The buurt-code prefixes a list of area codes covers. */
export const buurtPrefixes = (codes: readonly string[]): string[] =>
  codes.filter(isAreaCode).map((c) => `BU${c.slice(2)}`);

/** Whether an idea's buurt falls in the areas (`undefined`: all areas). */
export function covers(areas: readonly string[] | undefined, areaCode: string | null | undefined): boolean {
  if (!areas || !areaCode) return true;
  return buurtPrefixes(areas).some((p) => areaCode.startsWith(p));
}
