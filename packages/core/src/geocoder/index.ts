export { normalizePostcode, parseHouseNumber, GeocoderError, type Address, type GeocoderErrorKind } from './address.js';
export { PdokGeocoder, PDOK_LOCATIESERVER } from './pdok.js';
export { loadGeocoder } from './load.js';
