/** PDOK's BRT-Achtergrondkaart in grey: markers in colour stand out on it. Free, no key. */
export const PDOK_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png';
/** What the Kadaster's licence asks to show with the BRT-Achtergrondkaart. */
export const PDOK_ATTRIBUTION = 'Kaartgegevens © Kadaster';
