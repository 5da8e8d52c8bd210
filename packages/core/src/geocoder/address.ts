/** Dutch postcodes: four digits (not starting with 0), two letters (not SA, SD or SS). */
const POSTCODE = /^([1-9]\d{3})\s*(?!SA|SD|SS)([A-Z]{2})$/;

/** `1234 ab`, `1234AB`, ` 1234  Ab ` → `1234AB`; null when it cannot be a postcode. */
export function normalizePostcode(input: string): string | null {
  const match = POSTCODE.exec(input.trim().toUpperCase());
  return match ? `${match[1]}${match[2]}` : null;
}

/**
 * House number with optional letter or addition, as residents type it: `12`, `12a`,
 * `12 A`, `12-2`, `12 bis`, `12-hs`. Null when there is no number first.
 */
export function parseHouseNumber(input: string): { number: number; addition: string } | null {
  // An addition follows a separator (`45-1`, `12 bis`) or starts with a letter (`7a`),
  // so `123456` is not number 12345 with addition 6.
  const match = /^\s*(\d{1,5})(?:\s*[-/ ]\s*([A-Za-z0-9]{1,4})|\s*([A-Za-z][A-Za-z0-9]{0,3}))?\s*$/.exec(input);
  if (!match) return null;
  const number = Number(match[1]);
  if (number < 1) return null;
  return { number, addition: (match[2] ?? match[3] ?? '').toUpperCase() };
}

/** An address as the geocoder found it, with the CBS areas it lies in. */
export interface Address {
  /** As PDOK shows it, e.g. `Kornwierde 12, 1353AB Almere`. */
  label: string;
  postcode: string;
  houseNumber: number;
  /** House letter and/or addition (`A`, `2`, `HS`), empty when none. */
  addition: string;
  lat: number;
  lon: number;
  /** CBS codes: `BU…`, `WK…`, `GM…` (PDOK gives the gemeente without `GM`; we add it). */
  buurtCode: string | null;
  wijkCode: string | null;
  gemeenteCode: string | null;
  gemeenteName: string | null;
  woonplaats: string | null;
}

export type GeocoderErrorKind = 'unavailable' | 'rejected';

/** The geocoder could not be asked (down, slow) or refused the question. */
export class GeocoderError extends Error {
  constructor(
    readonly kind: GeocoderErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'GeocoderError';
  }
}
