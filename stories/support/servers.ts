/**
 * Where the stories find their servers: those of `npm start` by default. The stories test
 * builds Storybook against servers of its own through `STORYBOOK_BUURTKIT_*` variables,
 * so it never depends on (or collides with) a running demo.
 */
const env = (import.meta as unknown as { env?: Record<string, string | undefined> }).env ?? {};

export const API = env.STORYBOOK_BUURTKIT_API ?? 'http://127.0.0.1:8787/api/v1';
export const GEOCODER = env.STORYBOOK_BUURTKIT_GEOCODER ?? 'http://127.0.0.1:8788/bzk/locatieserver/search/v3_1';
export const TILES = env.STORYBOOK_BUURTKIT_TILES ?? 'http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png';
export const STAFF_TOKEN = env.STORYBOOK_BUURTKIT_STAFF_TOKEN ?? 'demo-staff-token-change-me';
/** An address where nothing listens: the "server down" stories. */
export const NOWHERE = 'http://127.0.0.1:9';
