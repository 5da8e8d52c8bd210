export { InitiativeMap } from './initiative-map.js';
export { BuurtInitiativeSelectEvent, BuurtFilterChangeEvent } from './events.js';
export type { MapItem } from './cluster-engine.js';
