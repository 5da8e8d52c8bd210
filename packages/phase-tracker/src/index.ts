export { PhaseTracker } from './phase-tracker.js';
export type { TrackerMessages } from './messages/nl.js';
export { BuurtNearbySelectEvent, BuurtTakePartEvent, type TakePartDetail } from './events.js';
